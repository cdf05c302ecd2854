"""Entry point of the windowed executable (Windows and macOS): the window, with no console."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))

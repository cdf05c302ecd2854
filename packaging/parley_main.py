"""The frozen app's entry point: the same `parley` command as the source tree's."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())

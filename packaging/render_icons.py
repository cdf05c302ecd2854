"""Renders the app icon (app/resources/parley.svg) into the PNG and ICO files the installers use."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon


def main(out: Path) -> int:
    app = QGuiApplication(["render_icons", "-platform", "offscreen"])
    icon = QIcon(str(Path(__file__).resolve().parent.parent / "app" / "resources" / "parley.svg"))
    out.mkdir(parents=True, exist_ok=True)
    for size in (48, 128, 256, 512):
        if not icon.pixmap(QSize(size, size)).save(str(out / f"parley-{size}.png")):
            raise SystemExit(f"could not write parley-{size}.png")
    icon.pixmap(QSize(512, 512)).save(str(out / "parley.png"))
    icon.pixmap(QSize(256, 256)).save(str(out / "parley.ico"))  # Qt's ico plugin writes one size
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")))

"""Run by test_xcb_smoke in its own process: the real window on an X server, typed into."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.services import build_services
from app.ui.settings_store import SettingsStore


def main(out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    store = SettingsStore(out_dir / "settings.ini")
    # The window as a user first sees it, without the first start's timing of both models (tests/ui/models).
    window = MainWindow(build_services(store, store.load(), measure_on_start=False))
    window.show()
    result = {"code": 1}

    def finish(code: int) -> None:
        result["code"] = code
        window.close()
        app.quit()

    def type_when_ready() -> None:
        if window.engine.model_info is None:
            QTimer.singleShot(100, type_when_ready)
            return
        QTest.keyClicks(window.source, "We are meeting our friends at the cinema tonight.")

    def on_finished(event: object) -> None:
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0) if screen is not None else window.grab()
        shot.save(str(out_dir / "window.png"))
        print(f"platform={QGuiApplication.platformName()}")
        print(f"translation={window.view.toPlainText()}", flush=True)
        finish(0)

    window.bridge.finished.connect(on_finished)
    QTimer.singleShot(0, type_when_ready)
    QTimer.singleShot(60_000, lambda: finish(3))
    app.exec()
    return result["code"]


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

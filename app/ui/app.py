"""Starts the desktop window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui import crash_dialog, shutdown, startup_report
from app.ui.i18n import TRANSLATORS, resolve
from app.ui.main_window import MainWindow
from app.ui.models.tier_measurer import TierMeasurer
from app.ui.services import build_services
from app.ui.settings_store import SettingsStore

ICON = Path(__file__).resolve().parent.parent / "resources" / "parley.svg"


def run_gui(model: Path | None = None, settings_path: Path | None = None) -> int:
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    crash_dialog.install()  # the frozen build has no console: uncaught errors go to the log and a dialog
    QApplication.setApplicationName("Parley")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("parley")  # ties the window to parley.desktop and its icon
    QApplication.setWindowIcon(QIcon(str(ICON)))
    store = SettingsStore(settings_path)
    settings = store.load()
    # Before any widget exists: every string is translated when its widget is made.
    TRANSLATORS.install(qt_app, resolve(settings.ui_language))
    if model is not None:
        settings.model_path = str(model)
    # The composition root: the services are built here, once, and handed to the window.
    services = build_services(store, settings)
    services.tier_measurer = TierMeasurer()  # times the bundled models here once, in the background
    window = MainWindow(services)
    report = startup_report.install(window)
    window.show()
    code = int(qt_app.exec())
    del report
    if not shutdown.workers_ended():
        shutdown.leave(code)
    return code

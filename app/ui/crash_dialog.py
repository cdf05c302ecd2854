"""An exception nobody caught, in the window: it goes to the log and a dialog says where the log is.

The frozen build has no console: without this hook a failing slot or thread would leave only
a window that stopped doing something. The hook runs on any thread; the dialog always opens on
the GUI thread, one at a time (a repeating error is logged, not stacked into dialogs).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core import logs

log = logging.getLogger("parley.ui")


class CrashReporter(QObject):
    """Installed as sys.excepthook and threading.excepthook while it lives; see install()."""

    report = Signal(str, str)  # summary, traceback: emitted from any thread, shown on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self._previous = sys.excepthook, threading.excepthook
        # Queued: a worker thread's exception opens the dialog on the GUI thread.
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a terminal still ends the app
            self._previous[0](kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error in %s:\n%s", threading.current_thread().name, text.rstrip())
        # After the application is gone (an error at exit) there is no dialog: the log has it.
        with contextlib.suppress(RuntimeError):
            self.report.emit(f"{kind.__name__}: {value}", text)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None:
            if self.dialog.isVisible():
                return  # already telling the user; this one is in the log
            self.dialog.deleteLater()
        where = logs.log_file()
        place = (
            self.tr("The details are in the log:\n{path}").format(path=where)
            if where
            else self.tr("No log file could be written.")
        )
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Parley hit an unexpected error"),
            self.tr(
                "Something went wrong ({summary}).\n\nParley keeps running, but if something no longer "
                "works, save what you need and restart it. {place}"
            ).format(summary=summary, place=place),
            QMessageBox.StandardButton.Ok,
            parent if isinstance(parent, QWidget) else None,
        )
        box.setDetailedText(details)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dialog = box
        box.open()  # not exec(): the error may come from inside another event loop


def install() -> CrashReporter:
    """Start the log if nobody did, and report uncaught exceptions for as long as the app runs."""
    if logs.log_file() is None:
        logs.setup()
    return CrashReporter(QApplication.instance())

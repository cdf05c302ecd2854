"""An uncaught exception in the window, or in a thread, is logged and shown in a dialog naming the log."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core import logs
from app.ui.crash_dialog import CrashReporter


@pytest.fixture
def reporter(tmp_path: Path, qtbot: QtBot) -> Iterator[CrashReporter]:
    logs.setup(path=tmp_path / "parley.log")
    crash = CrashReporter()
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()
    logs.shutdown()


def _dialog(qtbot: QtBot, crash: CrashReporter) -> QMessageBox:
    qtbot.waitUntil(lambda: crash.dialog is not None and crash.dialog.isVisible(), timeout=5000)
    assert crash.dialog is not None
    return crash.dialog


def _raise_in_a_slot() -> None:
    raise LookupError("no such voice: 'robot'")


@pytest.mark.qt_no_exception_capture  # the app's own hook must see what PySide hands it
def test_an_exception_in_a_slot_opens_a_dialog_with_the_log_location(
    qtbot: QtBot, reporter: CrashReporter, tmp_path: Path
) -> None:
    QTimer.singleShot(0, _raise_in_a_slot)  # raised inside Qt's event loop, as a slot would
    box = _dialog(qtbot, reporter)
    log_file = tmp_path / "parley.log"
    assert str(log_file) in box.text()
    assert "LookupError: no such voice: 'robot'" in box.text()
    assert "_raise_in_a_slot" in box.detailedText()  # the traceback, for a bug report
    logged = log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in logged and "_raise_in_a_slot" in logged


def test_a_thread_exception_is_shown_on_the_gui_thread_and_dialogs_do_not_stack(
    qtbot: QtBot, reporter: CrashReporter, tmp_path: Path
) -> None:
    def worker() -> None:
        raise ValueError("the microphone vanished")

    for _ in range(3):
        thread = threading.Thread(target=worker, name="audio-worker")
        thread.start()
        thread.join()
    box = _dialog(qtbot, reporter)
    app = QApplication.instance()
    assert app is not None and box.thread() is app.thread()  # made on the GUI thread, not the worker's
    assert "the microphone vanished" in box.text()
    assert reporter.dialog is box  # three errors, one dialog; the log has all three
    assert (tmp_path / "parley.log").read_text(encoding="utf-8").count("the microphone vanished") >= 3
    box.close()
    worker_error = threading.Thread(target=worker)
    worker_error.start()
    worker_error.join()
    qtbot.waitUntil(lambda: reporter.dialog is not box and reporter.dialog is not None)


def test_uninstalling_gives_the_previous_hooks_back(qtbot: QtBot, tmp_path: Path) -> None:
    import sys

    before = sys.excepthook, threading.excepthook
    crash = CrashReporter()
    assert sys.excepthook == crash.excepthook
    crash.uninstall()
    assert (sys.excepthook, threading.excepthook) == before

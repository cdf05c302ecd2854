"""Emitting Qt signals must not eat references to Python's True.

PySide6 6.12.0 returned the result of Signal.emit() without a reference: every emit
lowered True's reference count by one, and Python aborted ("deallocating True or
False") once a session had emitted a few thousand signals. The window emits one per
translated token and per speech event, so this is checked directly.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emit_keeps_true_alive(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.plain.connect(lambda: received.append(None))
    emitter.carrying.connect(received.append)
    before = sys.getrefcount(True)

    def work() -> None:
        for n in range(500):
            emitter.plain.emit()
            emitter.carrying.emit(n)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(received) == 1000)
    received.clear()
    assert sys.getrefcount(True) > before - 100  # 1000 emits; a leak per emit would show as -1000

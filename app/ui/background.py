"""Runs short blocking work (reading model headers, checking a file) off the GUI thread."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Background(QObject):
    """Calls `work` on a daemon thread; `done(result, error)` arrives on this object's thread.

    Jobs may overlap, but only the newest job's result is delivered: a job started while
    another runs makes the older one's result stale, and it is dropped.
    """

    done = Signal(object, object)  # result, exception (None on success)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._lock = threading.Lock()

    def run(self, work: Callable[[], Any]) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation

        def job() -> None:
            try:
                result, error = work(), None
            except Exception as exc:  # delivered to the GUI as a message, never raised on a thread
                result, error = None, exc
            with self._lock:
                if generation != self._generation:
                    return
            with contextlib.suppress(RuntimeError):  # the dialog that asked was closed meanwhile
                self.done.emit(result, error)

        threading.Thread(target=job, name="parley-background", daemon=True).start()

"""Leaving the process once the window has closed, while native work may still be running.

A model load cannot be interrupted, so when the window closes a worker thread can still be
inside llama.cpp: the engine's own load, or a tier measurement's. Python's finalization under
such a thread crashes the process (llama.cpp logs through a Python callback), so the workers
get a bounded time to end; one still running after that is left behind by leaving the process
without finalizing, once the logs and the standard streams are flushed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time

# Longer than the slowest bundled model's load on a slow machine; the window is already gone.
WORKER_GRACE_S = 30.0


def workers_ended(grace_s: float = WORKER_GRACE_S) -> bool:
    """Wait up to `grace_s` in all for every other thread; True when none is left running."""
    deadline = time.monotonic() + grace_s
    for thread in threading.enumerate():
        if thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
    return all(t is threading.current_thread() or not t.is_alive() for t in threading.enumerate())


def leave(code: int) -> None:
    """The process ends with `code` now, whatever its threads are doing."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more can reach it
            stream.flush()
    os._exit(code)

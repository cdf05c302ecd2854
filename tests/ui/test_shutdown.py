"""Leaving the process after the window closed, with a worker thread that may still be busy."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from app.ui.shutdown import workers_ended

STUCK = """
import sys, threading, time
from app.ui.shutdown import leave, workers_ended
threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
print("before", end="")  # still in the buffer: leave() flushes it
if not workers_ended(0.2):
    leave(3)
print(" not reached")
"""


def test_workers_that_end_within_the_grace_are_waited_for() -> None:
    done = threading.Event()

    def work() -> None:
        time.sleep(0.3)
        done.set()

    threading.Thread(target=work, daemon=True).start()
    assert workers_ended(5.0) and done.is_set()


def test_a_worker_still_busy_after_the_grace_is_left_behind() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, args=(30,), daemon=True)
    thread.start()
    started = time.monotonic()
    try:
        assert not workers_ended(0.2)
        assert time.monotonic() - started < 2.0
    finally:
        stop.set()
        thread.join(5)


def test_leaving_flushes_what_was_printed_and_keeps_the_exit_code() -> None:
    result = subprocess.run([sys.executable, "-c", STUCK], capture_output=True, text=True, timeout=30)
    assert result.returncode == 3, result.stderr
    assert result.stdout == "before"

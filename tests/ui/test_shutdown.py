"""Leaving the process after the window closed, with a worker thread that may still be busy.

Each case runs in a fresh interpreter: the test process keeps threads of its own (engines,
servers), which are not the point here."""

from __future__ import annotations

import subprocess
import sys

ENDS = """
import threading, time
from app.ui.shutdown import workers_ended
done = threading.Event()
threading.Thread(target=lambda: (time.sleep(0.3), done.set()), daemon=True).start()
print(workers_ended(5.0), done.is_set())
"""

STILL_BUSY = """
import threading, time
from app.ui.shutdown import workers_ended
threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
started = time.monotonic()
print(workers_ended(0.2), time.monotonic() - started < 2.0)
"""

LEAVES = """
import threading, time
from app.ui.shutdown import leave, workers_ended
threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
print("before", end="")  # still in the buffer: leave() flushes it
if not workers_ended(0.2):
    leave(3)
print(" not reached")
"""


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)


def test_workers_that_end_within_the_grace_are_waited_for() -> None:
    result = _run(ENDS)
    assert result.stdout.split() == ["True", "True"], result.stderr


def test_a_worker_still_busy_after_the_grace_is_left_behind() -> None:
    result = _run(STILL_BUSY)
    assert result.stdout.split() == ["False", "True"], result.stderr


def test_leaving_flushes_what_was_printed_and_keeps_the_exit_code() -> None:
    result = _run(LEAVES)
    assert result.returncode == 3, result.stderr
    assert result.stdout == "before"

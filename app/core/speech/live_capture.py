"""What the live sources (the microphone, what the computer plays) share: a queue of captured
blocks filled by the capture side, and the clock, level and end state the reader sees."""

from __future__ import annotations

import queue
import threading
import time
from typing import Any

from app.core.speech.audio import SAMPLE_RATE, AudioBlock, Samples, level_dbfs


class LiveCapture:
    """The AudioSource bookkeeping of a live device; each source captures in its own way."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._stopped = threading.Event()
        self._started_at = 0.0
        self._last_audio = 0.0  # when the device last delivered, for telling a lost device
        self._position = 0  # samples handed out
        self._level = -100.0
        self._failed = False
        self._drained = False

    def _handed_out(self, samples: Samples) -> AudioBlock:
        """`samples` (16 kHz mono) as the next block, stamped on the source's clock."""
        block = AudioBlock(samples, self._position / SAMPLE_RATE)
        self._position += samples.size
        self._level = level_dbfs(samples)
        return block

    @property
    def finished(self) -> bool:
        return self._drained or self._failed

    @property
    def level_db(self) -> float:
        return self._level

    def now(self) -> float:
        # Never behind the audio handed out, even if the device started a moment before the clock.
        return max(time.perf_counter() - self._started_at, self._position / SAMPLE_RATE)

    def stop(self) -> None:
        """Any thread: capture ends; what was captured is still read, then the source is finished."""
        self._stopped.set()

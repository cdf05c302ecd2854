"""Which CPU cores the pipeline may use, and how its two native libraries share them.

Whisper (CTranslate2) and llama.cpp each start their own pool of threads. On a small
machine, two pools each as large as the machine make both wait on each other: llama.cpp's
threads meet at a barrier after every operation, so one of them descheduled by a Whisper
thread holds up the rest. The counts here come from the cores this process may actually
run on (its affinity), not from the cores the machine has.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path


def available_cores() -> int:
    """The cores this process may run on (fewer than the machine's when its affinity is limited)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(1, len(affinity(0)))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class ThreadPlan:
    cores: int
    whisper: int  # CTranslate2 cpu_threads
    llama: int  # llama.cpp n_threads

    def as_json(self) -> dict[str, int]:
        return {"cores": self.cores, "whisper_threads": self.whisper, "llama_threads": self.llama}


def thread_plan(cores: int | None = None) -> ThreadPlan:
    """Thread counts for Whisper and llama.cpp that do not oversubscribe `cores`.

    The translation's first token is what the listener waits for, so llama.cpp keeps every
    core of a small machine and Whisper takes one; the speech pipeline holds its re-decodes
    while a final translation runs, so the two rarely compute at once. On bigger machines
    they split the cores (llama.cpp decodes best on about the physical cores, at most half)."""
    cores = max(1, cores or available_cores())
    if cores <= 2:
        return ThreadPlan(cores, 1, cores)
    whisper = max(1, min(4, cores // 2))
    llama = max(1, min(cores - whisper, cores if cores <= 4 else max(4, cores // 2)))
    return ThreadPlan(cores, whisper, llama)


def limit_cores(count: int) -> list[int]:
    """Run this whole process, every thread it has and will have, on its first `count` cores.

    Returns the cores used. On Linux a thread's affinity is its own, and new threads inherit
    their creator's, so each existing thread is moved as well. Raises OSError with a
    sentence where the platform cannot do it."""
    setter = getattr(os, "sched_setaffinity", None)
    if setter is None:
        raise OSError(f"Limiting the cores is not supported on {sys.platform}; it needs Linux.")
    allowed = sorted(os.sched_getaffinity(0))
    if count < 1 or count > len(allowed):
        raise OSError(f"Choose between 1 and {len(allowed)} cores: this process may run on {len(allowed)}.")
    chosen = allowed[:count]
    setter(0, chosen)
    try:
        tasks = [int(p.name) for p in Path("/proc/self/task").iterdir()]
    except OSError:
        tasks = []
    for task in tasks:
        with contextlib.suppress(OSError):  # a thread that ended meanwhile
            setter(task, chosen)
    return chosen

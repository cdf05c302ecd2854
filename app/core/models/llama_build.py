"""Facts about the installed llama.cpp build, and where its log lines go.

Importing this module loads llama_cpp and routes its native log into Python logging (logger
`parley.llama`, which the app log writes to a file) and into `native_log`, the recent lines a
failed load quotes. A load can also capture every line it caused (`capture_native_log`), so
facts llama.cpp states only in its log, such as where each layer went, are read, not guessed.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import llama_cpp

log = logging.getLogger("parley.llama")
# Until the app log is set up (app.core.logs), llama.cpp's warnings go nowhere rather than to stderr.
log.addHandler(logging.NullHandler())

# ggml's log levels (ggml.h: enum ggml_log_level: NONE, DEBUG, INFO, WARN, ERROR, CONT); CONT
# continues the previous line. llama.cpp's INFO is a page of metadata per load: detail for
# --verbose, while its warnings and errors reach the log file as they are.
_LEVELS = {0: logging.DEBUG, 1: logging.DEBUG, 2: logging.DEBUG, 3: logging.WARNING, 4: logging.ERROR}
_CONT = 5

# llama.cpp's recent lines (not printed): a failed load quotes them. Whoever clears and reads
# them around a native load holds the lock, so two loads never mix their lines.
native_log: deque[str] = deque(maxlen=50)
native_log_lock = threading.Lock()

_line_lock = threading.Lock()  # the callback runs on whichever thread called into llama.cpp
_partial: list[str] = []  # text of the line still being written (llama.cpp sends pieces)
_partial_level = logging.INFO
_capture: list[str] | None = None


def _finish_line(line: str, level: int) -> None:
    line = line.rstrip()
    if not line or not line.strip("."):  # the progress dots of a load say nothing
        return
    native_log.append(line)
    if _capture is not None:
        _capture.append(line)
    log.log(level, "%s", line)


@llama_cpp.llama_log_callback
def _log_callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    global _partial_level
    piece = text.decode("utf-8", errors="replace")
    try:
        with _line_lock:
            if level != _CONT:
                if _partial:  # a new message ends any unfinished one
                    _finish_line("".join(_partial), _partial_level)
                    _partial.clear()
                _partial_level = _LEVELS.get(level, logging.INFO)
            *complete, rest = piece.split("\n")
            for part in complete:
                _partial.append(part)
                _finish_line("".join(_partial), _partial_level)
                _partial.clear()
            if rest:
                _partial.append(rest)
    except Exception:  # an exception must never cross back into native code
        return


llama_cpp.llama_log_set(_log_callback, ctypes.c_void_p(0))


@contextmanager
def capture_native_log() -> Iterator[list[str]]:
    """Every complete llama.cpp line logged inside the block; hold `native_log_lock` around it."""
    global _capture
    lines: list[str] = []
    with _line_lock:
        _capture = lines
    try:
        yield lines
    finally:
        with _line_lock:
            if _partial:
                _finish_line("".join(_partial), _partial_level)
                _partial.clear()
            _capture = None


@dataclass(frozen=True)
class Offload:
    """Where llama.cpp put a model's layers, as its load log says."""

    gpu_layers: int  # layers (the output layer included) on a device other than the CPU
    layers: int  # all of them: the repeating blocks plus the output layer
    devices: tuple[str, ...] = ()  # the GPU devices named, e.g. ("CUDA0",)


# llama-model.cpp, load_tensors(): one debug line per layer, the output layer last.
_ASSIGNED = re.compile(r"load_tensors: layer\s+(\d+) assigned to device (\S+?),")
# The summary line GPU builds print (absent on a build without GPU devices).
_OFFLOADED = re.compile(r"offloaded (\d+)/(\d+) layers to GPU")


def parse_offload(lines: Iterable[str]) -> Offload | None:
    """What a load's log says about offloaded layers; None when it says nothing about them.

    The per-layer lines are llama.cpp's actual placement; the summary line only caps the
    request at the layer count, so it is the answer only when the per-layer lines are missing.
    """
    assigned: dict[int, str] = {}
    summary: Offload | None = None
    for line in lines:
        if match := _ASSIGNED.search(line):
            assigned[int(match.group(1))] = match.group(2)
        elif match := _OFFLOADED.search(line):  # llama.cpp's count of layers asked for, capped
            summary = Offload(int(match.group(1)), int(match.group(2)))
    if assigned:
        gpu = [device for device in assigned.values() if device != "CPU"]
        return Offload(len(gpu), len(assigned), tuple(dict.fromkeys(gpu)))
    return summary


_GPU_LIBRARIES = {"cuda": "CUDA", "metal": "Metal", "vulkan": "Vulkan", "hip": "ROCm", "sycl": "SYCL"}


def gpu_backend() -> str:
    """The accelerator this llama.cpp build really has ("CPU" when it cannot offload)."""
    if not llama_cpp.llama_supports_gpu_offload():
        return "CPU"
    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    names = " ".join(p.name.lower() for p in lib_dir.glob("*")) if lib_dir.is_dir() else ""
    for key, label in _GPU_LIBRARIES.items():
        if f"ggml-{key}" in names:
            return label
    return "GPU"


def default_threads() -> int:
    """All cores on small machines; on bigger ones about the physical cores, which decode best."""
    # The cores this process may run on: a limited affinity (a container, `taskset`) has fewer.
    affinity = getattr(os, "sched_getaffinity", None)
    count = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    return count if count <= 4 else max(4, count // 2)

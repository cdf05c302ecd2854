"""Facts about the installed llama.cpp build, and where its log lines go.

Importing this module loads llama_cpp and routes its native log into `native_log` (not the
terminal): a failed load quotes those lines, and the app log keeps its warnings.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections import deque
from pathlib import Path

import llama_cpp

log = logging.getLogger("parley.llama")

# llama.cpp's own log lines are kept here (not printed): a failed load quotes them. Whoever clears
# and reads them around a native load holds the lock, so two loads never mix their lines.
native_log: deque[str] = deque(maxlen=50)
native_log_lock = threading.Lock()


@llama_cpp.llama_log_callback
def _log_callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    line = text.decode("utf-8", errors="replace").rstrip()
    if line:
        native_log.append(line)
        if level in (2, 3):  # warnings and errors
            log.debug("%s", line)


llama_cpp.llama_log_set(_log_callback, ctypes.c_void_p(0))

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
    count = os.cpu_count() or 1
    return count if count <= 4 else max(4, count // 2)

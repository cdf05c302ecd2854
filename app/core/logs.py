"""Parley's log: a rotating file in the per-user data folder, and stderr when asked (`--verbose`).

The frozen build has no console, so the file is where a failure can be read afterwards. It
takes Parley's own loggers (`parley.*`; llama.cpp's lines among them, which
app.core.models.llama_build routes to `parley.llama` once llama.cpp is imported) and
faster-whisper's. Nothing here imports a native library.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path
from typing import TextIO

from app.core.paths import data_dir

LOG_NAME = "parley.log"
MAX_BYTES = 1_000_000
BACKUPS = 3  # parley.log.1 … .3: a few sessions back, a few megabytes at most
# Loggers whose records the log keeps: Parley's and the speech model's (faster-whisper logs
# through Python; CTranslate2 writes its own rare warnings to stderr, out of Python's reach).
LOGGERS = ("parley", "faster_whisper")
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

_lock = threading.Lock()
_file: Path | None = None
_handlers: list[logging.Handler] = []


def default_path() -> Path:
    return data_dir() / LOG_NAME


def log_file() -> Path | None:
    """The file the log is written to; None until setup() ran (or if the file could not be opened)."""
    return _file


def details() -> str:
    """A sentence pointing at the log, to end an error message with ("" when there is no file)."""
    return f" The log at {_file} has the details." if _file is not None else ""


def setup(verbose: bool = False, path: Path | None = None) -> Path | None:
    """Start the log once per process; later calls only switch stderr on (verbose) or move the file.

    The file records INFO and above, everything with `verbose`, which also copies it to stderr.
    Returns the file's path, or None when it cannot be written (the app runs on without it).
    """
    global _file
    with _lock:
        target = path or default_path()
        level = logging.DEBUG if verbose else logging.INFO
        formatter = logging.Formatter(FORMAT)
        if _file != target:
            _remove(logging.handlers.RotatingFileHandler)
            _file = None
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                handler: logging.Handler = logging.handlers.RotatingFileHandler(
                    target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
                )
            except OSError as exc:  # a read-only home must not stop the app
                print(f"parley: the log file {target} cannot be written ({exc})", file=sys.stderr)
            else:
                _add(handler, formatter)
                _file = target
        for handler in _handlers:
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                handler.setLevel(level)
        if verbose and not any(type(h) is logging.StreamHandler for h in _handlers):
            stream = _stderr()
            if stream is not None:
                _add(logging.StreamHandler(stream), formatter)
        logging.getLogger("parley").setLevel(level)
        # faster-whisper says "Processing audio …" at INFO on every decode, twice a second live.
        logging.getLogger("faster_whisper").setLevel(logging.DEBUG if verbose else logging.WARNING)
        logging.getLogger("parley").info("Parley log started (%s)", "verbose" if verbose else "normal")
        return _file


def shutdown() -> None:
    """Detach and close the log's handlers (tests; the end of the process closes them anyway)."""
    global _file
    with _lock:
        _remove(logging.Handler)
        _file = None


def _stderr() -> TextIO | None:
    """A stream on a copy of the stderr descriptor: llama-cpp-python points descriptor 2 at
    /dev/null while it loads a model, which would swallow the lines logged meanwhile."""
    if sys.stderr is None:  # a windowed frozen build has no console
        return None
    try:
        return open(os.dup(sys.stderr.fileno()), "w", encoding="utf-8", errors="replace", buffering=1)
    except (OSError, ValueError, io.UnsupportedOperation):  # a stand-in without a descriptor
        return sys.stderr


def _add(handler: logging.Handler, formatter: logging.Formatter) -> None:
    handler.setFormatter(formatter)
    for name in LOGGERS:
        logging.getLogger(name).addHandler(handler)
    _handlers.append(handler)


def _remove(kind: type[logging.Handler]) -> None:
    for handler in [h for h in _handlers if isinstance(h, kind)]:
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(handler)
        handler.close()
        if isinstance(handler, logging.StreamHandler) and handler.stream not in (sys.stderr, None):
            handler.stream.close()  # the copy of the descriptor that _stderr() opened
        _handlers.remove(handler)

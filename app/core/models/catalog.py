"""Every model Parley can use: bundled, dropped into a models folder, or added by the user."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app.core.models.bundled import BUNDLED, BundledModelMissing, bundled_path, is_installed
from app.core.models.families import detect_style
from app.core.models.gguf import ModelFileError, read_gguf
from app.core.models.registry import added_models
from app.core.models.whisper_files import SpeechModelError, resolve_speech_model
from app.core.paths import bundle_dir, project_models_dir, user_models_dir

BUNDLED_KEYS = {"gemma3-270m": "", "whisper-tiny.en": "tiny.en", "whisper-base": "base"}
ENGLISH_ONLY_VOCAB = 51864  # Whisper's English-only models have one token fewer than the multilingual ones


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    kind: str  # "gguf" or "whisper"
    origin: str  # "bundled", "models folder", "user folder", "added"
    path: str | None
    size_bytes: int | None
    available: bool
    setting: str = ""  # what the settings store to choose this model
    architecture: str | None = None
    quantization: str | None = None
    parameters: int | None = None
    context_length: int | None = None
    chat_template: bool | None = None
    prompt_style: str | None = None  # the preset chosen from the metadata
    languages: str | None = None  # Whisper: "English" or "99 languages"
    problem: str | None = None
    tier: str = ""  # bundled translation models: "fast" or "quality", the name `--model` takes

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def _gguf_entry(name: str, origin: str, path: Path, setting: str | None = None) -> CatalogEntry:
    try:
        info = read_gguf(path)
    except ModelFileError as exc:
        return CatalogEntry(name, "gguf", origin, str(path), None, False, str(path), problem=str(exc))
    return CatalogEntry(
        name=info.name if origin != "bundled" else name,
        kind="gguf",
        origin=origin,
        path=str(path),
        size_bytes=info.file_size,
        available=True,
        setting=str(path) if setting is None else setting,
        architecture=info.architecture,
        quantization=info.quantization,
        parameters=info.parameters,
        context_length=info.context_length,
        chat_template=info.chat_template is not None,
        prompt_style=detect_style(info.metadata),
    )


def whisper_languages(path: Path) -> str:
    """ "English" for the .en models, else how many languages the model can detect."""
    try:
        with (path / "vocabulary.txt").open(encoding="utf-8") as handle:
            vocab = sum(1 for _ in handle)
    except OSError:
        vocab = 0
    if vocab == ENGLISH_ONLY_VOCAB or path.name.endswith(".en"):
        return "English"
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        count = len(config.get("lang_ids", []))
    except (OSError, ValueError, AttributeError):
        count = 0
    return f"{count} languages" if count else "multilingual"


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _whisper_entry(name: str, origin: str, path: Path, setting: str | None = None) -> CatalogEntry:
    try:
        resolve_speech_model(str(path))  # the same check the speech service makes before loading
    except SpeechModelError as exc:
        return CatalogEntry(name, "whisper", origin, str(path), None, False, str(path), problem=str(exc))
    return CatalogEntry(
        name, "whisper", origin, str(path), _dir_size(path), True,
        setting=str(path) if setting is None else setting, languages=whisper_languages(path),
    )  # fmt: skip


def _bundled() -> list[CatalogEntry]:
    entries = []
    frozen = bundle_dir() is not None
    for model in BUNDLED:
        if frozen and not is_installed(model):
            continue  # an installer carries only the models it was built with
        if not is_installed(model):
            entries.append(
                CatalogEntry(model.title, model.kind, "bundled", None, None, False,
                             problem=f"package {model.package} is not installed", tier=model.tier)
            )  # fmt: skip
            continue
        try:
            path = bundled_path(model.key)
        except (BundledModelMissing, OSError) as exc:
            entries.append(
                CatalogEntry(model.title, model.kind, "bundled", None, None, False, problem=str(exc),
                             tier=model.tier)
            )  # fmt: skip
            continue
        setting = BUNDLED_KEYS.get(model.key)
        if model.kind == "gguf":
            entries.append(replace(_gguf_entry(model.title, "bundled", path, setting), tier=model.tier))
        else:
            entries.append(_whisper_entry(model.title, "bundled", path, setting))
    return entries


def _is_whisper_dir(path: Path) -> bool:
    return path.is_dir() and (path / "model.bin").is_file()


def list_models(kind: str | None = None) -> list[CatalogEntry]:
    """Bundled models first, then the models folders, then what the user added; each path once."""
    entries = _bundled()
    for origin, folder in (("models folder", project_models_dir()), ("user folder", user_models_dir())):
        if folder is not None and folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() == ".gguf" and path.is_file():
                    entries.append(_gguf_entry(path.stem, origin, path))
                elif _is_whisper_dir(path):
                    entries.append(_whisper_entry(path.name, origin, path))
    added = added_models()
    for path_text in added["gguf"]:
        entries.append(_gguf_entry(Path(path_text).stem, "added", Path(path_text)))
    for path_text in added["whisper"]:
        entries.append(_whisper_entry(Path(path_text).name, "added", Path(path_text)))
    seen: set[str] = set()
    unique = []
    for entry in entries:
        key = str(Path(entry.path).resolve()) if entry.path else f"{entry.origin}:{entry.name}"
        if key not in seen and (kind is None or entry.kind == kind):
            seen.add(key)
            unique.append(entry)
    return unique

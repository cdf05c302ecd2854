"""Every model Parley can use: the bundled ones and GGUF files the user has added."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from app.core.bundled import BUNDLED, BundledModelMissing, bundled_path, is_installed
from app.core.gguf import ModelFileError, read_gguf
from app.core.paths import project_models_dir, user_models_dir


@dataclass(frozen=True)
class CatalogEntry:
    name: str
    kind: str  # "gguf" or "whisper"
    origin: str  # "bundled", "models folder", "user folder"
    path: str | None
    size_bytes: int | None
    available: bool
    architecture: str | None = None
    quantization: str | None = None
    parameters: int | None = None
    context_length: int | None = None
    chat_template: bool | None = None
    problem: str | None = None

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def _gguf_entry(name: str, origin: str, path: Path) -> CatalogEntry:
    try:
        info = read_gguf(path)
    except ModelFileError as exc:
        return CatalogEntry(name, "gguf", origin, str(path), None, False, problem=str(exc))
    return CatalogEntry(
        name=info.name if origin != "bundled" else name,
        kind="gguf",
        origin=origin,
        path=str(path),
        size_bytes=info.file_size,
        available=True,
        architecture=info.architecture,
        quantization=info.quantization,
        parameters=info.parameters,
        context_length=info.context_length,
        chat_template=info.chat_template is not None,
    )


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def list_models() -> list[CatalogEntry]:
    entries: list[CatalogEntry] = []
    for model in BUNDLED:
        if not is_installed(model):
            entries.append(
                CatalogEntry(model.title, model.kind, "bundled", None, None, False,
                             problem=f"package {model.package} is not installed")
            )  # fmt: skip
            continue
        try:
            path = bundled_path(model.key)
        except (BundledModelMissing, OSError) as exc:
            entries.append(
                CatalogEntry(model.title, model.kind, "bundled", None, None, False, problem=str(exc))
            )
            continue
        if model.kind == "gguf":
            entries.append(_gguf_entry(model.title, "bundled", path))
        else:
            entries.append(CatalogEntry(model.title, "whisper", "bundled", str(path), _dir_size(path), True))
    for origin, folder in (("models folder", project_models_dir()), ("user folder", user_models_dir())):
        if folder.is_dir():
            for path in sorted(folder.glob("*.gguf")):
                entries.append(_gguf_entry(path.stem, origin, path))
    return entries

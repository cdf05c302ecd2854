"""The models a user has added from anywhere on disk, remembered by path.

Added files stay where they are (a 7 GB GGUF is not copied); the list lives in
`models.json` in the per-user data folder. Files dropped into the `models/` folders
need no registering: the catalog finds them.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path

from app.core.models.check import check_gguf, check_loads
from app.core.models.gguf import ModelFileError
from app.core.models.whisper_files import SpeechModelError, resolve_speech_model
from app.core.paths import data_dir

KINDS = ("gguf", "whisper")

# Adds and removes read, change and rewrite the list: one at a time, or an entry could be lost.
_lock = threading.Lock()


def registry_path() -> Path:
    return data_dir() / "models.json"


def added_models() -> dict[str, list[str]]:
    """Paths the user added, by kind; a damaged list reads as empty rather than stopping the app."""
    try:
        data = json.loads(registry_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {kind: [] for kind in KINDS}
    if not isinstance(data, dict):
        data = {}
    return {kind: [str(p) for p in data.get(kind, []) if isinstance(p, str)] for kind in KINDS}


def _save(models: dict[str, list[str]]) -> None:
    target = registry_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".models", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(models, handle, indent=2)
    os.replace(temp, target)  # never a half-written list


def kind_of(path: Path) -> str:
    return "whisper" if path.is_dir() else "gguf"


def add_model(path: str | os.PathLike[str]) -> tuple[str, Path]:
    """Check a GGUF file or a CTranslate2 Whisper folder, then remember it. Returns (kind, path).

    Raises ModelFileError with the reason; nothing is remembered then.
    """
    resolved = Path(path).expanduser().resolve()
    kind = kind_of(resolved)
    if kind == "gguf":
        check_gguf(resolved)
        check_loads(resolved)  # only loading the weights finds tensors missing or misshapen
    else:
        try:
            resolve_speech_model(str(resolved))
        except SpeechModelError as exc:
            raise ModelFileError(str(exc)) from None
    with _lock:
        models = added_models()
        if str(resolved) not in models[kind]:
            models[kind].append(str(resolved))
            _save(models)
    return kind, resolved


def remove_model(path: str | os.PathLike[str]) -> bool:
    """Forget an added model (the file stays on disk). True if it was in the list."""
    resolved = str(Path(path).expanduser().resolve())
    with _lock:
        models = added_models()
        for kind in KINDS:
            if resolved in models[kind]:
                models[kind].remove(resolved)
                _save(models)
                return True
    return False

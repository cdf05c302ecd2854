"""Which Whisper folder a speech-model name means, checked without loading faster-whisper."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import ModelError
from app.core.models.bundled import BundledModelMissing, whisper_base_path, whisper_tiny_en_path

BUNDLED_SPEECH = {"tiny.en": whisper_tiny_en_path, "base": whisper_base_path}
DEFAULT_SPEECH_MODEL = "tiny.en"


class SpeechModelError(ModelError):
    """A speech model cannot be used; the message is a sentence for the user."""


def resolve_speech_model(name_or_path: str) -> Path:
    """A bundled name (tiny.en, base) or a CTranslate2 Whisper directory."""
    if name_or_path in BUNDLED_SPEECH:
        try:
            return BUNDLED_SPEECH[name_or_path]()
        except (BundledModelMissing, OSError) as exc:
            raise SpeechModelError(str(exc)) from exc
    path = Path(name_or_path).expanduser()
    if not path.is_dir():
        raise SpeechModelError(
            f"The speech model {name_or_path} was not found: give tiny.en, base, "
            "or a folder holding a CTranslate2 Whisper model."
        )
    missing = [n for n in ("model.bin", "config.json") if not (path / n).is_file()]
    if missing:
        raise SpeechModelError(
            f"The folder {path.name} is not a CTranslate2 Whisper model: it has no {' or '.join(missing)}."
        )
    return path

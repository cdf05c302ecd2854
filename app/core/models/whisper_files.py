"""Which Whisper folder a speech-model name means, checked without loading faster-whisper."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.core.errors import ModelError
from app.core.languages import UnknownLanguageError, get_language
from app.core.models.bundled import BundledModelMissing, whisper_base_path, whisper_tiny_en_path

BUNDLED_SPEECH = {"tiny.en": whisper_tiny_en_path, "base": whisper_base_path}
DEFAULT_SPEECH_MODEL = "tiny.en"


class SpeechModelError(ModelError):
    """A speech model cannot be used; the message is a sentence for the user."""


class EnglishOnlyError(SpeechModelError):
    """An English-only model was asked to hear another language."""


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


# Whisper's multilingual vocabulary; the English-only models (tiny.en, base.en …) have one token
# fewer. CTranslate2 tells them apart the same way.
MULTILINGUAL_VOCABULARY = 51865


def vocabulary_size(path: Path) -> int | None:
    """How many tokens a CTranslate2 Whisper folder's vocabulary holds; None if it has none."""
    try:
        text = (path / "vocabulary.txt").read_text(encoding="utf-8")
    except OSError:
        try:
            tokens = json.loads((path / "vocabulary.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return len(tokens) if isinstance(tokens, list) else None
    return len(text.splitlines())


def is_english_only(path: Path) -> bool:
    size = vocabulary_size(path)
    return size is not None and size < MULTILINGUAL_VOCABULARY


def model_languages(path: Path) -> frozenset[str]:
    """The language codes a multilingual model has a token for (<|de|>, <|haw|> …); empty if unknown."""
    try:
        text = (path / "tokenizer.json").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(re.findall(r'"<\|([a-z]{2,3})\|>"', text))


def check_spoken_language(name_or_path: str, language: str | None) -> None:
    """Refuse a fixed spoken language the speech model cannot hear (SpeechModelError with what to
    do): an English-only model would write English words for any other speech."""
    if language is None:
        return
    path = resolve_speech_model(name_or_path)
    name = f"Whisper {name_or_path}" if name_or_path in BUNDLED_SPEECH else path.name
    known = model_languages(path)
    if known and language not in known:
        raise SpeechModelError(
            f"The speech model {name} does not know the language {language!r}; "
            f"give one of: {', '.join(sorted(known))}."
        )
    if is_english_only(path) and language != "en":
        raise EnglishOnlyError(english_only_message(name, language))


def english_only_message(model_name: str, language: str) -> str:
    return (
        f"The speech model {model_name} hears English only, not {_language_name(language)}: "
        "choose the multilingual Whisper base for it."
    )


def _language_name(code: str) -> str:
    try:
        return get_language(code).name
    except UnknownLanguageError:
        return repr(code)

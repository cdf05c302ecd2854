"""A fixed spoken language is checked against what the speech model can hear, before it loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.models.whisper_files import (
    EnglishOnlyError,
    SpeechModelError,
    check_spoken_language,
    is_english_only,
    resolve_speech_model,
)


def test_the_bundled_models_are_told_apart() -> None:
    assert is_english_only(resolve_speech_model("tiny.en"))
    assert not is_english_only(resolve_speech_model("base"))


@pytest.mark.parametrize("language", ["de", "fr", "zh"])
def test_an_english_only_model_refuses_another_language(language: str) -> None:
    with pytest.raises(EnglishOnlyError, match="tiny.en hears English only.*Whisper base"):
        check_spoken_language("tiny.en", language)


def test_a_code_no_model_knows_is_refused() -> None:
    for model in ("tiny.en", "base"):
        with pytest.raises(SpeechModelError, match="does not know the language 'xx'"):
            check_spoken_language(model, "xx")


def test_languages_the_model_hears_pass() -> None:
    check_spoken_language("tiny.en", "en")
    check_spoken_language("tiny.en", None)
    for language in ("de", "haw", "ja", "en"):
        check_spoken_language("base", language)


def test_a_users_english_only_folder_is_recognised(tmp_path: Path) -> None:
    mine = tmp_path / "my-whisper"
    shutil.copytree(resolve_speech_model("tiny.en"), mine, ignore=shutil.ignore_patterns("model.bin"))
    (mine / "model.bin").write_bytes(b"")  # the check reads the vocabulary, never the weights
    with pytest.raises(SpeechModelError, match="my-whisper hears English only"):
        check_spoken_language(str(mine), "es")

"""A session that fixes a language the English-only model cannot hear is refused, not transcribed
into English words."""

from __future__ import annotations

from app.core.speech.audio import FileSource
from app.core.speech.replay import SpeechRunError, transcribe_source
from app.core.speech.service import SessionConfig
from app.core.translation.engine import TranslationEngine
from tests.speech_clips import clip


def test_tiny_en_refuses_a_fixed_german_session(engine: TranslationEngine) -> None:
    source = FileSource(clip("station"))
    try:
        transcribe_source(engine, source, SessionConfig(target="fr", asr_model="tiny.en", language="de"))
    except SpeechRunError as exc:
        message = str(exc)
    else:
        raise AssertionError("the session ran")
    assert "Whisper tiny.en hears English only, not German" in message and "Whisper base" in message


def test_tiny_en_still_hears_a_fixed_english_session(engine: TranslationEngine) -> None:
    run = transcribe_source(engine, FileSource(clip("station")),
                            SessionConfig(target="fr", asr_model="tiny.en", language="en"))  # fmt: skip
    assert run.records and "station" in " ".join(r.source for r in run.records).lower()

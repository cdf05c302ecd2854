"""A replay on a machine too slow for the normal cadence: lag stays bounded and no final is lost.

The slow machine is forced, not hoped for: the real Whisper decodes, then its thread waits
as long again as a slow CPU would take (a share of each decoded second of audio), so every
decode costs what it would on a machine several times slower, without loading this one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from app.core.speech import service as service_module
from app.core.speech.audio import FileSource, Samples
from app.core.speech.events import PipelinePace, PipelineStatus, SpeechEvent, TranscriptChanged
from app.core.speech.pacing import TENTATIVE_PAUSED
from app.core.speech.replay import transcribe_source
from app.core.speech.service import SessionConfig
from app.core.speech.whisper import SpeechModel, Transcript, load_speech_model
from app.core.translation.engine import TranslationEngine
from app.core.translation.events import RequestFinished, TranslationRequest
from tests.speech_clips import samples

EXTRA_S_PER_AUDIO_S = 0.3  # a 4 s buffer costs 1.2 s more: the fixed 0.5 s cadence cannot keep up
LAG_BOUND_MS = 4000.0


MIN_TOKENS_PER_S = 20.0


def machine_speed(engine: TranslationEngine) -> float:
    """The translation model's decode rate now, in tokens/s."""
    events = list(
        engine.translate(TranslationRequest("The train leaves at nine tomorrow morning.", "en", "fr"))
    )
    final = events[-1]
    assert isinstance(final, RequestFinished), final
    return final.metrics.decode_tokens_per_s or 0.0


class SlowWhisper(SpeechModel):
    """The real model on a slower machine: each decode takes longer by its audio's length."""

    def transcribe(self, audio: Samples, language: str | None, hotwords: str | None = None,
                   quick: bool = False) -> Transcript:  # fmt: skip
        result = super().transcribe(audio, language, hotwords, quick)
        extra = EXTRA_S_PER_AUDIO_S * audio.size / 16000
        time.sleep(extra)
        return Transcript(result.words, result.language, result.decode_s + extra, result.redone)


@pytest.fixture(scope="module")
def slow_whisper() -> SlowWhisper:
    plain = load_speech_model("tiny.en")
    return SlowWhisper(Path(plain.path), "Whisper tiny.en (slowed)", "cpu", "int8", 1)


@pytest.fixture
def slow_service(slow_whisper: SlowWhisper, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(service_module, "load_speech_model", lambda *args, **kwargs: slow_whisper)
    yield


@pytest.mark.timeout(600)  # about 40 s on an idle machine; a busy one takes minutes to translate
def test_a_slow_replay_keeps_lag_bounded_and_translates_every_final(
    engine: TranslationEngine, slow_service: None
) -> None:
    # The forced condition is the only slowness the bound allows for: a machine already far
    # slower than its usual ~80 tokens/s cannot show it (the no-final-lost part still holds).
    speed = machine_speed(engine)
    # About 13 s, three or more utterances, then 4 s of silence: the lag must come down once
    # there is time to catch up (a lag at its peak when the audio ends shows nothing about that).
    audio = np.concatenate([samples("thanks", "station", "thanks"), np.zeros(4 * 16000, np.float32)])
    seen: list[SpeechEvent] = []
    run = transcribe_source(
        engine, FileSource(samples=audio, realtime=True, name="slow"), SessionConfig(target="fr"),
        on_event=seen.append,
    )  # fmt: skip
    ended = [e for e in seen if isinstance(e, TranscriptChanged) and e.final and e.committed]
    assert len(ended) >= 3
    # Every final was translated, none dropped, whatever the load.
    assert len(run.records) == len(ended), (len(run.records), len(ended))
    assert all(r.translation and r.final_done_at is not None for r in run.records)
    # It noticed, said what it did about it, and the lag stayed bounded and came back down.
    paces = [e for e in seen if isinstance(e, PipelinePace)]
    assert any(p.behind and TENTATIVE_PAUSED in p.actions for p in paces), paces
    breakdown = run.breakdown or {}
    assert breakdown.get("pacing", {})["behind_times"] >= 1  # type: ignore[index]
    lags = [e.lag_ms for e in seen if isinstance(e, PipelineStatus)]
    peak = max(lags)
    if speed < MIN_TOKENS_PER_S:
        pytest.skip(f"this machine is too busy to test the lag bound: the translation model "
                    f"decoded {speed:.1f} tokens/s (worst lag {peak:.0f} ms); no final was lost")  # fmt: skip
    assert peak <= LAG_BOUND_MS, peak
    after_peak = lags[lags.index(peak) :]
    assert min(after_peak) < 1000.0, after_peak[-20:]

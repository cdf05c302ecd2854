"""Draft and refine for speech on the real models: drafts on the fast engine (Gemma 3 270M), each
finished sentence on the main engine (Qwen2.5 0.5B stands in for the quality model), each on its
own worker thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.models.bundled import qwen_path
from app.core.speech.events import SpeechEvent, TranslationChanged, UtteranceDone
from app.core.speech.refine import RefiningTranslator
from app.core.speech.translation import FINAL, TENTATIVE
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import RequestEvent, RequestFinished, TokenEvent, TranslationRequest

LONG = " ".join(
    f"On day {n} of the trip the weather was cold and wet, so we stayed inside the small hotel and read."
    for n in range(1, 16)
)


class Recording(TranslationEngine):
    """The real engine, which also keeps every request it was handed, and when."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.requests: list[tuple[float, TranslationRequest]] = []

    def submit(self, request: TranslationRequest, sink: Any = None) -> int:
        self.requests.append((time.perf_counter(), request))
        return super().submit(request, sink)

    @property
    def texts(self) -> list[str]:
        return [r.text for _, r in self.requests]


def _start(config: EngineConfig) -> Recording:
    engine = Recording(config)
    engine.start()
    assert engine.wait_ready(120) and engine.model_info is not None, engine.load_error
    return engine


@pytest.fixture(scope="module")
def engines() -> Iterator[tuple[Recording, Recording]]:
    quality = _start(EngineConfig(qwen_path()))
    fast = _start(EngineConfig(None))  # the bundled fast model
    yield quality, fast
    assert quality.close(10) and fast.close(10)


class Events:
    def __init__(self) -> None:
        self.items: list[tuple[float, SpeechEvent]] = []
        self.done = threading.Event()

    def __call__(self, event: SpeechEvent) -> None:
        self.items.append((time.perf_counter(), event))
        if isinstance(event, UtteranceDone):
            self.done.set()

    def changes(self) -> list[TranslationChanged]:
        return [e for _, e in self.items if isinstance(e, TranslationChanged)]


def test_a_final_sentence_goes_to_the_quality_engine_and_the_draft_to_the_fast_one(
    engines: tuple[Recording, Recording],
) -> None:
    quality, fast = engines
    quality.requests.clear()
    fast.requests.clear()
    events = Events()
    translator = RefiningTranslator(quality, events, drafts=fast)
    start = time.perf_counter()
    translator.begin(1, 0, 0.0, "fr", lambda: time.perf_counter() - start)
    translator.offer(1, 0, TENTATIVE, "Good evening, my flight", "en")
    sentence = "Good evening, my flight was cancelled and I need a hotel for tonight."
    translator.end(1, 0, sentence, time.perf_counter() - start, "en", time.perf_counter() - start, "pause")
    assert events.done.wait(60)
    translator.close()
    assert quality.texts == [sentence], "only the finished sentence goes to the quality engine"
    assert fast.texts[0] == "Good evening, my flight" and fast.texts[-1] == sentence
    record = next(e.record for _, e in events.items if isinstance(e, UtteranceDone))
    # What is kept is the quality engine's translation of it, not the draft.
    again = list(quality.translate(TranslationRequest(sentence, "en", "fr")))[-1]
    assert isinstance(again, RequestFinished) and record.translation == again.translation
    changes = events.changes()
    assert changes[-1].kind == FINAL and changes[-1].done and changes[-1].text == record.translation
    drafts = [c for c in changes if c.kind != FINAL]
    assert drafts and all(not c.done for c in drafts), "drafts are shown as not final"
    finals_from = next(i for i, c in enumerate(changes) if c.kind == FINAL)
    assert all(c.kind == FINAL for c in changes[finals_from:]), "no draft overwrites the final"
    figures = record.refine_latency_ms()
    assert figures["draft_first_token_ms"] is not None and figures["translation_done_ms"] is not None
    assert figures["draft_first_token_ms"] <= figures["translation_done_ms"]


def test_a_long_draft_in_flight_does_not_delay_the_final(engines: tuple[Recording, Recording]) -> None:
    quality, fast = engines
    quality.forget()
    fast.forget()
    long_done = threading.Event()

    def on_long(event: RequestEvent) -> None:
        if not isinstance(event, TokenEvent):  # its one terminal event
            long_done.set()

    events = Events()
    translator = RefiningTranslator(quality, events, drafts=fast)
    start = time.perf_counter()
    translator.begin(1, 0, 0.0, "de", lambda: time.perf_counter() - start)
    fast.submit(TranslationRequest(LONG, "en", "de"), on_long)  # typed drafting, seconds of work
    time.sleep(0.3)  # it is running
    assert not long_done.is_set()
    sentence = "Where is the nearest pharmacy?"
    submitted = time.perf_counter()
    translator.end(1, 0, sentence, submitted - start, "en", submitted - start, "pause")
    assert events.done.wait(60)
    translator.close()
    assert not long_done.is_set(), "the final was done while the long draft was still running"
    fast.cancel()
    assert long_done.wait(30), "the long draft ends too, cancelled: one terminal event"
    started = next(t for t, r in quality.requests if r.text == sentence)
    assert started - submitted < 0.5, "the final went to the quality engine at once"

"""The engine on the real bundled model when something breaks: every request still ends once.

Faults are injected into the real loaded model (a method made to raise or to hang), into a
listener, or into the loader; llama.cpp itself is never replaced.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import BackendError
from app.core.metrics import RequestMetrics
from app.core.options import ModelOptions
from app.core.translation.backend import TranslationBackend
from app.core.translation.engine import EngineConfig, EngineTimeout, TranslationEngine
from app.core.translation.events import (
    EngineEvent,
    ModelFailed,
    ModelReady,
    RequestEvent,
    RequestFailed,
    RequestFinished,
    TokenEvent,
    TranslationRequest,
)
from app.core.translation.llama_backend import LLAMA
from tests.conftest import run

SENTENCE = "The bakery on the corner sells fresh bread every morning."


@pytest.fixture(scope="module")
def faulty(gemma: Path) -> Iterator[TranslationEngine]:
    """An engine of its own: these tests break it on purpose."""
    engine = TranslationEngine(EngineConfig(gemma, warm_pair=None))
    engine.start()
    assert engine.wait_ready(120) and engine.model_info is not None, engine.load_error
    yield engine
    assert engine.close(10)


def _model(engine: TranslationEngine) -> TranslationBackend:
    model = engine._model
    assert model is not None
    return model


def _terminals(events: list[RequestEvent]) -> list[RequestEvent]:
    return [e for e in events if isinstance(e, (RequestFinished, RequestFailed))]


def _collect(
    engine: TranslationEngine, request: TranslationRequest, sink_fault: str = ""
) -> list[RequestEvent]:
    """Submit with a sink that records every event (and raises on `sink_fault`); wait for the end."""
    seen: list[RequestEvent] = []
    done = threading.Event()

    def sink(event: RequestEvent) -> None:
        seen.append(event)
        if isinstance(event, (RequestFinished, RequestFailed)):
            done.set()
        if sink_fault and type(event).__name__ == sink_fault:
            raise RuntimeError(f"the sink broke on {sink_fault}")

    engine.submit(request, sink)
    assert done.wait(60), seen
    assert engine.wait_idle(30)
    return seen


def test_a_sink_that_raises_on_a_piece_stops_the_request_with_one_failure(faulty: TranslationEngine) -> None:
    seen = _collect(faulty, TranslationRequest(SENTENCE, "en", "fr"), sink_fault="TokenEvent")
    (end,) = _terminals(seen)
    assert isinstance(end, RequestFailed) and "the sink broke on TokenEvent" in end.message
    assert seen[-1] is end  # nothing after the terminal event
    assert sum(isinstance(e, TokenEvent) for e in seen) == 1  # stopped at the piece that failed
    _, final = run(faulty, SENTENCE)  # the worker lives on
    assert final.translation


def test_a_sink_that_raises_on_the_final_event_gets_no_second_one(faulty: TranslationEngine) -> None:
    seen = _collect(faulty, TranslationRequest(SENTENCE, "en", "de"), sink_fault="RequestFinished")
    (end,) = _terminals(seen)
    assert isinstance(end, RequestFinished) and end.translation
    assert seen[-1] is end
    assert faulty.load_error is None  # a listener's bug is not a model failure
    _, final = run(faulty, "Good morning.")
    assert final.translation


def test_the_model_failing_mid_stream_ends_the_request_and_the_model_stays_usable(
    faulty: TranslationEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, before = run(faulty, SENTENCE, "en", "it")
    model = _model(faulty)
    real_stream = model.stream
    closed = threading.Event()

    def failing_stream(tokens: list[int]) -> Iterator[bytes]:
        inner = real_stream(tokens)
        try:
            for n, piece in enumerate(inner):
                if n == 2:
                    raise RuntimeError("llama_decode returned -3")
                yield piece
        finally:
            inner.close()  # type: ignore[attr-defined]
            closed.set()

    monkeypatch.setattr(model, "stream", failing_stream)
    faulty.forget()
    seen = _collect(faulty, TranslationRequest(SENTENCE, "en", "it"))
    (end,) = _terminals(seen)
    assert isinstance(end, RequestFailed) and "llama_decode returned -3" in end.message
    assert end.message.endswith("Try again.")  # a sentence for the user, not a traceback
    assert closed.is_set()
    monkeypatch.undo()
    faulty.forget()
    _, after = run(faulty, SENTENCE, "en", "it")
    assert after.translation == before.translation


def test_a_failure_after_the_translation_still_ends_the_request(
    faulty: TranslationEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past every handler around the model: the worker's own catch-all must end the request.
    def broken(*args: object, **kwargs: object) -> RequestMetrics:
        raise ZeroDivisionError("no time has passed")

    monkeypatch.setattr(RequestMetrics, "from_timer", broken)
    events: queue.SimpleQueue[RequestEvent] = queue.SimpleQueue()
    faulty.submit(TranslationRequest("Thank you.", "en", "fr"), events.put)
    seen = []
    while not isinstance(event := events.get(timeout=60), (RequestFinished, RequestFailed)):
        seen.append(event)
    assert isinstance(event, RequestFailed) and "ZeroDivisionError: no time has passed" in event.message
    monkeypatch.undo()
    assert faulty.wait_idle(30)
    assert events.empty()
    _, final = run(faulty, "Thank you.")
    assert final.translation


def test_a_bad_language_code_fails_with_the_sentence(faulty: TranslationEngine) -> None:
    seen = _collect(faulty, TranslationRequest("Hello.", "en", "xx"))
    (end,) = _terminals(seen)
    assert isinstance(end, RequestFailed) and end.message.startswith("unknown language 'xx'")


def test_translate_stops_waiting_on_a_stuck_worker(
    faulty: TranslationEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model(faulty)
    real_stream = model.stream
    release = threading.Event()

    def stuck_stream(tokens: list[int]) -> Iterator[bytes]:
        release.wait(30)  # a native call that never returns, until the test lets it
        yield from real_stream(tokens)

    monkeypatch.setattr(model, "stream", stuck_stream)
    faulty.forget()
    start = time.monotonic()
    with pytest.raises(EngineTimeout, match=r"sent nothing for 1 s"):
        list(faulty.translate(TranslationRequest("Where is the station?", "en", "fr"), timeout=1.0))
    assert time.monotonic() - start < 5
    release.set()
    assert faulty.wait_idle(30)  # the abandoned request was cancelled and the worker came back
    monkeypatch.undo()
    _, final = run(faulty, "Where is the station?")
    assert final.translation and not final.cancelled


def test_translate_on_an_engine_that_is_not_running_fails_at_once(gemma: Path) -> None:
    engine = TranslationEngine(EngineConfig(gemma))  # never started
    start = time.monotonic()
    with pytest.raises(BackendError, match="not running"):
        list(engine.translate(TranslationRequest("Hello.", "en", "fr"), timeout=60))
    assert time.monotonic() - start < 5


def test_every_request_ends_exactly_once(faulty: TranslationEngine) -> None:
    ends: dict[int, list[RequestEvent]] = {}
    lock = threading.Lock()

    def sink(event: RequestEvent) -> None:
        if isinstance(event, (RequestFinished, RequestFailed)):
            with lock:
                ends.setdefault(event.request_id, []).append(event)

    ids = []
    for n in range(12):
        target = "xx" if n % 4 == 1 else "fr"  # some fail, the rest are superseded or cancelled
        ids.append(faulty.submit(TranslationRequest(f"{SENTENCE} Number {n}.", "en", target), sink))
        if n % 3 == 0:
            faulty.cancel_request(ids[-1])
        time.sleep(0.05)
    faulty.cancel()
    ids.append(faulty.submit(TranslationRequest("The last one.", "en", "fr"), sink))
    assert faulty.wait_idle(60)
    assert sorted(ends) == ids
    assert all(len(events) == 1 for events in ends.values()), ends
    last = ends[ids[-1]][0]
    assert isinstance(last, RequestFinished) and not last.cancelled and last.translation


def test_a_listener_that_raises_does_not_stop_the_model_loading(gemma: Path) -> None:
    calls: list[EngineEvent] = []

    def listener(event: EngineEvent) -> None:
        calls.append(event)
        raise RuntimeError("the window is gone")

    engine = TranslationEngine(EngineConfig(gemma, warm_pair=None), listener=listener)
    engine.start()
    try:
        assert engine.wait_ready(60)
        assert engine.model_info is not None and engine.load_error is None
        assert any(isinstance(e, ModelReady) for e in calls)
        _, final = run(engine, "See you tomorrow.")
        assert final.translation
    finally:
        assert engine.close(10)


class FlakyLoader:
    """The llama.cpp loader, except that its next load raises something that is no ModelError."""

    def __init__(self) -> None:
        self.fail_next = False

    def check(self, path: Path) -> None:
        LLAMA.check(path)

    def load(self, path: Path, options: ModelOptions) -> TranslationBackend:
        if self.fail_next:
            self.fail_next = False
            raise MemoryError("cannot allocate the context")
        return LLAMA.load(path, options)


def test_an_unexpected_load_failure_is_a_sentence_and_the_previous_model_returns(gemma: Path) -> None:
    events: list[EngineEvent] = []
    loader = FlakyLoader()
    engine = TranslationEngine(EngineConfig(gemma, warm_pair=None), listener=events.append, loader=loader)
    engine.start()
    try:
        assert engine.wait_ready(60) and engine.model_info is not None
        loader.fail_next = True
        engine.load(gemma, ModelOptions(n_ctx=2048))
        assert engine.wait_ready(60)
        failed = [e for e in events if isinstance(e, ModelFailed)]
        assert len(failed) == 1 and "cannot allocate the context" in failed[0].message
        assert failed[0].kept  # the model loaded before came back
        assert isinstance(events[-1], ModelFailed)
        _, final = run(engine, "Good evening.")
        assert final.translation
    finally:
        assert engine.close(10)

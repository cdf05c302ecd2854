"""Switching translation models without a restart: mid-generation, to a bad file, with other options."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.models.bundled import qwen_path
from app.core.models.families import StyleName
from app.core.options import FlashAttention, ModelOptions
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import (
    EngineEvent,
    ModelFailed,
    ModelLoading,
    ModelReady,
    RequestFinished,
    TokenEvent,
    TranslationRequest,
)
from tests.conftest import run
from tests.gguf_files import without_weights, write_gguf

LONG = " ".join(["The committee met on Tuesday to discuss the budget for the coming year."] * 12)


class Recorder:
    def __init__(self) -> None:
        self.events: queue.SimpleQueue[EngineEvent] = queue.SimpleQueue()
        self.seen: list[EngineEvent] = []

    def __call__(self, event: EngineEvent) -> None:
        self.events.put(event)

    def until(self, kind: type, timeout: float = 120) -> EngineEvent:
        while True:
            event = self.events.get(timeout=timeout)
            self.seen.append(event)
            if isinstance(event, kind):
                return event


@pytest.fixture
def switching(gemma: Path) -> Iterator[tuple[TranslationEngine, Recorder]]:
    recorder = Recorder()
    engine = TranslationEngine(EngineConfig(gemma), listener=recorder)
    engine.start()
    assert isinstance(recorder.until(ModelReady), ModelReady)
    recorder.seen.clear()
    yield engine, recorder
    engine.close(10)


def test_switching_mid_generation_cancels_the_request_and_loads_the_new_model(
    switching: tuple[TranslationEngine, Recorder],
) -> None:
    engine, recorder = switching
    started = threading.Event()
    finished: list[RequestFinished] = []

    def sink(event: object) -> None:
        if isinstance(event, TokenEvent):
            started.set()
        if isinstance(event, RequestFinished):
            finished.append(event)

    engine.submit(TranslationRequest(LONG, "en", "fr"), sink)
    assert started.wait(60), "generation began"
    engine.load(qwen_path())
    ready = recorder.until(ModelReady)
    assert isinstance(ready, ModelReady) and ready.info.prompt_style == "qwen"
    assert finished and finished[0].cancelled
    stages = [e.stage for e in recorder.seen if isinstance(e, ModelLoading)]
    assert stages[:3] == ["Checking the model", "Unloading Gemma 3 270m", "Loading the model"]
    _, final = run(engine, "Good evening.")
    assert final.translation and not final.cancelled
    assert engine.config.model_path == qwen_path()


def test_a_file_llama_cannot_read_is_refused_before_the_old_model_is_touched(
    switching: tuple[TranslationEngine, Recorder], tmp_path: Path
) -> None:
    engine, recorder = switching
    odd = write_gguf(tmp_path / "odd.gguf", {"general.architecture": "nosucharch"}, shape=(1024, 1024))
    engine.load(odd)
    failed = recorder.until(ModelFailed)
    assert isinstance(failed, ModelFailed)
    assert "nosucharch" in failed.message and failed.kept == "Gemma 3 270m"
    assert not any(isinstance(e, ModelLoading) and e.stage.startswith("Unloading") for e in recorder.seen)
    assert engine.model_info is not None and engine.load_error is None
    _, final = run(engine, "Thank you.")
    assert final.translation


def test_a_load_that_fails_after_unloading_brings_the_previous_model_back(
    switching: tuple[TranslationEngine, Recorder], tmp_path: Path
) -> None:
    engine, recorder = switching
    hollow = without_weights(qwen_path(), tmp_path / "hollow.gguf")
    engine.load(hollow)
    failed = recorder.until(ModelFailed)
    assert isinstance(failed, ModelFailed) and failed.kept == "Gemma 3 270m"
    assert "llama.cpp could not load" in failed.message
    stages = [e.stage for e in recorder.seen if isinstance(e, ModelLoading)]
    assert "Restoring Gemma 3 270m" in stages
    assert any(isinstance(e, ModelReady) for e in recorder.seen)
    info = engine.model_info
    assert info is not None and info.name == "Gemma 3 270m"
    assert engine.config.model_path is not None and engine.config.model_path.name.startswith("gemma")
    _, final = run(engine, "Good morning.")
    assert final.translation


def test_options_reach_the_loaded_model(switching: tuple[TranslationEngine, Recorder], gemma: Path) -> None:
    engine, recorder = switching
    engine.load(
        gemma,
        ModelOptions(
            n_ctx=1024,
            threads=1,
            gpu_layers=0,
            flash_attn=FlashAttention.ON,
            prompt_style=StyleName.GENERIC_CHAT,
        ),
    )
    ready = recorder.until(ModelReady)
    assert isinstance(ready, ModelReady)
    info = ready.info
    assert (info.context, info.threads, info.flash_attn) == (1024, 1, True)
    # A base model has no template: the generic preset falls back to ChatML, as the user asked.
    assert info.prompt_style == "generic-chat" and info.prompt_style_chosen
    style = engine.prompt_style
    assert style is not None
    from app.core.languages import get_language

    assert "<|im_start|>system" in style.render(get_language("en"), get_language("fr"), "Hi.", []).text
    _, final = run(engine, "Good night.")
    assert not final.cancelled
    # The override belongs to that model: another one, loaded without options, gets its own preset.
    engine.load(qwen_path())
    ready = recorder.until(ModelReady)
    assert isinstance(ready, ModelReady) and ready.info.prompt_style == "qwen"
    assert ready.info.context == 1024 and ready.info.threads == 1, "the runtime options carry over"
    assert ready.source is not None and ready.source.path == qwen_path()

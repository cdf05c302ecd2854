"""Shared fixtures: the real bundled models, loaded once per session where possible."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# History, added models and other per-user data go to a throwaway folder, never the real one.
os.environ.setdefault("PARLEY_DATA_DIR", tempfile.mkdtemp(prefix="parley-test-data-"))

from app.core.models.bundled import gemma_path
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import RequestEvent, RequestFinished, TokenEvent, TranslationRequest

# tests/packaging checks a built installer: `make package-test` runs it after `make package`.
collect_ignore = [] if os.environ.get("PARLEY_BUNDLE") else ["packaging"]


@pytest.fixture(scope="session")
def gemma() -> Path:
    return gemma_path()


@pytest.fixture(scope="session")
def engine(gemma: Path) -> Iterator[TranslationEngine]:
    eng = TranslationEngine(EngineConfig(gemma))
    eng.start()
    assert eng.wait_ready(120)
    assert eng.model_info is not None, eng.load_error
    yield eng
    assert eng.close(10)


def run(
    engine: TranslationEngine, text: str, source: str = "en", target: str = "fr"
) -> tuple[list[TokenEvent], RequestFinished]:
    """Translate and return the streamed pieces and the final event."""
    pieces: list[TokenEvent] = []
    events: list[RequestEvent] = list(engine.translate(TranslationRequest(text, source, target)))
    for event in events:
        if isinstance(event, TokenEvent):
            pieces.append(event)
    final = events[-1]
    assert isinstance(final, RequestFinished), final
    return pieces, final


SLOW_TIMEOUT_S = 900  # for tests marked slow; the others get pyproject's `timeout`


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("slow") is not None and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(SLOW_TIMEOUT_S))

"""Times each bundled translation model on this machine and picks the tier (see models/tier.py).

Each model runs in its own TranslationEngine, whose worker thread owns the native model; the
caller (a background thread in the window, the command line) only waits on its events. Models
are timed one after the other, so they never compete with each other for the cores.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ModelError, ParleyError
from app.core.i18n import QT_TRANSLATE_NOOP, Message
from app.core.models.bundled import BUNDLED, bundled_path, is_installed
from app.core.models.tier import (
    BY_QUALITY,
    PROBE_PAIR,
    PROBE_SENTENCES,
    REALTIME_BUDGET,
    Budget,
    Fingerprint,
    TierRecord,
    TierTiming,
    hardware_fingerprint,
    measured,
    scaled_ms,
)
from app.core.options import ModelOptions
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import RequestFailed, RequestFinished, TranslationRequest

Progress = Callable[[str], None]  # a few words on what is being measured
LOAD_TIMEOUT_S = 300.0
SENTENCE_TIMEOUT_S = 120.0


class MeasurementCancelled(ParleyError):
    """The measurement was stopped (the window closed); nothing is recorded."""


@dataclass(frozen=True)
class Candidate:
    """A model to time for a tier: its title and a way to its file (which may assemble it)."""

    tier: str
    title: str
    path: Callable[[], Path]
    installed: bool = True


def bundled_candidates() -> list[Candidate]:
    """The bundled tier models, best quality first."""
    models = {m.tier: m for m in BUNDLED if m.kind == "gguf" and m.tier}
    return [_candidate(tier, models[tier].title, models[tier].key, is_installed(models[tier]))
            for tier in BY_QUALITY if tier in models]  # fmt: skip


def _candidate(tier: str, title: str, key: str, installed: bool) -> Candidate:
    return Candidate(tier, title, lambda: bundled_path(key), installed)


def time_model(candidate: Candidate, options: ModelOptions, sentences: Sequence[str], budget: Budget,
               cancel: threading.Event | None = None) -> TierTiming:  # fmt: skip
    """One model's times on `sentences`: each sentence's total (first token included), scaled to
    the budget's word count; a model that cannot be timed says why in `problem`."""
    if not candidate.installed:
        return TierTiming(candidate.tier, candidate.title, problem="not installed")
    _check(cancel)  # before the assembly and the load, which cannot be stopped once begun
    try:
        path = candidate.path()
    except (ModelError, OSError) as exc:
        return TierTiming(candidate.tier, candidate.title, problem=str(exc))
    engine = TranslationEngine(EngineConfig(path, options, warm_pair=PROBE_PAIR))
    engine.start()
    try:
        while not engine.wait_ready(0.2):
            _check(cancel)
        if engine.model_info is None:
            return TierTiming(candidate.tier, candidate.title, problem=engine.load_error or "did not load")
        totals: list[float] = []
        ttfts: list[float] = []
        for sentence in sentences:
            _check(cancel)
            request = TranslationRequest(sentence, *PROBE_PAIR)
            for event in engine.translate(request, timeout=SENTENCE_TIMEOUT_S):
                if isinstance(event, RequestFailed):
                    return TierTiming(candidate.tier, candidate.title, problem=event.message)
                if isinstance(event, RequestFinished):
                    totals.append(scaled_ms(event.metrics.total_ms, len(sentence.split()), budget))
                    ttfts.append(event.metrics.ttft_ms or event.metrics.total_ms)
        return TierTiming(candidate.tier, candidate.title, tuple(totals), tuple(ttfts))
    finally:
        engine.close()


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise MeasurementCancelled


def measure_tiers(
    options: ModelOptions | None = None,
    *,
    budget: Budget = REALTIME_BUDGET,
    sentences: Sequence[str] = PROBE_SENTENCES,
    candidates: Sequence[Candidate] | None = None,
    fingerprint: Fingerprint | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> TierRecord:
    """Time every bundled tier model here and choose; blocks for a few seconds per model (run it
    off the GUI thread). Raises MeasurementCancelled when `cancel` is set."""
    options = options or ModelOptions()
    timings = []
    for candidate in candidates if candidates is not None else bundled_candidates():
        if progress is not None:
            timing = QT_TRANSLATE_NOOP("core", "Timing the {tier} model ({title})")
            progress(Message(timing, tier=Message(candidate.tier), title=candidate.title))
        timings.append(time_model(candidate, options, sentences, budget, cancel))
        _check(cancel)
    return measured(timings, fingerprint or hardware_fingerprint(), budget)

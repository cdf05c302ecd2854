"""Run the whole speech pipeline over one audio source and collect its utterances (CLI and bench)."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.errors import SpeechError
from app.core.speech.audio import AudioSource
from app.core.speech.events import (
    CaptureFailed,
    ListeningStarted,
    PipelineNotice,
    PipelineStatus,
    SessionEnded,
    SpeechEvent,
    SpeechModelFailed,
    SpeechModelReady,
    UtteranceDone,
    UtteranceRecord,
)
from app.core.speech.service import SessionConfig, SpeechService, TranslatorFactory
from app.core.speech.translation import SpeechTranslator
from app.core.translation.engine import TranslationEngine


class SpeechRunError(SpeechError):
    """The file could not be listened to; the message is a sentence for the user."""


@dataclass
class FileRun:
    records: list[UtteranceRecord] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    audio_s: float = 0.0
    rtf: float | None = None
    max_lag_ms: float = 0.0
    model: SpeechModelReady | None = None
    breakdown: dict[str, object] | None = None  # the last session's (see SessionEnded)


def transcribe_source(
    engine: TranslationEngine,
    source: AudioSource,
    config: SessionConfig,
    on_record: Callable[[UtteranceRecord], None] | None = None,
    on_event: Callable[[SpeechEvent], None] | None = None,
    seconds: float | None = None,
    translator: TranslatorFactory = SpeechTranslator,
) -> FileRun:
    """Listen to `source` until it ends (or for `seconds`) and every utterance is translated.

    Ctrl+C (KeyboardInterrupt) stops listening the same way: what was heard is finished first."""
    return _listen(engine, lambda s: s.start_session(source, config), 1, on_record, on_event, seconds,
                   translator)  # fmt: skip


def listen_call(
    engine: TranslationEngine,
    mine: tuple[AudioSource, SessionConfig],
    theirs: tuple[AudioSource, SessionConfig],
    on_record: Callable[[UtteranceRecord], None] | None = None,
    on_event: Callable[[SpeechEvent], None] | None = None,
    seconds: float | None = None,
) -> FileRun:
    """A call: both sides at once, into one list of utterances in time order (each with its side)."""
    return _listen(engine, lambda s: s.start_call(*mine, *theirs), 2, on_record, on_event, seconds)


def _listen(
    engine: TranslationEngine,
    start: Callable[[SpeechService], object],
    sessions: int,
    on_record: Callable[[UtteranceRecord], None] | None,
    on_event: Callable[[SpeechEvent], None] | None,
    seconds: float | None,
    translator: TranslatorFactory = SpeechTranslator,
) -> FileRun:
    events: queue.SimpleQueue[SpeechEvent] = queue.SimpleQueue()
    service = SpeechService(engine, events.put, translator)
    run = FileRun()
    deadline: float | None = None  # counted from when listening starts, not from the model load
    stopping = False
    ended = 0
    try:
        start(service)
        while True:
            try:
                event = events.get(timeout=0.1)
            except queue.Empty:
                if deadline is not None and not stopping and time.perf_counter() >= deadline:
                    stopping = True
                    service.stop_session()
                continue
            except KeyboardInterrupt:
                if stopping:
                    raise
                stopping = True
                service.stop_session()
                continue
            if on_event is not None:
                on_event(event)
            if isinstance(event, ListeningStarted) and seconds is not None:
                deadline = time.perf_counter() + seconds
            if isinstance(event, SpeechModelReady):
                run.model = event
            elif isinstance(event, (SpeechModelFailed, CaptureFailed)):
                raise SpeechRunError(event.message)
            elif isinstance(event, PipelineNotice):
                run.notices.append(event.message)
            elif isinstance(event, PipelineStatus):
                run.max_lag_ms = max(run.max_lag_ms, event.lag_ms)
            elif isinstance(event, UtteranceDone):
                run.records.append(event.record)
                if on_record is not None:
                    on_record(event.record)
            elif isinstance(event, SessionEnded):
                run.audio_s = max(run.audio_s, event.audio_s)
                run.rtf = event.rtf if run.rtf is None or event.rtf is None else max(run.rtf, event.rtf)
                run.breakdown = event.breakdown or run.breakdown
                ended += 1
                if ended == sessions:
                    break
    finally:
        service.close()
    run.records.sort(key=lambda r: r.start_s)
    return run

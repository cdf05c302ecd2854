"""Decides what of the spoken text the translation engine works on, and stamps the latencies.

The engine runs one request at a time and the newest wins. Speech needs an order on top
of that: a finished utterance's translation (final) is never cancelled by speech work and
finals run in the order spoken, across listening sessions; committed text is translated as
it commits; the tentative tail only when nothing else waits, and it is the first work
dropped under load. Someone else's request (typed text) is let through: speech waits for
it to finish, then carries on.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.languages import UnknownLanguageError, get_language
from app.core.metrics import percentile
from app.core.speech.directions import Directions
from app.core.speech.events import (
    PipelineNotice,
    SpeechEvent,
    TranslationChanged,
    UtteranceDone,
    UtteranceRecord,
)
from app.core.translation.engine import TranslationEngine
from app.core.translation.events import (
    RequestEvent,
    RequestFailed,
    RequestFinished,
    TokenEvent,
    TranslationRequest,
)
from app.core.translation.glossary import Glossary

TENTATIVE, COMMITTED, FINAL = "tentative", "committed", "final"

Key = tuple[int, int]  # (session, utterance)
Clock = Callable[[], float]


@dataclass
class _Job:
    key: Key
    kind: str
    text: str
    source: str
    target: str
    request_id: int = 0
    shown: str = ""
    queued_at: float = 0.0  # perf_counter when offered
    submitted_at: float = 0.0  # ...and when given to the engine
    first_token: bool = False


def _ms(values: list[float]) -> dict[str, float | int | None]:
    def r(v: float | None) -> float | None:
        return None if v is None else round(v, 1)

    return {"count": len(values), "p50": r(percentile(values, 50)), "p90": r(percentile(values, 90)),
            "max": r(max(values)) if values else None}  # fmt: skip


@dataclass
class TranslationTimes:
    """Where the translation engine's time goes during speech, per kind of work (wall seconds)."""

    requests: dict[str, int] = field(default_factory=dict)  # given to the engine
    superseded: dict[str, int] = field(default_factory=dict)  # replaced by newer speech work
    seconds: dict[str, float] = field(default_factory=dict)  # submit → end, superseded ones too
    tentative_skipped: int = 0  # tentative offers not translated because the pipeline was busy
    final_queue_ms: list[float] = field(default_factory=list)  # final offered → given to the engine
    final_engine_wait_ms: list[float] = field(default_factory=list)  # ...→ engine starts it
    final_first_token_ms: list[float] = field(default_factory=list)  # given to the engine → first token

    def add(self, kind: str, seconds: float, superseded: bool = False) -> None:
        self.seconds[kind] = self.seconds.get(kind, 0.0) + seconds
        if superseded:
            self.superseded[kind] = self.superseded.get(kind, 0) + 1

    def as_json(self) -> dict[str, object]:
        kinds = sorted(self.requests)
        return {
            "by_kind": {k: {"requests": self.requests[k], "superseded": self.superseded.get(k, 0),
                            "seconds": round(self.seconds.get(k, 0.0), 2)} for k in kinds},
            "tentative_skipped": self.tentative_skipped,
            "final_queue_ms": _ms(self.final_queue_ms),
            "final_engine_wait_ms": _ms(self.final_engine_wait_ms),
            "final_first_token_ms": _ms(self.final_first_token_ms),
        }  # fmt: skip


def supports(source: str, target: str) -> bool:
    """Whether text in `source` can be translated into `target`."""
    try:
        get_language(source)
        get_language(target)
    except UnknownLanguageError:
        return False
    return True


class SpeechTranslator:
    """Shared by every listening session of a speech service; safe to call from any thread."""

    def __init__(self, engine: TranslationEngine, emit: Callable[[SpeechEvent], None]) -> None:
        self.engine = engine
        self._emit = emit
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._finals: deque[_Job] = deque()
        self._partial: _Job | None = None
        self._running: _Job | None = None
        self._last_request = 0  # the newest request id this translator gave the engine
        self._records: dict[Key, UtteranceRecord] = {}
        self._conversations: dict[Key, Directions] = {}
        # Per listening session, forgotten once it is over and its last final is done
        # (push-to-talk makes a session per press; a clock holds its audio source).
        self._glossaries: dict[int, Glossary] = {}  # each listening session's terms
        self._clocks: dict[int, Clock] = {}
        self._completed: dict[int, int] = {}  # utterances done while the session listened
        self._over: set[int] = set()  # stopped listening, finals still to come
        self._yielding = False  # someone else's request holds the engine
        self._failure_told = False
        self._closed = False
        self.times = TranslationTimes()
        self.progress = 0  # events received for running work

    # -- from the speech thread ----------------------------------------------

    def begin(self, session: int, utterance: int, start_s: float, target: str, clock: Clock,
              conversation: Directions | None = None) -> None:  # fmt: skip
        """A new utterance. In a conversation its target follows the language it turns out to be in."""
        with self._lock:
            self._clocks[session] = clock
            self._records[(session, utterance)] = UtteranceRecord(utterance, start_s, target=target)
            if conversation is not None:
                self._conversations[(session, utterance)] = conversation

    def set_glossary(self, session: int, glossary: Glossary) -> None:
        """The terms a session's utterances are translated with (kept until its finals are done)."""
        with self._lock:
            self._glossaries[session] = glossary

    def _direct(self, key: Key, record: UtteranceRecord, language: str) -> None:
        conversation = self._conversations.get(key)
        if conversation is not None and language:
            record.side = conversation.side_of(language)
            record.target = conversation.target_for(language)

    def offer(self, session: int, utterance: int, kind: str, text: str, source: str) -> None:
        """New text to translate; `kind` says how much it may still change."""
        text = text.strip()
        with self._lock:
            record = self._records.get((session, utterance))
            if record is not None:
                self._direct((session, utterance), record, source)
            if not text or self._closed or record is None or not record.target:
                return
            job = _Job((session, utterance), kind, text, source, record.target, queued_at=time.perf_counter())
            if kind == FINAL:
                self._finals.append(job)
                if self._partial is not None and (
                    self._partial.key == job.key or self._partial.kind == TENTATIVE
                ):
                    # A tentative text waiting behind a final would be stale by the time it ran.
                    if self._partial.key != job.key:
                        self.times.tentative_skipped += 1
                    self._partial = None
            elif kind == COMMITTED or self._partial is None or self._partial.kind == TENTATIVE:
                # Committed text replaces any partial offer; tentative text never replaces committed.
                self._partial = job
            self._pump()

    def end(self, session: int, utterance: int, text: str, end_s: float, language: str, at: float,
            ended_by: str = "") -> None:  # fmt: skip
        """The utterance is over: record its final transcript and queue its final translation."""
        with self._lock:
            record = self._records.get((session, utterance))
            if record is None:
                return
            if not text.strip():
                del self._records[(session, utterance)]
                self._conversations.pop((session, utterance), None)
                return
            record.end_s, record.source, record.language = end_s, text.strip(), language
            record.ended_by, record.final_transcript_at = ended_by, at
            self._direct((session, utterance), record, language)
            translatable = bool(record.target) and supports(language, record.target)
            if record.target and not translatable:
                notice = f"Parley cannot translate from the language “{language}”."
                self._emit(PipelineNotice(session, notice))
            if not translatable:
                self._finish(session, record)  # nothing to translate: no translation figures
                return
            self.offer(session, utterance, FINAL, text, language)

    def session_over(self, session: int) -> int:
        """The session stopped listening: its partial work is moot; its finals still run.

        Returns how many of its utterances are done so far."""
        with self._lock:
            if self._partial is not None and self._partial.key[0] == session:
                self._partial = None
            for key in [
                k for k, r in self._records.items() if k[0] == session and r.final_transcript_at is None
            ]:
                del self._records[key]  # heard, but never ended: nothing final will come
                self._conversations.pop(key, None)
            self._over.add(session)
            self._forget_if_done(session)
            return self._completed.pop(session, 0)

    def poll(self) -> None:
        """Called often from the speech thread: resume once someone else's request is done."""
        with self._lock:
            if self._yielding and self.engine.current_request() is None:
                self._yielding = False
                self._pump()

    def pending_finals(self, session: int | None = None) -> int:
        with self._lock:
            jobs = [
                *self._finals,
                *([self._running] if self._running and self._running.kind == FINAL else []),
            ]
            return sum(1 for j in jobs if session is None or j.key[0] == session)

    def final_running(self) -> bool:
        """Whether the engine is translating a final for speech now (re-decodes may wait for it)."""
        with self._lock:
            return self._running is not None and self._running.kind == FINAL

    def skip_tentative(self) -> None:
        """A tentative text was not offered: the pipeline is busy (counted in `times`)."""
        with self._lock:
            self.times.tentative_skipped += 1

    def has_work(self) -> bool:
        with self._lock:
            return bool(self._finals or self._partial or self._running)

    def oldest_pending_end(self, session: int) -> float | None:
        """Speech end of the session's oldest utterance still waiting for its final translation."""
        with self._lock:
            ends = [r.end_s for k, r in self._records.items() if k[0] == session and r.final_transcript_at]
            return min(ends) if ends else None

    def wait_finals(self, session: int, timeout: float) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self.pending_finals(session) == 0, timeout)

    def close(self) -> None:
        """Stop for good; what this translator has running is cancelled, nothing else."""
        with self._lock:
            self._closed = True
            self._finals.clear()
            self._partial = None
            running, self._running = self._running, None
            self._changed.notify_all()
        if running is not None:
            self.engine.cancel_request(running.request_id)

    # -- scheduling (under the lock) -----------------------------------------

    def _pump(self) -> None:
        candidate = self._finals[0] if self._finals else self._partial
        if candidate is None or self._closed or self._yielding:
            return
        running = self._running
        if running is None:
            busy = self.engine.current_request()
            if busy is not None and busy != self._last_request:
                self._yielding = True  # typed input is being translated: let it finish
                return
        else:
            if running.kind == FINAL:
                return  # finals run to their end
            if candidate.kind != FINAL and running.kind == COMMITTED:
                return  # committed work runs to its end; the newer offer waits
            if candidate.kind == TENTATIVE and running.kind == TENTATIVE and candidate.text == running.text:
                return
        if candidate.kind == FINAL:
            self._finals.popleft()
        else:
            self._partial = None
            if not supports(candidate.source, candidate.target):
                return
        now = time.perf_counter()
        if running is not None:  # superseded: its own events will be ignored, so count it here
            self.times.add(running.kind, now - running.submitted_at, superseded=True)
        self._running = candidate
        candidate.submitted_at, candidate.first_token = now, False
        self.times.requests[candidate.kind] = self.times.requests.get(candidate.kind, 0) + 1
        if candidate.kind == FINAL:
            self.times.final_queue_ms.append((now - candidate.queued_at) * 1000.0)
        glossary = self._glossaries.get(candidate.key[0], Glossary())
        terms = glossary.terms_for(candidate.text, candidate.source, candidate.target)
        request = TranslationRequest(candidate.text, candidate.source, candidate.target, terms)
        candidate.request_id = self._last_request = self.engine.submit(request, self._on_event)

    # -- from the engine thread (or a submitting thread, for a request dropped unstarted) ----

    def _on_event(self, event: RequestEvent) -> None:
        with self._lock:
            job = self._running
            if job is None or event.request_id != job.request_id:
                return  # a request this translator has already replaced
            self.progress += 1  # a slow machine is still working (see SpeechService's wait for finals)
            session = job.key[0]
            record = self._records.get(job.key)
            now = self._clocks[session]() if session in self._clocks else 0.0
            if isinstance(event, TokenEvent):
                job.shown += event.piece
                if job.kind == FINAL and not job.first_token:
                    self.times.final_first_token_ms.append((time.perf_counter() - job.submitted_at) * 1000.0)
                job.first_token = True
                if record is not None:
                    if record.first_shown_at is None:
                        record.first_shown_at = now
                    if job.kind == FINAL and record.final_first_token_at is None:
                        record.final_first_token_at = now
                    if job.kind == FINAL:
                        record.final_pieces.append((now, event.piece))
                self._emit(TranslationChanged(session, job.key[1], job.shown, job.kind, False))
                return
            self._running = None
            self.times.add(job.kind, time.perf_counter() - job.submitted_at)
            if isinstance(event, RequestFinished) and job.kind == FINAL:
                self.times.final_engine_wait_ms.append(event.metrics.queue_wait_ms)
            if isinstance(event, RequestFinished) and not event.cancelled:
                self._failure_told = False
                self._emit(TranslationChanged(session, job.key[1], event.translation, job.kind, True))
                if job.kind == FINAL and record is not None:
                    record.translation = event.translation
                    if record.final_first_token_at is None:
                        record.final_first_token_at = now
                    record.final_done_at = now
                    self._finish(session, record)
            elif isinstance(event, RequestFailed):
                if not self._failure_told:
                    self._failure_told = True
                    self._emit(PipelineNotice(session, f"Speech is not being translated: {event.message}"))
                if job.kind == FINAL and record is not None:
                    self._finish(session, record)
            else:
                # Cancelled, and not by this translator (its own replacements carry new ids):
                # typed input took the engine. Let it finish, then carry on (see poll).
                self._yielding = True
                if job.kind == FINAL:
                    job.shown = ""
                    if record is not None:
                        record.final_first_token_at = None
                        record.final_pieces.clear()
                    self._finals.appendleft(job)
            self._pump()
            self._changed.notify_all()

    def _finish(self, session: int, record: UtteranceRecord) -> None:
        self._records.pop((session, record.utterance), None)
        self._conversations.pop((session, record.utterance), None)
        if session not in self._over:
            self._completed[session] = self._completed.get(session, 0) + 1
        self._forget_if_done(session)
        self._emit(UtteranceDone(session, record))
        self._changed.notify_all()

    def _forget_if_done(self, session: int) -> None:
        if session in self._over and not any(key[0] == session for key in self._records):
            self._over.discard(session)
            self._clocks.pop(session, None)
            self._glossaries.pop(session, None)

"""Decides what of the spoken text the translation engine works on, and stamps the latencies.

The engine runs one request at a time and the newest wins. Speech needs an order on top
of that: a finished utterance's translation (final) is never cancelled and finals run in
the order spoken; committed text is translated as it commits; the tentative tail is
translated only when nothing else waits, and is the first work dropped under load.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from app.core.engine import TranslationEngine
from app.core.events import RequestEvent, RequestFailed, RequestFinished, TokenEvent, TranslationRequest
from app.core.languages import UnknownLanguageError, get_language
from app.core.speech_events import SpeechEvent, TranslationChanged, UtteranceDone, UtteranceRecord

TENTATIVE, COMMITTED, FINAL = "tentative", "committed", "final"


@dataclass
class _Job:
    utterance: int
    kind: str
    text: str
    source: str
    request_id: int = 0
    shown: str = ""


class SpeechTranslator:
    def __init__(self, engine: TranslationEngine, session: int, target: str, clock: Callable[[], float],
                 emit: Callable[[SpeechEvent], None]) -> None:  # fmt: skip
        self.engine = engine
        self.session = session
        self.target = target
        self._clock = clock
        self._emit = emit
        self._lock = threading.RLock()
        self._idle = threading.Condition(self._lock)
        self._finals: deque[_Job] = deque()
        self._partial: _Job | None = None
        self._running: _Job | None = None
        self._records: dict[int, UtteranceRecord] = {}
        self.completed = 0
        self._closed = False
        self._yielding = False  # someone else's request (typed text) took the engine

    # -- from the speech thread ----------------------------------------------

    def begin(self, utterance: int, start_s: float) -> None:
        with self._lock:
            self._records[utterance] = UtteranceRecord(utterance, start_s, target=self.target)

    def offer(self, utterance: int, kind: str, text: str, source: str) -> None:
        """New text to translate; `kind` says how much it may change."""
        text = text.strip()
        with self._lock:
            if not text or self._closed or not self.target:
                return
            job = _Job(utterance, kind, text, source)
            if kind == FINAL:
                self._finals.append(job)
                if self._partial is not None and self._partial.utterance <= utterance:
                    self._partial = None
            elif kind == COMMITTED or self._partial is None or self._partial.kind == TENTATIVE:
                # A committed offer replaces anything partial; a tentative one never replaces committed work.
                self._partial = job
            self._pump()

    def end(
        self, utterance: int, text: str, end_s: float, language: str, at: float, ended_by: str = ""
    ) -> None:
        """The utterance is over: record its final transcript and queue its final translation."""
        with self._lock:
            record = self._records.get(utterance)
            if record is None:
                return
            if not text.strip():
                del self._records[utterance]
                return
            record.end_s, record.source, record.language = end_s, text.strip(), language
            record.ended_by = ended_by
            record.final_transcript_at = at
            if not self.target or not self.supports(language):
                self._finish(record)  # nothing to translate: the record keeps no translation figures
                return
            self.offer(utterance, FINAL, text, language)

    def poll(self) -> None:
        """Called often from the speech thread: resume after yielding the engine to other work."""
        with self._lock:
            if self._yielding and self.engine.idle:
                self._yielding = False
                self._pump()

    def pending_finals(self) -> int:
        with self._lock:
            return len(self._finals) + int(self._running is not None and self._running.kind == FINAL)

    def oldest_pending_end(self) -> float | None:
        """Speech end of the oldest utterance still waiting for its final translation."""
        with self._lock:
            ends = [r.end_s for r in self._records.values() if r.final_transcript_at is not None]
            return min(ends) if ends else None

    def wait_finals(self, timeout: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: not self._finals and not self._has_final_running(), timeout)

    def close(self) -> None:
        """Stop offering work; what is running is cancelled."""
        with self._lock:
            self._closed = True
            self._finals.clear()
            self._partial = None
            if self._running is not None:
                self._running = None
                self.engine.cancel()
            self._idle.notify_all()

    # -- scheduling (under the lock) -----------------------------------------

    def _has_final_running(self) -> bool:
        return self._running is not None and self._running.kind == FINAL

    def supports(self, language: str) -> bool:
        """Whether text in `language` can be translated to the target."""
        try:
            get_language(language)
            get_language(self.target)
        except UnknownLanguageError:
            return False
        return True

    def _pump(self) -> None:
        candidate = self._finals[0] if self._finals else self._partial
        if candidate is None or self._closed or self._yielding:
            return
        running = self._running
        if running is not None:
            if running.kind == FINAL:
                return  # finals are never cancelled
            if candidate.kind != FINAL and running.kind == COMMITTED:
                return  # committed work runs to its end; the newer offer waits
            if candidate.kind == TENTATIVE and running.kind == TENTATIVE and candidate.text == running.text:
                return
        if candidate.kind == FINAL:
            self._finals.popleft()
        else:
            self._partial = None
            if not self.supports(candidate.source):
                return
        self._running = candidate
        request = TranslationRequest(candidate.text, candidate.source, self.target)
        candidate.request_id = self.engine.submit(request, self._on_event)

    # -- from the engine thread ------------------------------------------------

    def _on_event(self, event: RequestEvent) -> None:
        with self._lock:
            job = self._running
            if job is None or event.request_id != job.request_id:
                return
            now = self._clock()
            record = self._records.get(job.utterance)
            if isinstance(event, TokenEvent):
                job.shown += event.piece
                if record is not None:
                    if record.first_shown_at is None:
                        record.first_shown_at = now
                    if job.kind == FINAL and record.final_first_token_at is None:
                        record.final_first_token_at = now
                self._emit(TranslationChanged(self.session, job.utterance, job.shown, job.kind, False))
                return
            self._running = None
            if isinstance(event, RequestFinished) and not event.cancelled:
                self._emit(TranslationChanged(self.session, job.utterance, event.translation, job.kind, True))
                if job.kind == FINAL and record is not None:
                    record.translation = event.translation
                    if record.final_first_token_at is None:
                        record.final_first_token_at = now
                    record.final_done_at = now
                    self._finish(record)
            elif isinstance(event, RequestFailed) and job.kind == FINAL and record is not None:
                self._finish(record)
            elif isinstance(event, RequestFinished):
                # Our own newer jobs replace this one under another id, so this cancel came from
                # outside (typed input): let that request finish, then carry on (see poll).
                self._yielding = True
                if job.kind == FINAL:
                    job.shown = ""
                    self._finals.appendleft(job)
            self._pump()
            self._idle.notify_all()

    def _finish(self, record: UtteranceRecord) -> None:
        self._records.pop(record.utterance, None)
        self.completed += 1
        self._emit(UtteranceDone(self.session, record))
        self._idle.notify_all()

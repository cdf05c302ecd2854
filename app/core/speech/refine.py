"""Draft and refine for speech: a fast engine drafts what is still being said, the main one the finals.

The main engine (the quality model) translates each finished utterance, exactly as a plain
SpeechTranslator does; tentative and committed text, and a quick draft of each finished
utterance, go to a second engine (the fast model) with its own worker thread, so a final
never waits behind a draft. A draft is shown as not final (tentative style) until the main
engine's translation of that utterance starts; from then on only the main engine's text shows.

Without a draft engine this is a plain SpeechTranslator.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict, deque
from collections.abc import Callable

from app.core.speech.directions import Directions
from app.core.speech.events import PipelineNotice, SpeechEvent, TranslationChanged, UtteranceDone
from app.core.speech.translation import COMMITTED, FINAL, Clock, Key, SpeechTranslator
from app.core.translation.engine import TranslationEngine
from app.core.translation.glossary import Glossary

# Draft stamps kept for utterances whose final has not come yet; older ones are dropped
# (an utterance heard but never ended leaves its stamps behind otherwise).
STAMPS_KEPT = 256
FINISHED_KEPT = 64  # utterances whose late drafts are still recognised and dropped
_FAILED = "Speech is not being translated: "


class RefiningTranslator(SpeechTranslator):
    """A SpeechTranslator whose partial text is drafted on a second engine (see the module doc)."""

    def __init__(self, engine: TranslationEngine, emit: Callable[[SpeechEvent], None],
                 drafts: TranslationEngine | None = None,
                 committed_on_main: bool = False) -> None:  # fmt: skip
        super().__init__(engine, self._from_finals)
        self._out = emit
        # Committed clauses on the main engine too: the final then finds them in its sentence
        # cache, as in plain mode; only the tentative tail is drafted while speech goes on.
        self.committed_on_main = committed_on_main
        self._state = threading.Lock()  # taken after a translator's own lock, never before it
        self._drafts: SpeechTranslator | None = None
        self._clock_of: dict[int, Clock] = {}
        self._draft_first: OrderedDict[Key, float] = OrderedDict()  # first token of a whole-utterance draft
        self._draft_shown: OrderedDict[Key, float] = OrderedDict()  # first draft text of any kind
        self._final_started: set[Key] = set()
        self._finished: deque[Key] = deque(maxlen=FINISHED_KEPT)
        if drafts is not None:
            self.use_drafts(drafts)

    @property
    def drafts_engine(self) -> TranslationEngine | None:
        drafts = self._drafts
        return drafts.engine if drafts is not None else None

    def use_drafts(self, engine: TranslationEngine | None) -> None:
        """Draft on `engine` from now on (None: no drafts, everything on the main engine)."""
        old = self._drafts
        if old is not None and engine is old.engine:
            return
        new = None
        if engine is not None:
            translator = SpeechTranslator(engine, lambda e: None)
            translator._emit = self._from_drafts(translator)
            new = translator
        self._drafts = new
        if old is not None:
            old.close()

    # -- the speech thread's calls, passed to one translator or both --------------------------

    def begin(self, session: int, utterance: int, start_s: float, target: str, clock: Clock,
              conversation: Directions | None = None) -> None:  # fmt: skip
        with self._state:
            self._clock_of[session] = clock
        super().begin(session, utterance, start_s, target, clock, conversation)
        drafts = self._drafts
        if drafts is not None:
            drafts.begin(session, utterance, start_s, target, clock, conversation)

    def set_glossary(self, session: int, glossary: Glossary) -> None:
        super().set_glossary(session, glossary)
        drafts = self._drafts
        if drafts is not None:
            drafts.set_glossary(session, glossary)

    def offer(self, session: int, utterance: int, kind: str, text: str, source: str) -> None:
        drafts = self._drafts
        if drafts is None or kind == FINAL or (kind == COMMITTED and self.committed_on_main):
            super().offer(session, utterance, kind, text, source)
        else:
            drafts.offer(session, utterance, kind, text, source)

    def end(self, session: int, utterance: int, text: str, end_s: float, language: str, at: float,
            ended_by: str = "") -> None:  # fmt: skip
        super().end(session, utterance, text, end_s, language, at, ended_by)
        drafts = self._drafts
        if drafts is not None:  # a quick draft of the whole utterance while the final is made
            drafts.end(session, utterance, text, end_s, language, at, ended_by)

    def session_over(self, session: int) -> int:
        done = super().session_over(session)
        drafts = self._drafts
        if drafts is not None:
            drafts.session_over(session)
        return done

    def poll(self) -> None:
        super().poll()
        drafts = self._drafts
        if drafts is not None:
            drafts.poll()

    def has_work(self) -> bool:
        drafts = self._drafts
        return super().has_work() or (drafts is not None and drafts.has_work())

    def close(self) -> None:
        super().close()
        drafts, self._drafts = self._drafts, None
        if drafts is not None:
            drafts.close()

    # -- events (on an engine's thread, under that translator's lock) -------------------------

    def _from_finals(self, event: SpeechEvent) -> None:
        if isinstance(event, TranslationChanged) and event.kind == FINAL:
            with self._state:
                self._final_started.add((event.session, event.utterance))
        elif isinstance(event, UtteranceDone):
            key = (event.session, event.record.utterance)
            record = event.record
            with self._state:
                drafted = self._draft_first.pop(key, None)
                shown = self._draft_shown.pop(key, None)
                self._final_started.discard(key)
                self._finished.append(key)
            if self._drafts is not None or drafted is not None:
                # The first translation of the whole utterance on screen: the draft's, or the final's.
                record.draft_first_token_at = _earliest(drafted, record.final_first_token_at)
                record.first_shown_at = _earliest(shown, record.first_shown_at)
        self._out(event)

    def _from_drafts(self, translator: SpeechTranslator) -> Callable[[SpeechEvent], None]:
        def relay(event: SpeechEvent) -> None:
            if translator is not self._drafts:
                return  # drafting was switched off or moved to another engine
            if isinstance(event, TranslationChanged):
                key = (event.session, event.utterance)
                with self._state:
                    if key in self._final_started or key in self._finished:
                        return  # the final is on screen: a draft must not overwrite it
                    clock = self._clock_of.get(event.session)
                    now = clock() if clock is not None else 0.0
                    _stamp(self._draft_shown, key, now)
                    if event.kind == FINAL:
                        _stamp(self._draft_first, key, now)
                # A draft of the whole utterance is still a draft: shown as not final.
                kind = COMMITTED if event.kind == FINAL else event.kind
                self._out(dataclasses.replace(event, kind=kind, done=False))
            elif isinstance(event, PipelineNotice) and event.message.startswith(_FAILED):
                # The drafts failed; finals still come. Other notices (a language it cannot
                # translate) the main translator gives too.
                reason = event.message.removeprefix(_FAILED)
                self._out(PipelineNotice(event.session, f"Drafts are not being shown: {reason}"))
            # Its UtteranceDone is the draft's end, not the utterance's: the final's comes later.

        return relay


def _stamp(stamps: OrderedDict[Key, float], key: Key, at: float) -> None:
    if key not in stamps:
        stamps[key] = at
        while len(stamps) > STAMPS_KEPT:
            stamps.popitem(last=False)


def _earliest(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)

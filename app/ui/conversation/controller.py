"""The conversation around the window: who speaks, what is kept, what is shown on top, what is read aloud.

It is the one consumer of the speech pipeline's events: it routes each to the transcript, the
speech controls, the latency panel and the history. With the typed turns the window sends, it
attributes each turn to a party, keeps every finished turn in the history, shows the latest
translation in the subtitle overlay and, if asked, reads it aloud (pausing the microphone
meanwhile so the translation is not heard as speech).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from app.core.conversation.history import HistoryError, HistoryStore, Turn
from app.core.conversation.history_writer import HistoryWriter, KeptSession
from app.core.conversation.parties import Conversation
from app.core.languages import local_name
from app.core.settings import Settings
from app.core.speech.events import (
    AudioLevel,
    CaptureFailed,
    ListeningStarted,
    PipelineNotice,
    PipelinePace,
    PipelineStatus,
    SessionEnded,
    SpeechEvent,
    SpeechModelFailed,
    SpeechModelLoading,
    SpeechModelReady,
    TranscriptChanged,
    TranslationChanged,
    UtteranceDone,
)
from app.core.speech.service import SessionConfig
from app.core.speech.translation import FINAL
from app.core.translation.glossary import Glossary
from app.ui.conversation.spoken_output import SpokenOutput
from app.ui.conversation.subtitle_overlay import SubtitleOverlay
from app.ui.i18n import TRANSLATORS, base_code, core_text, translate
from app.ui.speech.speech_bridge import SpeechBridge
from app.ui.speech.transcript_view import KEEP, TranscriptView
from app.ui.translation.latency_panel import LatencyPanel

# Listening sessions remembered for the turns that finish after they stop (finals run in order,
# so only the last few can still have any); push-to-talk makes a session per press.
SESSIONS_KEPT = 32


class SpeechInput(Protocol):
    """What the controller needs of the speech controls: show what the pipeline says, pause, resume."""

    @property
    def listening(self) -> bool: ...

    def set_listening(self, on: bool) -> None: ...

    def show_state(self, text: str) -> None: ...

    def show_level(self, level_db: float) -> None: ...

    def session_ended(self, session: int) -> None: ...


def default_name(side: str, language: str) -> str:
    """A party the user did not name, in the interface language: "Person A (French)"."""
    named = local_name(language, base_code(TRANSLATORS.language))
    if side == "a":
        return translate("Parties", "Person A ({language})").format(language=named)
    return translate("Parties", "Person B ({language})").format(language=named)


class Parties:
    """Who is who, read from the settings each time: the names, languages and speaker choice change."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def conversation(self) -> Conversation:
        s = self.settings
        name_a = s.party_a_name or default_name("a", s.source_lang)
        name_b = s.party_b_name or default_name("b", s.target_lang)
        return Conversation.between(s.source_lang, s.target_lang, name_a, name_b)

    def fixed_side(self) -> str:
        return self.settings.speaker_mode if self.settings.speaker_mode in ("a", "b") else ""

    def typed_side(self) -> str:
        return self.fixed_side() or "a"

    def typed_pair(self) -> tuple[str, str]:
        """Typed text goes from the typing party's language into the other's."""
        a, b = self.settings.source_lang, self.settings.target_lang
        return (b, a) if self.typed_side() == "b" else (a, b)

    def session_config(self) -> SessionConfig:
        """Each listening session translates into the other party's language, with the glossary."""
        s = self.settings
        config = SessionConfig(target=s.target_lang, asr_model=s.asr_model, device=s.asr_device,
                               compute_type=s.asr_compute_type)  # fmt: skip
        conversation = self.conversation
        side = self.fixed_side()
        config.conversation = conversation
        config.glossary = Glossary.parse(s.glossary)
        if side:
            config.language = conversation.party(side).language
            config.target = conversation.other(side).language
        return config


class ConversationController(QObject):
    notice = Signal(str, str)  # key, a sentence for the window's notices ("" clears that key)
    turn_kept = Signal(object)  # Turn, once it is in the history
    _saved = Signal(object)  # Turn, from the writer's thread once it is on disk

    def __init__(self, parties: Parties, speech_bridge: SpeechBridge, transcript: TranscriptView,
                 speech: SpeechInput, panel: LatencyPanel, history: HistoryStore | None,
                 tts_engine: str | None = None, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.parties = parties
        self.settings = parties.settings
        self.transcript = transcript
        self.speech = speech
        self.panel = panel
        self.history = history  # for reading; turns are written by the writer, off the GUI thread
        self.writer = (
            HistoryWriter(history.path, lambda text: self.notice.emit("history", core_text(text)))
            if history is not None
            else None
        )
        self._saved.connect(self._turn_saved)
        self.kept: KeptSession | None = None  # the conversation turns go to; made at the first turn
        self.session_started = 0.0  # wall time the kept conversation's clock counts from
        self._listening_since: dict[int, float] = {}  # listening session -> wall time its clock began
        self._session_side: dict[int, str] = {}  # listening session -> the side fixed when it began
        self._typed = 0
        self.overlay: SubtitleOverlay | None = None
        self.spoken = SpokenOutput(tts_engine, self)
        self.spoken.speaking.connect(self._speaking)
        self._resume_listening = False
        # Every speech event goes to exactly one handler here, in the order the pipeline sent them.
        self._routes: dict[type, Callable[[Any], None]] = {
            ListeningStarted: self._listening_started,
            SpeechModelLoading: lambda e: speech.show_state(
                self.tr("Loading the speech model {name}…").format(name=e.name)
            ),
            SpeechModelReady: self._speech_model_ready,
            SpeechModelFailed: lambda e: self.notice.emit("speech-model", core_text(e.message)),
            AudioLevel: lambda e: speech.show_level(e.level_db),
            TranscriptChanged: self._transcript_changed,
            TranslationChanged: lambda e: transcript.set_translation(
                e.session, e.utterance, e.text, e.kind == FINAL and e.done
            ),
            UtteranceDone: self._utterance_done,
            PipelineStatus: lambda e: panel.show_speech_status(e.lag_ms, e.pending_finals, e.rtf),
            PipelinePace: lambda e: panel.show_speech_pace(e.behind, core_text(e.message)),
            PipelineNotice: lambda e: self.notice.emit("speech", core_text(e.message)),
            CaptureFailed: lambda e: self.notice.emit("capture", core_text(e.message)),
            SessionEnded: lambda e: speech.session_ended(e.session),
        }
        self._bridge = speech_bridge
        speech_bridge.speech_event.connect(self._on_event)

    # -- who is who ------------------------------------------------------------------------

    @property
    def conversation(self) -> Conversation:
        return self.parties.conversation

    def fixed_side(self) -> str:
        return self.parties.fixed_side()

    def typed_side(self) -> str:
        return self.parties.typed_side()

    def _speaker(self, session: int, language: str, known: str = "") -> str:
        """Who spoke in a listening session: the side fixed when it began, else the one its language says."""
        fixed = self._session_side.get(session, "")
        return fixed or known or (self.conversation.side_of(language) if language else "")

    # -- turns -------------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        """The kept conversation's id once its first turn is saved."""
        return self.kept.id or None if self.kept is not None else None

    def new_conversation(self) -> None:
        self.kept = None  # the next turn starts a new kept conversation and its clock
        self.transcript.clear_all()

    def forget(self, session_id: int) -> None:
        """A kept conversation was deleted: if it is the one in progress, the next turn starts anew."""
        if self.kept is not None and session_id == self.kept.id:
            self.kept = None

    def reopen(self, session_id: int) -> bool:
        """Show a kept conversation; new turns continue it."""
        if self.history is None:
            return False
        try:
            session = self.history.session(session_id)
            turns = self.history.turns(session_id) if session is not None else []
        except HistoryError as exc:
            self.notice.emit("history", core_text(exc))
            return False
        if session is None:
            return False
        self.transcript.clear_all()
        shown = max(0, len(turns) - KEEP)  # the transcript shows the latest turns; export has them all
        for n, turn in enumerate(turns[shown:], start=shown):
            party = session.conversation.party(turn.side)
            self.transcript.add_turn(("kept", n), party.name, turn.side, turn.source, turn.translation,
                                     turn.source_lang)  # fmt: skip
        self.kept = KeptSession(session.conversation, session.started_at, session_id)
        self.session_started = session.started_at
        return True

    def typed_turn(self, source: str, translation: str, source_lang: str, target_lang: str,
                   started: float) -> None:  # fmt: skip
        """A typed message was sent: it joins the conversation like a spoken turn."""
        side = self.typed_side()
        self._typed += 1
        self.transcript.add_turn(("typed", self._typed), self.conversation.party(side).name, side, source,
                                 translation, source_lang)  # fmt: skip
        turn = Turn(side, "typed", source_lang, target_lang, source, translation, 0.0, 0.0)
        self._keep(turn, started, time.time())

    @Slot(object)
    def _on_event(self, event: SpeechEvent) -> None:
        route = self._routes.get(type(event))
        if route is not None:
            route(event)

    def _listening_started(self, event: ListeningStarted) -> None:
        self._listening_since[event.session] = time.time()
        # Who was set to speak when this session began: its late turns still belong to them.
        # In a call the side is the device's: the microphone is A, what the computer plays is B.
        self._session_side[event.session] = self._bridge.call_sides.get(event.session) or self.fixed_side()
        for table in (self._listening_since, self._session_side):
            while len(table) > SESSIONS_KEPT:
                del table[next(iter(table))]  # the oldest session
        self.notice.emit("capture", "")  # capturing again: an earlier capture failure is over
        self.speech.show_state(self.tr("Listening: {source}").format(source=event.source))

    def _speech_model_ready(self, event: SpeechModelReady) -> None:
        self.panel.show_speech_model(event)
        self.notice.emit("speech-model", core_text(event.notice or ""))

    def _transcript_changed(self, event: TranscriptChanged) -> None:
        self.transcript.set_transcript(
            event.session, event.utterance, event.committed, event.tentative, event.language, event.final
        )
        if not event.committed + event.tentative:
            return
        side = self._speaker(event.session, event.language)
        if side:
            name = self.conversation.party(side).name
            self.transcript.set_speaker(event.session, event.utterance, name, side)

    def _utterance_done(self, event: UtteranceDone) -> None:
        record = event.record
        self.panel.add_utterance(record)
        if not record.source:
            return
        side = self._speaker(event.session, record.language, record.side) or "a"
        self.transcript.set_speaker(event.session, record.utterance, self.conversation.party(side).name, side)
        began = self._listening_since.get(event.session, time.time())
        figures = record.latency_ms()
        turn = Turn(
            side, "speech", record.language or self.conversation.party(side).language,
            record.target or self.conversation.other(side).language, record.source, record.translation,
            0.0, 0.0, figures["first_token_ms"], figures["translation_done_ms"],
            figures["final_transcript_ms"],
        )  # fmt: skip
        # Over a call window the subtitles are the other side's words, translated for you.
        on_top = event.session not in self._bridge.call_sides or side == "b"
        self._keep(turn, began + record.start_s, began + record.end_s, on_top)

    def _keep(self, turn: Turn, started: float, ended: float, on_top: bool = True) -> None:
        """Show, read and keep a finished turn; `started` and `ended` are wall-clock times."""
        if self.kept is None:
            self.session_started = started  # a kept conversation's clock starts at its first turn
        turn = dataclasses.replace(
            turn,
            start_s=max(0.0, started - self.session_started),
            end_s=max(0.0, ended - self.session_started),
        )
        if self.overlay is not None and on_top:
            self.overlay.show_text(turn.translation, turn.source)
        speak = self.settings.speak_translations and turn.translation
        voice = self.settings.chosen_voices().get(turn.target_lang, "")
        if speak and not self.spoken.say(turn.translation, turn.target_lang, voice):
            self.notice.emit(
                "voice",
                self.tr("No voice on this computer reads {language} aloud.").format(
                    language=repr(turn.target_lang)
                ),
            )
        if self.writer is None:
            return
        if self.kept is None:
            self.kept = KeptSession(self.conversation, self.session_started)
        self.writer.add_turn(self.kept, turn, self._saved.emit)

    @Slot(object)
    def _turn_saved(self, turn: Turn) -> None:
        self.turn_kept.emit(turn)  # committed to disk by now

    # -- reading aloud without hearing ourselves ---------------------------------------------

    @Slot(bool)
    def _speaking(self, on: bool) -> None:
        if on:
            if self.settings.pause_while_speaking and self.speech.listening:
                self._resume_listening = True
                self.speech.set_listening(False)
        elif self._resume_listening:  # resume even if the option was turned off meanwhile
            self._resume_listening = False
            self.speech.set_listening(True)

    # -- the subtitle overlay ------------------------------------------------------------------

    def show_overlay(self, on: bool) -> SubtitleOverlay | None:
        self.settings.overlay_visible = on
        if on:
            if self.overlay is None:
                self.overlay = SubtitleOverlay(self.settings)
            self.overlay.show()
        elif self.overlay is not None:
            self.overlay.remember()
            self.overlay.hide()
        return self.overlay

    def close(self) -> None:
        self._resume_listening = False  # closing: never restart the microphone
        self.spoken.stop()
        if self.overlay is not None:
            visible = self.overlay.isVisible()
            self.overlay.remember()
            self.overlay.close()
            self.settings.overlay_visible = visible
        if self.writer is not None:
            self.writer.close()  # the turns still queued are kept first
        if self.history is not None:
            self.history.close()

"""Carries speech pipeline events to the GUI thread as one queued Qt signal."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from app.core.speech.audio import AudioSource
from app.core.speech.events import SpeechEvent
from app.core.speech.service import SessionConfig, SpeechService, TranslatorFactory
from app.core.speech.translation import SpeechTranslator
from app.core.translation.engine import TranslationEngine


class SpeechBridge(QObject):
    """Owns the speech service (its worker thread owns the Whisper model)."""

    speech_event = Signal(object)  # a SpeechEvent, delivered on the GUI thread

    def __init__(self, engine: TranslationEngine, parent: QObject | None = None,
                 translator: TranslatorFactory = SpeechTranslator) -> None:  # fmt: skip
        super().__init__(parent)
        self.service = SpeechService(engine, self._relay, translator)
        self.session: int | None = None
        self.call_sides: dict[int, str] = {}  # a call's listening sessions and whose side each is

    def _relay(self, event: SpeechEvent) -> None:
        # Runs on the speech or engine thread: only emit here. After the window has closed and
        # deleted this object, late events have nobody to go to.
        with contextlib.suppress(RuntimeError):
            self.speech_event.emit(event)

    def start(self, source: AudioSource, config: SessionConfig) -> int:
        self.session = self.service.start_session(source, config)
        return self.session

    def start_call(self, mine: AudioSource, mine_config: SessionConfig, theirs: AudioSource,
                   theirs_config: SessionConfig) -> int:  # fmt: skip
        """The microphone as Person A and what the computer plays as Person B, at once."""
        a, b = self.service.start_call(mine, mine_config, theirs, theirs_config)
        self.call_sides = {a: "a", b: "b"}
        self.session = a
        return a

    def stop(self) -> None:
        self.service.stop_session()

    def close(self, timeout: float = 1.0) -> bool:
        return self.service.close(timeout)

"""Carries speech pipeline events to the GUI thread as one queued Qt signal."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from app.core.speech.audio import AudioSource
from app.core.speech.events import SpeechEvent
from app.core.speech.service import SessionConfig, SpeechService
from app.core.translation.engine import TranslationEngine


class SpeechBridge(QObject):
    """Owns the speech service (its worker thread owns the Whisper model)."""

    speech_event = Signal(object)  # a SpeechEvent, delivered on the GUI thread

    def __init__(self, engine: TranslationEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = SpeechService(engine, self._relay)
        self.session: int | None = None

    def _relay(self, event: SpeechEvent) -> None:
        # Runs on the speech or engine thread: only emit here. After the window has closed and
        # deleted this object, late events have nobody to go to.
        with contextlib.suppress(RuntimeError):
            self.speech_event.emit(event)

    def start(self, source: AudioSource, config: SessionConfig) -> int:
        self.session = self.service.start_session(source, config)
        return self.session

    def stop(self) -> None:
        self.service.stop_session()

    def close(self, timeout: float = 1.0) -> bool:
        return self.service.close(timeout)

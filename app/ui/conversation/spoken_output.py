"""Reads finished translations aloud through Qt's QTextToSpeech, with a voice per language.

Off by default. While it speaks, the window can pause listening so the microphone does not
hear the translation and feed it back in.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from app.core.languages import get_language

SPOKEN_KEPT = 20  # the newest sentences read, for the Voices dialog and tests; a session may run for hours


class SpokenOutput(QObject):
    speaking = Signal(bool)  # true when it starts reading, false when the queue is done

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._tts: QTextToSpeech | None = None  # made when first needed: reading aloud is off by default
        self._queue: deque[tuple[str, str, str]] = deque()  # language, text, preferred voice
        self._busy = False
        self.spoken: list[tuple[str, str, str]] = []  # (language, text, voice) of the newest reads

    @property
    def tts(self) -> QTextToSpeech:
        if self._tts is None:
            self._tts = QTextToSpeech(self._engine, self) if self._engine else QTextToSpeech(self)
            self._tts.stateChanged.connect(self._state_changed)
        return self._tts

    @property
    def available(self) -> bool:
        return self.tts.state() != QTextToSpeech.State.Error

    def voices(self, language: str) -> list[QVoice]:
        """Every voice of the engine that speaks `language`, in any of its regional variants."""
        wanted = QLocale(get_language(language).code).language()
        found: list[QVoice] = []
        for locale in self.tts.availableLocales():
            if locale.language() == wanted:
                found += self.tts.allVoices(locale)
        return found

    def voice_for(self, language: str, preferred: str = "") -> QVoice | None:
        """The voice named `preferred` if it speaks `language`, else its first voice; None if none does."""
        voices = self.voices(language)
        chosen = [v for v in voices if v.name() == preferred] or voices
        return chosen[0] if chosen else None

    def say(self, text: str, language: str, preferred: str = "") -> bool:
        """Queue `text`; False when no voice speaks its language (nothing is read then)."""
        if not text.strip() or self.voice_for(language) is None:
            return False
        self._queue.append((language, text, preferred))
        if not self._busy:
            self._next()
        return True

    def stop(self) -> None:
        self._queue.clear()
        if self._tts is not None:
            self._tts.stop()

    def _next(self) -> None:
        if not self._queue:
            if self._busy:
                self._busy = False
                self.speaking.emit(False)
            return
        language, text, preferred = self._queue.popleft()
        voice = self.voice_for(language, preferred)
        if voice is not None:
            self.tts.setVoice(voice)
        if not self._busy:
            self._busy = True
            self.speaking.emit(True)
        self.spoken.append((language, text, voice.name() if voice is not None else ""))
        del self.spoken[:-SPOKEN_KEPT]
        self.tts.say(text)

    @Slot(QTextToSpeech.State)
    def _state_changed(self, state: QTextToSpeech.State) -> None:
        # An engine error ends that sentence like a finished one: the queue, and listening, go on.
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._busy:
            self._next()

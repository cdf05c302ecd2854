"""Draft and refine in the window: the draft engine (the bundled fast model) and its signals.

The main engine stays what it is (the model the user chose: the quality model, for this mode
to be worth it). Turning drafts on adds a second TranslationEngine with its own worker thread,
for typed drafts and for speech's tentative text; turning them off closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.speech.refine import RefiningTranslator
from app.core.translation.engine import TranslationEngine
from app.core.translation.refine import draft_config
from app.ui.speech.speech_bridge import SpeechBridge
from app.ui.translation.engine_bridge import EngineBridge


class RefineBridge(QObject):
    """Owns the draft engine while drafts are on; `drafts` is its bridge (None while off)."""

    changed = Signal(bool)  # drafts on or off

    def __init__(self, main: EngineBridge, speech: SpeechBridge,
                 engine_type: type[TranslationEngine] = TranslationEngine,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.main = main
        self.speech = speech
        self._engine_type = engine_type  # a test hands in a real engine that records its requests
        self.drafts: EngineBridge | None = None

    @property
    def active(self) -> bool:
        return self.drafts is not None

    @property
    def engine(self) -> TranslationEngine | None:
        return self.drafts.engine if self.drafts is not None else None

    def enable(self) -> EngineBridge:
        """Start the draft engine (it loads the bundled fast model on its own thread)."""
        if self.drafts is None:
            self.drafts = EngineBridge(draft_config(self.main.engine.config), self,
                                       engine_type=self._engine_type)  # fmt: skip
            self.drafts.engine.start()
            translator = self.speech.service.translator
            if isinstance(translator, RefiningTranslator):
                translator.use_drafts(self.drafts.engine)
            self.changed.emit(True)
        return self.drafts

    def disable(self, timeout: float = 1.0) -> None:
        """Close the draft engine; everything goes to the main engine again."""
        drafts, self.drafts = self.drafts, None
        if drafts is None:
            return
        translator = self.speech.service.translator
        if isinstance(translator, RefiningTranslator):
            translator.use_drafts(None)
        drafts.engine.close(timeout)  # a daemon worker: a load still running does not hold us up
        drafts.deleteLater()
        self.changed.emit(False)

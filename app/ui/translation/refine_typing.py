"""Draft and refine for typed text in the window, and its switch in the Models menu.

Mixed into MainWindow, which owns the widgets. With drafts on, a pause in typing sends the
text to the draft engine (shown in the draft style); once typing has paused REFINE_PAUSE_S
longer, or on Send or Ctrl+Enter, the window's own translate_now sends it to the main
engine, whose translation replaces the draft and is what the conversation keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QPlainTextEdit, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.settings import Settings
from app.core.translation.engine import TranslationEngine
from app.core.translation.events import RequestFinished, TranslationRequest
from app.core.translation.glossary import Glossary
from app.core.translation.refine import REFINE_PAUSE_S, Asked, TypedRefine
from app.ui.i18n import core_text, translate
from app.ui.notices import Action
from app.ui.services import Services
from app.ui.speech.speech_bridge import SpeechBridge
from app.ui.translation.engine_bridge import EngineBridge
from app.ui.translation.latency_panel import LatencyPanel
from app.ui.translation.refine_bridge import RefineBridge
from app.ui.translation.translation_view import TranslationView

# Marked here, translated where shown (the English text is what the tests compare).
REFINE_ACTION = QT_TRANSLATE_NOOP("RefineTyping", "Draft with the fast model, refine with this one")
SAME_MODEL = QT_TRANSLATE_NOOP(
    "RefineTyping",
    "Drafts come from the bundled fast model, and the model in use is that model, so nothing is "
    "refined. Choose a better model (Models → Manage models…) for draft and refine to help.",
)


class RefineTyping:
    # Made by MainWindow before these methods run.
    services: Services
    settings: Settings
    bridge: EngineBridge
    engine: TranslationEngine
    speech_bridge: SpeechBridge
    panel: LatencyPanel
    source: QPlainTextEdit
    view: TranslationView
    current_id: int | None
    _send_pending: bool
    _asked: tuple[str, str, str] | None

    if TYPE_CHECKING:  # QMainWindow's and MainWindow's; only declared, never defined here

        def menuBar(self) -> QMenuBar: ...

        def show_notice(self, key: str, text: str, action: Action | None = None) -> None: ...

        def translate_now(self) -> None: ...

        def typed_pair(self) -> tuple[str, str]: ...

    def _build_refine_menu(self) -> None:
        parent = cast(QWidget, self)
        title = translate("ModelMenus", "&Models")
        menu = next((a.menu() for a in self.menuBar().actions() if a.text() == title and a.menu()), None)
        if not isinstance(menu, QMenu):
            menu = self.menuBar().addMenu(title)
        menu.addSeparator()
        self.refine_action = QAction(translate("RefineTyping", REFINE_ACTION), parent)
        self.refine_action.setCheckable(True)
        self.refine_action.setToolTip(
            translate(
                "RefineTyping",
                "The fast model translates as you type or speak; the model in use then translates "
                "each finished sentence, and its translation replaces the draft.",
            )
        )
        menu.addAction(self.refine_action)

    def _wire_refine(self) -> None:
        refine = self.services.refine
        if refine is None:
            refine = self.services.refine = RefineBridge(self.bridge, self.speech_bridge, parent=self.bridge)
        self.refine = refine
        self.refine.setParent(cast(QWidget, self))
        self.typed_refine = TypedRefine()
        self.refine_timer = QTimer(cast(QWidget, self))
        self.refine_timer.setSingleShot(True)
        self.refine_timer.setInterval(round(REFINE_PAUSE_S * 1000))
        self.refine_timer.timeout.connect(self._refine_due)
        self.bridge.token.connect(self._refine_main_token)
        self.bridge.finished.connect(self._refine_main_finished)
        self.refine_action.setChecked(self.settings.draft_and_refine)
        self.refine_action.toggled.connect(self.set_refine)
        if self.settings.draft_and_refine:
            self.set_refine(True)

    # -- the switch ------------------------------------------------------------------------

    @property
    def refine_active(self) -> bool:
        return self.refine.active

    @Slot(bool)
    def set_refine(self, on: bool) -> None:
        self.settings.draft_and_refine = on
        self.typed_refine.reset()
        self.refine_timer.stop()
        if on and not self.refine.active:
            drafts = self.refine.enable()
            drafts.token.connect(self._draft_token)
            drafts.finished.connect(self._draft_finished)
            drafts.failed.connect(self._draft_failed)
            drafts.model_failed.connect(lambda message, _kept: self.show_notice("drafts", core_text(message)))
        elif not on:
            self.refine.disable()
            self.show_notice("drafts", "")
        same_model = translate("RefineTyping", SAME_MODEL)
        self.show_notice("refine", same_model if on and not self.settings.model_path else "")
        if self.refine_action.isChecked() != on:
            self.refine_action.setChecked(on)

    def _close_refine(self) -> None:
        self.refine_timer.stop()
        self.refine.disable()

    # -- typing ----------------------------------------------------------------------------

    def _typed_asked(self) -> Asked:
        source, target = self.typed_pair()
        return self.source.toPlainText(), source, target

    @Slot()
    def _typing_paused(self) -> None:
        """The typing paused: a draft (drafts on), else the plain translation."""
        drafts = self.refine.engine
        asked = self._typed_asked()
        if drafts is None or not asked[0].strip():
            if drafts is not None:
                drafts.cancel()
                self.typed_refine.reset()
                self.refine_timer.stop()
            self.translate_now()
            return
        if self.typed_refine.refined(asked):
            return  # nothing changed since it was refined
        if self.current_id is not None and not self._send_pending and self._asked != asked:
            # The main engine is refining text that has changed since: its result would be stale.
            self.engine.cancel_request(self.current_id)
            self.current_id = None
        text, source, target = asked
        terms = Glossary.parse(self.settings.glossary).entries(source, target)
        request_id = drafts.submit(TranslationRequest(text, source, target, tuple(terms)))
        self.typed_refine.drafting(asked, request_id)
        self.view.begin_draft()
        self.refine_timer.start()

    @Slot()
    def _refine_due(self) -> None:
        asked = self._typed_asked()
        if self.refine.active and asked[0].strip() and not self.typed_refine.refined(asked):
            self.translate_now()

    def _draft_may_show(self, request_id: int) -> bool:
        asked = self.typed_refine.asked
        if asked is None or asked != self._typed_asked():
            return False  # cleared or changed since: a newer draft is coming
        if self.current_id is not None and self._asked == asked:
            return False  # the main engine is on it: its text replaces whatever is shown
        return self.typed_refine.draft_shows(request_id)

    @Slot(int, str)
    def _draft_token(self, request_id: int, piece: str) -> None:
        if self._draft_may_show(request_id):
            self.view.append_piece(piece)

    @Slot(object)
    def _draft_finished(self, event: RequestFinished) -> None:
        if not event.cancelled and self._draft_may_show(event.request_id):
            self.view.finish_draft(event.translation)
            self.show_notice("drafts", "")

    @Slot(int, str)
    def _draft_failed(self, request_id: int, message: str) -> None:
        if request_id == self.typed_refine.draft_id:
            self.show_notice(
                "drafts",
                translate("RefineTyping", "No draft was made: {message}").format(message=core_text(message)),
            )

    # -- the main engine's side (after the window's own handlers) ---------------------------

    def _refine_sync(self, request_id: int) -> bool:
        """Whether `request_id` is the main engine's translation of the current text (drafts on)."""
        if not self.refine.active or request_id != self.current_id or self._asked is None:
            return False
        if self.typed_refine.final_id != request_id:
            self.typed_refine.refining(self._asked, request_id)  # Send, Ctrl+Enter, or the pause
        return True

    @Slot(int, str)
    def _refine_main_token(self, request_id: int, _piece: str) -> None:
        if self._refine_sync(request_id):
            self.typed_refine.final_piece(request_id)

    @Slot(object)
    def _refine_main_finished(self, event: RequestFinished) -> None:
        if event.cancelled or not self._refine_sync(event.request_id):
            return
        figures = self.typed_refine.final_done(event.request_id)
        if figures is not None:
            self.panel.add_typed_refine(figures)

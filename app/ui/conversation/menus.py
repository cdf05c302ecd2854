"""The window's conversation menus and their actions: who speaks, names, reading mode, text size,
the subtitle overlay, history and glossary. Mixed into MainWindow, which owns the widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QMenuBar, QPlainTextEdit, QPushButton, QWidget

from app.core.settings import Settings, SpeakerMode
from app.ui.conversation.controller import ConversationController
from app.ui.conversation.glossary_dialog import GlossaryDialog
from app.ui.conversation.history_dialog import HistoryDialog
from app.ui.conversation.voices_dialog import VoicesDialog
from app.ui.i18n import translate
from app.ui.speech.speech_controls import SpeechControls
from app.ui.speech.transcript_view import TranscriptView


class ConversationMenus:
    # Made by MainWindow before these methods run.
    settings: Settings
    conversation: ConversationController
    transcript: TranscriptView
    speech: SpeechControls
    speaker_box: QComboBox
    name_a: QLineEdit
    name_b: QLineEdit
    source_lang: QComboBox
    target_lang: QComboBox
    new_button: QPushButton
    history_button: QPushButton

    source: QPlainTextEdit
    history_problem: str

    if TYPE_CHECKING:  # QMainWindow's and MainWindow's; only declared, never defined here

        def menuBar(self) -> QMenuBar: ...

        def show_notice(self, key: str, text: str) -> None: ...

        def translate_now(self) -> None: ...

        def _apply_direction(self) -> None: ...

        def _languages_changed(self) -> None: ...

    def _build_conversation_menus(self) -> None:
        talk_menu = self.menuBar().addMenu(translate("ConversationMenus", "&Conversation"))
        self.new_action = talk_menu.addAction(translate("ConversationMenus", "New conversation"))
        self.history_action = talk_menu.addAction(translate("ConversationMenus", "History…"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.glossary_action = talk_menu.addAction(translate("ConversationMenus", "Glossary…"))
        self.voices_action = talk_menu.addAction(translate("ConversationMenus", "Voices…"))
        talk_menu.addSeparator()
        self.reading_action = self._toggle(
            talk_menu, translate("ConversationMenus", "Reading mode: committed text only"), "reading_mode"
        )
        self.speak_action = self._toggle(
            talk_menu, translate("ConversationMenus", "Read translations aloud"), "speak_translations"
        )
        self.pause_action = self._toggle(
            talk_menu,
            translate("ConversationMenus", "Pause listening while reading aloud"),
            "pause_while_speaking",
        )
        self.larger_action = talk_menu.addAction(translate("ConversationMenus", "Larger text"))
        self.larger_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.smaller_action = talk_menu.addAction(translate("ConversationMenus", "Smaller text"))
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        subtitles = self.menuBar().addMenu(translate("ConversationMenus", "&Subtitles"))
        self.overlay_action = self._toggle(
            subtitles, translate("ConversationMenus", "Show the subtitle window"), "overlay_visible"
        )
        self.overlay_source_action = self._toggle(
            subtitles, translate("ConversationMenus", "Show the original too"), "overlay_show_source"
        )
        self.click_through_action = self._toggle(
            subtitles, translate("ConversationMenus", "Let clicks pass through"), "overlay_click_through"
        )
        subtitles.addSeparator()
        self.overlay_bigger = subtitles.addAction(translate("ConversationMenus", "Larger subtitles"))
        self.overlay_smaller = subtitles.addAction(translate("ConversationMenus", "Smaller subtitles"))
        self.overlay_opaquer = subtitles.addAction(translate("ConversationMenus", "Less transparent"))
        self.overlay_clearer = subtitles.addAction(translate("ConversationMenus", "More transparent"))

    def _wire_conversation(self) -> None:
        self.conversation.notice.connect(self.show_notice)
        self.transcript.set_reading_mode(self.settings.reading_mode)
        self.transcript.set_scale(self.settings.text_scale)
        self.speaker_box.currentIndexChanged.connect(self._speaker_changed)
        for edit in (self.name_a, self.name_b):
            edit.editingFinished.connect(self._names_changed)
        self.new_button.clicked.connect(self.conversation.new_conversation)
        self.new_action.triggered.connect(self.conversation.new_conversation)
        self.history_button.clicked.connect(self.open_history)
        self.history_action.triggered.connect(self.open_history)
        self.glossary_action.triggered.connect(self.open_glossary)
        self.voices_action.triggered.connect(self.open_voices)
        self.reading_action.toggled.connect(self.transcript.set_reading_mode)
        self.larger_action.triggered.connect(lambda: self._scale_text(+10))
        self.smaller_action.triggered.connect(lambda: self._scale_text(-10))
        self.overlay_action.toggled.connect(self.conversation.show_overlay)
        for action in (self.overlay_source_action, self.click_through_action):
            action.toggled.connect(self._overlay_changed)
        self.overlay_bigger.triggered.connect(lambda: self._overlay_step("overlay_font_size", 4, 10, 120))
        self.overlay_smaller.triggered.connect(lambda: self._overlay_step("overlay_font_size", -4, 10, 120))
        self.overlay_opaquer.triggered.connect(lambda: self._overlay_step("overlay_opacity", 10, 20, 100))
        self.overlay_clearer.triggered.connect(lambda: self._overlay_step("overlay_opacity", -10, 20, 100))
        if self.settings.overlay_visible:
            self.conversation.show_overlay(True)

    @Slot()
    def _speaker_changed(self) -> None:
        self.settings.speaker_mode = SpeakerMode(self.speaker_box.currentData())
        self._apply_direction()
        if self.source.toPlainText().strip():
            self.translate_now()

    @Slot()
    def _names_changed(self) -> None:
        self.settings.party_a_name, self.settings.party_b_name = self.name_a.text(), self.name_b.text()

    def _toggle(self, menu: QMenu, text: str, field: str) -> QAction:
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(bool(getattr(self.settings, field)))
        action.toggled.connect(lambda on: setattr(self.settings, field, on))
        return action

    def _scale_text(self, step: int) -> None:
        self.settings.text_scale = max(50, min(300, self.settings.text_scale + step))
        self.transcript.set_scale(self.settings.text_scale)

    @Slot()
    def _overlay_changed(self) -> None:
        if self.conversation.overlay is not None:
            self.conversation.overlay.apply_settings()

    def _overlay_step(self, field: str, step: int, low: int, high: int) -> None:
        setattr(self.settings, field, max(low, min(high, getattr(self.settings, field) + step)))
        self._overlay_changed()

    @Slot()
    def open_history(self) -> HistoryDialog | None:
        if self.conversation.history is None:
            # The same notice as at start (one key: shown again if dismissed, never twice).
            self.show_notice(
                "history",
                self.history_problem
                or translate("ConversationMenus", "The conversation history is not available."),
            )
            return None
        dialog = HistoryDialog(self.conversation.history, cast(QWidget, self), self.conversation.writer)
        dialog.reopen.connect(self._reopen)
        dialog.deleted.connect(self.conversation.forget)
        dialog.show()
        return dialog

    @Slot(int)
    def _reopen(self, session_id: int) -> None:
        """Show a kept conversation with its people and languages; new turns continue it."""
        history = self.conversation.history
        session = history.session(session_id) if history is not None else None
        if session is None:
            return
        a, b = session.conversation.a, session.conversation.b
        for edit, party in ((self.name_a, a), (self.name_b, b)):
            edit.setText("" if party.name.startswith("Person ") else party.name)
        self._names_changed()
        for combo, code in ((self.source_lang, a.language), (self.target_lang, b.language)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(code))
            combo.blockSignals(False)
        self._languages_changed()
        self.conversation.reopen(session_id)

    @Slot()
    def open_glossary(self) -> GlossaryDialog:
        dialog = GlossaryDialog(self.settings, cast(QWidget, self))
        dialog.show()
        return dialog

    @Slot()
    def open_voices(self) -> VoicesDialog:
        dialog = VoicesDialog(self.settings, self.conversation.spoken, cast(QWidget, self))
        dialog.show()
        return dialog

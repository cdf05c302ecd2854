"""The main window: type or speak on the left, translations stream in, the numbers beside."""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.conversation.history import default_path
from app.core.languages import LANGUAGES, get_language
from app.core.translation.events import RequestFinished, TranslationRequest
from app.core.translation.glossary import Glossary
from app.ui.conversation.controller import ConversationController, Parties
from app.ui.conversation.history_repair import HistoryRepair
from app.ui.conversation.menus import ConversationMenus
from app.ui.i18n import TRANSLATORS, UI_LANGUAGES, base_code, core_text, language_label
from app.ui.models.model_manager import ModelManager
from app.ui.models.model_menus import ModelMenus
from app.ui.notices import Action, NoticeArea
from app.ui.services import Services
from app.ui.speech.speech_controls import SpeechControls
from app.ui.speech.transcript_view import TranscriptView
from app.ui.translation.latency_panel import LatencyPanel
from app.ui.translation.refine_typing import RefineTyping
from app.ui.translation.translation_view import TranslationView

DEBOUNCE_MS = 120  # translate-as-you-type waits this long after the last keystroke


class MainWindow(ModelMenus, ConversationMenus, RefineTyping, QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.store = services.store
        self.settings = services.settings
        self.current_id: int | None = None
        self.setWindowTitle("Parley")
        self.resize(1100, 680)
        # The services outlive no window: they go when it goes (their late events find nobody).
        self.bridge = services.engine
        self.bridge.setParent(self)
        self.engine = self.bridge.engine
        self.speech_bridge = services.speech
        self.speech_bridge.setParent(self)
        self.parties = Parties(self.settings)
        self._send_pending = False
        self._typed_started = 0.0
        self._asked: tuple[str, str, str] | None = None  # what the current request translates
        self._last_done: tuple[str, str, str, str] | None = None  # text, source, target, translation
        self.models_dialog: ModelManager | None = None
        self.history_path = services.history.path if services.history is not None else default_path()
        self._build()
        self.history_repair = HistoryRepair(self.history_path, self.notice.show_notice, self)
        self.conversation = ConversationController(
            self.parties, self.speech_bridge, self.transcript, self.speech, self.panel, services.history,
            services.tts_engine, parent=self,
        )  # fmt: skip
        self._wire()
        self.history_problem = services.history_problem
        self.show_notice("history", self.history_problem)
        self.show_notice("settings", " ".join(core_text(n) for n in self.store.notices))
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray(self.settings.window_geometry))
        if services.start_engine:
            self.engine.start()

    # -- layout, one area at a time ------------------------------------------------------

    def _build(self) -> None:
        self.notice = NoticeArea()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(self._build_language_bar())
        left_layout.addLayout(self._build_conversation_bar())
        left_layout.addWidget(self._build_speech())
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self._build_texts(), stretch=1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self._build_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 460])
        self.setCentralWidget(split)
        self._build_status_bar()
        self._build_menus()
        self._apply_direction()

    def _build_language_bar(self) -> QHBoxLayout:
        """Person A's name and language, swap, Person B's."""
        self.source_lang = self._language_box(self.settings.source_lang)
        self.target_lang = self._language_box(self.settings.target_lang)
        self.swap_button = QPushButton(self.tr("⇄ Swap"))
        self.swap_button.setToolTip(self.tr("Swap source and target languages"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the translation"))
        self.name_a = QLineEdit(self.settings.party_a_name)
        self.name_b = QLineEdit(self.settings.party_b_name)
        for edit, who, tip in (
            (self.name_a, self.tr("Person A"), self.tr("Person A's name, shown beside what they say")),
            (self.name_b, self.tr("Person B"), self.tr("Person B's name, shown beside what they say")),
        ):
            edit.setPlaceholderText(who)
            edit.setMaximumWidth(110)
            edit.setToolTip(tip)
        bar = QHBoxLayout()
        for widget in (self.name_a, self.source_lang, self.swap_button, self.name_b, self.target_lang):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def _language_box(self, code: str) -> QComboBox:
        box = QComboBox()
        for lang in LANGUAGES:
            box.addItem(language_label(lang.code, TRANSLATORS.language), lang.code)
        box.setCurrentIndex(box.findData(code))
        return box

    def _build_conversation_bar(self) -> QHBoxLayout:
        self.speaker_box = QComboBox()
        self.speaker_box.addItem(self.tr("Who speaks: detect from the language"), "detect")
        self.speaker_box.addItem(self.tr("Person A speaks and types"), "a")
        self.speaker_box.addItem(self.tr("Person B speaks and types"), "b")
        self.speaker_box.setCurrentIndex(max(0, self.speaker_box.findData(self.settings.speaker_mode)))
        self.speaker_box.setToolTip(
            self.tr(
                "Detect: each utterance's language says who spoke (needs Whisper base for two languages). "
                "Or fix the side, for example while each person holds the button in turn."
            )
        )
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(
            self.tr("Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)")
        )
        self.new_button = QPushButton(self.tr("New conversation"))
        self.history_button = QPushButton(self.tr("History…"))
        talk = QHBoxLayout()
        talk.addWidget(self.speaker_box)
        talk.addStretch(1)
        talk.addWidget(self.send_button)
        talk.addWidget(self.new_button)
        talk.addWidget(self.history_button)
        # Here rather than beside the languages: the language names make that row the widest.
        talk.addWidget(self.clear_button)
        talk.addWidget(self.copy_button)
        return talk

    def _build_speech(self) -> SpeechControls:
        self.speech = SpeechControls(
            self.speech_bridge, self.settings, self.parties.session_config, self.services.audio
        )
        return self.speech

    def _build_texts(self) -> QSplitter:
        """What is typed, its translation, and the conversation's transcript, one above the other."""
        self.source = QPlainTextEdit()
        self.source.setPlaceholderText(
            self.tr(
                "Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation."
            )
        )
        self.view = TranslationView()
        self.transcript = TranscriptView()
        texts = QSplitter(Qt.Orientation.Vertical)
        texts.addWidget(self.source)
        texts.addWidget(self.view)
        texts.addWidget(self.transcript)
        return texts

    def _build_panel(self) -> QScrollArea:
        self.panel = LatencyPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        # Wide enough for the figures; the panel scrolls vertically when the window is short.
        scroll.setMinimumWidth(
            self.panel.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        return scroll

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(200)
        self.status_label = QLabel(self.tr("Starting…"))
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_audio_action = QAction(self.tr("Open audio file…"), self)
        menu.addAction(self.open_audio_action)
        menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self._build_model_menu()
        self._build_refine_menu()
        self._build_conversation_menus()
        self._build_view_menu()

    def _build_view_menu(self) -> None:
        """View → Language: the interface's language, kept in the settings, used from the next start."""
        view = self.menuBar().addMenu(self.tr("&View"))
        self.language_menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        system = self.language_menu.addAction(self.tr("Follow the system"))
        system.setData("")
        system.setCheckable(True)
        group.addAction(system)
        self.language_actions[""] = system
        self.language_menu.addSeparator()
        for code in UI_LANGUAGES:
            action = self.language_menu.addAction(language_label(base_code(code), TRANSLATORS.language))
            action.setData(code)
            action.setCheckable(True)
            group.addAction(action)
            self.language_actions[code] = action
        chosen = self.settings.ui_language if self.settings.ui_language in UI_LANGUAGES else ""
        self.language_actions[chosen].setChecked(True)
        group.triggered.connect(self._language_chosen)

    @Slot(QAction)
    def _language_chosen(self, action: QAction) -> None:
        code = str(action.data() or "")
        if code == self.settings.ui_language:
            return
        self.settings.ui_language = code
        self.show_notice(
            "ui-language",
            self.tr("The interface will be in the language you chose when Parley starts again."),
        )

    # -- wiring, one area at a time --------------------------------------------------------

    def _wire(self) -> None:
        self._wire_typing()
        self._wire_models()
        self._wire_engine()
        self.open_audio_action.triggered.connect(self.speech.choose_file)
        self.speech.notice.connect(self.show_notice)
        self._wire_conversation()
        self._wire_refine()

    def _wire_typing(self) -> None:
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._typing_paused)  # a draft first, with draft and refine on
        self.source.textChanged.connect(self.debounce.start)
        for combo in (self.source_lang, self.target_lang):
            combo.currentIndexChanged.connect(self._languages_changed)
        self.swap_button.clicked.connect(self.swap_languages)
        self.clear_button.clicked.connect(self.clear)
        self.copy_button.clicked.connect(self.copy_translation)
        self.send_button.clicked.connect(self.send_typed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.translate_now)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self, self.send_typed)

    def _wire_engine(self) -> None:
        self.bridge.token.connect(self._on_token)
        self.bridge.finished.connect(self._on_finished)
        self.bridge.failed.connect(self._on_failed)

    # -- actions --------------------------------------------------------------------

    @property
    def source_code(self) -> str:
        return str(self.source_lang.currentData())

    @property
    def target_code(self) -> str:
        return str(self.target_lang.currentData())

    @Slot()
    def translate_now(self) -> None:
        self.debounce.stop()
        text = self.source.toPlainText()
        if not text.strip():
            self.engine.cancel()
            self.current_id = None
            self._send_pending = False
            self.view.reset()
            return
        source, target = self.typed_pair()
        terms = Glossary.parse(self.settings.glossary).entries(source, target)
        self.current_id = self.engine.submit(TranslationRequest(text, source, target, tuple(terms)))
        self._asked = (text, source, target)
        self._typed_started = time.time()
        self.view.begin()

    # -- the conversation --------------------------------------------------------------------

    def typed_pair(self) -> tuple[str, str]:
        """Typed text goes from the typing party's language into the other's (settings follow the boxes)."""
        return self.parties.typed_pair()

    @Slot()
    def send_typed(self) -> None:
        """Put the typed text and its translation into the conversation (and the history)."""
        text = self.source.toPlainText()
        if not text.strip():
            return
        source, target = self.typed_pair()
        done = self._last_done
        if done is None or done[:3] != (text, source, target):
            self._send_pending = True  # sent once its translation is finished
            self.translate_now()
            return
        self._last_done = None
        self.source.blockSignals(True)
        self.source.clear()
        self.source.blockSignals(False)
        self.view.reset()
        # Last: whoever listens to the new turn may already type the next one.
        self.conversation.typed_turn(text.strip(), done[3], source, target, self._typed_started)

    @Slot()
    def swap_languages(self) -> None:
        source, target = self.source_code, self.target_code
        translation = self.view.toPlainText()
        for combo, code in ((self.source_lang, target), (self.target_lang, source)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(code))
            combo.blockSignals(False)
        if translation.strip():
            self.source.blockSignals(True)  # translated at once below, not after the debounce
            self.source.setPlainText(translation)
            self.source.blockSignals(False)
        self._languages_changed()

    @Slot()
    def clear(self) -> None:
        self.source.clear()
        self.translate_now()

    @Slot()
    def copy_translation(self) -> None:
        QGuiApplication.clipboard().setText(self.view.toPlainText())
        self.statusBar().showMessage(self.tr("Translation copied"), 2000)

    @Slot(str, str)
    def show_notice(self, key: str, text: str, action: Action | None = None) -> None:
        """Keep a notice under `key` until it is dismissed or resolved; an empty text resolves it."""
        shown = core_text(text)
        self.notice.show_notice(key, shown, action or self._notice_actions().get(key))
        if action is None and key == "history":  # a damaged file: offer to recover it, once checked
            self.history_repair.offer(shown)

    def _notice_actions(self) -> dict[str, Action]:
        """What the window offers beside a notice raised by a part that cannot offer it itself."""
        return {
            "capture": Action(self.tr("Look for microphones again"), self.speech.refresh_devices),
            "speech-model": Action(self.tr("Manage models…"), self.open_models),
            "audio-file": Action(self.tr("Open another file…"), self.speech.choose_file),
        }

    def _apply_direction(self) -> None:
        """The input box follows the language being typed, the translation the one it goes into."""
        typed_from, typed_into = self.typed_pair()
        self.source.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if get_language(typed_from).rtl else Qt.LayoutDirection.LeftToRight
        )
        self.view.set_right_to_left(get_language(typed_into).rtl)

    @Slot()
    def _languages_changed(self) -> None:
        self.settings.source_lang, self.settings.target_lang = self.source_code, self.target_code
        self._apply_direction()
        self.engine.config.warm_pair = (self.source_code, self.target_code)
        if self.source.toPlainText().strip():
            self.translate_now()
        else:
            self.engine.prewarm(self.source_code, self.target_code)

    # -- engine events (GUI thread) ------------------------------------------------

    @Slot(int, str)
    def _on_token(self, request_id: int, piece: str) -> None:
        if request_id == self.current_id:
            self.view.append_piece(piece)

    @Slot(object)
    def _on_finished(self, event: RequestFinished) -> None:
        if event.request_id != self.current_id or event.cancelled:
            return
        self.view.finish(event.translation)
        self.panel.add(event.metrics)
        self.show_notice("translation", "")  # translating works (again): an earlier failure is over
        self.show_notice("untranslated", " ".join(core_text(u.sentence()) for u in event.untranslated))
        if self._asked is not None:  # the current request's: the text this translation is of
            self._last_done = (*self._asked, event.translation)
        if self._send_pending:
            self._send_pending = False
            self.send_typed()

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        if request_id == self.current_id:
            self._send_pending = False
            self.show_notice("translation", message)

    # -- lifetime ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.source_lang, self.settings.target_lang = self.source_code, self.target_code
        self.store.save(self.settings)
        self.stop_tier_measurement()  # a measurement in the background ends within a sentence
        self.speech_bridge.close(timeout=1.0)
        self.conversation.close()  # after the speech pipeline: its last turns are kept first
        self._close_refine()
        # The worker is a daemon: a native load still running does not hold the window open.
        self.engine.close(timeout=1.0)
        event.accept()

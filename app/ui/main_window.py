"""The main window: type or speak on the left, translations stream in, the numbers beside."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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

from app.core.conversation.history import HistoryError, HistoryStore
from app.core.languages import LANGUAGES, get_language
from app.core.options import ModelOptions
from app.core.settings import Settings
from app.core.translation.backend import ModelInfo
from app.core.translation.engine import EngineConfig
from app.core.translation.events import ModelSource, RequestFinished, TranslationRequest
from app.core.translation.glossary import Glossary
from app.ui.conversation.controller import ConversationController
from app.ui.conversation.menus import ConversationMenus
from app.ui.models.model_manager import ModelManager
from app.ui.settings_store import SettingsStore
from app.ui.speech.speech_bridge import SpeechBridge
from app.ui.speech.speech_controls import AudioBackend, SpeechControls
from app.ui.speech.transcript_view import TranscriptView
from app.ui.translation.engine_bridge import EngineBridge
from app.ui.translation.latency_panel import LatencyPanel
from app.ui.translation.translation_view import TranslationView

DEBOUNCE_MS = 120  # translate-as-you-type waits this long after the last keystroke


class MainWindow(ConversationMenus, QMainWindow):
    def __init__(self, store: SettingsStore, settings: Settings, start_engine: bool = True,
                 audio: AudioBackend | None = None, tts_engine: str | None = None) -> None:  # fmt: skip
        super().__init__()
        self.store = store
        self.settings = settings
        self.current_id: int | None = None
        self.setWindowTitle("Parley")
        self.resize(1100, 680)

        self.bridge = EngineBridge(
            EngineConfig(
                Path(settings.model_path) if settings.model_path else None,
                self.model_options(),
                warm_pair=(settings.source_lang, settings.target_lang),
            ),
            parent=self,
        )
        self.engine = self.bridge.engine
        self.speech_bridge = SpeechBridge(self.engine, parent=self)
        self._audio = audio
        self._send_pending = False
        self._typed_started = 0.0
        self._asked: tuple[str, str, str] | None = None  # what the current request translates
        self._last_done: tuple[str, str, str, str] | None = None  # text, source, target, translation
        history_notice = ""
        try:
            history: HistoryStore | None = HistoryStore()
        except HistoryError as exc:
            history, history_notice = None, str(exc)
        self._build()
        self.conversation = ConversationController(settings, self.transcript, self.speech, history,
                                                   tts_engine, parent=self)  # fmt: skip
        self._wire()
        if history_notice:
            self.show_notice(history_notice)
        if settings.window_geometry:
            self.restoreGeometry(QByteArray(settings.window_geometry))
        if store.notice:
            self.show_notice(store.notice)
        if start_engine:
            self.engine.start()

    # -- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.source_lang = self._language_box(self.settings.source_lang)
        self.target_lang = self._language_box(self.settings.target_lang)
        self.swap_button = QPushButton("⇄ Swap")
        self.swap_button.setToolTip("Swap source and target languages")
        self.clear_button = QPushButton("Clear")
        self.copy_button = QPushButton("Copy")
        self.copy_button.setToolTip("Copy the translation")

        self.source = QPlainTextEdit()
        self.source.setPlaceholderText(
            "Type here. Ctrl+Enter translates at once; Ctrl+Shift+Enter sends it into the conversation."
        )
        self.view = TranslationView()
        self.transcript = TranscriptView()
        self.panel = LatencyPanel()
        self.speech = SpeechControls(
            self.speech_bridge,
            self.transcript,
            self.panel,
            self.settings,
            lambda: self.target_code,
            self._audio,
        )
        self._apply_direction()

        self.name_a = QLineEdit(self.settings.party_a_name)
        self.name_b = QLineEdit(self.settings.party_b_name)
        for edit, who in ((self.name_a, "Person A"), (self.name_b, "Person B")):
            edit.setPlaceholderText(who)
            edit.setMaximumWidth(110)
            edit.setToolTip(f"{who}'s name, shown beside what they say")
        bar = QHBoxLayout()
        for widget in (self.name_a, self.source_lang, self.swap_button, self.name_b, self.target_lang):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.copy_button)

        self.speaker_box = QComboBox()
        self.speaker_box.addItem("Who speaks: detect from the language", "detect")
        self.speaker_box.addItem("Person A speaks and types", "a")
        self.speaker_box.addItem("Person B speaks and types", "b")
        self.speaker_box.setCurrentIndex(max(0, self.speaker_box.findData(self.settings.speaker_mode)))
        self.speaker_box.setToolTip(
            "Detect: each utterance's language says who spoke (needs Whisper base for two languages). "
            "Or fix the side, for example while each person holds the button in turn."
        )
        self.send_button = QPushButton("Send")
        self.send_button.setToolTip(
            "Add the typed text and its translation to the conversation (Ctrl+Shift+Enter)"
        )
        self.new_button = QPushButton("New conversation")
        self.history_button = QPushButton("History…")
        talk = QHBoxLayout()
        talk.addWidget(self.speaker_box)
        talk.addStretch(1)
        talk.addWidget(self.send_button)
        talk.addWidget(self.new_button)
        talk.addWidget(self.history_button)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#notice { background: #fff4e5; color: #663c00; padding: 6px; }")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        texts = QSplitter(Qt.Orientation.Vertical)
        texts.addWidget(self.source)
        texts.addWidget(self.view)
        texts.addWidget(self.transcript)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(bar)
        left_layout.addLayout(talk)
        left_layout.addWidget(self.speech)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(texts, stretch=1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        # Wide enough for the figures; the panel scrolls vertically when the window is short.
        scroll.setMinimumWidth(
            self.panel.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 460])
        self.setCentralWidget(split)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(200)
        self.status_label = QLabel("Starting…")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

        menu = self.menuBar().addMenu("&File")
        self.open_audio_action = QAction("Open audio file…", self)
        menu.addAction(self.open_audio_action)
        menu.addSeparator()
        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        models = self.menuBar().addMenu("&Models")
        self.manage_models_action = QAction("Manage models…", self)
        self.manage_models_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        models.addAction(self.manage_models_action)
        self.open_model_action = QAction("Open model file…", self)
        models.addAction(self.open_model_action)
        self.default_model_action = QAction("Use the bundled model", self)
        models.addAction(self.default_model_action)
        self.models_dialog: ModelManager | None = None
        self._build_conversation_menus()

    def _language_box(self, code: str) -> QComboBox:
        box = QComboBox()
        for lang in LANGUAGES:
            box.addItem(f"{lang.name} — {lang.native}", lang.code)
        box.setCurrentIndex(box.findData(code))
        return box

    def _wire(self) -> None:
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.translate_now)
        self.source.textChanged.connect(self.debounce.start)
        for combo in (self.source_lang, self.target_lang):
            combo.currentIndexChanged.connect(self._languages_changed)
        self.swap_button.clicked.connect(self.swap_languages)
        self.clear_button.clicked.connect(self.clear)
        self.copy_button.clicked.connect(self.copy_translation)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.translate_now)
        self.open_model_action.triggered.connect(self.choose_model)
        self.manage_models_action.triggered.connect(self.open_models)
        self.default_model_action.triggered.connect(lambda: self.load_model(None))
        self.open_audio_action.triggered.connect(self.speech.choose_file)
        self.speech.notice.connect(self.show_notice)
        self._wire_conversation()
        self.send_button.clicked.connect(self.send_typed)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self, self.send_typed)
        self.bridge.token.connect(self._on_token)
        self.bridge.finished.connect(self._on_finished)
        self.bridge.failed.connect(self._on_failed)
        self.bridge.model_loading.connect(self._on_loading)
        self.bridge.model_source.connect(self._on_model_source)
        self.bridge.model_ready.connect(self._on_ready)
        self.bridge.model_failed.connect(self._on_model_failed)

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
        """Typed text goes from the typing party's language into the other's."""
        a, b = self.source_code, self.target_code
        return (b, a) if self.conversation.typed_side() == "b" else (a, b)

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
        self._apply_direction()
        if translation.strip():
            self.source.setPlainText(translation)  # textChanged schedules the new translation
        else:
            self._languages_changed()

    @Slot()
    def clear(self) -> None:
        self.source.clear()
        self.translate_now()

    @Slot()
    def copy_translation(self) -> None:
        QGuiApplication.clipboard().setText(self.view.toPlainText())
        self.statusBar().showMessage("Translation copied", 2000)

    @Slot()
    def choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a GGUF model", "", "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.load_model(path)

    def model_options(self) -> ModelOptions:
        return self.settings.model_options()

    def load_model(self, path: str | None) -> None:
        """Switch translation models; the engine keeps the current one if the new one fails."""
        self.settings.model_path = path or ""
        self.current_id = None
        self._send_pending = False
        self.engine.load(Path(path) if path else None, self.model_options())

    @Slot()
    def open_models(self) -> ModelManager:
        if self.models_dialog is None:
            dialog = ModelManager(self.settings, self.engine.model_info, self)
            dialog.translation_chosen.connect(self.use_model)
            dialog.speech_chosen.connect(self.speech.set_model)
            dialog.options_applied.connect(self.apply_options)
            self.models_dialog = dialog
        else:
            self.models_dialog.active = self.engine.model_info
            self.models_dialog.refresh()
        if self.models_dialog.isVisible():
            self.models_dialog.raise_()  # already open behind the window: bring it forward
        self.models_dialog.show()
        return self.models_dialog

    @Slot(str, str)
    def use_model(self, setting: str, style: str) -> None:
        self.settings.set_prompt_style(setting, style)
        self.load_model(setting or None)

    @Slot()
    def apply_options(self) -> None:
        """The runtime settings changed: reload the active model with them."""
        self.load_model(self.settings.model_path or None)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _apply_direction(self) -> None:
        self.source.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if get_language(self.source_code).rtl
            else Qt.LayoutDirection.LeftToRight
        )
        self.view.set_right_to_left(get_language(self.target_code).rtl)

    @Slot()
    def _languages_changed(self) -> None:
        self._apply_direction()
        self.settings.source_lang, self.settings.target_lang = self.source_code, self.target_code
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
        if self._asked is not None:  # the current request's: the text this translation is of
            self._last_done = (*self._asked, event.translation)
        if self._send_pending:
            self._send_pending = False
            self.send_typed()

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        if request_id == self.current_id:
            self._send_pending = False
            self.show_notice(message)

    @Slot(str, float)
    def _on_loading(self, stage: str, fraction: float) -> None:
        self.progress.show()
        self.progress.setValue(int(fraction * 100))
        self.status_label.setText(f"{stage}…")

    @Slot(object)
    def _on_ready(self, info: ModelInfo) -> None:
        self.progress.hide()
        self.panel.show_model(info)
        self._show_status(info)
        if self.models_dialog is not None:
            self.models_dialog.active = info
        self.show_notice(info.notice or self.store.notice)
        self.store.notice = ""
        if self.source.toPlainText().strip():
            self.translate_now()

    def _show_status(self, info: ModelInfo | None) -> None:
        if info is None:
            self.status_label.setText("No model loaded")
            return
        where = (
            f"{info.backend}, {info.gpu_layers} of {info.n_layers + 1} layers on the GPU"
            if info.gpu_layers
            else "CPU"
        )
        self.status_label.setText(
            f"{info.name} · {info.quantization} · {where} · {info.threads} threads — ready"
        )

    @Slot(object)
    def _on_model_source(self, source: ModelSource) -> None:
        """The settings follow the model that is really active (events arrive in order)."""
        s, options = self.settings, source.options
        s.model_path = str(source.path) if source.path is not None else ""
        s.use_model_options(options)
        if self.models_dialog is not None:
            self.models_dialog.active_changed(s.model_path)

    @Slot(str, str)
    def _on_model_failed(self, message: str, kept: str) -> None:
        self.progress.hide()
        if kept:
            self._show_status(self.engine.model_info)
            self.show_notice(f"{message}. {kept} is still active.")
            return
        # Nothing is active: start next time with the bundled model rather than a file that failed.
        self.settings.model_path = ""
        if self.models_dialog is not None:
            self.models_dialog.active_changed("")
        self.status_label.setText("No model loaded")
        self.show_notice(
            f"{message}. Choose another model with Models → Manage models…, or use the bundled one."
        )

    # -- lifetime ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.source_lang, self.settings.target_lang = self.source_code, self.target_code
        self.store.save(self.settings)
        self.speech_bridge.close(timeout=1.0)
        self.conversation.close()  # after the speech pipeline: its last turns are kept first
        # The worker is a daemon: a native load still running does not hold the window open.
        self.engine.close(timeout=1.0)
        event.accept()

"""Speech input controls: microphone, device, level, speech model, audio files; and what they show.

The sounddevice module and the microphone source come in through `AudioBackend`, so the
window works (and says why the microphone is off) without PortAudio or a device, and
tests can speak into it from a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.settings import Settings
from app.core.speech.audio import AUDIO_SUFFIXES, AudioError, AudioFileError, AudioSource, FileSource
from app.core.speech.call import FixedSide
from app.core.speech.devices import DeviceList, list_inputs, open_chosen
from app.core.speech.directions import Side
from app.core.speech.microphone import InputDevice, MicrophoneSource, load_sounddevice
from app.core.speech.service import SessionConfig
from app.core.speech.system_audio import (
    MICROPHONE,
    SYSTEM_AUDIO,
    CaptureDevice,
    SoundcardSource,
    load_soundcard,
    no_system_audio_message,
)
from app.ui.i18n import core_text
from app.ui.speech.level_meter import FLOOR_DB, LevelMeter
from app.ui.speech.speech_bridge import SpeechBridge

SPEECH_MODELS = (
    ("tiny.en", QT_TRANSLATE_NOOP("SpeechControls", "Whisper tiny.en (English)")),
    ("base", QT_TRANSLATE_NOOP("SpeechControls", "Whisper base (any language)")),
)
AUDIO_PATTERNS = " ".join("*" + s for s in AUDIO_SUFFIXES)


def _microphone(sd: Any, device: InputDevice) -> AudioSource:
    return MicrophoneSource(sd, device)


def _system_audio(sc: ModuleType, device: CaptureDevice) -> AudioSource:
    # The default output is followed: a headset unplugged mid-call moves to the new default.
    return SoundcardSource(sc, device, follow_default=device.is_default)


@dataclass
class AudioBackend:
    load: Callable[[], ModuleType | Any] = load_sounddevice
    make_source: Callable[[Any, InputDevice], AudioSource] = _microphone
    load_system: Callable[[], ModuleType] = load_soundcard  # what this computer plays
    make_system_source: Callable[[ModuleType, CaptureDevice], AudioSource] = _system_audio


CALL_TIP = QT_TRANSLATE_NOOP(
    "SpeechControls",
    "Call: your microphone is Person A and what this computer plays (the other side of a call) is "
    "Person B, both translated live. Headphones work best: without them your microphone is muted "
    "while the other side is heard, so they are not translated twice.",
)


class SpeechControls(QWidget):
    """Starts and stops listening sessions; what they produce is routed by the conversation controller."""

    notice = Signal(str, str)  # key, a sentence for the window's notices ("" clears that key)

    def __init__(self, bridge: SpeechBridge, settings: Settings, plan: Callable[[], SessionConfig],
                 backend: AudioBackend | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.bridge = bridge
        self.settings = settings
        self._plan = plan  # who speaks which language, the glossary: known when a session starts
        self.backend = backend or AudioBackend()
        self.found = DeviceList()  # what Refresh found last (devices.list_inputs)
        self.mic_off_reason = ""
        self.system_off_reason = ""
        self.listening_from = ""
        self._build()
        self.call_box.blockSignals(True)  # a call remembered: the lists below ask the sound server
        self.call_box.setChecked(settings.call_mode)
        self.call_box.blockSignals(False)
        self.refresh_devices()

    # -- layout -----------------------------------------------------------------

    def _build(self) -> None:
        self.mic_button = QPushButton(self.tr("● Listen"))
        self.mic_button.setCheckable(True)
        self.mic_button.setToolTip(self.tr("Start or stop listening (Ctrl+M)"))
        self.device_box = QComboBox()
        for box in (self.device_box,):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Look for microphones and outputs again"))
        self.call_box = QCheckBox(self.tr("Call"))
        self.call_box.setToolTip(self.tr(CALL_TIP))
        self.system_box = QComboBox()  # "what this computer plays", per output device
        self.system_box.setToolTip(self.tr("What this computer plays: the other side of a call"))
        self.system_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.system_box.setMinimumContentsLength(12)
        self.system_box.addItem(self.tr("What this computer plays"))
        self.system_box.setEnabled(False)
        self.meter = LevelMeter()
        self.model_box = QComboBox()
        self.model_box.setToolTip(
            self.tr("Speech model: tiny.en is English only and fastest; base detects the language")
        )
        for key, title in SPEECH_MODELS:
            self.model_box.addItem(self.tr(title), key)
        if self.model_box.findData(self.settings.asr_model) < 0:
            self.model_box.addItem(Path(self.settings.asr_model).name, self.settings.asr_model)
        self.model_box.setCurrentIndex(self.model_box.findData(self.settings.asr_model))
        self.push_to_talk = QCheckBox(self.tr("Push to talk"))
        self.push_to_talk.setToolTip(self.tr("Listen only while the Listen button is held down"))
        self.push_to_talk.setChecked(self.settings.push_to_talk)
        self.state_label = QLabel("")
        # Long states (why the microphone is off) must not widen the window: elided by the layout,
        # whole in the tooltip.
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state_label.setMinimumWidth(60)
        # Two rows: in one, longer labels (German, French) would widen the window past the screen.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        layout, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(layout)
        rows.addLayout(second)
        for widget in (self.mic_button, self.meter, self.device_box, self.call_box, self.system_box,
                       self.refresh_button, self.push_to_talk, self.model_box):  # fmt: skip
            (second if widget in (self.push_to_talk, self.model_box) else layout).addWidget(widget)
        layout.addStretch(1)
        second.addWidget(self.state_label, stretch=1)

        self.mic_button.toggled.connect(self._mic_toggled)
        self.mic_button.pressed.connect(self._ptt_pressed)
        self.mic_button.released.connect(self._ptt_released)
        self.push_to_talk.toggled.connect(self._ptt_changed)
        self.refresh_button.clicked.connect(self.refresh_devices)
        self.call_box.toggled.connect(self._call_toggled)
        self.model_box.currentIndexChanged.connect(self._model_changed)
        self.device_box.currentIndexChanged.connect(self._device_changed)
        self.system_box.currentIndexChanged.connect(self._system_changed)
        QShortcut(QKeySequence("Ctrl+M"), self.window(), self.mic_button.toggle)
        self._ptt_changed(self.push_to_talk.isChecked())

    # -- devices -------------------------------------------------------------------

    @Slot()
    def refresh_devices(self) -> None:
        """List microphones and, once a call is wanted, what each output plays (devices.py)."""
        calling = self.call_box.isChecked()  # the sound server is asked only once a call is wanted
        self.found = list_inputs(self.backend.load, self.backend.load_system if calling else None)
        self._fill(self.device_box, self.found.of_kind(MICROPHONE), self.settings.input_device)
        mics = self.found.of_kind(MICROPHONE)
        if not mics:
            self._mic_off(core_text(self.found.mic_problem))
        else:
            self.mic_off_reason = ""
            for widget in (self.mic_button, self.device_box, self.push_to_talk):
                widget.setEnabled(True)
            self.mic_button.setToolTip(self.tr("Start or stop listening (Ctrl+M)"))
        if calling:
            self._show_system_audio()

    def refresh_system_audio(self) -> None:
        """Look again for what each output plays (and the microphones with it)."""
        self.refresh_devices()

    def _fill(self, box: QComboBox, devices: list[CaptureDevice], remembered: str) -> None:
        box.blockSignals(True)
        box.clear()
        for device in devices:
            box.addItem(device.name, device)
        chosen = self.found.pick(devices[0].kind, remembered) if devices else None
        if chosen is not None:
            box.setCurrentIndex(devices.index(chosen))
        box.blockSignals(False)

    def _show_system_audio(self) -> None:
        """What each output plays; without a sound server or loopback, say what to do."""
        devices = self.found.of_kind(SYSTEM_AUDIO)
        problem = self.found.system_problem or no_system_audio_message()
        self.system_off_reason = "" if devices else core_text(problem)
        self._fill(self.system_box, devices, self.settings.system_device)
        if not devices:
            self.system_box.addItem(self.tr("No system audio"))
        self.system_box.setEnabled(bool(devices))
        self.call_box.setToolTip(self.system_off_reason or self.tr(CALL_TIP))
        if not devices:
            self.notice.emit("system-audio", self.system_off_reason)

    @Slot(bool)
    def _call_toggled(self, on: bool) -> None:
        self.settings.call_mode = on
        if on:
            self.refresh_devices()
        else:
            self.notice.emit("system-audio", "")

    @Slot()
    def _system_changed(self) -> None:
        device = self.system_box.currentData()
        if isinstance(device, CaptureDevice):
            self.settings.system_device = device.id  # stable between runs for outputs

    def _mic_off(self, reason: str) -> None:
        """No microphone: say why; typed input and audio files still work."""
        self.mic_off_reason = reason
        for widget in (self.mic_button, self.device_box, self.push_to_talk):
            widget.setEnabled(False)
        self.mic_button.setToolTip(reason)
        self.device_box.addItem(self.tr("No microphone"))
        self.show_state(reason)

    @Slot()
    def _device_changed(self) -> None:
        device = self.device_box.currentData()
        if isinstance(device, CaptureDevice):
            self.settings.input_device = device.name

    @Slot(str, str)
    def set_model(self, setting: str, title: str) -> None:
        """Choose a speech model (from the model manager); the next session loads it."""
        if self.model_box.findData(setting) < 0:
            self.model_box.addItem(title, setting)
        self.model_box.setCurrentIndex(self.model_box.findData(setting))
        self.settings.asr_model = setting

    @Slot()
    def _model_changed(self) -> None:
        self.settings.asr_model = str(self.model_box.currentData())

    # -- listening -------------------------------------------------------------------

    def session_config(self) -> SessionConfig:
        return self._plan()

    @property
    def listening(self) -> bool:
        return self.bridge.session is not None and self.mic_button.isChecked()

    def _open(self, device: CaptureDevice) -> AudioSource | None:
        try:
            return open_chosen(self.found, device, self.backend.make_source,
                               lambda sc, d, _follow: self.backend.make_system_source(sc, d))  # fmt: skip
        except AudioError as exc:
            self.notice.emit("capture", core_text(exc))
            return None

    def start_microphone(self) -> bool:
        device = self.device_box.currentData()
        if self.mic_off_reason or not isinstance(device, CaptureDevice):
            return False
        if self.call_box.isChecked():
            return self._start_call(device)
        source = self._open(device)
        if source is None:
            return False
        self.listening_from = device.name
        self.bridge.start(source, self.session_config())
        return True

    def _start_call(self, device: CaptureDevice) -> bool:
        theirs = self.system_box.currentData()
        if not isinstance(theirs, CaptureDevice) or self.found.soundcard is None:
            self.notice.emit("system-audio", self.system_off_reason or core_text(no_system_audio_message()))
            return False
        self.notice.emit("system-audio", "")
        base = self.session_config()
        conversation = base.conversation
        if conversation is None:
            return False
        a, b = conversation.pair
        mine = replace(base, conversation=FixedSide(conversation, Side.A), language=a, target=b)
        other = replace(base, conversation=FixedSide(conversation, Side.B), language=b, target=a)
        mic, loopback = self._open(device), self._open(theirs)
        if mic is None or loopback is None:
            return False
        self.listening_from = self.tr("{mine} and {theirs}").format(mine=device.name, theirs=theirs.name)
        self.bridge.start_call(mic, mine, loopback, other)
        return True

    def open_file(self, path: str | Path) -> bool:
        """Replay a file through the same pipeline, at speaking pace."""
        try:
            source = FileSource(Path(path), realtime=True)
        except AudioFileError as exc:
            self.notice.emit("audio-file", core_text(exc))
            return False
        self.notice.emit("audio-file", "")
        self._set_mic_checked(False)
        self.listening_from = source.name
        self.bridge.start(source, self.session_config())
        return True

    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an audio file"),
            "",
            self.tr("Audio files ({patterns});;All files (*)").format(patterns=AUDIO_PATTERNS),
        )
        if path:
            self.open_file(path)

    def _set_mic_checked(self, checked: bool) -> None:
        self.mic_button.blockSignals(True)
        self.mic_button.setChecked(checked)
        self.mic_button.blockSignals(False)

    @Slot(bool)
    def _mic_toggled(self, checked: bool) -> None:
        if checked:
            if not self.start_microphone():
                self._set_mic_checked(False)
        else:
            self.bridge.stop()

    @Slot(bool)
    def _ptt_changed(self, on: bool) -> None:
        self.settings.push_to_talk = on
        self.mic_button.setCheckable(not on)
        self.mic_button.setText(self.tr("● Hold to talk") if on else self.tr("● Listen"))

    @Slot()
    def _ptt_pressed(self) -> None:
        if self.push_to_talk.isChecked():
            self.start_microphone()

    @Slot()
    def _ptt_released(self) -> None:
        if self.push_to_talk.isChecked():
            self.bridge.stop()

    def set_listening(self, on: bool) -> None:
        """Start or stop the microphone as the Listen button would (no-op in push-to-talk mode)."""
        if self.mic_button.isCheckable() and self.mic_button.isChecked() != on:
            self.mic_button.setChecked(on)  # toggled starts or stops the session

    # -- what the pipeline reports (routed here by the conversation controller) -----------

    def show_level(self, level_db: float) -> None:
        self.meter.set_level(level_db)

    def show_state(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.setToolTip(text)

    def session_ended(self, session: int) -> None:
        if session != self.bridge.session:
            return  # an older session ended after a newer one began
        self._set_mic_checked(False)
        self.meter.set_level(FLOOR_DB)
        self.show_state(
            self.mic_off_reason or self.tr("Stopped: {source}").format(source=self.listening_from)
        )

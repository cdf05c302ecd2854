"""Speech in the window, offscreen, with the real models: an injected source stands in for the microphone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app.core.speech.audio import AudioSource, FileSource
from app.core.speech.microphone import AudioUnavailable, InputDevice, MicrophoneSource
from app.core.speech.wer import word_error_rate
from app.ui.main_window import MainWindow
from app.ui.speech.speech_controls import AudioBackend
from app.ui.speech.transcript_view import TENTATIVE_STYLE
from tests.fake_sounddevice import FakeSoundDevice
from tests.speech_clips import SAID, WER_BOUND, clip, samples
from tests.ui.windows import make_services, open_window, wait_until_ready


def make_window(qtbot: QtBot, tmp_path: Path, backend: AudioBackend) -> MainWindow:
    window = open_window(qtbot, make_services(tmp_path / "settings.ini", audio=backend))
    wait_until_ready(qtbot, window)
    return window


def speaking(name: str) -> AudioBackend:
    """A microphone that 'hears' a fixture at speaking pace."""
    sd = FakeSoundDevice(np.zeros(1, np.float32))

    def source(_sd: Any, device: InputDevice) -> AudioSource:
        return FileSource(clip(name), realtime=True, name=device.name)

    return AudioBackend(load=lambda: sd, make_source=source)


@pytest.fixture
def talking_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    window = make_window(qtbot, tmp_path, speaking("station"))
    yield window
    window.close()


def test_microphone_shows_tentative_then_committed_text_and_the_translation(
    qtbot: QtBot, talking_window: MainWindow
) -> None:
    window = talking_window
    snapshots: list[tuple[str, str, str]] = []
    html: list[str] = []

    def snap() -> None:
        for view in window.transcript.utterances.values():
            snapshots.append((view.committed, view.tentative, view.translation))
        html.append(window.transcript.to_html())

    window.transcript.updated.connect(snap)
    levels: list[int] = []
    window.speech.meter.valueChanged.connect(levels.append)
    assert window.speech.mic_button.isEnabled()
    assert window.speech.device_box.currentText() == "Headset mic"  # the system default
    window.speech.mic_button.click()
    assert window.speech.mic_button.isChecked()
    # The session ends with the clip; then every utterance has its final translation.
    qtbot.waitUntil(lambda: not window.speech.mic_button.isChecked(), timeout=60_000)
    lines = window.transcript.plain_lines()
    assert window.panel.speech_stats.count == len(lines) >= 1
    assert word_error_rate(SAID["station"], " ".join(source for source, _ in lines)) <= WER_BOUND
    assert all(translation and translation != source for source, translation in lines)
    first_tentative = next(i for i, (c, t, _) in enumerate(snapshots) if t and not c)
    first_committed = next(i for i, (c, _, _) in enumerate(snapshots) if c)
    assert first_tentative < first_committed
    assert any(tr for c, t, tr in snapshots if t)  # a translation was shown while words were tentative
    assert any(TENTATIVE_STYLE in h for h in html)  # tentative text is styled apart
    assert window.panel.fields["sp_first_token"].text().endswith("ms")
    assert window.panel.fields["speech_model"].text().startswith("Whisper tiny.en")
    assert max(levels) > 0  # the meter moved while the clip played
    # The lag reached the panel (on a busy machine it may also say that an utterance is waiting).
    assert re.match(r"\d+ ms", window.panel.fields["sp_lag"].text())
    assert window.panel.fields["sp_rtf"].text() != "—"


def test_no_portaudio_turns_the_microphone_off_and_files_still_work(qtbot: QtBot, tmp_path: Path) -> None:
    def missing() -> Any:
        raise AudioUnavailable(
            "Microphone input is off: the PortAudio library is missing; install libportaudio2."
        )

    window = make_window(qtbot, tmp_path, AudioBackend(load=missing))
    speech = window.speech
    assert not speech.mic_button.isEnabled() and not speech.device_box.isEnabled()
    assert "PortAudio" in speech.mic_button.toolTip() and "PortAudio" in speech.state_label.text()
    assert window.open_audio_action.isEnabled()
    assert speech.open_file(clip("thanks"))
    qtbot.waitUntil(lambda: window.panel.speech_stats.count == 1, timeout=60_000)
    assert word_error_rate(SAID["thanks"], window.transcript.plain_lines()[0][0]) <= WER_BOUND
    window.close()


def test_no_input_device_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    sd = FakeSoundDevice(np.zeros(1, np.float32), with_inputs=False)
    window = make_window(qtbot, tmp_path, AudioBackend(load=lambda: sd))
    assert not window.speech.mic_button.isEnabled()
    assert "no input device" in window.speech.mic_button.toolTip()
    window.speech.mic_button.click()  # disabled: nothing starts
    assert not window.speech_bridge.service.active
    window.close()


def test_damaged_audio_file_names_it_and_nothing_stops(
    qtbot: QtBot, tmp_path: Path, talking_window: MainWindow
) -> None:
    bad = tmp_path / "interview.mp3"
    bad.write_bytes(b"ID3" + b"\x00" * 64)
    assert not talking_window.speech.open_file(bad)
    assert "interview.mp3" in talking_window.notice.text() and talking_window.notice.isVisible()
    assert talking_window.speech.mic_button.isEnabled()
    qtbot.keyClicks(talking_window.source, "Good morning.")
    qtbot.waitUntil(lambda: talking_window.panel.last is not None, timeout=30_000)


def test_a_device_that_disappears_stops_capture_and_keeps_the_transcript(
    qtbot: QtBot, tmp_path: Path
) -> None:
    speech = samples("thanks")
    at_48k = np.interp(np.arange(speech.size * 3) / 3, np.arange(speech.size), speech).astype(np.float32)
    sd = FakeSoundDevice(at_48k)
    window = make_window(qtbot, tmp_path, AudioBackend(load=lambda: sd, make_source=MicrophoneSource))
    window.speech.mic_button.click()
    qtbot.waitUntil(lambda: "stopped sending audio" in window.notice.text(), timeout=60_000)
    assert window.notice.rows["capture"].action_button.text() == "Look for microphones again"
    qtbot.waitUntil(lambda: not window.speech.mic_button.isChecked(), timeout=30_000)
    qtbot.waitUntil(lambda: window.panel.speech_stats.count == 1, timeout=30_000)
    assert word_error_rate(SAID["thanks"], window.transcript.plain_lines()[0][0]) <= WER_BOUND
    window.close()

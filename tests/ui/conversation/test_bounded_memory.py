"""What the conversation keeps per listening session and per sentence read stays bounded:
push-to-talk makes a session per press, and a session may run for hours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app.core.speech.audio import FileSource
from app.core.speech.events import ListeningStarted
from app.ui.conversation.controller import SESSIONS_KEPT
from app.ui.conversation.spoken_output import SPOKEN_KEPT, SpokenOutput
from app.ui.main_window import MainWindow
from app.ui.speech.speech_controls import AudioBackend
from tests.fake_sounddevice import FakeSoundDevice
from tests.ui.windows import make_services, open_window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    quiet = np.zeros(16000, np.float32)
    audio = AudioBackend(load=lambda: FakeSoundDevice(quiet), make_source=lambda _sd, device: FileSource(
        samples=quiet, realtime=True, name=device.name))  # fmt: skip
    win = open_window(qtbot, make_services(tmp_path / "settings.ini", audio=audio, tts_engine="mock"))
    yield win
    win.close()


def test_listening_sessions_are_not_remembered_forever(window: MainWindow) -> None:
    controller = window.conversation
    for session in range(1, 501):
        window.speech_bridge.speech_event.emit(ListeningStarted(session, "Headset mic"))
    assert len(controller._listening_since) == len(controller._session_side) == SESSIONS_KEPT
    assert max(controller._listening_since) == 500  # the newest are the ones kept


def test_only_the_newest_sentences_read_aloud_are_kept(qtbot: QtBot) -> None:
    spoken = SpokenOutput("mock")
    states: list[bool] = []
    spoken.speaking.connect(states.append)
    count = SPOKEN_KEPT + 15
    for n in range(count):
        assert spoken.say(f"Line {n}.", "en")
    qtbot.waitUntil(lambda: states[-1:] == [False], timeout=30_000)
    assert len(spoken.spoken) == SPOKEN_KEPT
    assert spoken.spoken[-1][1] == f"Line {count - 1}."

"""The panel says when Parley falls behind on speech and what it does about it, from the core's state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app.core.speech.audio import FileSource
from app.core.speech.events import PipelinePace
from app.core.speech.pacing import PaceState, PacingConfig, PacingPolicy
from app.ui.main_window import MainWindow
from app.ui.speech.speech_controls import AudioBackend
from app.ui.translation.latency_panel import LatencyPanel
from tests.fake_sounddevice import FakeSoundDevice
from tests.ui.windows import make_services, open_window


def show(panel: LatencyPanel, state: PaceState) -> None:
    panel.show_speech_pace(state.behind, state.message)


def test_the_pace_row_follows_the_pacing_policy(qtbot: QtBot) -> None:
    panel = LatencyPanel()
    qtbot.addWidget(panel)
    label = panel.fields["sp_pace"]
    assert label.text() == "—"
    policy = PacingPolicy(PacingConfig(smoothing=1.0))
    policy.decoded(0.6)  # re-decodes got dear
    state = policy.observe(0.0, 1.8, 0)  # and the pipeline trails the audio by 1.8 s
    assert state is not None
    show(panel, state)
    assert label.text() == "Busy: tentative text paused, re-decoding less often, shorter audio window"
    assert label.property("behind") is True and "bold" in label.styleSheet()
    policy.decoded(0.1)
    for t in (1.0, 2.0, 4.5):
        if (state := policy.observe(t, 0.2, 0)) is not None:
            show(panel, state)
    assert label.text() == "Keeping up"
    assert label.property("behind") is False and label.styleSheet() == ""


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    quiet = np.zeros(16000, np.float32)
    audio = AudioBackend(load=lambda: FakeSoundDevice(quiet), make_source=lambda _sd, device: FileSource(
        samples=quiet, realtime=True, name=device.name))  # fmt: skip
    win = open_window(qtbot, make_services(tmp_path / "settings.ini", audio=audio, tts_engine="mock"))
    yield win
    win.close()


def test_the_window_shows_the_pipelines_pace_event(window: MainWindow) -> None:
    busy = PaceState(True, ("tentative text paused",), 1500.0)
    window.speech_bridge.speech_event.emit(PipelinePace(1, busy.behind, busy.actions, busy.message, 1500.0))
    assert window.panel.fields["sp_pace"].text() == "Busy: tentative text paused"
    window.speech_bridge.speech_event.emit(PipelinePace(1, False, (), "Keeping up", 200.0))
    assert window.panel.fields["sp_pace"].text() == "Keeping up"

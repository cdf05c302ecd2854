"""The Models dialog says so when a damaged list of added models had to be set aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.models.bundled import whisper_tiny_en_path
from app.core.models.registry import added_models
from tests.ui.test_main_window import make_window


def test_adding_over_a_damaged_list_keeps_it_and_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(data))
    data.mkdir()
    cut = '{"gguf": ["/models/mine.gguf"], "whis'
    (data / "models.json").write_text(cut)
    window = make_window(qtbot, tmp_path / "settings.ini")
    qtbot.waitUntil(lambda: window.status_label.text().endswith("ready"), timeout=90_000)
    dialog = window.open_models()
    dialog.add(str(whisper_tiny_en_path()))
    qtbot.waitUntil(lambda: "could not be read" in dialog.problem.text(), timeout=30_000)
    text = dialog.problem.text()
    assert text.startswith("Your list of added models") and "models.json.damaged" in text, text
    assert (data / "models.json.damaged").read_text() == cut
    assert added_models()["whisper"] == [str(whisper_tiny_en_path().resolve())]
    window.close()

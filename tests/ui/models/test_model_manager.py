"""Models → Manage models… on the real bundled models: listing, adding, switching, options, refusals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.models.bundled import qwen_path
from app.core.models.catalog import CatalogEntry
from app.core.models.registry import added_models
from app.ui.main_window import MainWindow
from app.ui.models.model_manager import ModelManager
from app.ui.settings_store import SettingsStore
from tests.gguf_files import without_weights, write_gguf
from tests.ui.windows import Answers, make_services, open_window

LOAD_MS = 90_000


@pytest.fixture
def answers() -> Answers:
    """Declines every "load anyway?" question, keeping what was asked."""
    return Answers(False)


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> Iterator[MainWindow]:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    win = open_window(qtbot, make_services(tmp_path / "settings.ini", confirm=answers))
    qtbot.waitUntil(lambda: win.status_label.text().endswith("ready"), timeout=LOAD_MS)
    yield win
    win.close()


def opened(qtbot: QtBot, window: MainWindow) -> ModelManager:
    dialog = window.open_models()
    qtbot.waitUntil(lambda: dialog.gguf_table.rowCount() >= 2 and dialog.whisper_table.rowCount() >= 2)
    return dialog


def select(dialog: ModelManager, predicate: Callable[[CatalogEntry], bool]) -> None:
    rows = [i for i, e in enumerate(dialog.gguf) if predicate(e)]
    assert len(rows) == 1, [e.name for e in dialog.gguf]
    dialog.gguf_table.selectRow(rows[0])


def test_the_manager_describes_the_models_and_marks_the_active_one(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened(qtbot, window)
    names = [dialog.gguf_table.item(r, 0).text() for r in range(dialog.gguf_table.rowCount())]  # type: ignore[union-attr]
    assert names[0] == "● Gemma 3 270M (Q4_K_M)"
    row = [dialog.gguf_table.item(0, c).text() for c in range(dialog.gguf_table.columnCount())]  # type: ignore[union-attr]
    assert row[1:5] == ["bundled · fast", "gemma3", "268M", "Q4_K_M"] and row[5].endswith("MB")
    quality = [dialog.gguf_table.item(r, 1).text() for r in range(dialog.gguf_table.rowCount())]  # type: ignore[union-attr]
    assert quality.count("bundled · quality") == 1
    assert row[6] == "32,768" and row[7] == "no" and row[8].startswith("Few-shot")
    qtbot.waitUntil(lambda: dialog.memory_label.text().startswith("Memory: about"))
    speech = [dialog.whisper_table.item(r, 2).text() for r in range(dialog.whisper_table.rowCount())]  # type: ignore[union-attr]
    assert speech[:2] == ["English", "99 languages"]
    assert "CPU only" in dialog.backend_label.text() or "offloaded" in dialog.backend_label.text()


def test_switching_to_another_model_and_it_persists(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = opened(qtbot, window)
    select(dialog, lambda e: e.path == str(qwen_path()))  # the 0.5B, not the quality tier
    dialog.use_selected()
    qtbot.waitUntil(lambda: "Qwen" in (window.engine.model_info.name if window.engine.model_info else ""),
                    timeout=LOAD_MS)  # fmt: skip
    qtbot.waitUntil(lambda: "Qwen" in window.status_label.text())
    assert window.panel.fields["model"].text().endswith("qwen)")
    assert window.settings.model_path == str(qwen_path())
    qtbot.keyClicks(window.source, "Good evening.")
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)
    window.close()
    again = SettingsStore(tmp_path / "settings.ini").load()
    assert again.model_path == str(qwen_path())


def test_a_refused_file_changes_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = opened(qtbot, window)
    rows = dialog.gguf_table.rowCount()
    odd = write_gguf(tmp_path / "odd.gguf", {"general.architecture": "nosucharch"}, shape=(1024, 1024))
    dialog.add(str(odd))
    qtbot.waitUntil(lambda: dialog.problem.text().startswith("Not added"))
    assert "'nosucharch' model" in dialog.problem.text()
    assert dialog.gguf_table.rowCount() == rows and added_models()["gguf"] == []
    assert window.engine.model_info is not None and window.engine.model_info.name == "Gemma 3 270m"


def test_a_model_that_fails_to_load_leaves_the_old_one_active(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Adding such a file is refused (its weights are loaded first), so it comes from the user's folder.
    (tmp_path / "data" / "models").mkdir(parents=True)
    hollow = without_weights(qwen_path(), tmp_path / "data" / "models" / "hollow.gguf")
    dialog = opened(qtbot, window)
    select(dialog, lambda e: e.path is not None and Path(e.path).resolve() == hollow.resolve())
    dialog.use_selected()
    qtbot.waitUntil(lambda: "still active" in window.notice.text(), timeout=LOAD_MS)
    assert "Gemma 3 270m is still active" in window.notice.text()
    assert "Gemma 3 270m" in window.status_label.text() and window.settings.model_path == ""
    qtbot.keyClicks(window.source, "Thank you.")
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)


def test_a_load_that_will_not_fit_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    monkeypatch.setattr("app.core.models.memory.free_ram", lambda: 100_000_000)
    dialog = opened(qtbot, window)
    asked = answers.asked
    select(dialog, lambda e: e.path == str(qwen_path()))  # the 0.5B, not the quality tier
    loads: list[str] = []
    window.bridge.model_loading.connect(lambda stage, _: loads.append(stage))
    dialog.use_selected()
    qtbot.waitUntil(lambda: bool(asked))
    assert "of memory but 100.0 MB is free" in asked[0]
    assert "⚠" in dialog.memory_label.text()
    # The engine takes a load before any request: a translation finishing now proves none was asked for.
    qtbot.keyClicks(window.source, "Good evening.")
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)
    assert loads == []
    assert window.engine.model_info is not None and window.engine.model_info.name == "Gemma 3 270m"
    assert window.settings.model_path == ""


def test_new_runtime_settings_that_will_not_fit_ask_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    dialog = opened(qtbot, window)
    monkeypatch.setattr("app.core.models.memory.free_ram", lambda: 100_000_000)
    asked = answers.asked
    reloads: list[bool] = []
    dialog.options_applied.connect(lambda: reloads.append(True))
    dialog.context_box.setCurrentIndex(dialog.context_box.findData(32768))
    dialog.apply_options()
    qtbot.waitUntil(lambda: bool(asked))
    assert "of memory but 100.0 MB is free" in asked[0]
    assert not reloads and window.settings.n_ctx == 4096, "declined: nothing changes"


def test_runtime_options_and_a_prompt_override_reach_the_model(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = opened(qtbot, window)
    dialog.threads.setValue(1)
    dialog.context_box.setCurrentIndex(dialog.context_box.findData(2048))
    dialog.gpu_layers.setValue(0)
    dialog.apply_options()
    qtbot.waitUntil(lambda: window.engine.model_info is not None and window.engine.model_info.threads == 1,
                    timeout=LOAD_MS)  # fmt: skip
    assert window.engine.model_info is not None and window.engine.model_info.context == 2048
    select(dialog, lambda e: e.setting == "")
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("generic-chat"))
    dialog.use_selected()
    info = lambda: window.engine.model_info  # noqa: E731
    qtbot.waitUntil(lambda: getattr(info(), "prompt_style", "") == "generic-chat", timeout=LOAD_MS)
    window.close()
    again = SettingsStore(tmp_path / "settings.ini").load()
    assert (again.threads, again.n_ctx, again.gpu_layers) == (1, 2048, 0)
    assert again.prompt_style_for("") == "generic-chat"


def test_choosing_a_speech_model(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened(qtbot, window)
    dialog.whisper_table.selectRow(1)
    dialog.speech_device_box.setCurrentIndex(dialog.speech_device_box.findData("cpu"))
    dialog.use_selected_speech()
    reloads: list[bool] = []
    dialog.options_applied.connect(lambda: reloads.append(True))
    dialog.apply_options()
    assert not reloads, "speech settings alone do not reload the translation model"
    assert window.settings.asr_model == "base" and window.speech.model_box.currentData() == "base"
    config = window.speech.session_config()
    assert (config.asr_model, config.device, config.compute_type) == ("base", "cpu", "auto")

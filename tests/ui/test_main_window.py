"""The main window on the real bundled model, offscreen: typing, streaming, the panel, failures."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.translation.events import TranslationRequest
from app.ui.main_window import MainWindow
from app.ui.services import open_history
from app.ui.settings_store import SettingsStore
from app.ui.translation.latency_panel import fmt_ms, fmt_tps
from tests.ui.windows import make_services, open_window, wait_until_ready


def make_window(qtbot: QtBot, settings_path: Path, **changes: object) -> MainWindow:
    return open_window(qtbot, make_services(settings_path, changes))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, tmp_path / "settings.ini")
    wait_until_ready(qtbot, win)
    yield win
    win.close()


def test_typing_streams_a_growing_translation_and_fills_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    text = "Could you tell me the way to the old harbour, please?"
    shown: list[str] = []
    window.view.updated.connect(shown.append)
    qtbot.keyClicks(window.source, text)
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)
    metrics = window.panel.last
    assert metrics is not None
    final = window.view.toPlainText()
    assert final and final == shown[-1]
    growing = [s for s in shown[:-1] if s and s != final]
    assert len(growing) >= 2, shown
    assert all(len(a) <= len(b) for a, b in pairwise(growing))
    fields = window.panel.fields
    assert fields["ttft"].text() == fmt_ms(metrics.ttft_ms)
    assert fields["tps"].text() == fmt_tps(metrics.decode_tokens_per_s)
    assert fields["total"].text() == fmt_ms(metrics.total_ms)
    assert fields["tokens"].text().startswith(str(metrics.completion_tokens))
    assert fields["queue"].text().endswith("ms") and fields["count"].text() == "1"
    assert fields["backend"].text() == "CPU" or fields["backend"].text() in {"CUDA", "Metal", "Vulkan"}
    assert window.panel.chart.series[0].count() == 1
    # The CLI reports the same request the same way.
    cli = subprocess.run(
        [sys.executable, "-m", "app", "translate", "--to", "fr", "--jsonl"],
        input=text + "\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    record = json.loads(cli.stdout)
    assert record["translation"] == final
    assert record["metrics"]["completion_tokens"] == metrics.completion_tokens
    assert record["metrics"]["prompt_tokens"] == metrics.prompt_tokens


def test_a_burst_of_edits_leaves_only_the_newest_translation(qtbot: QtBot, window: MainWindow) -> None:
    phrases = ["The weather ", "is going to be ", "very cold ", "tomorrow morning ", "in the mountains."]
    for phrase in phrases:
        qtbot.keyClicks(window.source, phrase)
        qtbot.wait(150)  # longer than the debounce: each pause starts a request
    final_text = "".join(phrases)
    qtbot.waitUntil(lambda: window.engine.idle and window.panel.last is not None, timeout=30_000)
    qtbot.wait(50)
    assert window.engine.pending_count == 0
    assert window.current_id is not None and window.panel.last is not None
    assert window.panel.last.request_id == window.current_id
    # The engine caches what it translated: asking again gives the same final text.
    expected = list(window.engine.translate(_request(final_text)))[-1]
    assert window.view.toPlainText() == expected.translation  # type: ignore[union-attr]


def _request(text: str) -> TranslationRequest:
    return TranslationRequest(text, "en", "fr")


def test_ctrl_enter_translates_at_once_and_clear_empties(qtbot: QtBot, window: MainWindow) -> None:
    window.source.setPlainText("Good luck with the exam.")
    window.debounce.stop()
    qtbot.keyClick(window.source, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)
    assert window.view.toPlainText()
    window.copy_button.click()
    assert QApplication.clipboard().text() == window.view.toPlainText()
    window.clear_button.click()
    assert window.source.toPlainText() == "" and window.view.toPlainText() == ""
    qtbot.keyClicks(window.source, "   ")
    qtbot.waitUntil(lambda: not window.debounce.isActive())  # the blank text was acted on
    assert window.view.toPlainText() == "" and window.engine.idle


def test_swap_languages_moves_the_translation_to_the_source(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.source, "Thank you for the flowers.")
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)
    translated = window.view.toPlainText()
    window.swap_button.click()
    assert (window.source_code, window.target_code) == ("fr", "en")
    assert window.typed_pair() == ("fr", "en"), "the conversation's languages follow the swap at once"
    assert window.source.toPlainText() == translated
    qtbot.waitUntil(lambda: window.panel.stats.count == 2, timeout=30_000)
    assert window.view.toPlainText()


def test_right_to_left_target(qtbot: QtBot, window: MainWindow) -> None:
    window.target_lang.setCurrentIndex(window.target_lang.findData("ar"))
    assert window.view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_missing_model_shows_a_sentence_and_the_window_stays_usable(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "gone.gguf"
    win = make_window(qtbot, tmp_path / "s.ini", model_path=str(missing))
    qtbot.waitUntil(lambda: win.notice.isVisible(), timeout=30_000)
    assert str(missing) in win.notice.text() and "Manage models" in win.notice.text()
    # The engine answers the typed request (it has no model): then it is known nothing was translated.
    with qtbot.waitSignal(win.bridge.failed, timeout=30_000):
        qtbot.keyClicks(win.source, "Hello there.")
    assert win.isVisible() and win.view.toPlainText() == ""
    win.swap_button.click()
    win.load_model(None)  # File → Use the bundled model
    qtbot.waitUntil(lambda: win.panel.last is not None, timeout=60_000)
    assert win.view.toPlainText()
    win.close()


def test_corrupt_settings_fall_back_to_defaults_with_a_notice(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "broken.ini"
    path.write_bytes(b"\x00\xff garbage [[[\nthreads=lots\nsource_lang=zz\ngpu_layers=3\n")
    win = make_window(qtbot, path)
    assert win.notice.isVisible() and "reset to their defaults" in win.notice.text()
    assert (win.source_code, win.settings.threads, win.settings.gpu_layers) == ("en", 0, 3)
    win.close()


def test_settings_persist_across_runs(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "persist.ini"
    win = make_window(qtbot, path)
    win.source_lang.setCurrentIndex(win.source_lang.findData("de"))
    win.target_lang.setCurrentIndex(win.target_lang.findData("ja"))
    win.resize(900, 600)
    win.close()
    again = SettingsStore(path).load()
    assert (again.source_lang, again.target_lang) == ("de", "ja")
    assert again.window_geometry


def test_closing_while_the_model_loads_returns_promptly(qtbot: QtBot, tmp_path: Path) -> None:
    win = make_window(qtbot, tmp_path / "c.ini")
    start = time.perf_counter()
    win.close()
    assert time.perf_counter() - start < 2.0


def test_speech_events_have_one_consumer(qtbot: QtBot, tmp_path: Path) -> None:
    win = open_window(qtbot, make_services(tmp_path / "r.ini", start_engine=False))
    # The conversation controller routes each event to the transcript, the panel and the history.
    assert win.speech_bridge.receivers(SIGNAL("speech_event(PyObject)")) == 1
    win.close()


def test_the_input_box_follows_the_language_being_typed(qtbot: QtBot, tmp_path: Path) -> None:
    win = open_window(qtbot, make_services(tmp_path / "d.ini", {"target_lang": "ar"}, start_engine=False))
    assert win.source.layoutDirection() == Qt.LayoutDirection.LeftToRight  # Person A types English
    assert win.view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    win.speaker_box.setCurrentIndex(win.speaker_box.findData("b"))  # Person B types Arabic, into English
    assert win.typed_pair() == ("ar", "en")
    assert win.source.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    win.close()


def test_a_failed_translation_notice_goes_once_translating_works(qtbot: QtBot, window: MainWindow) -> None:
    # A language the engine does not know stands for any request the engine cannot translate.
    with qtbot.waitSignal(window.bridge.failed, timeout=30_000):
        window.current_id = window.engine.submit(TranslationRequest("Hello.", "zz", "fr"))
    assert "unknown language 'zz'" in window.notice.text()
    qtbot.keyClicks(window.source, "Good night.")
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)
    assert "unknown language" not in window.notice.text() and not window.notice.isVisible()


def test_notices_stay_together_until_dismissed(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the history's folder should be")
    history = open_history(tmp_path / "blocked" / "history.sqlite3")
    assert history[0] is None and "could not be opened" in history[1]
    path = tmp_path / "broken.ini"
    path.write_bytes(b"\x00\xff garbage [[[\nthreads=lots\n")
    win = open_window(qtbot, make_services(path, history=history))
    qtbot.waitUntil(lambda: win.status_label.text().endswith("ready"), timeout=60_000)
    # Both survive the model becoming ready, each once.
    assert win.notice.keys() == ["history", "settings"]
    assert "could not be opened" in win.notice.text() and "reset to their defaults" in win.notice.text()
    assert win.open_history() is None
    assert win.notice.keys() == ["history", "settings"], "asking again shows the same notice, not a second"
    win.notice.rows["settings"].dismiss_button.click()
    assert win.notice.keys() == ["history"] and win.notice.isVisible()
    win.notice.rows["history"].dismiss_button.click()
    assert not win.notice.isVisible()
    assert win.open_history() is None and "could not be opened" in win.notice.text()
    win.close()

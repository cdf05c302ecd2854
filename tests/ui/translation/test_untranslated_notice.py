"""The window says what was left as written, and stops saying it once a translation has none."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.windows import make_services, open_window


def test_a_run_with_no_word_is_shown_as_written_and_said_so(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, make_services(tmp_path / "settings.ini"))
    qtbot.waitUntil(lambda: window.status_label.text().endswith("ready"), timeout=120_000)
    word = "qx" * 150
    window.source.setPlainText(word)
    window.translate_now()
    qtbot.waitUntil(lambda: "untranslated" in window.notice.rows, timeout=60_000)
    assert "(300 characters) was left as it is: there is no word in it to translate" in window.notice.text()
    assert window.view.toPlainText() == word
    window.source.setPlainText("Good night.")
    window.translate_now()
    qtbot.waitUntil(lambda: "untranslated" not in window.notice.rows, timeout=120_000)
    window.close()

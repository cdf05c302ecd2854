"""The window offers to recover a damaged history beside the notice that says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.conversation.history import HistoryError, HistoryStore
from app.ui.services import open_history
from tests.ui.windows import make_services, open_window
from tests.unit.conversation.test_history_recovery import _damage, _history


def test_the_damaged_history_notice_recovers_it_and_keeps_the_old_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = _history(tmp_path / "history.sqlite3")
    _damage(path)
    with pytest.raises(HistoryError) as failure:  # what the window is told when it reads the file
        HistoryStore(path).sessions("sentence 7")
    window = open_window(qtbot, make_services(tmp_path / "settings.ini", history=open_history(path)))
    with qtbot.waitSignal(window.history_repair.checked, timeout=10_000) as check:
        window.show_notice("history", str(failure.value))
        assert str(failure.value) in window.notice.text()  # at once: the check runs in the background
    assert check.args == [True]
    row = window.notice.rows["history"]
    assert row.action_button.isVisible() and row.action_button.text() == "Recover what can be read"
    row.action_button.click()
    assert window.notice.text() == "Recovering the history…"
    qtbot.waitUntil(lambda: window.notice.text().startswith("Recovered 10 conversation(s)"), timeout=10_000)
    assert "The damaged file is kept as" in window.notice.text() and "Restart Parley" in window.notice.text()
    assert not window.notice.rows["history"].action_button.isVisible()  # nothing left to recover
    assert len(list(tmp_path.glob("history.damaged-*.sqlite3"))) == 1
    store = HistoryStore(path)
    assert len(store.sessions("sentence 0")) == 1
    store.close()
    window.close()


def test_a_history_that_is_not_damaged_gets_no_such_offer(qtbot: QtBot, tmp_path: Path) -> None:
    path = _history(tmp_path / "history.sqlite3")
    window = open_window(qtbot, make_services(tmp_path / "settings.ini", history=open_history(path)))
    with qtbot.waitSignal(window.history_repair.checked, timeout=10_000) as check:
        window.show_notice("history", "The conversation history can only be read: nothing new can be kept.")
    assert check.args == [False]
    assert not window.notice.rows["history"].action_button.isVisible()
    window.close()


def test_the_history_notice_stays_after_messages_are_sent(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the history's folder should be")
    history = open_history(tmp_path / "blocked" / "history.sqlite3")
    window = open_window(qtbot, make_services(tmp_path / "settings.ini", history=history))
    qtbot.waitUntil(lambda: window.status_label.text().endswith("ready"), timeout=120_000)
    for text in ("Good morning.", "Thank you."):
        window.source.setPlainText(text)
        window.send_typed()
        qtbot.waitUntil(lambda: not window.source.toPlainText(), timeout=120_000)  # sent
    assert "could not be opened" in window.notice.text()  # later conversations are not kept either
    window.close()

"""The notice area: several notices at once, one per key, each kept until dismissed or resolved."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.notices import Action, NoticeArea


def test_notices_stack_replace_by_key_and_go_when_dismissed_or_resolved(qtbot: QtBot) -> None:
    window = QWidget()  # the area hides and shows itself inside a shown window
    area = NoticeArea(window)
    QVBoxLayout(window).addWidget(area)
    qtbot.addWidget(window)
    window.show()
    assert not area.isVisible()
    ran: list[str] = []
    area.show_notice(
        "model", "The model could not be loaded.", Action("Use the bundled model", lambda: ran.append("x"))
    )
    area.show_notice("history", "The history could not be opened.")
    area.show_notice("model", "Another model could not be loaded.")  # same key: replaced, not added
    assert area.keys() == ["model", "history"] and area.isVisible()
    assert area.texts() == ["Another model could not be loaded.", "The history could not be opened."]
    assert not area.rows["model"].action_button.isVisible(), "the new text came without an action"
    area.show_notice(
        "model", "Still failing.", Action("Use the bundled model", lambda: ran.append("bundled"))
    )
    row = area.rows["model"]
    assert row.action_button.isVisible() and row.action_button.text() == "Use the bundled model"
    row.action_button.click()
    assert ran == ["bundled"] and "model" in area.rows, "an action leaves the notice to its owner"
    area.rows["history"].dismiss_button.click()
    assert area.keys() == ["model"]
    area.show_notice("model", "")  # its owner resolved it
    assert area.keys() == [] and not area.isVisible()
    area.clear("nothing")  # clearing what is not shown is harmless

"""Notices above the texts: several at once, each kept until dismissed or resolved by its owner.

Each notice has a key naming what it is about ("model", "history", "speech-model", …). Showing a
notice with a key that is already shown replaces its text, so a repeated problem never stacks up;
whoever raised it clears it by key once the problem is gone (a model loads, a file opens).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

STYLE = (
    "QFrame#notice { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 3px; }"
    "QFrame#notice QLabel { color: #663c00; }"
)


@dataclass(frozen=True)
class Action:
    """A button beside a notice that does the thing the notice suggests."""

    text: str
    run: Callable[[], object]


class NoticeRow(QFrame):
    """One notice: its sentence, an optional action button and a dismiss button."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("notice")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.hide()
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("✕")
        self.dismiss_button.setToolTip(self.tr("Dismiss this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.addWidget(self.label, stretch=1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.dismiss_button)
        self._action: Action | None = None
        self.action_button.clicked.connect(self._run_action)

    def set(self, text: str, action: Action | None) -> None:
        self.label.setText(text)
        self._action = action
        self.action_button.setText(action.text if action else "")
        self.action_button.setVisible(action is not None)

    def _run_action(self) -> None:
        if self._action is not None:
            self._action.run()


class NoticeArea(QWidget):
    """The stack of notices; hidden while there is none."""

    changed = Signal()  # a notice was shown, replaced, dismissed or cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.rows: dict[str, NoticeRow] = {}
        self.hide()

    def show_notice(self, key: str, text: str, action: Action | None = None) -> None:
        """Show `text` under `key`, replacing what that key said before; an empty text clears it."""
        if not text:
            self.clear(key)
            return
        row = self.rows.get(key)
        if row is None:
            row = NoticeRow(key, self)
            row.dismiss_button.clicked.connect(lambda: self.clear(key))
            self.rows[key] = row
            self._layout.addWidget(row)
        row.set(text, action)
        self.show()
        self.changed.emit()

    def clear(self, key: str) -> None:
        """The notice's owner resolved it, or the user dismissed it."""
        row = self.rows.pop(key, None)
        if row is None:
            return
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.setVisible(bool(self.rows))
        self.changed.emit()

    def keys(self) -> list[str]:
        return list(self.rows)

    def texts(self) -> list[str]:
        """What is shown, oldest first."""
        return [row.label.text() for row in self.rows.values()]

    def text(self) -> str:
        return "\n".join(self.texts())

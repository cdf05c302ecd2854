"""The translation pane: grows token by token, repainting at most once per frame."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

FRAME_MS = 16
# A draft (draft and refine: the fast model's translation, to be replaced) looks like tentative speech.
DRAFT_STYLE = "color:#8a8a8a;font-style:italic"


class TranslationView(QPlainTextEdit):
    updated = Signal(str)  # the text shown, after each repaint-worth of pieces

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setPlaceholderText(self.tr("The translation appears here as you type."))
        self._buffer: list[str] = []
        self._replace = False
        self.is_draft = False  # what is shown is a draft, to be replaced by the refined translation
        self._next_draft = False  # what replaces it at the next flush is a draft
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FRAME_MS)
        self._flush_timer.timeout.connect(self._flush)

    def set_right_to_left(self, rtl: bool) -> None:
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)

    def begin(self) -> None:
        """A new request: the old text stays until the new one's first piece replaces it."""
        self._buffer.clear()
        self._replace = True
        self._next_draft = False

    def begin_draft(self) -> None:
        """A new draft: it replaces what is shown at its first piece, and is styled as a draft."""
        self.begin()
        self._next_draft = True

    def finish_draft(self, text: str) -> None:
        """The whole draft: shown, still as a draft, until the refined text's first piece replaces it."""
        self._flush_timer.stop()
        self._buffer.clear()
        self._replace = False
        self._set_draft(True)
        if text != self.toPlainText():
            self.setPlainText(text)
        self.updated.emit(text)

    def _set_draft(self, on: bool) -> None:
        if on != self.is_draft:
            self.is_draft = on
            self.setStyleSheet(f"QPlainTextEdit {{{DRAFT_STYLE}}}" if on else "")

    def append_piece(self, piece: str) -> None:
        self._buffer.append(piece)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def finish(self, text: str) -> None:
        """The final translation replaces whatever streamed."""
        self._flush_timer.stop()
        self._buffer.clear()
        self._replace = False
        self._set_draft(False)
        if text != self.toPlainText():
            self.setPlainText(text)
        self.updated.emit(text)

    def reset(self) -> None:
        self._flush_timer.stop()
        self._buffer.clear()
        self._replace = False
        self._set_draft(False)
        self.clear()

    def _flush(self) -> None:
        if not self._buffer:
            return
        chunk = "".join(self._buffer)
        self._buffer.clear()
        if self._replace:
            self._replace = False
            self._set_draft(self._next_draft)
            self.setPlainText(chunk)
        else:
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(chunk)
        self.updated.emit(self.toPlainText())

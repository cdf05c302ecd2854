"""Conversations → History…: kept conversations with search; reopen, delete or export one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.conversation.export import FORMATS, export
from app.core.conversation.history import HistoryError, HistoryStore, Session

COLUMNS = ("When", "Title", "People", "Languages", "Turns")


class HistoryDialog(QDialog):
    reopen = Signal(int)  # a session id: show it in the conversation view
    deleted = Signal(int)  # a session id that is gone

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Conversation history")
        self.resize(900, 560)
        self.store = store
        self.sessions: list[Session] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search titles, names and everything said")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.preview = QTextBrowser()
        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(fmt.upper(), fmt)
        self.export_button = QPushButton("Export…")
        self.reopen_button = QPushButton("Reopen")
        self.delete_button = QPushButton("Delete")
        self.export_button.clicked.connect(self.choose_export)
        self.reopen_button.clicked.connect(self._reopen)
        self.delete_button.clicked.connect(self.delete_selected)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(QLabel("Format:"))
        row.addWidget(self.format_box)
        row.addWidget(self.export_button)
        row.addWidget(self.reopen_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.sessions = self.store.sessions(self.search.text())
        self.table.setRowCount(len(self.sessions))
        for row, s in enumerate(self.sessions):
            c = s.conversation
            cells = (
                dt.datetime.fromtimestamp(s.started_at).strftime("%Y-%m-%d %H:%M"),
                s.title,
                f"{c.a.name} · {c.b.name}",
                f"{c.a.language} ↔ {c.b.language}",
                str(s.turns),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.sessions:
            self.table.selectRow(0)
        else:
            self.preview.setPlainText(
                "No conversations match." if self.search.text() else "Nothing kept yet."
            )
        for button in (self.export_button, self.reopen_button, self.delete_button):
            button.setEnabled(bool(self.sessions))

    def selected(self) -> Session | None:
        rows = self.table.selectionModel().selectedRows()
        return self.sessions[rows[0].row()] if rows and rows[0].row() < len(self.sessions) else None

    @Slot()
    def _selected(self) -> None:
        session = self.selected()
        if session is not None:
            self.preview.setPlainText(export(session, self.store.turns(session.id), "txt"))

    @Slot()
    def _reopen(self) -> None:
        session = self.selected()
        if session is not None:
            self.reopen.emit(session.id)

    @Slot()
    def delete_selected(self) -> None:
        session = self.selected()
        if session is not None:
            try:
                self.store.delete_session(session.id)
            except HistoryError as exc:
                self.problem.setText(str(exc))
            else:
                self.deleted.emit(session.id)
            self.refresh()

    @Slot()
    def choose_export(self) -> None:
        session = self.selected()
        if session is None:
            return
        fmt = str(self.format_box.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the conversation", f"conversation-{session.id}.{fmt}", f"{fmt.upper()} (*.{fmt})"
        )
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> bool:
        session = self.selected()
        if session is None:
            return False
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(export(session, self.store.turns(session.id), fmt))
        except OSError as exc:
            self.problem.setText(f"The conversation could not be written to {path}: {exc.strerror or exc}.")
            return False
        self.problem.setText(f"Exported to {path}.")
        return True

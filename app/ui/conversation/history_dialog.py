"""Conversations → History…: kept conversations with search; rename, reopen, delete or export one.

Nothing here reads or writes the database on the GUI thread: listing, search, the preview
and export run on the dialog's own reader thread, renaming and deleting go to the history
writer, and results come back as signals. Typing in the search box waits for a pause.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
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
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.conversation.export import FORMATS, export
from app.core.conversation.history import HistoryStore, Session
from app.core.conversation.history_writer import HistoryThread, HistoryWriter
from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.i18n import core_text, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryDialog", "When"), QT_TRANSLATE_NOOP("HistoryDialog", "Title"),
    QT_TRANSLATE_NOOP("HistoryDialog", "People"), QT_TRANSLATE_NOOP("HistoryDialog", "Languages"),
    QT_TRANSLATE_NOOP("HistoryDialog", "Turns"),
)  # fmt: skip
TITLE_COLUMN = 1
SEARCH_PAUSE_MS = 200  # search once typing pauses, not on every keystroke
PREVIEW_TURNS = 300  # the preview shows a long conversation's start; export has it all

Index = QModelIndex | QPersistentModelIndex


class _Relay(QObject):
    """What the history's threads hold instead of the dialog.

    A job's callbacks live on its thread until the next job; if they held the dialog and the
    GUI let go of it meanwhile, the dialog would be destroyed on that thread (a crash). The
    relay is owned by the dialog on the C++ side, so dropping it there deletes nothing.
    """

    arrived = Signal(str, object, object)  # what, which request, the result

    def call(self, what: str, context: object = None) -> Callable[[Any], None]:
        def arrive(result: Any) -> None:
            with contextlib.suppress(RuntimeError):  # the dialog was deleted meanwhile
                self.arrived.emit(what, context, result)

        return arrive


class SessionsModel(QAbstractTableModel):
    """The listed conversations; the Title column is editable."""

    renamed = Signal(int, str)  # session id, new title

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[Session] = []

    def set_sessions(self, sessions: list[Session]) -> None:
        self.beginResetModel()  # cheap at any length: the view asks only for the rows it shows
        self.sessions = sessions
        self.endResetModel()

    def remove(self, session_id: int) -> None:
        for row, s in enumerate(self.sessions):
            if s.id == session_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.sessions[row]
                self.endRemoveRows()
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default argument
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("HistoryDialog", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        s = self.sessions[index.row()]
        c = s.conversation
        return (
            dt.datetime.fromtimestamp(s.started_at).strftime("%Y-%m-%d %H:%M"),
            s.title,
            f"{c.a.name} · {c.b.name}",
            f"{c.a.language} ↔ {c.b.language}",
            str(s.turns),
        )[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == TITLE_COLUMN else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TITLE_COLUMN:
            return False
        title = " ".join(str(value).split())
        s = self.sessions[index.row()]
        if title == s.title:
            return False
        self.sessions[index.row()] = dataclasses.replace(s, title=title)
        self.dataChanged.emit(index, index)
        self.renamed.emit(s.id, title)
        return True


def preview_text(store: HistoryStore, session: Session) -> str:
    turns = store.turns(session.id)
    text = export(session, turns[:PREVIEW_TURNS], "txt")
    hidden = len(turns) - PREVIEW_TURNS
    if hidden > 0:
        more = translate(
            "HistoryDialog", "… and {count} more turns: export the conversation to see them all."
        ).format(count=hidden)
        text += f"\n{more}\n"
    return text


class HistoryDialog(QDialog):
    reopen = Signal(int)  # a session id: show it in the conversation view
    deleted = Signal(int)  # a session id that is gone
    listed = Signal()  # the table shows the result of the latest search
    previewed = Signal(int)  # the preview shows this session
    exported = Signal(str, bool)  # path, whether it was written

    def __init__(self, store: HistoryStore, parent: QWidget | None = None,
                 writer: HistoryWriter | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conversation history"))
        self.resize(900, 560)
        self.store = store  # only its path is used here: this dialog reads on its own connection
        self._own_writer = writer is None  # standalone: a writer of its own, closed with the dialog
        self._writer = writer
        self._reader: HistoryThread | None = None
        self._generation = 0  # of the newest search: older results are dropped
        self._preview_id = 0  # the session whose preview is shown or on its way
        # Read by the threads to skip stale jobs: plain data, never the dialog itself.
        self._wanted = {"search": 0, "preview": 0}
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._arrive)
        self.finished.connect(self._stop)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, names and everything said"))
        self.search.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._pause.start)
        self.model = SessionsModel(self)
        self.model.renamed.connect(self._rename)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setToolTip(self.tr("Double-click a title to rename the conversation."))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed widths, not ResizeToContents: measuring every row would grow with the history.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 260, 200, 110)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.preview = QPlainTextEdit()  # plain text lays out far faster than a rich-text browser
        self.preview.setReadOnly(True)
        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(fmt.upper(), fmt)
        self.export_button = QPushButton(self.tr("Export…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.delete_button = QPushButton(self.tr("Delete"))
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
        row.addWidget(QLabel(self.tr("Format:")))
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
        self._enable(False)
        self.preview.setPlainText(self.tr("Reading the history…"))
        self.refresh()

    # -- the threads -------------------------------------------------------------------

    @property
    def writer(self) -> HistoryWriter:
        if self._writer is None:
            self._writer = HistoryWriter(self.store.path)
        return self._writer

    @property
    def reader(self) -> HistoryThread:
        if self._reader is None:  # made again if the dialog is shown after being closed
            self._reader = HistoryThread(self.store.path, name="parley-history-reader")
        return self._reader

    @Slot(str, object, object)
    def _arrive(self, what: str, context: object, result: Any) -> None:
        if what == "listed" and context == self._generation:
            self._show(result)
        elif what == "preview" and context == self._preview_id:  # still the selected one
            self.preview.setPlainText(result)
            self.previewed.emit(context)
        elif what == "problem":
            self.problem.setText(core_text(result))
        elif what == "deleted":
            self.refresh()
        elif what == "exported":
            ok, message = result
            self.problem.setText(message)
            self.exported.emit(context, ok)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self._stop()  # also when it was never shown (then no `finished` comes)

    @Slot()
    def _stop(self) -> None:
        self._pause.stop()
        if self._reader is not None:
            self._reader.close(timeout=0)  # a read in progress finishes on its own; nothing waits
            self._reader = None
        if self._own_writer and self._writer is not None:
            self._writer.close(timeout=5.0)  # a rename or delete just made is kept
            self._writer = None

    # -- listing and search ----------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """List the conversations that match the search (in the background)."""
        self._pause.stop()
        self._generation += 1
        generation, text, wanted = self._generation, self.search.text(), self._wanted
        wanted["search"] = generation
        self.reader.submit(
            lambda store: store.sessions(text),
            self._relay.call("listed", generation),
            self._relay.call("problem"),
            stale=lambda: wanted["search"] != generation,  # a newer search is queued
        )

    def _show(self, sessions: list[Session]) -> None:
        chosen = self.selected()
        self.model.set_sessions(sessions)
        row = next((n for n, s in enumerate(sessions) if chosen and s.id == chosen.id), 0)
        self._preview_id = 0
        if sessions:
            self.table.selectRow(row)
        self._enable(bool(sessions))
        self._selected()  # also when the selected row's number did not change but its session did
        self.listed.emit()

    def _enable(self, on: bool) -> None:
        for button in (self.export_button, self.reopen_button, self.delete_button):
            button.setEnabled(on)

    def selected(self) -> Session | None:
        rows = self.table.selectionModel().selectedRows()
        sessions = self.model.sessions
        return sessions[rows[0].row()] if rows and rows[0].row() < len(sessions) else None

    @Slot()
    def _selected(self) -> None:
        session = self.selected()
        if session is None:
            self._preview_id = 0
            self.preview.setPlainText(
                self.tr("No conversations match.")
                if self.search.text().strip()
                else self.tr("Nothing kept yet.")
            )
            return
        if session.id == self._preview_id:
            return
        self._preview_id = sid = session.id
        wanted = self._wanted
        wanted["preview"] = sid
        self.reader.submit(
            lambda store: preview_text(store, session),
            self._relay.call("preview", sid),
            self._relay.call("problem"),
            stale=lambda: wanted["preview"] != sid,
        )

    # -- changes -------------------------------------------------------------------------

    @Slot(int, str)
    def _rename(self, session_id: int, title: str) -> None:
        self.writer.submit(lambda store: store.rename(session_id, title), None, self._relay.call("problem"))
        self._preview_id = 0
        self._selected()  # the preview's first line is the title

    @Slot()
    def _reopen(self) -> None:
        session = self.selected()
        if session is not None:
            self.reopen.emit(session.id)

    @Slot()
    def delete_selected(self) -> None:
        session = self.selected()
        if session is None:
            return
        # Said at once, before the delete is written: a turn kept meanwhile starts a new conversation
        # instead of joining the one being deleted.
        self.deleted.emit(session.id)
        self.model.remove(session.id)
        self.writer.submit(
            lambda store: store.delete_session(session.id),
            self._relay.call("deleted"),
            self._relay.call("problem"),
        )
        self._selected()

    @Slot()
    def choose_export(self) -> None:
        session = self.selected()
        if session is None:
            return
        fmt = str(self.format_box.currentData())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the conversation"),
            f"conversation-{session.id}.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str) -> bool:
        """Write the selected conversation to `path` in the background; `exported` says how it went."""
        session = self.selected()
        if session is None:
            return False

        def write(store: HistoryStore) -> tuple[bool, str]:
            text = export(session, store.turns(session.id), fmt)
            try:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
            except OSError as exc:
                failed = translate(
                    "HistoryDialog", "The conversation could not be written to {path}: {reason}."
                )
                return False, failed.format(path=path, reason=exc.strerror or exc)
            return True, translate("HistoryDialog", "Exported to {path}.").format(path=path)

        exported = self._relay.call("exported", path)
        self.reader.submit(write, exported, lambda message: exported((False, message)))
        return True

"""Conversations → Glossary…: term pairs for the conversation's languages, in both directions."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.languages import local_name
from app.core.settings import Settings
from app.core.translation.glossary import Glossary
from app.ui.i18n import TRANSLATORS, base_code


class GlossaryDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(620, 420)
        self.settings = settings
        self.glossary = Glossary.parse(settings.glossary)
        a, b = settings.source_lang, settings.target_lang
        self.tables: dict[tuple[str, str], QTableWidget] = {}
        tabs = QTabWidget()
        for source, target in ((a, b), (b, a)):
            tabs.addTab(self._page(source, target), f"{self._name(source)} → {self._name(target)}")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Terms are given to the model whenever a sentence contains them, "
                                        "and to the speech recogniser as words to expect.")))  # fmt: skip
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def _page(self, source: str, target: str) -> QWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self._name(source), self._name(target)])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for term, translation in self.glossary.entries(source, target):
            self._append(table, term, translation)
        self._append(table, "", "")  # a free row to type into
        self.tables[(source, target)] = table
        add = QPushButton(self.tr("Add term"))
        add.clicked.connect(lambda: self._append(table, "", ""))
        remove = QPushButton(self.tr("Remove term"))
        remove.clicked.connect(
            lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None
        )
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    @staticmethod
    def _name(code: str) -> str:
        return local_name(code, base_code(TRANSLATORS.language))

    @staticmethod
    def _append(table: QTableWidget, term: str, translation: str) -> None:
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(term))
        table.setItem(row, 1, QTableWidgetItem(translation))

    @staticmethod
    def _rows(table: QTableWidget) -> list[tuple[str, str]]:
        rows = []
        for row in range(table.rowCount()):
            cells = [table.item(row, column) for column in (0, 1)]
            term, translation = (c.text().strip() if c is not None else "" for c in cells)
            if term and translation:
                rows.append((term, translation))
        return rows

    @Slot()
    def save(self) -> None:
        for (source, target), table in self.tables.items():
            self.glossary.set_entries(source, target, self._rows(table))
        self.settings.glossary = self.glossary.dumps()
        self.accept()

"""A small input level meter in dBFS."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget

FLOOR_DB = -60.0


class LevelMeter(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setFixedWidth(70)
        self.setMaximumHeight(12)
        self.setToolTip(self.tr("Input level"))
        self.set_level(FLOOR_DB)

    def set_level(self, level_db: float) -> None:
        fraction = (max(FLOOR_DB, min(0.0, level_db)) - FLOOR_DB) / -FLOOR_DB
        self.setValue(round(fraction * 100))
        self.setToolTip(self.tr("Input level: {level} dBFS").format(level=f"{level_db:.0f}"))

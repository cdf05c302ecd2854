"""A frameless, always-on-top subtitle window: the latest translation in large text over any app.

Drag it to move it and its corner to resize it; font size and opacity are adjustable; with
click-through on, clicks pass to the window below (where the platform supports it). Its
place is remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QColor, QFont, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizeGrip, QVBoxLayout, QWidget

from app.core.settings import Settings


class SubtitleOverlay(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        # A top-level window even with a parent: it must float over other applications.
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self._drag_from: QPoint | None = None
        self.setWindowTitle(self.tr("Parley subtitles"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(16, 16, 16))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(250, 250, 250))
        self.setPalette(palette)
        self.source_label = QLabel()
        self.translation_label = QLabel()
        for label in (self.source_label, self.translation_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a translation is never markup
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.source_label.setStyleSheet("color: #bdbdbd;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 4)
        layout.addWidget(self.source_label)
        layout.addWidget(self.translation_label, 1)
        layout.addWidget(QSizeGrip(self), 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        self.apply_settings()
        if settings.overlay_geometry:
            self.restoreGeometry(QByteArray(settings.overlay_geometry))
        else:
            self.resize(900, 160)

    def apply_settings(self) -> None:
        s = self.settings
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
        if s.overlay_click_through:
            flags |= Qt.WindowType.WindowTransparentForInput
        visible = self.isVisible()
        self.setWindowFlags(flags)
        self.setWindowOpacity(s.overlay_opacity / 100.0)
        font = QFont(self.font())
        font.setPointSize(s.overlay_font_size)
        font.setBold(True)
        self.translation_label.setFont(font)
        small = QFont(self.font())
        small.setPointSize(max(8, s.overlay_font_size * 2 // 3))
        self.source_label.setFont(small)
        self.source_label.setVisible(s.overlay_show_source)
        if visible:
            self.show()  # changing the flags hides a window

    def show_text(self, translation: str, source: str = "") -> None:
        self.translation_label.setText(translation)
        self.source_label.setText(source)

    def remember(self) -> None:
        self.settings.overlay_geometry = bytes(self.saveGeometry().data())

    # -- moving by dragging anywhere ------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self.move(event.globalPosition().toPoint() - self._drag_from)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            self.remember()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember()
        self.settings.overlay_visible = False
        event.accept()

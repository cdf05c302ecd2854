"""Run by test_screenshots in its own process, on an X server: the window in each interface language.

For each language it loads the translations, builds the window at its default size, shows it,
lists every visible text that does not fit its widget, and saves a screenshot. One JSON line per
language on stdout: {"language", "direction", "cut": [...], "window": [w, h], "minimum": [w, h]}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QWidget,
)

from app.ui.i18n import TRANSLATORS
from app.ui.main_window import MainWindow
from app.ui.services import build_services
from app.ui.settings_store import SettingsStore

CTRL = Qt.KeyboardModifier.ControlModifier


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def _elides(box: QComboBox) -> bool:
    """A box made to show a few characters and elide the rest (device names can be very long)."""
    return box.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


def cut_off(window: MainWindow) -> list[str]:
    """Every visible text in the window narrower than what it needs."""
    cut: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                cut.append(f"{_name(widget)} is {widget.width()} px of {widget.sizeHint().width()}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            # A label that may be squeezed on purpose (its whole text is in its tooltip) is elided by design.
            if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
                continue
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            if widget.contentsRect().width() < needed:
                cut.append(f"{_name(widget)} is {widget.contentsRect().width()} px of {needed}")
        elif isinstance(widget, QGroupBox):
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.width() < needed:
                cut.append(f"QGroupBox({widget.title()!r}) is {widget.width()} px of {needed}")
        elif isinstance(widget, QComboBox) and not _elides(widget):
            needed = widget.sizeHint().width()
            if widget.width() < needed:
                cut.append(f"QComboBox({widget.currentText()!r}) is {widget.width()} px of {needed}")
    bar = window.menuBar()
    for action in bar.actions():
        place = bar.actionGeometry(action)
        if place.isEmpty() or place.right() > bar.width():
            cut.append(f"menu {action.text()!r} does not fit the menu bar")
    return cut


def main(out_dir: Path, languages: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    for language in languages:
        TRANSLATORS.install(app, language)
        store = SettingsStore(out_dir / f"settings-{language}.ini")
        window = MainWindow(build_services(store, store.load(), start_engine=False))
        window.show()
        screen = window.screen().availableGeometry()
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out_dir / f"window-{language}.png"))
        minimum = window.minimumSizeHint()
        # The keyboard, in this language: Ctrl+Shift+M opens the model manager, Ctrl+H the history.
        window.activateWindow()
        for _ in range(100):  # the X server makes it active shortly after
            if app.activeWindow() is window:
                break
            QTest.qWait(20)
        QTest.keyClick(window.source, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(window.source, Qt.Key.Key_H, CTRL)
        QTest.qWait(200)
        opened = sorted(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible() and w is not window)
        report = {
            "language": language,
            "direction": "rtl" if window.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr",
            "cut": cut_off(window),
            "window": [window.width(), window.height()],
            "minimum": [minimum.width(), minimum.height()],
            "screen": [screen.width(), screen.height()],
            "shortcuts_opened": opened,
        }
        for widget in app.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        print(json.dumps(report, ensure_ascii=False), flush=True)
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:]))

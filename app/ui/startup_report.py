"""Measures a cold start for the packaging figures: process start → window shown → model ready →
first translation on screen. Enabled by PARLEY_STARTUP_REPORT=FILE; the window then translates
one sentence, writes the figures as JSON to FILE and quits."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import psutil
from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from app.core.translation.backend import ModelInfo
from app.core.translation.events import RequestFinished
from app.ui.main_window import MainWindow

SENTENCE = "Where is the nearest pharmacy?"


def _since_start_ms() -> float:
    # The process's own start time, so the figures include Python's and the bundle's start-up.
    return (time.time() - psutil.Process(os.getpid()).create_time()) * 1000


class StartupReport(QObject):
    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window, self.path = window, path
        self.figures: dict[str, float] = {}
        window.bridge.model_ready.connect(self._ready)
        window.bridge.finished.connect(self._finished)
        QTimer.singleShot(0, self._shown)  # runs once the event loop has put the window up

    @Slot()
    def _shown(self) -> None:
        self.figures.setdefault("window_shown_ms", _since_start_ms())

    @Slot(object)
    def _ready(self, info: ModelInfo) -> None:
        if "model_ready_ms" not in self.figures:
            self.figures["model_ready_ms"] = _since_start_ms()
            self.window.source.setPlainText(SENTENCE)
            self.window.translate_now()

    @Slot(object)
    def _finished(self, event: RequestFinished) -> None:
        if (
            event.request_id != self.window.current_id
            or event.cancelled
            or "first_translation_ms" in self.figures
        ):
            return
        self.figures["first_translation_ms"] = _since_start_ms()
        self.path.write_text(
            json.dumps({**self.figures, "translation": event.translation}, ensure_ascii=False)
        )
        QTimer.singleShot(0, self.window.close)
        QTimer.singleShot(0, QApplication.quit)


def install(window: MainWindow) -> StartupReport | None:
    target = os.environ.get("PARLEY_STARTUP_REPORT")
    return StartupReport(window, Path(target)) if target else None

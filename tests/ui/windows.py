"""Windows for the UI tests, built the way the app builds them: services first, handed to the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.core.translation.engine import TranslationEngine
from app.core.translation.events import TranslationRequest
from app.ui.main_window import MainWindow
from app.ui.services import Services, build_services
from app.ui.settings_store import SettingsStore


class RecordingEngine(TranslationEngine):
    """The real engine, which also keeps every request it was handed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.requests: list[TranslationRequest] = []

    def submit(self, request: TranslationRequest, sink: Any = None) -> int:
        self.requests.append(request)
        return super().submit(request, sink)


class Answers:
    """Answers the model manager's "load anyway?" question, and keeps what it was asked."""

    def __init__(self, answer: bool = False) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, warning: str) -> bool:
        self.asked.append(warning)
        return self.answer


def make_services(settings_path: Path, changes: dict[str, Any] | None = None, **parts: Any) -> Services:
    """Services from the settings file with `changes` made to the settings; `parts` go to build_services.

    The window does not time the bundled models on its first start unless a test asks for it
    (`measure_on_start=True`): that loads both models on a thread that outlives the test."""
    parts.setdefault("measure_on_start", False)
    store = SettingsStore(settings_path)
    settings = store.load()
    for key, value in (changes or {}).items():
        setattr(settings, key, value)
    return build_services(store, settings, **parts)


def open_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_until_ready(qtbot: QtBot, window: MainWindow, timeout: int = 60_000) -> None:
    """Wait until the window has taken in its model being ready, not only the engine.

    The engine sets `model_info` on its own thread and the window hears of it by a queued signal,
    whose handler translates any text already typed: text typed between the two would go to the
    model in use at once, past a draft (seen as a failure that came and went)."""

    def shown() -> bool:
        info = window.engine.model_info
        return info is not None and window.panel.fields["model"].text().startswith(info.name)

    qtbot.waitUntil(shown, timeout=timeout)

"""Carries engine events from the engine's worker thread to the GUI thread as Qt signals."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from app.core.translation.backend import BackendLoader
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import (
    EngineEvent,
    ModelFailed,
    ModelLoading,
    ModelReady,
    RequestFailed,
    RequestFinished,
    TokenEvent,
)
from app.ui.i18n import core_text


class EngineBridge(QObject):
    """Owns the core engine; its signals are emitted on the worker and delivered queued.

    The bridge lives on the GUI thread, so Qt queues every emission made from the
    worker and slots run on the GUI thread. The GUI never waits on the engine.
    """

    token = Signal(int, str)  # request id, piece
    finished = Signal(object)  # RequestFinished
    failed = Signal(int, str)  # request id, message
    model_loading = Signal(str, float)  # stage, fraction
    model_ready = Signal(object)  # ModelInfo
    model_source = Signal(object)  # ModelSource: what the active model was loaded from (before ready/failed)
    model_failed = Signal(str, str)  # message, name of the model that stays active (or "")

    def __init__(self, config: EngineConfig, parent: QObject | None = None,
                 engine_type: type[TranslationEngine] = TranslationEngine,
                 loader: BackendLoader | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        # `engine_type` lets a test hand in a real engine that also records what it was asked.
        if loader is None:
            self.engine = engine_type(config, listener=self._relay)
        else:
            self.engine = engine_type(config, listener=self._relay, loader=loader)

    def _relay(self, event: EngineEvent) -> None:
        # Runs on the engine thread: only emit, never touch widgets here. The window may have been
        # closed and this object deleted while the engine finished its work: then nobody listens.
        with contextlib.suppress(RuntimeError):
            self._emit(event)

    def _emit(self, event: EngineEvent) -> None:
        if isinstance(event, TokenEvent):
            self.token.emit(event.request_id, event.piece)
        elif isinstance(event, RequestFinished):
            self.finished.emit(event)
        elif isinstance(event, RequestFailed):
            self.failed.emit(event.request_id, core_text(event.message))
        elif isinstance(event, ModelLoading):
            self.model_loading.emit(core_text(event.stage), event.fraction)
        elif isinstance(event, ModelReady):
            if event.source is not None:
                self.model_source.emit(event.source)
            self.model_ready.emit(event.info)
        elif isinstance(event, ModelFailed):
            if event.kept_source is not None:
                self.model_source.emit(event.kept_source)
            self.model_failed.emit(core_text(event.message), event.kept)

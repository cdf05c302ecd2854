"""What the translation engine tells its listeners. Plain data, safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, Message
from app.core.metrics import RequestMetrics
from app.core.options import ModelOptions
from app.core.translation.backend import ModelInfo
from app.core.translation.glossary import Terms


@dataclass(frozen=True)
class TranslationRequest:
    text: str
    source: str  # language codes from app.core.languages
    target: str
    terms: Terms = ()  # glossary pairs; each sentence's prompt gets those whose term it contains


@dataclass(frozen=True)
class TokenEvent:
    """A piece of translated text to append to what is on screen."""

    request_id: int
    piece: str
    completion_tokens: int  # generated so far in this request
    time: float  # perf_counter when the piece was ready


@dataclass(frozen=True)
class Untranslated:
    """A piece of the text that is in the translation as it was written, and why."""

    text: str
    reason: str  # ends the sentence "… was left as it is: REASON"

    def sentence(self) -> str:
        shown = self.text if len(self.text) <= 40 else f"{self.text[:37]}…"
        left = QT_TRANSLATE_NOOP("core", "“{shown}” ({count} characters) was left as it is: {reason}.")
        return Message(left, shown=shown, count=len(self.text), reason=self.reason)


@dataclass(frozen=True)
class RequestFinished:
    request_id: int
    translation: str  # the final, cleaned translation: it replaces the streamed text
    metrics: RequestMetrics
    untranslated: tuple[Untranslated, ...] = ()  # pieces passed through as they were written

    @property
    def cancelled(self) -> bool:
        return self.metrics.cancelled


@dataclass(frozen=True)
class RequestFailed:
    request_id: int
    message: str


@dataclass(frozen=True)
class ModelLoading:
    path: Path
    stage: str  # a few words for a progress line
    fraction: float  # 0..1, for a progress bar


@dataclass(frozen=True)
class ModelSource:
    """What a model was loaded from, as the settings hold it: None is the bundled default."""

    path: Path | None
    options: ModelOptions


@dataclass(frozen=True)
class ModelReady:
    info: ModelInfo
    source: ModelSource | None = None


@dataclass(frozen=True)
class ModelFailed:
    path: Path
    message: str
    kept: str = ""  # the name of the model that stays active, if one does
    kept_source: ModelSource | None = None  # and what it was loaded from


RequestEvent = TokenEvent | RequestFinished | RequestFailed
ModelEvent = ModelLoading | ModelReady | ModelFailed
EngineEvent = RequestEvent | ModelEvent

"""The services the window works with, built once by the composition root and handed in.

The window never builds an engine, a speech service or a history store itself: `build_services`
does, from the settings, and tests call it with their own parts (a real engine that records its
requests, an answer to the "load anyway?" question, a microphone that replays a file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.conversation.history import HistoryError, HistoryStore
from app.core.models.tier import decide, hardware_fingerprint, tier_model_path
from app.core.settings import Settings
from app.core.speech.refine import RefiningTranslator
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.llama_backend import LLAMA
from app.core.translation.remote_backend import ServerOrLocalLoader, endpoint_path
from app.ui.models.server_page import endpoint_from_settings
from app.ui.models.tier_measurer import TierMeasurer
from app.ui.settings_store import SettingsStore
from app.ui.speech.speech_bridge import SpeechBridge
from app.ui.speech.speech_controls import AudioBackend
from app.ui.translation.engine_bridge import EngineBridge
from app.ui.translation.refine_bridge import RefineBridge

Confirm = Callable[[str], bool]  # asked a warning, answers whether to go ahead


@dataclass
class Services:
    store: SettingsStore
    settings: Settings
    engine: EngineBridge  # owns the translation engine and its worker thread
    speech: SpeechBridge  # owns the speech service and its worker thread
    history: HistoryStore | None  # None when it could not be opened; `history_problem` says why
    history_problem: str = ""
    audio: AudioBackend = field(default_factory=AudioBackend)
    tts_engine: str | None = None  # a Qt text-to-speech engine by name; None = the platform's default
    confirm: Confirm | None = None  # None: the model manager asks with a message box
    start_engine: bool = True  # load the model as soon as the window is built
    server: ServerOrLocalLoader = field(default_factory=lambda: ServerOrLocalLoader(LLAMA))
    refine: RefineBridge | None = None  # draft and refine's second engine (None: the window makes one)
    tier_measurer: TierMeasurer | None = None  # None: the window makes one when it first measures
    measure_on_start: bool = True  # time the bundled models once the first model is ready, if due


def open_history(path: Path | None = None) -> tuple[HistoryStore | None, str]:
    """The history store, or None and the sentence that says why it is not available."""
    try:
        return HistoryStore(path), ""
    except HistoryError as exc:
        return None, str(exc)


def bundled_tier_path(settings: Settings) -> Path | None:
    """The bundled model of the tier in effect (None: the fast one), found without assembling."""
    tier = decide(settings.model_tier, settings.tier_record, hardware_fingerprint()).tier
    return tier_model_path(tier)[0]


def build_services(
    store: SettingsStore,
    settings: Settings,
    *,
    audio: AudioBackend | None = None,
    tts_engine: str | None = None,
    confirm: Confirm | None = None,
    engine_type: type[TranslationEngine] = TranslationEngine,
    history: tuple[HistoryStore | None, str] | None = None,
    start_engine: bool = True,
    measure_on_start: bool = True,
) -> Services:
    """Everything the window needs, from the settings; `history` defaults to the user's store."""
    local = Path(settings.model_path) if settings.model_path else bundled_tier_path(settings)
    server = ServerOrLocalLoader(LLAMA)
    endpoint = endpoint_from_settings(settings)
    server.use(endpoint, settings.endpoint_fallback, local)
    config = EngineConfig(
        endpoint_path(endpoint) if endpoint is not None else local,
        settings.model_options(),
        warm_pair=(settings.source_lang, settings.target_lang),
    )
    engine = EngineBridge(config, engine_type=engine_type, loader=server)
    # Speech drafts on a second engine once draft and refine is on (until then, it is plain).
    speech = SpeechBridge(engine.engine, translator=RefiningTranslator)
    store_, problem = history if history is not None else open_history()
    return Services(
        store, settings, engine, speech, store_, problem, audio or AudioBackend(), tts_engine, confirm,
        start_engine, server, RefineBridge(engine, speech, engine_type), measure_on_start=measure_on_start,
    )  # fmt: skip

"""The one schema of user settings: names, types, defaults and what counts as valid.

Storage is the UI's business (QSettings); the schema is here so the CLI and the
core agree on it without Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from app.core.choices import Choice
from app.core.languages import language_codes, normalize_code
from app.core.models.families import AUTO, STYLES, StyleName
from app.core.models.tier import Tier
from app.core.options import (
    ASR_COMPUTE_TYPE,
    ASR_DEVICE,
    ASR_MODEL,
    FLASH_ATTN,
    GPU_LAYERS,
    MODEL_OPTIONS,
    N_CTX,
    SERVER_OPTIONS,
    SPEECH_OPTIONS,
    THREADS,
    ComputeType,
    FlashAttention,
    ModelOptions,
    OptionSpec,
    ServerOptions,
    SpeechDevice,
)

SCHEMA_VERSION = 1  # fields added with defaults keep the version: older files still load

# One step per version: MIGRATIONS[v] turns the stored values of version v into those of v + 1
# (a renamed key, a changed unit). A field added with a default needs no step.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migrate(values: dict[str, Any], version: int) -> dict[str, Any]:
    """The stored values of an older `version` brought forward to SCHEMA_VERSION, step by step."""
    for step in range(version, SCHEMA_VERSION):
        if step in MIGRATIONS:
            values = MIGRATIONS[step](dict(values))
    return values


class SpeakerMode(Choice):
    """Who is speaking: detected from the language, or one party fixed."""

    DETECT = "detect"
    A = "a"
    B = "b"


# The model and speech options kept in the file, by their key there; their bounds are the specs'.
STORED_OPTIONS: dict[str, OptionSpec[Any]] = {
    spec.setting: spec
    for spec in (*MODEL_OPTIONS, *SPEECH_OPTIONS, *SERVER_OPTIONS)
    if spec.setting is not None
}


@dataclass
class Settings:
    source_lang: str = "en"
    target_lang: str = "fr"
    model_path: str = ""  # empty: the bundled default model
    gpu_layers: int = GPU_LAYERS.default
    threads: int = THREADS.default
    n_ctx: int = N_CTX.default
    flash_attn: FlashAttention = FLASH_ATTN.default
    prompt_styles: str = ""  # JSON: model (as model_path holds it) -> preset the user chose
    window_geometry: bytes = b""
    asr_model: str = ASR_MODEL.default
    asr_device: SpeechDevice = ASR_DEVICE.default
    asr_compute_type: ComputeType = ASR_COMPUTE_TYPE.default
    input_device: str = ""  # remembered by name: device numbers change between runs
    push_to_talk: bool = False
    call_mode: bool = False  # a call: the microphone and what this computer plays, both at once
    system_device: str = ""  # the output a call captures, by its id ("": the default output)
    # The conversation: person A speaks source_lang, person B speaks target_lang.
    party_a_name: str = ""
    party_b_name: str = ""
    speaker_mode: SpeakerMode = SpeakerMode.DETECT
    reading_mode: bool = False  # show committed text only
    text_scale: int = 130  # percent: conversation text is large by default
    glossary: str = ""  # JSON, see app.core.translation.glossary
    speak_translations: bool = False
    voices: str = ""  # JSON: language code -> the voice chosen to read it (empty: the first one)
    pause_while_speaking: bool = True  # stop listening while a translation is read aloud
    overlay_visible: bool = False
    overlay_geometry: bytes = b""
    overlay_font_size: int = 28
    overlay_opacity: int = 85  # percent
    overlay_click_through: bool = False
    overlay_show_source: bool = False
    # A translation server (empty: the local model); its key is in the keychain, never here.
    endpoint_url: str = ""
    endpoint_model: str = ""
    endpoint_fallback: bool = False  # the local model stands in when the server cannot be reached
    # Draft and refine: the bundled fast model drafts, the model in use translates what is committed.
    draft_and_refine: bool = False
    ui_language: str = ""  # the interface's language (app/ui/i18n.py); empty: the system's
    # Which bundled model translates when model_path is empty (app.core.models.tier): the user's
    # override (auto: the measured choice) and the last measurement, as JSON with its hardware.
    model_tier: str = Tier.AUTO.value
    tier_record: str = ""

    def __post_init__(self) -> None:
        # Language codes have one spelling; a word of a closed set becomes its member. A value that
        # is neither stays as given, for problems() to name and repaired() to reset.
        self.source_lang = normalize_code(self.source_lang)
        self.target_lang = normalize_code(self.target_lang)
        for key, spec in STORED_OPTIONS.items():
            value = getattr(self, key)
            if spec.choices and isinstance(value, str) and spec.valid(value):
                setattr(self, key, spec.read(value))
        if self.speaker_mode in SpeakerMode.values():
            self.speaker_mode = SpeakerMode(self.speaker_mode)

    def model_options(self) -> ModelOptions:
        """The options to load the chosen model with, its prompt preset included."""
        values = {spec.name: getattr(self, spec.setting) for spec in MODEL_OPTIONS if spec.setting}
        return ModelOptions(**values, prompt_style=self.prompt_style_for(self.model_path))

    def server_options(self) -> ServerOptions:
        return ServerOptions(self.endpoint_url, self.endpoint_model, self.endpoint_fallback)

    def use_model_options(self, options: ModelOptions) -> None:
        """Remember the options a model was really loaded with (the preset for the current model)."""
        for spec in MODEL_OPTIONS:
            if spec.setting:
                setattr(self, spec.setting, getattr(options, spec.name))
        self.set_prompt_style(self.model_path, options.prompt_style)

    def prompt_style_for(self, model: str) -> StyleName:
        """The preset the user chose for `model`, or "auto"."""
        return StyleName(self._styles().get(model, AUTO))

    def set_prompt_style(self, model: str, style: str) -> None:
        self.prompt_styles = _with(self._styles(), model, "" if style == AUTO else str(style))

    def _styles(self) -> dict[str, str]:
        return {k: v for k, v in _json_map(self.prompt_styles).items() if v in STYLES}

    def chosen_voices(self) -> dict[str, str]:
        """The voice the user chose per language code (none: the engine's first voice)."""
        return _json_map(self.voices)

    def set_voice(self, language: str, voice: str) -> None:
        self.voices = _with(self.chosen_voices(), language, voice)

    def problems(self) -> list[str]:
        """Names of fields whose values are out of range (each falls back to its default)."""
        codes = language_codes()
        checks = {
            "source_lang": self.source_lang in codes,
            "target_lang": self.target_lang in codes,
            **{key: spec.valid(getattr(self, key)) for key, spec in STORED_OPTIONS.items()},
            "prompt_styles": not self.prompt_styles or self._styles_valid(),
            "speaker_mode": self.speaker_mode in SpeakerMode.values(),
            "text_scale": 50 <= self.text_scale <= 300,
            "overlay_font_size": 10 <= self.overlay_font_size <= 120,
            "overlay_opacity": 20 <= self.overlay_opacity <= 100,
            "model_tier": self.model_tier in Tier.values(),
        }
        return [name for name, ok in checks.items() if not ok]

    def _styles_valid(self) -> bool:
        try:
            value = json.loads(self.prompt_styles)
        except ValueError:
            return False
        return isinstance(value, dict) and all(v in STYLES for v in value.values())

    def repaired(self) -> tuple[Settings, list[str]]:
        """A copy with every invalid field reset to its default, and the names reset."""
        bad = self.problems()
        defaults = Settings()
        values = {f.name: getattr(defaults if f.name in bad else self, f.name) for f in fields(self)}
        return Settings(**values), bad


def _json_map(text: str) -> dict[str, str]:
    """A JSON object of strings stored in one field; a damaged value reads as empty."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _with(mapping: dict[str, str], key: str, value: str) -> str:
    """`mapping` with `key` set to `value` (removed when empty), as the field stores it."""
    if value:
        mapping[key] = value
    else:
        mapping.pop(key, None)
    return json.dumps(mapping, sort_keys=True, ensure_ascii=False) if mapping else ""


def field_types() -> dict[str, type]:
    """Each field's Python type, for a store that reads values with their type (a closed set
    of words is stored as its word)."""
    defaults = Settings()
    kinds = {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}
    return {name: str if issubclass(kind, Choice) else kind for name, kind in kinds.items()}

"""The one schema of user settings: names, types, defaults and what counts as valid.

Storage is the UI's business (QSettings); the schema is here so the CLI and the
core agree on it without Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields

from app.core.languages import language_codes
from app.core.models.families import AUTO, STYLES

SCHEMA_VERSION = 1  # fields added with defaults keep the version: older files still load

FLASH_ATTENTION = ("auto", "on", "off")
SPEECH_DEVICES = ("auto", "cpu", "cuda")
SPEECH_COMPUTE_TYPES = ("auto", "int8", "int8_float16", "float16", "float32")
CONTEXT_SIZES = (1024, 2048, 4096, 8192, 16384, 32768)
SPEAKER_MODES = ("detect", "a", "b")  # who is speaking: detected from the language, or one party


@dataclass
class Settings:
    source_lang: str = "en"
    target_lang: str = "fr"
    model_path: str = ""  # empty: the bundled default model
    gpu_layers: int = -1  # -1: every layer the build can offload; 0: CPU only
    threads: int = 0  # 0: automatic
    n_ctx: int = 4096  # the translation model's context, in tokens
    flash_attn: str = "auto"  # auto: on when layers are offloaded to a GPU
    prompt_styles: str = ""  # JSON: model (as model_path holds it) -> preset the user chose
    window_geometry: bytes = b""
    asr_model: str = "tiny.en"  # tiny.en, base, or a CTranslate2 Whisper folder
    asr_device: str = "auto"  # auto: CUDA when CTranslate2 sees a GPU, else the CPU
    asr_compute_type: str = "auto"  # auto: float16 on CUDA, int8 on the CPU
    input_device: str = ""  # remembered by name: device numbers change between runs
    push_to_talk: bool = False
    # The conversation: person A speaks source_lang, person B speaks target_lang.
    party_a_name: str = ""
    party_b_name: str = ""
    speaker_mode: str = "detect"
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

    def prompt_style_for(self, model: str) -> str:
        """The preset the user chose for `model`, or "auto"."""
        return self._styles().get(model, AUTO)

    def set_prompt_style(self, model: str, style: str) -> None:
        self.prompt_styles = _with(self._styles(), model, "" if style == AUTO else style)

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
            "gpu_layers": -1 <= self.gpu_layers <= 1000,
            "threads": 0 <= self.threads <= 512,
            "n_ctx": 256 <= self.n_ctx <= 262144,
            "flash_attn": self.flash_attn in FLASH_ATTENTION,
            "prompt_styles": not self.prompt_styles or self._styles_valid(),
            "asr_model": bool(self.asr_model.strip()),
            "asr_device": self.asr_device in SPEECH_DEVICES,
            "asr_compute_type": self.asr_compute_type in SPEECH_COMPUTE_TYPES,
            "speaker_mode": self.speaker_mode in SPEAKER_MODES,
            "text_scale": 50 <= self.text_scale <= 300,
            "overlay_font_size": 10 <= self.overlay_font_size <= 120,
            "overlay_opacity": 20 <= self.overlay_opacity <= 100,
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
    """Each field's Python type, for a store that reads values with their type."""
    defaults = Settings()
    return {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}

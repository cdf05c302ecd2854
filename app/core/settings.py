"""The one schema of user settings: names, types, defaults and what counts as valid.

Storage is the UI's business (QSettings); the schema is here so the CLI and the
core agree on it without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from app.core.languages import language_codes

SCHEMA_VERSION = 1


@dataclass
class Settings:
    source_lang: str = "en"
    target_lang: str = "fr"
    model_path: str = ""  # empty: the bundled default model
    gpu_layers: int = -1  # -1: every layer the build can offload; 0: CPU only
    threads: int = 0  # 0: automatic
    window_geometry: bytes = b""
    asr_model: str = "tiny.en"  # tiny.en, base, or a CTranslate2 Whisper folder
    input_device: str = ""  # remembered by name: device numbers change between runs
    push_to_talk: bool = False

    def problems(self) -> list[str]:
        """Names of fields whose values are out of range (each falls back to its default)."""
        bad = []
        codes = language_codes()
        if self.source_lang not in codes:
            bad.append("source_lang")
        if self.target_lang not in codes:
            bad.append("target_lang")
        if not -1 <= self.gpu_layers <= 1000:
            bad.append("gpu_layers")
        if not 0 <= self.threads <= 512:
            bad.append("threads")
        if not self.asr_model.strip():
            bad.append("asr_model")
        return bad

    def repaired(self) -> tuple[Settings, list[str]]:
        """A copy with every invalid field reset to its default, and the names reset."""
        bad = self.problems()
        defaults = Settings()
        values = {f.name: getattr(defaults if f.name in bad else self, f.name) for f in fields(self)}
        return Settings(**values), bad


def field_types() -> dict[str, type]:
    """Each field's Python type, for a store that reads values with their type."""
    defaults = Settings()
    return {f.name: type(getattr(defaults, f.name)) for f in fields(Settings)}

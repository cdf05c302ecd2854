"""Stores the settings schema with QSettings, reading each value with its type.

A store that cannot be read, or that holds values of the wrong type or out of range,
falls back to defaults for what is damaged, and says so in `notice`.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.core.settings import SCHEMA_VERSION, Settings, field_types


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Parley", "parley")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self.notice = ""

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def load(self) -> Settings:
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            self.notice = f"Your settings file ({self.path}) could not be read; Parley is using its defaults."
            return Settings()
        version = self._qs.value("version")
        if version is not None and str(version) != str(SCHEMA_VERSION):
            self.notice = "Your settings come from another version of Parley; defaults are used instead."
            return Settings()
        values: dict[str, object] = {}
        damaged: list[str] = []
        for name, kind in field_types().items():
            raw = self._qs.value(name)
            if raw is None:
                continue
            if kind is bytes:
                stored = self._qs.value(name, QByteArray(), type=QByteArray)
                value: object = bytes(stored.data()) if isinstance(stored, QByteArray) else b""
            else:
                value = self._qs.value(name, type=kind)
                # Qt turns a value it cannot convert into 0 or "": compare with what is stored.
                if kind is int and str(value) != str(raw).strip():
                    damaged.append(name)
                    continue
            values[name] = value
        settings, invalid = Settings(**values).repaired()  # type: ignore[arg-type]
        damaged += invalid
        if damaged:
            self.notice = (
                "Some settings were damaged and have been reset to their defaults: "
                + ", ".join(sorted(damaged))
                + "."
            )
        return settings

    def save(self, settings: Settings) -> None:
        self._qs.setValue("version", SCHEMA_VERSION)
        for f in fields(settings):
            value = getattr(settings, f.name)
            self._qs.setValue(f.name, QByteArray(value) if isinstance(value, bytes) else value)
        self._qs.sync()

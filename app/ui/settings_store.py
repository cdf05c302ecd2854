"""Stores the settings schema with QSettings, reading each value with its type.

Nothing the user set is lost without a word: a store that cannot be read, or that holds values
of the wrong type or out of range, falls back to defaults for what is damaged, keeps the file as
it was beside it, and says so in `notice`. An older file is migrated forward; a newer Parley's
file is read for what this version understands and never written. A file that cannot be written
is named in `notice` at load, while the user can still act on it.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.core.i18n import QT_TRANSLATE_NOOP, Message
from app.core.settings import SCHEMA_VERSION, Settings, field_types, migrate


class SettingsStore:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Parley", "parley")
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self.notice = ""
        self.notices: list[str] = []  # the notice's sentences, each a Message the window translates
        self.read_only = False  # a newer Parley's file: saving leaves it as it is
        self.backup: Path | None = None  # where a damaged file was kept

    @property
    def path(self) -> str:
        return self._qs.fileName()

    def load(self) -> Settings:
        self._qs.sync()
        notices: list[str] = []
        settings = self._read(notices)
        if not self.read_only:
            notices.append(self._cannot_save())
        self.notices = [n for n in notices if n]
        self.notice = " ".join(self.notices)
        return settings

    def _read(self, notices: list[str]) -> Settings:
        keys = set(self._qs.allKeys())  # parses the file: its status is known after this
        known = set(field_types()) | {"version"}
        unreadable = self._qs.status() != QSettings.Status.NoError
        if not keys & known and (keys or unreadable):
            # Nothing of ours could be read: the file is damaged as a whole (random bytes, another format).
            kept = self._keep_damaged()
            self._qs.clear()
            notices.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Your settings file ({path}) is damaged and could not be read; Parley is using "
                        "its defaults{kept}.",
                    ),
                    path=self.path,
                    kept=kept,
                )
            )
            return Settings()
        damaged: list[str] = []
        version = self._version()
        if version is None:
            damaged.append("version")
        elif version > SCHEMA_VERSION:
            self.read_only = True
            notices.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Your settings come from a newer version of Parley (settings version {version}). "
                        "Parley uses what it understands and leaves the file as it is, so changes you make "
                        "now are not kept.",
                    ),
                    version=version,
                )
            )
        elif version < SCHEMA_VERSION:
            values = migrate({key: self._qs.value(key) for key in keys if key != "version"}, version)
            self._qs.clear()  # in memory only: the next save writes the migrated values
            for key, value in values.items():
                self._qs.setValue(key, value)
        settings, invalid = self._fields()
        damaged += invalid
        if damaged:
            kept = self._keep_damaged()
            notices.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Some settings were damaged and have been reset to their defaults: {names}{kept}.",
                    ),
                    names=", ".join(sorted(damaged)),
                    kept=kept,
                )
            )
        elif unreadable:  # what could be read is used; the rest of the file is kept, not dropped
            notices.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Parts of your settings file ({path}) could not be read and are left at their "
                        "defaults{kept}.",
                    ),
                    path=self.path,
                    kept=self._keep_damaged(),
                )
            )
        return settings

    def _version(self) -> int | None:
        """The file's schema version (a file without one is the current one); None if unreadable."""
        raw = self._qs.value("version")
        if raw is None:
            return SCHEMA_VERSION
        try:
            return int(str(raw).strip())
        except ValueError:
            return None

    def _fields(self) -> tuple[Settings, list[str]]:
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
        return settings, damaged + invalid

    def _keep_damaged(self) -> str:
        """Copy the file as it was beside it, before a save replaces it; the words for the notice."""
        source = Path(self.path)
        if self.read_only or not source.is_file():  # a file that is never written needs no copy
            return ""
        if self.backup is None:
            candidate = source.with_name(source.name + ".damaged")
            number = 1
            while candidate.exists():
                number += 1
                candidate = source.with_name(f"{source.name}.damaged-{number}")
            try:
                shutil.copyfile(source, candidate)
            except OSError:
                return ""
            self.backup = candidate
        return Message(QT_TRANSLATE_NOOP("core", "; the file as it was is kept as {path}"), path=self.backup)

    def _cannot_save(self) -> str:
        """A sentence if settings cannot be written where they are kept, else ""."""
        file = Path(self.path)
        if file.exists():
            writable = file.is_file() and os.access(file, os.W_OK)
        else:
            folder = file.parent
            while not folder.exists() and folder != folder.parent:
                folder = folder.parent
            writable = folder.is_dir() and os.access(folder, os.W_OK)
        if writable:
            return ""
        return Message(
            QT_TRANSLATE_NOOP(
                "core",
                "Your settings cannot be saved to {path}: changes you make now will be lost when Parley "
                "closes. Make the file and its folder writable to keep them.",
            ),
            path=file,
        )

    def save(self, settings: Settings) -> str:
        """Write the settings; returns "" or a sentence saying why they could not be saved."""
        if self.read_only:
            return ""
        self._qs.setValue("version", SCHEMA_VERSION)
        for f in fields(settings):
            value = getattr(settings, f.name)
            self._qs.setValue(f.name, QByteArray(value) if isinstance(value, bytes) else value)
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            return self._cannot_save() or Message(
                QT_TRANSLATE_NOOP("core", "Your settings could not be saved to {path}."), path=self.path
            )
        return ""

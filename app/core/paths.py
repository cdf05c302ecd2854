"""Per-user folders, without Qt: the core must run with no display and no Qt installed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "parley"


def _platform_dir(kind: str) -> Path:
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "Parley" / ("Cache" if kind == "cache" else "Data")
    if sys.platform == "darwin":
        folder = "Caches" if kind == "cache" else "Application Support"
        return home / "Library" / folder / "Parley"
    variable, fallback = {
        "cache": ("XDG_CACHE_HOME", home / ".cache"),
        "data": ("XDG_DATA_HOME", home / ".local" / "share"),
    }[kind]
    return Path(os.environ.get(variable) or fallback) / APP_NAME


def cache_dir() -> Path:
    """Where bundled models are assembled once (PARLEY_CACHE_DIR overrides)."""
    override = os.environ.get("PARLEY_CACHE_DIR")
    return Path(override) if override else _platform_dir("cache")


def data_dir() -> Path:
    """Per-user data: the user's own models live in its `models` folder (PARLEY_DATA_DIR overrides)."""
    override = os.environ.get("PARLEY_DATA_DIR")
    return Path(override) if override else _platform_dir("data")


def user_models_dir() -> Path:
    return data_dir() / "models"


def project_models_dir() -> Path:
    """The drop folder `models/` beside the package (in a source checkout or a bundle)."""
    return Path(__file__).resolve().parent.parent.parent / "models"

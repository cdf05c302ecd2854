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


def bundle_dir() -> Path | None:
    """The folder a frozen (PyInstaller) build unpacked itself into; None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))


def bundled_models_dir() -> Path | None:
    """In an installed bundle, the default models, already assembled at build time."""
    bundle = bundle_dir()
    return bundle / "bundled-models" if bundle is not None else None


def project_models_dir() -> Path | None:
    """The drop folder `models/` of a source checkout (an installed bundle has none: it is read-only)."""
    if bundle_dir() is not None:
        return None
    return Path(__file__).resolve().parent.parent.parent / "models"

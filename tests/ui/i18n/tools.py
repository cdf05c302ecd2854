"""The translation tooling (resources/i18n/translations.py), loaded for the tests by its path."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]


def load_tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "parley_translations", ROOT / "resources/i18n/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOLS = load_tools()

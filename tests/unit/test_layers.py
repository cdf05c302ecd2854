"""The core's folders depend on each other in one order, and the core never imports Qt or the UI."""

from __future__ import annotations

import ast
from pathlib import Path

import app.core

CORE = Path(app.core.__file__).parent
# models ← translation ← speech ← conversation ← bench: a folder imports only from those before it.
ORDER = ["models", "translation", "speech", "conversation", "bench"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _folder(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] == ["app", "core"] and len(parts) > 3 and parts[2] in ORDER:
        return parts[2]
    return None


def test_core_folders_import_only_downwards() -> None:
    wrong = []
    for path in sorted(CORE.rglob("*.py")):
        own = path.relative_to(CORE).parts[0]
        if own not in ORDER:
            continue
        for module in _imports(path):
            other = _folder(module)
            if other is not None and ORDER.index(other) > ORDER.index(own):
                wrong.append(f"{path.relative_to(CORE)} imports {module}")
    assert not wrong, wrong


def test_core_is_qt_free() -> None:
    offending = [
        f"{path.relative_to(CORE)} imports {module}"
        for path in sorted(CORE.rglob("*.py"))
        for module in _imports(path)
        if module.split(".")[0] in {"PySide6", "shiboken6"} or module.startswith("app.ui")
    ]
    assert not offending, offending

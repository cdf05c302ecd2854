"""Plain data stays plain: the settings, the options, the events and the command line's own
module import in a fresh interpreter without llama.cpp, Jinja or Whisper, so `parley --help`
and a refused option answer at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("llama_cpp", "faster_whisper", "ctranslate2", "jinja2", "PySide6")
PLAIN = (
    "app.core.settings",
    "app.core.options",
    "app.core.languages",
    "app.core.models.families",
    "app.core.translation.events",
    "app.core.speech.events",
    "app.core.conversation.parties",
    "app.cli",
)


def _loaded_after(code: str) -> list[str]:
    report = f"import json\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    probe = f"import sys\n{code}\n{report}"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("module", PLAIN)
def test_plain_modules_import_without_the_model_libraries(module: str) -> None:
    assert _loaded_after(f"import {module}") == []


def test_the_probe_sees_a_model_library_when_one_is_imported() -> None:
    # Without this the test above could pass because the probe never sees anything.
    assert _loaded_after("import app.core.translation.llama_backend") == ["jinja2", "llama_cpp"]


def test_a_refused_option_loads_no_model_library() -> None:
    code = (
        "from app.cli import main\n"
        "try:\n    main(['translate', '--to', 'fr', '--threads', '10000', 'Hi'])\n"
        "except SystemExit as exc:\n    assert exc.code == 2, exc.code\n"
    )
    assert _loaded_after(code) == []

"""A damaged list of added models is never overwritten: it is kept aside and the user is told."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.models.bundled import whisper_base_path, whisper_tiny_en_path
from app.core.models.registry import RegistryError, add_model, added_models, registry_path, remove_model

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(folder))
    return folder


def _damaged_list() -> bytes:
    """A list of two real models, cut in the middle as a crash or a full disk would leave it."""
    add_model(whisper_tiny_en_path())
    add_model(whisper_base_path())
    whole = registry_path().read_bytes()
    registry_path().write_bytes(whole[: len(whole) // 2])
    return whole[: len(whole) // 2]


def test_models_add_on_a_truncated_list_keeps_it_and_says_so(data_dir: Path, gemma: Path) -> None:
    cut = _damaged_list()
    result = subprocess.run(
        [sys.executable, "-m", "app", "models", "add", str(gemma)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PARLEY_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "added translation model" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parley: your list of added models"), result.stderr
    assert "models.json.damaged" in lines[0] and "not valid JSON" in lines[0]
    assert (data_dir / "models.json.damaged").read_bytes() == cut
    assert added_models() == {"gguf": [str(gemma.resolve())], "whisper": []}


def test_a_second_damaged_list_does_not_replace_the_first_backup(gemma: Path) -> None:
    first = _damaged_list()
    assert "models.json.damaged " in add_model(gemma).notice
    registry_path().write_text('{"gguf": "not a list"}')
    notice = add_model(gemma).notice
    assert "models.json.damaged-1 " in notice and "'gguf' entry is not a list" in notice
    backups = registry_path().parent
    assert (backups / "models.json.damaged").read_bytes() == first
    assert (backups / "models.json.damaged-1").read_text() == '{"gguf": "not a list"}'


def test_an_intact_list_gives_no_notice_and_keeps_what_a_later_version_wrote(gemma: Path) -> None:
    registry_path().parent.mkdir(parents=True)
    registry_path().write_text(json.dumps({"gguf": [], "whisper": [], "adapters": ["/somewhere/a.gguf"]}))
    assert add_model(gemma).notice == ""
    saved = json.loads(registry_path().read_text())
    assert saved == {"gguf": [str(gemma.resolve())], "whisper": [], "adapters": ["/somewhere/a.gguf"]}
    assert [p.name for p in registry_path().parent.iterdir()] == ["models.json"]  # no temporary left


def test_removing_from_a_damaged_list_changes_nothing(data_dir: Path) -> None:
    cut = _damaged_list()
    with pytest.raises(RegistryError, match="could not be read .*nothing was removed"):
        remove_model(whisper_tiny_en_path())
    result = subprocess.run(
        [sys.executable, "-m", "app", "models", "remove", str(whisper_tiny_en_path())],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PARLEY_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 2 and result.stderr.startswith("parley: not removed: your list")
    assert result.stderr.count("\n") == 1
    assert registry_path().read_bytes() == cut and not (data_dir / "models.json.damaged").exists()


def test_a_list_that_cannot_be_read_is_left_alone(gemma: Path) -> None:
    registry_path().mkdir(parents=True)  # a folder in its place: reading fails, as without permission
    with pytest.raises(RegistryError, match="could not be read .*nothing was changed"):
        add_model(gemma)
    assert registry_path().is_dir() and list(registry_path().parent.iterdir()) == [registry_path()]

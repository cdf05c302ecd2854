"""`parley transcribe` refuses what it would get wrong, in one line, before any audio is read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

STATION = Path(__file__).resolve().parents[1] / "fixtures" / "audio" / "station.wav"


def transcribe(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "transcribe", *args], capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def _one_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize("language", ["de", "German"])
def test_the_english_only_model_refuses_another_language(language: str) -> None:
    _one_line(transcribe(str(STATION), "--language", language), "tiny.en hears English only", "German",
              "--asr-model base")  # fmt: skip


def test_an_unknown_spoken_language_is_refused() -> None:
    _one_line(transcribe(str(STATION), "--asr-model", "base", "--language", "xx"), "does not know", "'xx'")


def test_a_folder_as_the_audio_file_is_named(tmp_path: Path) -> None:
    _one_line(transcribe(str(tmp_path)), str(tmp_path), "is a folder")

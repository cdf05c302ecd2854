"""GGUF header validation on small crafted files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.core.models.gguf import ModelFileError, read_gguf
from tests.gguf_files import write_gguf

META = {
    "general.architecture": "llama",
    "general.name": "Tiny Test",
    "general.file_type": 15,
    "llama.context_length": 2048,
    "llama.block_count": 2,
    "general.tags": ["a", "bb"],
    "tokenizer.chat_template": "{{ messages }}",
}


def test_reads_metadata_of_a_valid_file(tmp_path: Path) -> None:
    info = read_gguf(write_gguf(tmp_path / "ok.gguf", META, tensors=3))
    assert info.name == "Tiny Test"
    assert info.architecture == "llama"
    assert info.quantization == "Q4_K_M"
    assert info.context_length == 2048 and info.block_count == 2
    assert info.parameters == 3 * 16
    assert info.chat_template == "{{ messages }}"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="model file not found: .*absent.gguf"):
        read_gguf(tmp_path / "absent.gguf")


def test_not_a_gguf(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("this is a text file, not a model\n" * 10)
    with pytest.raises(ModelFileError, match="notes.gguf is not a GGUF model file"):
        read_gguf(path)


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="is a folder"):
        read_gguf(tmp_path)


@pytest.mark.parametrize("keep", [10, 40, 200, -20])
def test_truncated(tmp_path: Path, keep: int) -> None:
    whole = write_gguf(tmp_path / "whole.gguf", META, tensors=3).read_bytes()
    path = tmp_path / "cut.gguf"
    path.write_bytes(whole[:keep])
    with pytest.raises(ModelFileError, match="cut.gguf is truncated or damaged"):
        read_gguf(path)


# Windows has no effective user id, and chmod(0) there only sets the read-only flag.
@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "locked.gguf", META)
    path.chmod(0)
    with pytest.raises(ModelFileError, match="permission denied"):
        read_gguf(path)

"""The app log: a rotating file in the data folder with llama.cpp's and Whisper's lines; --verbose."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import logs
from app.core.models.check import check_gguf
from app.core.translation.engine import EngineConfig, TranslationEngine


@pytest.fixture
def fresh_log() -> Iterator[None]:
    logs.shutdown()
    yield
    logs.shutdown()


def _flush() -> None:
    for handler in logging.getLogger("parley").handlers:
        handler.flush()


def test_the_log_is_a_file_in_the_data_folder(
    fresh_log: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    path = logs.setup()
    assert path == tmp_path / "data" / "parley.log" == logs.log_file()
    assert str(path) in logs.details()
    _flush()
    assert "Parley log started" in path.read_text(encoding="utf-8")


def test_a_model_load_writes_llama_cpp_lines_and_the_offload_figure(
    fresh_log: None, tmp_path: Path, gemma: Path
) -> None:
    path = logs.setup(path=tmp_path / "parley.log")
    assert path is not None
    engine = TranslationEngine(EngineConfig(gemma, warm_pair=None))
    engine.start()
    try:
        assert engine.wait_ready(60) and engine.model_info is not None
    finally:
        assert engine.close(10)
    _flush()
    text = path.read_text(encoding="utf-8")
    # llama.cpp's own warning about this GGUF's vocabulary, at its level, under parley.llama.
    assert "WARNING parley.llama" in text and "control-looking token" in text
    # Its INFO page of metadata is detail for --verbose, not the file.
    assert "llama_model_loader: - kv" not in text
    assert "INFO    parley.engine" in text and "layers on the GPU (llama.cpp)" in text


def test_verbose_copies_everything_to_stderr(
    fresh_log: None, tmp_path: Path, gemma: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = logs.setup(verbose=True, path=tmp_path / "parley.log")
    assert path is not None
    check_gguf(gemma)  # llama.cpp reads the vocabulary: its INFO lines are verbose detail
    _flush()
    err = capfd.readouterr().err
    assert "DEBUG   parley.llama" in err and "llama_model_loader" in err
    assert "llama_model_loader" in path.read_text(encoding="utf-8")


def test_whisper_warnings_reach_the_file_and_its_chatter_does_not(fresh_log: None, tmp_path: Path) -> None:
    path = logs.setup(path=tmp_path / "parley.log")
    assert path is not None
    whisper = logging.getLogger("faster_whisper")  # the logger faster-whisper writes to
    whisper.info("Processing audio with duration 00:04.000")
    whisper.warning("Audio is shorter than 1 s")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "Audio is shorter than 1 s" in text and "Processing audio" not in text


def test_the_file_rotates(fresh_log: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    path = logs.setup(path=tmp_path / "parley.log")
    assert path is not None
    for n in range(200):
        logging.getLogger("parley.test").info("line %d of a long session", n)
    _flush()
    assert (tmp_path / "parley.log.1").is_file()
    assert not (tmp_path / f"parley.log.{logs.BACKUPS + 1}").exists()
    assert path.stat().st_size <= 4000


def test_a_folder_that_cannot_be_written_leaves_the_app_running(
    fresh_log: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    assert logs.setup(path=blocker / "parley.log") is None
    assert logs.log_file() is None and logs.details() == ""
    assert "cannot be written" in capsys.readouterr().err

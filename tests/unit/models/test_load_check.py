"""Before a GGUF is added, llama.cpp loads its weights in a child process."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.models.bundled import qwen_path
from app.core.models.check import check_gguf, check_loads
from app.core.models.gguf import ModelFileError
from app.core.models.registry import add_model, registry_path
from tests.gguf_files import without_weights


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def hollow(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: copying the vocabulary takes seconds."""
    return without_weights(qwen_path(), tmp_path_factory.mktemp("gguf") / "hollow.gguf")


def test_a_file_whose_weights_do_not_load_is_refused_with_llamas_reason(hollow: Path) -> None:
    check_gguf(hollow)  # every check short of loading passes
    with pytest.raises(ModelFileError, match=r"cannot load the weights in .*hollow.gguf: .*token_embd"):
        check_loads(hollow)


def test_adding_it_changes_nothing(hollow: Path) -> None:
    with pytest.raises(ModelFileError, match="wrong shape"):
        add_model(hollow)
    assert not registry_path().exists()


def test_a_real_model_loads(gemma: Path) -> None:
    check_loads(gemma)


def test_a_check_that_takes_too_long_is_a_refusal_not_a_hang(gemma: Path) -> None:
    with pytest.raises(ModelFileError, match="took more than 0 s to load"):
        check_loads(gemma, timeout_s=0.01)


def test_a_file_that_crashes_llama_cpp_is_refused_and_parley_carries_on(tmp_path: Path) -> None:
    # An absurd layer count passes the checks before loading; loading it aborts llama.cpp's process.
    crashing = without_weights(qwen_path(), tmp_path / "crash.gguf", {"qwen2.block_count": 100_000})
    assert check_gguf(crashing).architecture == "qwen2"
    with pytest.raises(ModelFileError, match=r"llama.cpp crashed \(SIGABRT\) loading .*crash.gguf"):
        check_loads(crashing)
    with pytest.raises(ModelFileError, match="crashed"):
        add_model(crashing)
    assert not registry_path().exists()

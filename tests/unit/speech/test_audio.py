"""Audio in without a microphone: file decoding, pacing, resampling, levels, and device handling."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from app.core.speech.audio import (
    SAMPLE_RATE,
    AudioError,
    AudioFileError,
    FileSource,
    Resampler,
    level_dbfs,
    load_file,
)
from app.core.speech.microphone import InputDevice, MicrophoneSource, input_devices, pick_device
from app.core.speech.wer import word_error_rate
from tests.fake_sounddevice import FakeSoundDevice, FakeStream
from tests.speech_clips import clip, samples


def _encode(source: Path, target: Path, codec: str, rate: int = 44_100) -> None:
    """Re-encode a fixture with PyAV, so each container and codec is really decoded."""
    audio = load_file(source)
    with av.open(str(target), "w") as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "stereo"
        resampler = av.AudioResampler(format=stream.format.name, layout="stereo", rate=rate)
        frame = av.AudioFrame.from_ndarray(audio.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for converted in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(converted):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


FORMATS = [
    (".flac", "flac", 44_100),
    (".ogg", "libopus", 48_000),
    (".mp3", "libmp3lame", 44_100),
    (".m4a", "aac", 44_100),
]


@pytest.mark.parametrize(("suffix", "codec", "rate"), FORMATS)
def test_common_formats_decode_to_16k_mono(tmp_path: Path, suffix: str, codec: str, rate: int) -> None:
    target = tmp_path / f"thanks{suffix}"
    _encode(clip("thanks"), target, codec, rate)
    original, decoded = load_file(clip("thanks")), load_file(target)
    assert decoded.dtype == np.float32 and decoded.ndim == 1
    assert abs(decoded.size - original.size) < 0.1 * SAMPLE_RATE  # codec padding only
    assert abs(level_dbfs(decoded) - level_dbfs(original)) < 1.5


@pytest.mark.parametrize("content", [b"", b"RIFF\x24\x00\x00\x00WAVEfmt ", b"\x00\x01garbage" * 500])
def test_damaged_files_name_the_file(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "meeting notes.wav"
    bad.write_bytes(content)
    with pytest.raises(AudioFileError, match="meeting notes.wav"):
        FileSource(bad)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(AudioFileError, match="nowhere.flac"):
        FileSource(tmp_path / "nowhere.flac")


def test_a_folder_is_said_to_be_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "recordings.wav"
    folder.mkdir()
    with pytest.raises(AudioFileError, match="recordings.wav is a folder, not an audio file") as caught:
        FileSource(folder)
    assert "does not exist" not in str(caught.value)


def _read_all(source: FileSource) -> list[Any]:
    blocks = []
    source.start()
    while not source.finished:
        block = source.read(0.5)
        if block is not None:
            blocks.append(block)
    return blocks


def test_realtime_replay_is_paced_and_fast_replay_is_not() -> None:
    audio = samples("silence")[:SAMPLE_RATE]  # one second
    started = time.perf_counter()
    blocks = _read_all(FileSource(samples=audio, realtime=True))
    paced = time.perf_counter() - started
    assert 0.9 <= paced < 2.0
    assert sum(b.samples.size for b in blocks) == audio.size
    assert [b.start_s for b in blocks] == sorted(b.start_s for b in blocks)

    started = time.perf_counter()
    fast = _read_all(FileSource(samples=audio, realtime=False))
    assert time.perf_counter() - started < 0.3
    assert np.array_equal(np.concatenate([b.samples for b in fast]), audio)


def test_realtime_clock_counts_from_the_start() -> None:
    source = FileSource(clip("thanks"), realtime=True)
    source.start()
    first = None
    while first is None:
        first = source.read(1.0)
    # A block is released when its last sample would have been heard.
    assert source.now() >= first.start_s + first.samples.size / SAMPLE_RATE - 0.01
    source.stop()
    assert source.finished


def test_resampler_keeps_the_pitch() -> None:
    rate = 48_000
    t = np.arange(rate) / rate
    tone = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    stereo = np.stack([tone, tone], axis=1)
    resampler = Resampler(rate, 2)
    out = np.concatenate([resampler.convert(stereo[i : i + 2400]) for i in range(0, rate, 2400)])
    assert abs(out.size - SAMPLE_RATE) < 400
    spectrum = np.abs(np.fft.rfft(out[:8000]))
    assert abs(np.argmax(spectrum) * SAMPLE_RATE / 8000 - 440) <= 4
    assert abs(level_dbfs(out[2000:]) - level_dbfs(tone)) < 0.5


def test_levels() -> None:
    assert level_dbfs(np.zeros(100, np.float32)) == -100.0
    assert level_dbfs(np.ones(100, np.float32)) == pytest.approx(0.0)
    assert level_dbfs(np.full(100, 0.1, np.float32)) == pytest.approx(-20.0)


def test_word_error_rate() -> None:
    assert word_error_rate("Thank you very much.", "thank you, very much") == 0
    assert word_error_rate("a b c d", "a x c") == pytest.approx(0.5)


# -- microphone: the sounddevice module comes in as a parameter ------------------


def test_devices_are_listed_and_remembered_by_name() -> None:
    sd = FakeSoundDevice(np.zeros(10, np.float32))
    devices = input_devices(sd)
    assert [d.name for d in devices] == ["Headset mic", "USB mic"]
    assert pick_device(devices, "USB mic") == devices[1]
    assert pick_device(devices, "gone") == devices[0]  # the system default
    assert pick_device([], "USB mic") is None


def test_microphone_resamples_and_reports_a_lost_device() -> None:
    speech = samples("thanks")
    at_48k = np.interp(np.arange(speech.size * 3) / 3, np.arange(speech.size), speech).astype(np.float32)
    mic = MicrophoneSource(FakeSoundDevice(at_48k), InputDevice(1, "Headset mic", 1, 48000, True))
    mic.start()
    got = []
    with pytest.raises(AudioError, match="Headset mic.*stopped sending audio"):
        while True:
            block = mic.read(0.2)
            if block is not None:
                got.append(block.samples)
    heard = np.concatenate(got)
    assert abs(heard.size - speech.size) < 0.05 * SAMPLE_RATE
    assert mic.finished


def test_blocks_are_whole_and_keep_every_sample() -> None:
    from app.core.speech.audio import _blocks

    for sizes in ([10, 3, 7, 0, 25], [800], [1, 1, 1, 1, 1]):
        edges = np.cumsum([0, *sizes])
        pieces = [np.arange(a, b, dtype=np.float32) for a, b in itertools.pairwise(edges)]
        out = list(_blocks(iter(pieces), 4))
        assert np.array_equal(np.concatenate(out), np.arange(edges[-1], dtype=np.float32))
        assert all(block.size == 4 for block in out[:-1])


class _WatchedDevice(FakeSoundDevice):
    """The fake device, keeping its stream so a test can wait until it has played everything."""

    stream: FakeStream | None = None

    def InputStream(self, callback: Any, blocksize: int, **kwargs: Any) -> FakeStream:
        self.stream = super().InputStream(callback, blocksize, **kwargs)
        return self.stream


def test_stopping_the_microphone_keeps_what_was_captured() -> None:
    speech = samples("thanks")[:SAMPLE_RATE]
    sd = _WatchedDevice(speech)
    mic = MicrophoneSource(sd, InputDevice(1, "Headset mic", 1, SAMPLE_RATE, True))
    mic.start()
    deadline = time.perf_counter() + 5.0
    while sd.stream is not None and sd.stream.active:  # it goes quiet once the clip is delivered
        assert time.perf_counter() < deadline, "the device never delivered the clip"
        time.sleep(0.01)
    mic.stop()  # e.g. push-to-talk released: blocks still queued must not be lost
    got = []
    while not mic.finished:
        block = mic.read(0.1)
        if block is not None:
            got.append(block.samples)
    assert np.concatenate(got).size == speech.size


def test_fast_replay_clock_moves_forward_with_the_work() -> None:
    source = FileSource(samples=samples("silence")[:SAMPLE_RATE], realtime=False)
    source.start()
    readings = []
    while (block := source.read(0.1)) is not None:
        end = block.start_s + block.samples.size / SAMPLE_RATE
        assert source.now() >= end  # audio counts as arriving when it is read
        readings.append(source.now())
        if len(readings) == 5:
            time.sleep(0.2)  # a slow decode: it shows on the clock, which never goes back
            assert source.now() >= readings[-1] + 0.2
    assert readings == sorted(readings) and len(readings) == 20


def test_audio_buffer_appends_drops_and_grows_in_place() -> None:
    from app.core.speech.recognizer import AudioBuffer

    buffer = AudioBuffer(capacity_s=10 / SAMPLE_RATE)  # room for 10 samples
    expected = np.zeros(0, np.float32)
    rng = np.random.default_rng(7)
    for step in range(200):
        block = rng.random(int(rng.integers(0, 7))).astype(np.float32)
        buffer.append(block)
        expected = np.concatenate([expected, block])
        if step % 3 == 0:
            drop = int(rng.integers(0, 9))
            buffer.drop(drop)
            expected = expected[drop:]
        assert np.array_equal(buffer.view(), expected)
    buffer.drop(10**6)
    assert buffer.size == 0


def test_full_scale_audio_stays_within_full_scale_after_resampling(tmp_path: Path) -> None:
    # A full-scale square wave at 44.1 kHz: resampling rings past ±1 unless it is clipped.
    rate = 44_100
    square = np.where(np.sin(2 * np.pi * 300 * np.arange(rate) / rate) >= 0, 1.0, -1.0).astype(np.float32)
    path = tmp_path / "square.wav"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("pcm_s16le", rate=rate)
        stream.layout = "mono"
        pcm = (square * 32767).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    decoded = load_file(path)
    assert decoded.size > 0.9 * SAMPLE_RATE and float(np.abs(decoded).max()) <= 1.0
    resampled = Resampler(rate, 1).convert(square)
    assert resampled.size > 0 and float(np.abs(resampled).max()) <= 1.0

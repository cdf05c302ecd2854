"""Audio in: every source delivers 16 kHz mono float32 blocks stamped on its own clock.

A source's clock says when audio arrived. For a microphone that is the wall clock; a
file replayed at real-time pace behaves the same; a file read as fast as possible
counts a block as arriving when it is handed over, plus the time the reader has spent
since, so latency figures still include the work done on each block.
"""

from __future__ import annotations

import contextlib
import math
import queue
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

import av
import numpy as np
import numpy.typing as npt

from app.core import errors

SAMPLE_RATE = 16_000
BLOCK_S = 0.05  # a file's blocks: the size of a microphone's (see microphone.CALLBACK_S)
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".webm", ".mp4")

Samples = npt.NDArray[np.float32]


class AudioError(errors.AudioError):
    """Audio could not be read or captured; the message is a sentence for the user."""


class AudioFileError(AudioError):
    pass


@dataclass(frozen=True)
class AudioBlock:
    samples: Samples  # 16 kHz mono float32 in [-1, 1]
    start_s: float  # position of the first sample in the stream, in seconds


@runtime_checkable
class AudioSource(Protocol):
    """The contract every audio input keeps: a microphone, a file, system audio.

    Blocks: `read` hands out AudioBlocks of 16 kHz mono float32 samples in [-1, 1], in
    order and without gaps, so a block's `start_s` is the number of samples handed out
    before it divided by 16 000.

    Clock: `now()` is seconds since `start()`, on the same time line as the blocks. It
    never goes backwards and is never behind the end of a block already handed out: a
    block counts as arriving no earlier than its last sample was heard, so latencies
    measured on this clock (`now() - end of speech`) are never negative.

    Life: `start()` once, then `read` from one thread (the reader). `stop()` may come from
    any thread: capture ends, blocks already captured are still handed out, then
    `finished` turns true. `close()` comes last, on the reader's thread: it releases the
    device or the decoder; it may be called more than once, and without `start()`.

    Errors: `start` and `read` raise AudioError (or a subclass), whose message is a
    sentence for the user; after one, `finished` is true.
    """

    name: str  # for the user: the device's or the file's name

    def start(self) -> None:
        """Begin capture; the clock starts at zero now."""

    def read(self, timeout: float) -> AudioBlock | None:
        """The next block, or None if none came within `timeout` seconds (0: do not wait)."""

    @property
    def finished(self) -> bool:
        """No more blocks will come (end of file, capture stopped, or a failure)."""

    @property
    def level_db(self) -> float:
        """Level of the newest block in dBFS, for a meter."""

    def now(self) -> float:
        """The source's clock (see above)."""

    def stop(self) -> None:
        """Any thread: end capture; what was captured is still read."""

    def close(self) -> None:
        """The reader's thread: release what the source holds (device, decoder)."""


def level_dbfs(samples: Samples) -> float:
    """RMS level in dB relative to full scale; -100 for digital silence."""
    if samples.size == 0:
        return -100.0
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return max(-100.0, 20.0 * math.log10(rms)) if rms > 0 else -100.0


def _file_error(path: Path, reason: str) -> AudioFileError:
    formats = "Parley reads wav, flac, mp3, ogg and m4a files"
    return AudioFileError(f"Could not read the audio file {path.name}: {reason}. {formats}.")


def _samples(frame: av.AudioFrame) -> Samples:
    # Resampling can overshoot full scale a little; the contract is [-1, 1].
    return np.clip(frame.to_ndarray().reshape(-1), -1.0, 1.0).astype(np.float32, copy=False)


def decode_file(path: Path) -> Iterator[Samples]:
    """Decode an audio file piece by piece into 16 kHz mono float32, with flat memory use."""
    path = Path(path)
    if path.is_dir():
        raise AudioFileError(f"{path} is a folder, not an audio file: choose one of the files in it.")
    if not path.is_file():
        raise AudioFileError(f"The audio file {path} does not exist.")
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise _file_error(path, "it is not an audio file, or it is damaged") from exc
    try:
        if not container.streams.audio:
            raise _file_error(path, "it holds no audio")
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        produced = False
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    produced = True
                    yield _samples(out)
            for out in resampler.resample(None):
                produced = True
                yield _samples(out)
        except (av.FFmpegError, ValueError) as exc:
            raise _file_error(path, "it is damaged") from exc
        if not produced:
            raise _file_error(path, "it holds no audio")
    finally:
        container.close()


def load_file(path: Path) -> Samples:
    """A whole file as one array (tests and short clips)."""
    pieces = list(decode_file(path))
    return np.concatenate(pieces) if pieces else np.zeros(0, np.float32)


def _blocks(pieces: Iterator[Samples], size: int) -> Iterator[Samples]:
    """Fixed-size blocks; views into the pieces where possible, so a long array is not copied."""
    pending = np.zeros(0, np.float32)
    for piece in pieces:
        if pending.size:
            need = size - pending.size
            pending, piece = np.concatenate([pending, piece[:need]]), piece[need:]
            if pending.size < size:
                continue
            yield pending
        whole = piece.size // size * size
        for start in range(0, whole, size):
            yield piece[start : start + size]
        pending = piece[whole:].copy()
    if pending.size:
        yield pending


class FileSource:
    """Replays an audio file (or samples) as if it came from a microphone.

    An AudioSource. With `realtime=True` a feeder thread releases each block no earlier
    than its position in the file, so a slow consumer falls behind exactly as it would
    live. The file is opened (and checked) here; `close`, or the end of the replay,
    closes it.
    """

    def __init__(self, path: Path | None = None, *, samples: Samples | Iterable[Samples] | None = None,
                 realtime: bool = True,
                 name: str | None = None) -> None:  # fmt: skip
        if (path is None) == (samples is None):
            raise ValueError("give a path or samples")
        self.path = None if path is None else Path(path)
        self._samples = samples
        self.realtime = realtime
        self.name = name or (self.path.name if self.path is not None else "audio")
        self._queue: queue.SimpleQueue[AudioBlock | BaseException | None] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._done = False
        self._started_at = 0.0
        # Fast mode clock: where it stood when the newest block was handed over, and when that was.
        self._clock_lock = threading.Lock()
        self._clock_base = 0.0
        self._handed_at = 0.0
        self._level = -100.0
        self._iter: Iterator[Samples] | None = None
        self._position = 0
        self._thread: threading.Thread | None = None
        self._reading: Iterator[Samples] | None = None  # the blocks, once started
        self._first: Samples | None = None
        if self.path is not None:
            # Fail now, naming the file, rather than half-way through a replay.
            self._iter = decode_file(self.path)
            self._first = next(self._iter, None)

    def _pieces(self) -> Iterator[Samples]:
        if isinstance(self._samples, np.ndarray):
            yield self._samples.astype(np.float32, copy=False)
            return
        if self._samples is not None:
            yield from self._samples  # pieces made on demand: a long replay never sits in memory
            return
        if self._first is not None:
            yield self._first
        if self._iter is not None:
            yield from self._iter

    def _source_blocks(self) -> Iterator[Samples]:
        return _blocks(self._pieces(), int(BLOCK_S * SAMPLE_RATE))

    def start(self) -> None:
        self._started_at = self._handed_at = time.perf_counter()
        self._reading = blocks = self._source_blocks()
        if self.realtime:
            self._thread = threading.Thread(
                target=self._feed, args=(blocks,), name="file-replay", daemon=True
            )
            self._thread.start()

    def _next_block(self, blocks: Iterator[Samples]) -> AudioBlock | None:
        samples = next(blocks, None)
        if samples is None:
            return None
        block = AudioBlock(samples, self._position / SAMPLE_RATE)
        self._position += samples.size
        return block

    def _feed(self, blocks: Iterator[Samples]) -> None:
        try:
            while not self._stop.is_set():
                block = self._next_block(blocks)
                if block is None:
                    break
                # Released when its last sample would have been heard.
                due = self._started_at + block.start_s + block.samples.size / SAMPLE_RATE
                delay = due - time.perf_counter()
                if delay > 0 and self._stop.wait(delay):
                    break
                self._queue.put(block)
        except AudioError as exc:
            self._queue.put(exc)
        except Exception as exc:  # the reader must always hear that the replay ended
            self._queue.put(AudioFileError(f"Reading {self.name} failed: {exc}"))
        finally:
            self._release()  # a replay stopped half-way must not keep its file open
            self._queue.put(None)

    def read(self, timeout: float) -> AudioBlock | None:
        if self._done:
            return None
        if not self.realtime:
            if timeout <= 0:
                return None  # nothing is ever waiting: blocks are read on demand
            block = None if self._stop.is_set() or self._reading is None else self._next_block(self._reading)
            if block is None:
                self._done = True
                return None
            with self._clock_lock:
                # The clock moves with the work done, never backwards, and never behind the audio.
                now = time.perf_counter()
                self._clock_base = max(
                    self._clock_base + now - self._handed_at, block.start_s + block.samples.size / SAMPLE_RATE
                )
                self._handed_at = now
            self._level = level_dbfs(block.samples)
            return block
        try:
            item = self._queue.get(timeout=timeout) if timeout > 0 else self._queue.get_nowait()
        except queue.Empty:
            return None
        if item is None:
            self._done = True
            return None
        if isinstance(item, BaseException):
            self._done = True
            raise item
        self._level = level_dbfs(item.samples)
        return item

    @property
    def finished(self) -> bool:
        return self._done

    @property
    def level_db(self) -> float:
        return self._level

    def now(self) -> float:
        if self.realtime:
            return time.perf_counter() - self._started_at
        with self._clock_lock:
            return self._clock_base + (time.perf_counter() - self._handed_at)

    def stop(self) -> None:
        self._stop.set()
        self._done = True

    def close(self) -> None:
        self.stop()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(1.0)  # it is at most one block away from seeing the stop
        self._release()

    def _release(self) -> None:
        """Close the decoder, and with it the file; drop the audio."""
        for pieces in (self._reading, self._iter, self._samples):
            close = getattr(pieces, "close", None)  # generators: their `finally` closes the container
            if close is not None:
                with contextlib.suppress(ValueError):  # running on the feeder thread: it releases it
                    close()
        self._first = self._samples = None


class Resampler:
    """Streaming conversion of interleaved device audio to 16 kHz mono float32."""

    def __init__(self, rate: int, channels: int) -> None:
        self.rate = rate
        self.channels = channels
        self._resampler = (
            None if rate == SAMPLE_RATE else av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        )
        self._pts = 0

    def convert(self, frames: npt.NDArray[np.float32]) -> Samples:
        """`frames` is (n, channels) or (n,), float32."""
        mono = frames.mean(axis=1) if frames.ndim == 2 else frames
        mono = np.ascontiguousarray(mono, dtype=np.float32)
        if self._resampler is None or mono.size == 0:
            return np.clip(mono, -1.0, 1.0)
        frame = av.AudioFrame.from_ndarray(mono.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = self.rate
        frame.pts = self._pts
        self._pts += mono.size
        out = [_samples(f) for f in self._resampler.resample(frame)]
        return np.concatenate(out) if out else np.zeros(0, np.float32)

"""Speech models: which Whisper to load, on which device, and one decode with real-time settings."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.core.models.whisper_files import (
    BUNDLED_SPEECH,
    SpeechModelError,
    resolve_speech_model,
)
from app.core.speech.audio import Samples
from app.core.speech.cores import thread_plan

# Whisper's own test for a segment that is not speech (see its paper's decoding rules).
NO_SPEECH_PROB = 0.6
LOW_LOGPROB = -1.0
# ...and for a decode that loops on itself: text that gzip shrinks more than this repeats.
REPEAT_RATIO = 2.4

# faster-whisper pads every decode's features to Whisper's 30 s window (3000 frames of 10 ms),
# and encoding those took 337 of a 3.9 s utterance's ~400 ms decode on one core. A quick decode
# gives the encoder only the audio held plus 3 s, and never less than 10 s: 1000 frames took
# 37 ms. Shorter windows make Whisper invent or repeat words at the end of a clip that ends in
# silence; the recogniser's decodes end at the last voiced frame, and there the quick window
# heard as well as the full one, the decode that ends an utterance included (measured on
# espeak-ng sentences, docs/BENCHMARKS.md). A quick decode that repeats itself is done again
# in full.
WINDOW_MARGIN_FRAMES = 300
WINDOW_MIN_FRAMES = 1000
# Windows come in steps of 5 s: with a new length for every decode, the process grew all
# through a 10-minute replay (735 to 856 MB) instead of levelling off.
WINDOW_STEP_FRAMES = 500


def encoder_frames(features: np.ndarray, margin: int = WINDOW_MARGIN_FRAMES,
                   floor: int = WINDOW_MIN_FRAMES) -> np.ndarray:  # fmt: skip
    """The features of one window, cut after the audio held plus `margin` (in whole steps),
    keeping `floor`.

    faster-whisper pads with exact zeros, which a log-mel frame of real audio never is."""
    frames = features if features.ndim == 2 else features[0]
    heard = np.flatnonzero(np.any(frames != 0.0, axis=0))
    used = int(heard[-1]) + 1 if heard.size else 0
    steps = -(-(used + margin) // WINDOW_STEP_FRAMES)
    return frames[:, : min(frames.shape[1], max(steps * WINDOW_STEP_FRAMES, floor))]


def _windowed(whisper_model: type) -> type:
    """WhisperModel whose encoder sees only the part of the 30 s window that holds audio."""

    class WindowedWhisper(whisper_model):
        quick = False  # set for one decode

        def encode(self, features: np.ndarray) -> Any:
            return super().encode(encoder_frames(features) if self.quick else features)

    return WindowedWhisper


@dataclass(frozen=True)
class Word:
    text: str  # as Whisper writes it, usually with its leading space
    start: float  # seconds, relative to the decoded audio
    end: float


@dataclass(frozen=True)
class Transcript:
    words: tuple[Word, ...]
    language: str
    decode_s: float
    redone: bool = False  # a quick decode that repeated itself, done again with the full window


def join_words(words: tuple[Word, ...] | list[Word]) -> str:
    return "".join(w.text for w in words).strip()


def speech_device(device: str = "auto", compute_type: str = "auto") -> tuple[str, str]:
    """CUDA with float16 when CTranslate2 sees a GPU, else CPU with int8."""
    if device == "auto":
        import ctranslate2

        try:
            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        except Exception:  # a broken CUDA install must not stop speech input
            device = "cpu"
    if compute_type == "auto":
        compute_type = "float16" if device == "cuda" else "int8"
    return device, compute_type


class SpeechModel:
    """One Whisper model. Use it from one thread only (the speech worker owns it)."""

    def __init__(self, path: Path, name: str | None = None, device: str = "auto", compute_type: str = "auto",
                 threads: int = 0) -> None:  # fmt: skip
        from faster_whisper import WhisperModel

        self.path = Path(path)
        self.name = name or self.path.name
        self.fallback_reason: str | None = None
        self.device, self.compute_type = speech_device(device, compute_type)
        started = time.perf_counter()
        try:
            self._model = self._load(_windowed(WhisperModel), threads)
        except SpeechModelError:
            raise
        except Exception as exc:
            raise SpeechModelError(f"The speech model {self.path.name} could not be loaded: {exc}") from exc
        self.load_s = time.perf_counter() - started
        self.multilingual: bool = bool(self._model.model.is_multilingual)
        self.languages: tuple[str, ...] = tuple(self._model.supported_languages)

    def _load(self, factory: type, threads: int) -> Any:
        # CTranslate2 defaults to 4 threads; more threads than cores slows every decode, and
        # the cores are shared with llama.cpp (see app.core.speech.cores).
        threads = threads or thread_plan().whisper
        self._factory, self._threads = factory, threads
        self.threads = threads
        try:
            return factory(
                str(self.path), device=self.device, compute_type=self.compute_type, cpu_threads=threads
            )
        except (RuntimeError, ValueError) as exc:
            if self.device == "cpu":
                raise
            # A GPU that CTranslate2 lists but cannot use: fall back rather than fail.
            self.device, self.compute_type = "cpu", "int8"
            self.fallback_reason = str(exc)
            return factory(str(self.path), device="cpu", compute_type="int8", cpu_threads=threads)

    def transcribe(self, audio: Samples, language: str | None, hotwords: str | None = None,
                   quick: bool = False) -> Transcript:  # fmt: skip
        """Greedy decode at temperature 0 only: the fallback ladder costs seconds per misheard clip.

        `quick`: encode a window cut to the audio held (see WINDOW_MIN_FRAMES)."""
        if not self.multilingual:
            language = "en"
        try:
            return self._transcribe(audio, language, hotwords, quick)
        except RuntimeError as exc:
            if self.device == "cpu":
                raise
            # CUDA listed but unusable at run time (a missing cuBLAS/cuDNN shows up here, not at
            # load): carry on on the CPU rather than stop listening.
            self.device, self.compute_type, self.fallback_reason = "cpu", "int8", str(exc)
            self._model = self._factory(
                str(self.path), device="cpu", compute_type="int8", cpu_threads=self._threads
            )
            return self._transcribe(audio, language, hotwords, quick)

    def _transcribe(self, audio: Samples, language: str | None, hotwords: str | None, quick: bool
                    ) -> Transcript:  # fmt: skip
        started = time.perf_counter()
        segments, info = self._decode(audio, language, hotwords, quick)
        redone = quick and any(seg.compression_ratio > REPEAT_RATIO for seg in segments)
        if redone:
            segments, info = self._decode(audio, language, hotwords, quick=False)
        words: list[Word] = []
        for seg in segments:
            if seg.no_speech_prob > NO_SPEECH_PROB and seg.avg_logprob < LOW_LOGPROB:
                continue
            for w in seg.words or ():
                words.append(Word(w.word, float(w.start), float(w.end)))
        return Transcript(tuple(words), info.language, time.perf_counter() - started, redone)

    def _decode(self, audio: Samples, language: str | None, hotwords: str | None, quick: bool
                ) -> tuple[list[Any], Any]:  # fmt: skip
        self._model.quick = quick
        try:
            segments, info = self._model.transcribe(
                np.ascontiguousarray(audio, np.float32),
                language=language,
                beam_size=1,
                best_of=1,
                temperature=0.0,
                condition_on_previous_text=False,
                word_timestamps=True,
                vad_filter=False,
                hotwords=hotwords or None,
                suppress_blank=True,
            )
            return list(segments), info  # the segments decode as they are read
        finally:
            self._model.quick = False


def load_speech_model(name_or_path: str, device: str = "auto", compute_type: str = "auto",
                      threads: int = 0) -> SpeechModel:  # fmt: skip
    """Resolve and load a bundled name or a user's folder; SpeechModelError with a sentence on failure.

    `threads` 0: as many as leave llama.cpp its share of the cores this process may use."""
    path = resolve_speech_model(name_or_path)
    name = f"Whisper {name_or_path}" if name_or_path in BUNDLED_SPEECH else path.name
    return SpeechModel(path, name, device, compute_type, threads)

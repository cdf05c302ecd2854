"""Timing of translation requests, derived in one place for the panel, the CLI and the bench.

All stamps are `time.perf_counter()` seconds; all derived figures are milliseconds or
tokens per second.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class RequestTimer:
    """Stamps taken while one request runs (on the engine thread)."""

    submitted: float
    started: float | None = None
    first_piece: float | None = None
    finished: float | None = None
    prompt_tokens: int = 0
    prompt_tokens_reused: int = 0
    completion_tokens: int = 0
    prefill_s: float = 0.0
    # Decode time and token count after each segment's first token: the first token
    # of a segment costs a prefill, not a decode step.
    decode_s: float = 0.0
    decode_tokens: int = 0
    segments: int = 0
    cached_segments: int = 0


@dataclass(frozen=True)
class RequestMetrics:
    """What one request cost, as shown in the panel and written by `parley translate --jsonl`."""

    request_id: int
    queue_wait_ms: float
    prompt_tokens: int
    prefill_ms: float
    ttft_ms: float | None  # submit -> first translated text ready to show
    completion_tokens: int
    decode_tokens_per_s: float | None
    total_ms: float
    segments: int
    cached_segments: int
    prompt_tokens_reused: int
    cancelled: bool = False

    @classmethod
    def from_timer(cls, request_id: int, timer: RequestTimer, cancelled: bool) -> RequestMetrics:
        started = timer.started if timer.started is not None else timer.submitted
        finished = timer.finished if timer.finished is not None else started
        ttft = None if timer.first_piece is None else (timer.first_piece - timer.submitted) * 1000
        tps = timer.decode_tokens / timer.decode_s if timer.decode_s > 0 else None
        return cls(
            request_id=request_id,
            queue_wait_ms=(started - timer.submitted) * 1000,
            prompt_tokens=timer.prompt_tokens,
            prefill_ms=timer.prefill_s * 1000,
            ttft_ms=ttft,
            completion_tokens=timer.completion_tokens,
            decode_tokens_per_s=tps,
            total_ms=(finished - timer.submitted) * 1000,
            segments=timer.segments,
            cached_segments=timer.cached_segments,
            prompt_tokens_reused=timer.prompt_tokens_reused,
            cancelled=cancelled,
        )

    def as_json(self) -> dict[str, float | int | None]:
        """The CLI contract: these keys, rounded for reading."""
        return {
            "ttft_ms": _round(self.ttft_ms),
            "prefill_ms": _round(self.prefill_ms),
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "decode_tokens_per_s": _round(self.decode_tokens_per_s),
            "total_ms": _round(self.total_ms),
            "queue_wait_ms": _round(self.queue_wait_ms),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass
class RollingStats:
    """Session figures over the last `window` completed requests."""

    window: int = 500
    _ttft: deque[float] = field(default_factory=deque)
    _total: deque[float] = field(default_factory=deque)
    _tps: deque[float] = field(default_factory=deque)
    count: int = 0

    def add(self, metrics: RequestMetrics) -> None:
        self.count += 1
        for series, value in (
            (self._ttft, metrics.ttft_ms),
            (self._total, metrics.total_ms),
            (self._tps, metrics.decode_tokens_per_s),
        ):
            if value is None:
                continue
            series.append(value)
            while len(series) > self.window:
                series.popleft()

    def summary(self) -> dict[str, float | None]:
        return {
            "ttft_p50": percentile(self._ttft, 50),
            "ttft_p90": percentile(self._ttft, 90),
            "total_p50": percentile(self._total, 50),
            "total_p90": percentile(self._total, 90),
            "tps_p50": percentile(self._tps, 50),
        }


SPEECH_FIGURES = ("start_offset_ms", "final_transcript_ms", "first_token_ms", "translation_done_ms")


@dataclass
class SpeechStats:
    """Per-utterance latency figures over the last `window` utterances (panel and bench)."""

    window: int = 500
    count: int = 0
    _series: dict[str, deque[float]] = field(default_factory=lambda: {k: deque() for k in SPEECH_FIGURES})

    def add(self, latency: dict[str, float | None]) -> None:
        self.count += 1
        for key, series in self._series.items():
            value = latency.get(key)
            if value is None:
                continue
            series.append(value)
            while len(series) > self.window:
                series.popleft()

    def summary(self) -> dict[str, dict[str, float | None]]:
        """{figure: {"p50": ms, "p90": ms}}."""
        return {
            key: {"p50": _round(percentile(s, 50)), "p90": _round(percentile(s, 90))}
            for key, s in self._series.items()
        }

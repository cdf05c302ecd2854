"""Derived request figures and the settings schema."""

from __future__ import annotations

from app.core.metrics import RequestMetrics, RequestTimer, RollingStats, percentile
from app.core.settings import Settings


def test_percentile_interpolates() -> None:
    assert percentile([], 50) is None
    assert percentile([5.0], 90) == 5.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile(list(map(float, range(11))), 90) == 9.0


def test_metrics_from_stamps() -> None:
    timer = RequestTimer(submitted=10.0, started=10.002, first_piece=10.030, finished=10.130)
    timer.prompt_tokens, timer.completion_tokens = 80, 11
    timer.prefill_s, timer.decode_s, timer.decode_tokens = 0.025, 0.1, 10
    m = RequestMetrics.from_timer(7, timer, cancelled=False)
    assert round(m.queue_wait_ms, 3) == 2.0
    assert round(m.ttft_ms or 0, 3) == 30.0
    assert round(m.total_ms, 3) == 130.0
    assert round(m.decode_tokens_per_s or 0, 3) == 100.0
    assert set(m.as_json()) >= {"ttft_ms", "prefill_ms", "prompt_tokens", "completion_tokens",
                                "decode_tokens_per_s", "total_ms"}  # fmt: skip


def test_rolling_stats_window() -> None:
    stats = RollingStats(window=3)
    for i in range(5):
        timer = RequestTimer(submitted=0.0, started=0.0, first_piece=(i + 1) / 1000, finished=1.0)
        stats.add(RequestMetrics.from_timer(i, timer, cancelled=False))
    assert stats.count == 5
    assert stats.summary()["ttft_p50"] == 4.0


def test_settings_repair_resets_only_bad_fields() -> None:
    settings = Settings(source_lang="xx", target_lang="de", gpu_layers=-7, threads=1)
    repaired, bad = settings.repaired()
    assert sorted(bad) == ["gpu_layers", "source_lang"]
    assert repaired.source_lang == "en" and repaired.target_lang == "de"
    assert repaired.gpu_layers == -1 and repaired.threads == 1

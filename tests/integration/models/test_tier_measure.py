"""Both bundled models timed for real on one sentence each; the budget decides which one is chosen."""

from __future__ import annotations

import math

from app.core.bench.tier_probe import bundled_candidates, measure_tiers
from app.core.models.tier import Budget, choose, hardware_fingerprint

SENTENCE = ("Could you tell me where the nearest train station is, please?",)


def test_the_best_model_that_meets_the_budget_is_chosen() -> None:
    generous = Budget(12, 600.0)  # both models meet it, on any machine
    record = measure_tiers(budget=generous, sentences=SENTENCE)
    assert [t.tier for t in record.timings] == ["quality", "fast"]
    quality, fast = (record.timing(t) for t in ("quality", "fast"))
    assert quality is not None and fast is not None
    assert not quality.problem and not fast.problem and len(quality.sentence_ms) == 1
    assert record.chosen == "quality" and record.fingerprint == hardware_fingerprint()
    assert quality.median_ms is not None and fast.median_ms is not None
    assert quality.median_ms > fast.median_ms  # 1.5B parameters against 270M
    # A budget only the fast model meets, then one that neither meets: the fast model either way.
    between = Budget(12, math.sqrt(quality.median_ms * fast.median_ms) / 1000)
    assert choose(record.timings, between)[0] == "fast"
    assert "quality is too slow here" in choose(record.timings, between)[1]
    tier, why = choose(record.timings, Budget(12, 0.001))
    assert tier == "fast" and "no bundled model meets the budget" in why


def test_a_missing_quality_model_is_reported_and_not_chosen() -> None:
    quality, fast = bundled_candidates()
    missing = type(quality)(quality.tier, quality.title, quality.path, installed=False)
    record = measure_tiers(budget=Budget(12, 600.0), sentences=SENTENCE, candidates=[missing, fast])
    assert record.timing("quality").problem == "not installed"  # type: ignore[union-attr]
    assert record.chosen == "fast"

"""The tier rules: the user's override wins, a record counts only on the hardware it was made on."""

from __future__ import annotations

from dataclasses import replace

from app.core.models.tier import (
    REALTIME_BUDGET,
    Budget,
    Fingerprint,
    TierRecord,
    TierTiming,
    choose,
    decide,
    describe_record,
    measured,
)
from app.core.settings import Settings

HERE = Fingerprint("Some CPU", 8, "CPU")
SLOW_QUALITY = (TierTiming("quality", "Q", (1800.0, 2000.0, 2100.0), (300.0,) * 3),
                TierTiming("fast", "F", (300.0, 320.0, 350.0), (40.0,) * 3))  # fmt: skip


def test_a_record_round_trips_through_the_settings_text() -> None:
    record = measured(SLOW_QUALITY, HERE, REALTIME_BUDGET)
    again = TierRecord.from_json(record.to_json())
    assert again == record and again.chosen == "fast"
    assert TierRecord.from_json("{not json") is None and TierRecord.from_json('{"chosen": 1}') is None


def test_the_override_wins_over_the_measurement() -> None:
    record = measured(SLOW_QUALITY, HERE, Budget(12, 5.0))  # quality meets this one
    assert record.chosen == "quality"
    text = record.to_json()
    assert decide("auto", text, HERE).tier == "quality"
    forced = decide("fast", text, HERE)
    assert (forced.tier, forced.source, forced.needs_measurement) == ("fast", "override", False)


def test_a_hardware_change_asks_for_a_new_measurement() -> None:
    text = measured(SLOW_QUALITY, HERE, Budget(12, 5.0)).to_json()
    for other in (replace(HERE, cpus=4), replace(HERE, cpu="Other CPU"), replace(HERE, backend="CUDA")):
        decision = decide("auto", text, other)
        assert decision.needs_measurement and decision.record is None
        assert (decision.tier, decision.source) == ("fast", "default")
        assert "other hardware" in decision.reason
    assert decide("auto", "", HERE).needs_measurement


def test_a_model_that_could_not_be_timed_is_never_chosen() -> None:
    broken = (TierTiming("quality", "Q", problem="not installed"), SLOW_QUALITY[1])
    tier, why = choose(broken, Budget(12, 100.0))
    assert tier == "fast" and "budget" in why
    lines = describe_record(measured(broken, HERE, REALTIME_BUDGET))
    assert any("not measured: not installed" in line for line in lines)


def test_the_settings_keep_the_tier_and_refuse_an_unknown_one() -> None:
    settings = Settings(model_tier="turbo")
    repaired, bad = settings.repaired()
    assert bad == ["model_tier"] and repaired.model_tier == "auto"
    assert Settings().model_tier == "auto" and Settings().tier_record == ""

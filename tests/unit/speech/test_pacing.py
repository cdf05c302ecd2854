"""The pacing policy on synthetic timings: what it does as decodes get dearer and lag grows."""

from __future__ import annotations

import pytest

from app.core.speech.pacing import (
    FEWER_REDECODES,
    SHORTER_WINDOW,
    TENTATIVE_PAUSED,
    PaceState,
    PacingConfig,
    PacingPolicy,
)


def test_redecodes_come_less_often_as_they_get_dearer_and_recover() -> None:
    policy = PacingPolicy(PacingConfig(smoothing=1.0))  # no smoothing: each decode counts alone
    assert policy.decode_interval_s() == 0.5  # nothing measured yet
    policy.decoded(0.1)
    assert policy.decode_interval_s() == 0.5  # cheap: the normal cadence
    policy.decoded(0.6)
    assert policy.decode_interval_s() == pytest.approx(1.2)  # at most half of real time decoding
    policy.decoded(5.0)
    assert policy.decode_interval_s() == 3.0  # never rarer than this
    policy.decoded(0.2)
    assert policy.decode_interval_s() == 0.5


def test_decode_costs_are_smoothed() -> None:
    policy = PacingPolicy(PacingConfig(smoothing=0.5))
    policy.decoded(0.2)
    policy.decoded(1.0)
    assert policy.decode_s == pytest.approx(0.6)


def test_falling_behind_pauses_tentative_text_until_caught_up_for_a_while() -> None:
    policy = PacingPolicy()
    assert policy.observe(0.0, 0.2, 0) is None  # keeping up: nothing changed
    assert policy.tentative_allowed(0) and policy.buffer_cap_s(10.0) == 10.0
    state = policy.observe(1.0, 1.4, 0)
    assert state == PaceState(True, (TENTATIVE_PAUSED, SHORTER_WINDOW), 1400.0)
    assert state.message == "Busy: tentative text paused, shorter audio window"
    assert not policy.tentative_allowed(0) and policy.buffer_cap_s(10.0) == 6.0
    assert policy.observe(1.1, 1.6, 0) is None  # same actions: no new state to show
    # Lag goes down, but stays behind until it has been low for calm_s (3 s).
    assert policy.observe(2.0, 0.3, 0) is None
    assert policy.observe(4.0, 0.7, 0) is None  # not low enough: the calm restarts
    assert policy.observe(4.5, 0.2, 0) is None
    assert policy.observe(7.0, 0.2, 0) is None and policy.behind
    state = policy.observe(7.6, 0.2, 0)
    assert state is not None and not state.behind and state.message == "Keeping up"
    assert policy.tentative_allowed(0)


def test_finals_piling_up_is_falling_behind() -> None:
    policy = PacingPolicy()
    state = policy.observe(0.0, 0.4, 2)
    assert state is not None and state.behind
    for t in (1.0, 3.0, 5.0):  # still two waiting: behind, however small the lag
        assert policy.observe(t, 0.1, 2) is None
    assert policy.behind
    # One final (the one being translated) is normal work: calm again after calm_s.
    assert policy.observe(6.0, 0.1, 1) is None
    state = policy.observe(9.0, 0.1, 1)
    assert state is not None and not state.behind


def test_dearer_redecodes_are_said_while_behind() -> None:
    policy = PacingPolicy(PacingConfig(smoothing=1.0))
    policy.decoded(0.5)
    state = policy.observe(0.0, 2.0, 0)
    assert state is not None and state.actions == (TENTATIVE_PAUSED, FEWER_REDECODES, SHORTER_WINDOW)
    assert policy.decode_interval_s() == pytest.approx(1.5)  # room to catch up: 1.5 × (0.5 / 0.5)


def test_no_tentative_translation_while_a_final_waits() -> None:
    policy = PacingPolicy()
    assert not policy.behind
    assert not policy.tentative_allowed(1)


def test_redecodes_wait_for_a_running_final_but_not_for_long() -> None:
    policy = PacingPolicy(PacingConfig(final_hold_s=1.5))
    assert policy.redecode_allowed(10.0, final_running=False)
    assert not policy.redecode_allowed(10.5, final_running=True)
    assert not policy.redecode_allowed(11.9, final_running=True)
    assert policy.redecode_allowed(12.0, final_running=True)  # held 1.5 s: one goes through
    assert not policy.redecode_allowed(12.1, final_running=True)  # ...then it holds again
    assert policy.redecode_allowed(12.2, final_running=False)

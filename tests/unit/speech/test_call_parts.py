"""The parts of a call that need no audio server: fixed sides and the echo gate."""

from __future__ import annotations

import numpy as np

from app.core.conversation.parties import Conversation
from app.core.speech.call import GATE_HOLD_S, GATE_LOOKAHEAD_S, EchoGate, FixedSide
from app.core.speech.directions import Side
from tests.speech_clips import samples


def test_a_side_is_the_devices_whatever_language_is_heard() -> None:
    conversation = Conversation.between("en", "fr")
    them = FixedSide(conversation, Side.B)
    # tiny.en hears everything as English: still Person B, translated into A's language.
    assert (them.side_of("en"), them.target_for("en")) == ("b", "en")
    me = FixedSide(conversation, Side.A)
    assert (me.side_of("fr"), me.target_for("fr")) == ("a", "fr")
    assert me.pair == ("en", "fr")


def test_the_microphone_is_silenced_around_the_time_the_other_side_is_heard() -> None:
    gate = EchoGate()
    speech = samples("thanks")[16_000:16_800]  # 50 ms of a voice
    quiet = np.zeros(800, np.float32)
    mine = speech.copy()
    gate.heard([quiet], now=1.0)
    assert gate.apply([mine], now=1.0) == []  # held: the loopback may still bring the cause
    (passed,) = gate.apply([], now=1.0 + GATE_LOOKAHEAD_S)
    assert passed is mine  # nothing heard from them: the microphone passes
    # The echo reaches the microphone before the loopback delivers what the speakers played.
    gate.apply([mine], now=2.0)
    gate.heard([speech], now=2.0 + GATE_LOOKAHEAD_S / 2)
    (muted,) = gate.apply([], now=2.0 + GATE_LOOKAHEAD_S)
    assert not np.any(muted) and muted.size == mine.size  # silence of the same length
    gate.apply([mine], now=2.25 + GATE_HOLD_S - 0.01)  # still within the hold after them
    assert not np.any(gate.flush()[0])
    gate.apply([mine], now=2.25 + GATE_HOLD_S + 0.1)
    assert gate.flush()[0] is mine
    assert gate.gated_s > 0

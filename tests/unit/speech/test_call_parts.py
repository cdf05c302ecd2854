"""The parts of a call that need no audio server: fixed sides and the echo gate."""

from __future__ import annotations

import numpy as np

from app.core.conversation.parties import Conversation
from app.core.speech.call import GATE_HOLD_S, EchoGate, FixedSide
from tests.speech_clips import samples


def test_a_side_is_the_devices_whatever_language_is_heard() -> None:
    conversation = Conversation.between("en", "fr")
    them = FixedSide(conversation, "b")
    # tiny.en hears everything as English: still Person B, translated into A's language.
    assert (them.side_of("en"), them.target_for("en")) == ("b", "en")
    me = FixedSide(conversation, "a")
    assert (me.side_of("fr"), me.target_for("fr")) == ("a", "fr")
    assert me.pair == ("en", "fr")


def test_the_microphone_is_silenced_while_the_other_side_is_heard_and_a_moment_after() -> None:
    gate = EchoGate()
    speech = samples("thanks")[16_000:16_800]  # 50 ms of a voice
    quiet = np.zeros(800, np.float32)
    mic = [speech.copy()]
    gate.heard([quiet], now=1.0)
    assert gate.apply(mic, now=1.0) is mic  # nothing heard from them: the microphone passes
    gate.heard([speech], now=2.0)
    muted = gate.apply(mic, now=2.0)
    assert not np.any(muted[0]) and muted[0].size == mic[0].size  # silence of the same length
    assert not np.any(gate.apply(mic, now=2.0 + GATE_HOLD_S - 0.01)[0])
    assert gate.apply(mic, now=2.0 + GATE_HOLD_S + 0.01) is mic
    assert gate.gated_s > 0

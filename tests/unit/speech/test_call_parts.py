"""The parts of a call that need no audio server: fixed sides and the echo gate."""

from __future__ import annotations

import numpy as np

from app.core.conversation.parties import Conversation
from app.core.speech.audio import AudioBlock
from app.core.speech.call import GATE_HOLD_S, GATE_LOOKAHEAD_S, GATE_WAIT_S, EchoGate, FixedSide
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


def _block(samples: np.ndarray, at: float) -> AudioBlock:
    return AudioBlock(samples, at)


SPEECH = samples("thanks")[16_000:16_800]  # 50 ms of a voice
QUIET = np.zeros(800, np.float32)
STEP = 800 / 16_000


def _hear(gate: EchoGate, piece: np.ndarray, start: float, end: float) -> None:
    """The other side's audio from `start` to `end`, in 50 ms blocks."""
    gate.heard([_block(piece, start + i * STEP) for i in range(round((end - start) / STEP))])


def test_the_microphone_is_silenced_around_the_time_the_other_side_is_heard() -> None:
    gate = EchoGate()
    mine = SPEECH.copy()
    _hear(gate, QUIET, 0.0, 1.0)
    assert gate.apply([_block(mine, 1.0)], now=1.0) == []  # held: the loopback may still bring the cause
    _hear(gate, QUIET, 1.0, 1.0 + STEP + GATE_LOOKAHEAD_S)
    (passed,) = gate.apply([], now=1.6)
    assert passed is mine  # nothing heard from them: the microphone passes
    # The echo reaches the microphone before the loopback delivers what the speakers played.
    gate.apply([_block(mine, 2.0)], now=2.0)
    _hear(gate, QUIET, 1.6, 2.25)
    assert gate.apply([], now=2.3) == []
    _hear(gate, SPEECH, 2.25, 2.3)
    _hear(gate, QUIET, 2.3, 2.6)
    (muted,) = gate.apply([], now=2.6)
    assert not np.any(muted) and muted.size == mine.size  # silence of the same length
    gate.apply([_block(mine, 2.3 + GATE_HOLD_S - 0.01)], now=3.0)  # still within the hold after them
    assert not np.any(gate.flush()[0])
    gate.apply([_block(mine, 2.3 + GATE_HOLD_S + 0.1)], now=3.5)
    assert gate.flush()[0] is mine
    assert gate.gated_s > 0


def test_a_loopback_read_late_on_a_busy_machine_still_silences_the_echo() -> None:
    gate = EchoGate()
    # Two seconds of the microphone hearing the speakers, read before the loopback's audio of
    # the same moment, which the speech thread gets only a second and a half later.
    spoken = [_block(SPEECH.copy(), 1.0 + i * STEP) for i in range(40)]
    _hear(gate, QUIET, 0.0, 1.0)
    assert gate.apply(spoken, now=3.0) == []  # waiting for the other side's audio of that moment
    _hear(gate, SPEECH, 1.0, 3.0)
    _hear(gate, QUIET, 3.0, 4.0)
    released = gate.apply([], now=4.5)
    assert len(released) == 40 and not any(np.any(piece) for piece in released)


def test_an_other_side_that_sends_nothing_delays_the_microphone_by_the_wait_at_most() -> None:
    gate = EchoGate()  # WASAPI loopback sends no packets at all while nothing plays
    mine = SPEECH.copy()
    gate.apply([_block(mine, 1.0)], now=1.0)
    assert gate.apply([], now=1.0 + STEP + GATE_LOOKAHEAD_S + GATE_WAIT_S - 0.01) == []
    (passed,) = gate.apply([], now=1.0 + STEP + GATE_LOOKAHEAD_S + GATE_WAIT_S)
    assert passed is mine


def test_the_microphone_is_placed_on_the_other_sides_clock() -> None:
    gate = EchoGate()
    gate.offset_s = 0.4  # the loopback started 0.4 s before the microphone
    _hear(gate, QUIET, 0.0, 1.4)
    _hear(gate, SPEECH, 1.4, 1.5)
    _hear(gate, QUIET, 1.5, 3.0)
    (first,) = gate.apply([_block(SPEECH.copy(), 1.0), _block(SPEECH.copy(), 2.5)], now=3.0)
    (second,) = gate.flush()
    assert not np.any(first) and np.any(second)  # 1.0 on the microphone's clock is 1.4 on theirs


def test_after_the_microphone_ends_the_gate_remembers_only_what_its_held_audio_needs() -> None:
    gate = EchoGate()
    _hear(gate, QUIET, 0.0, 1.0)
    gate.apply([_block(SPEECH.copy(), 1.0)], now=1.0)
    gate.microphone_ended()
    _hear(gate, SPEECH, 1.0, 2.0)  # still heard: the held audio's echo
    (muted,) = gate.apply([], now=2.0)
    assert not np.any(muted)
    remembered = len(gate._loud)
    _hear(gate, SPEECH, 2.0, 62.0)  # a minute more of the other side, nothing held any more
    assert len(gate._loud) == remembered

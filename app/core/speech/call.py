"""A call: the microphone is one party, what the computer plays is the other, both at once.

Each side has its own recognizer stream and language and its own listening session; both
feed the one shared translator, so finals of either side run in the order spoken and none is
dropped. Without headphones the microphone also hears the speakers: the microphone is gated
(its audio replaced by silence, so its clock and timestamps stay true) while the other side
is audible, so the other side is never translated twice. Acoustic echo cancellation would
keep both voices during double talk; the maintained Python bindings we found (speexdsp-aec,
pywebrtc-audio) need the far-end and near-end streams sample-aligned, which two independent
devices with different latencies are not, so gating is the honest default: headphones work best.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from app.core.speech.audio import SAMPLE_RATE, AudioBlock, level_dbfs
from app.core.speech.directions import Directions, Side

if TYPE_CHECKING:
    from app.core.speech.service import _Run

GATE_DB = -45.0  # the other side is audible above this level (dBFS)
GATE_HOLD_S = 0.6  # and the microphone stays gated this long after (room echo, VAD tail)
GATE_LOOKAHEAD_S = 0.5  # and this long before: the loopback may lag the microphone
# Longest the microphone waits for the other side's audio of the same moment: WASAPI loopback
# sends nothing while nothing plays, and a busy machine may deliver the loopback late.
GATE_WAIT_S = 1.5
POLL_S = 0.02


@dataclass(frozen=True)
class FixedSide:
    """A call's side is known from the device, not guessed from the language heard."""

    conversation: Directions
    side: Side
    translate: bool = True  # False: each side is only transcribed

    @property
    def pair(self) -> tuple[str, str]:
        return self.conversation.pair

    def side_of(self, language: str) -> Side:
        return self.side

    def target_for(self, language: str) -> str:
        if not self.translate:
            return ""
        a, b = self.conversation.pair
        return b if self.side == Side.A else a


class EchoGate:
    """Silences the microphone while the other side carries sound, and a moment either side.

    Both sides are placed by their audio's own timestamps (the microphone's moved onto the
    other side's clock by `offset_s`, the difference of the two clocks when both started), not
    by when the speech thread got round to reading them: on a busy machine the loopback may be
    read a second or more after the microphone. A piece of the microphone's audio is held until
    the other side's audio of `lookahead_s` after it has arrived (the speakers' echo reaches the
    microphone before the loopback delivers what caused it), or for `wait_s` more at the most,
    then silenced if the other side was audible from `hold_s` before it to `lookahead_s` after it.
    """

    def __init__(self, threshold_db: float = GATE_DB, hold_s: float = GATE_HOLD_S,
                 lookahead_s: float = GATE_LOOKAHEAD_S, wait_s: float = GATE_WAIT_S) -> None:  # fmt: skip
        self.threshold_db = threshold_db
        self.hold_s = hold_s
        self.lookahead_s = lookahead_s
        self.wait_s = wait_s
        self.offset_s = 0.0  # the other side's clock minus the microphone's
        self._loud: deque[tuple[float, float]] = deque()  # the other side audible, from, to
        self._heard_until = 0.0  # the other side's audio arrived so far, on its clock
        self._held: deque[tuple[float, float, np.ndarray]] = deque()  # microphone audio, from, to
        self._released_until = 0.0
        self.gated_s = 0.0  # microphone audio silenced so far
        self._microphone_ended = False

    def microphone_ended(self) -> None:
        """No more microphone audio will come: loudness matters only to what is still held."""
        self._microphone_ended = True

    def heard(self, blocks: list[AudioBlock]) -> None:
        """The other side's newest audio."""
        for block in blocks:
            end = block.start_s + block.samples.size / SAMPLE_RATE
            # Without this, a call whose microphone ended would remember every loud block until its end.
            remember = not self._microphone_ended or bool(self._held)
            if remember and level_dbfs(block.samples) > self.threshold_db:
                self._loud.append((block.start_s, end))
            self._heard_until = max(self._heard_until, end)

    def apply(self, blocks: list[AudioBlock], now: float) -> list[np.ndarray]:
        """The microphone's newest audio in, and the other side's clock now; what the recognizer
        should hear of the microphone out (later, and in order)."""
        for block in blocks:
            start = block.start_s + self.offset_s
            self._held.append((start, start + block.samples.size / SAMPLE_RATE, block.samples))

        def due(end: float) -> bool:
            return end + self.lookahead_s <= self._heard_until or end + self.lookahead_s + self.wait_s <= now

        return self._release(due)

    def flush(self) -> list[np.ndarray]:
        """Everything still held, at the end."""
        return self._release(lambda end: True)

    def _release(self, due: Callable[[float], bool]) -> list[np.ndarray]:
        out = []
        while self._held and due(self._held[0][1]):
            start, end, piece = self._held.popleft()
            if any(s <= end + self.lookahead_s and e >= start - self.hold_s for s, e in self._loud):
                self.gated_s += piece.size / SAMPLE_RATE
                piece = np.zeros_like(piece)
            out.append(piece)
            self._released_until = end
        # Later microphone audio starts after what was released: older loudness cannot touch it.
        while self._loud and self._loud[0][1] < self._released_until - self.hold_s:
            self._loud.popleft()
        return out


def run_call(mine: _Run, theirs: _Run, gate: EchoGate | None = None) -> None:
    """Both sides on the speech thread, in turn, until both sources end."""
    from app.core.speech.events import ListeningStarted

    gate = gate or EchoGate()
    # Each clock counts from its own device's start; both have handed out (almost) nothing yet.
    gate.offset_s = theirs.source.now() - mine.source.now()
    for run in (mine, theirs):
        run.emit(ListeningStarted(run.session.id, run.source.name))
    while not (mine.done and theirs.done):
        heard = [] if theirs.done else theirs.take_blocks(POLL_S)
        gate.heard(heard)
        spoken = [] if mine.done else mine.take_blocks(POLL_S)
        if mine.done:
            gate.microphone_ended()
        released = gate.apply(spoken, theirs.source.now())
        theirs.feed([block.samples for block in heard])
        mine.feed(released)
    mine.feed(gate.flush())
    for run in (theirs, mine):
        run.finish()
    for run in (theirs, mine):
        run.wait_finals()

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

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from app.core.speech.audio import level_dbfs
from app.core.speech.directions import Directions

if TYPE_CHECKING:
    from app.core.speech.service import _Run

GATE_DB = -45.0  # the other side is audible above this level (dBFS)
GATE_HOLD_S = 0.6  # and the microphone stays gated this long after (room echo, VAD tail)
POLL_S = 0.02


@dataclass(frozen=True)
class FixedSide:
    """A call's side is known from the device, not guessed from the language heard."""

    conversation: Directions
    side: str  # "a" or "b"

    @property
    def pair(self) -> tuple[str, str]:
        return self.conversation.pair

    def side_of(self, language: str) -> str:
        return self.side

    def target_for(self, language: str) -> str:
        a, b = self.conversation.pair
        return b if self.side == "a" else a


class EchoGate:
    """Silences the microphone while the other side carries sound, and a moment after."""

    def __init__(self, threshold_db: float = GATE_DB, hold_s: float = GATE_HOLD_S) -> None:
        self.threshold_db = threshold_db
        self.hold_s = hold_s
        self._open_at = 0.0  # on the other side's clock
        self.gated_s = 0.0  # microphone audio silenced so far

    def heard(self, pieces: list[np.ndarray], now: float) -> None:
        """The other side's newest audio, and its clock now."""
        if any(level_dbfs(p) > self.threshold_db for p in pieces):
            self._open_at = now + self.hold_s

    def apply(self, pieces: list[np.ndarray], now: float) -> list[np.ndarray]:
        """The microphone's newest audio, as the recognizer should hear it."""
        if now >= self._open_at or not pieces:
            return pieces
        self.gated_s += sum(p.size for p in pieces) / 16_000
        return [np.zeros_like(p) for p in pieces]


def run_call(mine: _Run, theirs: _Run, gate: EchoGate | None = None) -> None:
    """Both sides on the speech thread, in turn, until both sources end."""
    from app.core.speech.events import ListeningStarted

    gate = gate or EchoGate()
    for run in (mine, theirs):
        run.emit(ListeningStarted(run.session.id, run.source.name))
    while not (mine.done and theirs.done):
        heard = [] if theirs.done else theirs.take(POLL_S)
        gate.heard(heard, theirs.source.now())
        spoken = [] if mine.done else mine.take(POLL_S)
        # Both clocks start together, within a block: the other side's clock places the gate.
        spoken = gate.apply(spoken, theirs.source.now())
        theirs.feed(heard)
        mine.feed(spoken)
    for run in (theirs, mine):
        run.finish()
    for run in (theirs, mine):
        run.wait_finals()

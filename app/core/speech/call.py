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

from app.core.speech.audio import level_dbfs
from app.core.speech.directions import Directions, Side

if TYPE_CHECKING:
    from app.core.speech.service import _Run

GATE_DB = -45.0  # the other side is audible above this level (dBFS)
GATE_HOLD_S = 0.6  # and the microphone stays gated this long after (room echo, VAD tail)
GATE_LOOKAHEAD_S = 0.5  # and this long before: the loopback may lag the microphone
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

    The two devices have their own latencies: the speakers' echo may reach Parley through the
    microphone before the loopback delivers what caused it. So the microphone's audio is held
    for `lookahead_s` and silenced if the other side was audible from `hold_s` before it to
    `lookahead_s` after it (all on the other side's clock).
    """

    def __init__(self, threshold_db: float = GATE_DB, hold_s: float = GATE_HOLD_S,
                 lookahead_s: float = GATE_LOOKAHEAD_S) -> None:  # fmt: skip
        self.threshold_db = threshold_db
        self.hold_s = hold_s
        self.lookahead_s = lookahead_s
        self._loud: deque[float] = deque()  # when the other side was audible
        self._held: deque[tuple[float, np.ndarray]] = deque()  # microphone audio and when it came
        self.gated_s = 0.0  # microphone audio silenced so far

    def heard(self, pieces: list[np.ndarray], now: float) -> None:
        """The other side's newest audio, and its clock now."""
        if any(level_dbfs(p) > self.threshold_db for p in pieces):
            self._loud.append(now)
        while self._loud and self._loud[0] < now - self.hold_s - 2 * self.lookahead_s:
            self._loud.popleft()

    def apply(self, pieces: list[np.ndarray], now: float) -> list[np.ndarray]:
        """The microphone's newest audio in; what the recognizer should hear of it out (delayed)."""
        self._held.extend((now, p) for p in pieces)
        return self._release(lambda at: at <= now - self.lookahead_s)

    def flush(self) -> list[np.ndarray]:
        """Everything still held, at the end."""
        return self._release(lambda at: True)

    def _release(self, due: Callable[[float], bool]) -> list[np.ndarray]:
        out = []
        while self._held and due(self._held[0][0]):
            at, piece = self._held.popleft()
            if any(at - self.hold_s <= loud <= at + self.lookahead_s for loud in self._loud):
                self.gated_s += piece.size / 16_000
                piece = np.zeros_like(piece)
            out.append(piece)
        return out


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
    mine.feed(gate.flush())
    for run in (theirs, mine):
        run.finish()
    for run in (theirs, mine):
        run.wait_finals()

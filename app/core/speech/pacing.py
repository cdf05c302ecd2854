"""How much speech work the machine can afford right now, decided from measured timings.

On a slow or busy machine the speech pipeline has more to do than time to do it: each
re-decode of the rolling buffer costs more, tentative translations hold the engine, and a
final translation shares the cores with Whisper. The policy here watches what decodes cost
and how far the pipeline trails the audio, and spends the CPU on what the listener needs
first: finals are never dropped and go first; re-decodes come less often as they get
dearer and wait while a final is translated; tentative translations pause while behind;
the rolling buffer is held shorter so every decode stays cheap. Once the pipeline has
caught up for a while, it goes back to normal.

Plain data and arithmetic on times given to it, so it is tested with synthetic timings.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP, Message, listed

TENTATIVE_PAUSED = QT_TRANSLATE_NOOP("core", "tentative text paused")
FEWER_REDECODES = QT_TRANSLATE_NOOP("core", "re-decoding less often")
SHORTER_WINDOW = QT_TRANSLATE_NOOP("core", "shorter audio window")


@dataclass(frozen=True)
class PacingConfig:
    base_interval_s: float = 0.5  # re-decode cadence with time to spare (the recognizer's default)
    max_interval_s: float = 3.0  # ...and the slowest it gets: LocalAgreement needs two decodes
    decode_share: float = 0.5  # re-decodes may take at most this share of real time
    smoothing: float = 0.3  # weight of the newest decode in the running mean of decode times
    behind_lag_s: float = 1.0  # trailing the audio by more than this is falling behind
    caught_up_lag_s: float = 0.5  # ...and by less than this, for `calm_s`, has caught up
    calm_s: float = 3.0
    behind_finals: int = 2  # this many finals waiting for their translation is falling behind too
    busy_buffer_s: float = 6.0  # longest audio held while behind (a decode costs about its length)
    final_hold_s: float = 1.5  # longest a re-decode waits for a running final translation


@dataclass(frozen=True)
class PaceState:
    """What the pipeline is doing about its load; the panel shows `message`."""

    behind: bool
    actions: tuple[str, ...] = ()
    lag_ms: float = 0.0

    @property
    def message(self) -> str:
        if not self.behind:
            return Message(QT_TRANSLATE_NOOP("core", "Keeping up"))
        if not self.actions:
            return Message(QT_TRANSLATE_NOOP("core", "Busy"))
        return Message(QT_TRANSLATE_NOOP("core", "Busy: {actions}"), actions=listed(self.actions))


class PacingPolicy:
    """One listening session's pacing. Times are seconds on the source's clock."""

    def __init__(self, config: PacingConfig | None = None) -> None:
        self.config = config or PacingConfig()
        self.decode_s: float | None = None  # running mean of a re-decode's cost
        self.behind = False
        self._calm_since: float | None = None
        self._hold_since: float | None = None
        self._state = PaceState(False)

    # -- what happened --------------------------------------------------------

    def decoded(self, decode_s: float) -> None:
        """A re-decode of the rolling buffer took `decode_s` (wall seconds)."""
        a = self.config.smoothing
        self.decode_s = decode_s if self.decode_s is None else (1 - a) * self.decode_s + a * decode_s

    def observe(self, now_s: float, lag_s: float, pending_finals: int) -> PaceState | None:
        """The pipeline's lag and finals still waiting; returns the new state when it changed."""
        cfg = self.config
        overloaded = lag_s > cfg.behind_lag_s or pending_finals >= cfg.behind_finals
        if overloaded:
            self.behind, self._calm_since = True, None
        elif self.behind:
            if lag_s >= cfg.caught_up_lag_s or pending_finals > 1:
                self._calm_since = None
            elif self._calm_since is None:
                self._calm_since = now_s
            elif now_s - self._calm_since >= cfg.calm_s:
                self.behind, self._calm_since = False, None
        state = PaceState(self.behind, self._actions(), round(lag_s * 1000.0, 1))
        changed = (state.behind, state.actions) != (self._state.behind, self._state.actions)
        self._state = state
        return state if changed else None

    @property
    def state(self) -> PaceState:
        return self._state

    # -- what to do -------------------------------------------------------------

    def decode_interval_s(self) -> float:
        """Re-decode cadence: as often as the machine affords, never rarer than `max_interval_s`."""
        cfg = self.config
        if self.decode_s is None:
            return cfg.base_interval_s
        wanted = self.decode_s / cfg.decode_share
        if self.behind:
            wanted *= 1.5  # leave room to catch up, not only to keep pace
        return min(cfg.max_interval_s, max(cfg.base_interval_s, wanted))

    def buffer_cap_s(self, normal_s: float) -> float:
        """Longest audio the recognizer holds before cutting at its last committed word."""
        return min(normal_s, self.config.busy_buffer_s) if self.behind else normal_s

    def tentative_allowed(self, finals_waiting: int) -> bool:
        """Tentative text is translated only with time to spare: not while behind, nor while a
        final translation is queued or running (it would only be replaced)."""
        return not self.behind and finals_waiting == 0

    def redecode_allowed(self, now_s: float, final_running: bool) -> bool:
        """A re-decode waits while a final is translated (the two would share the cores), but
        never longer than `final_hold_s` at a stretch, so the transcript keeps moving."""
        if not final_running:
            self._hold_since = None
            return True
        if self._hold_since is None:
            self._hold_since = now_s
        if now_s - self._hold_since >= self.config.final_hold_s:
            self._hold_since = now_s  # one re-decode, then hold again
            return True
        return False

    def _actions(self) -> tuple[str, ...]:
        if not self.behind:
            return ()
        actions = [TENTATIVE_PAUSED]
        if self.decode_interval_s() > self.config.base_interval_s:
            actions.append(FEWER_REDECODES)
        actions.append(SHORTER_WINDOW)
        return tuple(actions)

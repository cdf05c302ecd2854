"""Draft and refine for typed text: a fast engine drafts as you type, the main engine refines.

Each engine is a TranslationEngine with its own worker thread, so the refined translation
(the main model, slower and better) never waits behind a draft (the bundled fast model).
While typing, each pause sends the text to the draft engine; once the typing has paused for
REFINE_PAUSE_S (or on Send) the main engine translates it and its text replaces the draft.
TypedRefine is the window's bookkeeping for this, without Qt: which request's text may show,
and the two figures, first draft token and refined translation done.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

from app.core.models.families import AUTO
from app.core.translation.engine import EngineConfig

REFINE_PAUSE_S = 0.6  # typing paused this long (after the draft's own pause): the text counts as committed

Asked = tuple[str, str, str]  # text, source, target


def draft_config(main: EngineConfig) -> EngineConfig:
    """The draft engine's: the bundled fast model, with the main engine's options but its own preset."""
    return EngineConfig(
        None,
        dataclasses.replace(main.options, prompt_style=AUTO),
        main.context_sentences,
        main.warm_pair,
    )


@dataclass(frozen=True)
class RefineFigures:
    """Milliseconds from the moment the text was first sent (the draft's pause, or Send)."""

    draft_first_token_ms: float | None  # None: no draft was shown before the refined text
    refined_done_ms: float


class TypedRefine:
    """The newest typed text's draft and refinement; older requests' events are ignored."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Nothing typed: every request still running is stale."""
        self.asked: Asked | None = None
        self.draft_id: int | None = None
        self.final_id: int | None = None
        self._since = 0.0  # when this text was first sent
        self._draft_first: float | None = None
        self._final_shown = False

    def drafting(self, asked: Asked, request_id: int, at: float | None = None) -> None:
        """`asked` went to the draft engine as `request_id`: newer text, a fresh start."""
        self.asked, self.draft_id, self.final_id = asked, request_id, None
        self._since = time.perf_counter() if at is None else at
        self._draft_first = None
        self._final_shown = False

    def refining(self, asked: Asked, request_id: int, at: float | None = None) -> None:
        """`asked` went to the main engine as `request_id`."""
        if asked != self.asked:  # refined without a draft (Send, Ctrl+Enter, a language change)
            self.asked, self.draft_id = asked, None
            self._since = time.perf_counter() if at is None else at
            self._draft_first = None
        self.final_id = request_id
        self._final_shown = False

    def refined(self, asked: Asked) -> bool:
        """Whether `asked` is already refined, or being refined."""
        return asked == self.asked and self.final_id is not None

    def draft_shows(self, request_id: int, at: float | None = None) -> bool:
        """Whether a piece of draft `request_id` may show: it is the newest, and no refined text is shown."""
        if request_id != self.draft_id or self._final_shown:
            return False
        if self._draft_first is None:
            self._draft_first = time.perf_counter() if at is None else at
        return True

    def final_piece(self, request_id: int) -> bool:
        """A piece of the refined text came: from now on drafts of this text do not show."""
        if request_id != self.final_id:
            return False
        self._final_shown = True
        return True

    def final_done(self, request_id: int, at: float | None = None) -> RefineFigures | None:
        """The refined translation is done: the figures of this text, once."""
        if request_id != self.final_id:
            return None
        now = time.perf_counter() if at is None else at
        self._final_shown = True
        first = self._draft_first
        figures = RefineFigures(
            None if first is None else round((first - self._since) * 1000.0, 1),
            round((now - self._since) * 1000.0, 1),
        )
        self.final_id = -1  # done: refined() stays true, nothing more is counted
        return figures

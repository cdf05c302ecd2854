"""The window's offer to recover a damaged history, beside the notice that says it is damaged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.conversation.history import HistoryError
from app.core.conversation.history_recovery import damaged, recover
from app.ui.i18n import core_text, translate
from app.ui.notices import Action

ShowNotice = Callable[[str, str, "Action | None"], None]


def recovery_action(path: Path, show: ShowNotice) -> Action | None:
    """The button “Recover what can be read” when SQLite finds the history file damaged, else None.

    The recovered history takes the file's place and the damaged file is kept beside it; the
    notice then says what was saved. Conversations go on being kept after a restart, since this
    window's writer still holds the file it opened.
    """
    if not path.is_file() or not damaged(path):
        return None

    def run() -> None:
        try:
            result = recover(path)
        except HistoryError as exc:
            show("history", core_text(exc), None)
            return
        restart = translate("HistoryRepair", "{recovered} Restart Parley to keep new conversations in it.")
        show("history", restart.format(recovered=core_text(result.sentence())), None)

    return Action(translate("HistoryRepair", "Recover what can be read"), run)

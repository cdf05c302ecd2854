"""The window's offer to recover a damaged history, beside the notice that says it is damaged.

SQLite's check of the file and the recovery both read the whole history, which can take seconds
for a long one, so both run on a background thread; the notice shows at once and the offer joins
it when the check has found the file damaged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.core.conversation.history_recovery import Recovery, damaged, recover
from app.ui.background import Background
from app.ui.i18n import core_text, translate
from app.ui.notices import Action

ShowNotice = Callable[[str, str, "Action | None"], None]  # key, text in the interface language, action
KEY = "history"


class HistoryRepair(QObject):
    checked = Signal(bool)  # a check ended: whether the file is damaged (for tests and the log)

    def __init__(self, path: Path, show: ShowNotice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._show = show
        self._notice = ""  # the history notice the newest check is for ("" once it is gone)
        self._checking = Background(self)
        self._checking.done.connect(self._checked)
        self._recovering = Background(self)
        self._recovering.done.connect(self._recovered)

    def offer(self, notice: str) -> None:
        """The history notice now reads `notice` (translated; "" when it went away): look in the
        background whether the file is damaged, and if so add “Recover what can be read” to it."""
        self._notice = notice
        if notice:
            path = self.path
            self._checking.run(lambda: path.is_file() and damaged(path))

    @Slot(object, object)
    def _checked(self, result: object, error: object) -> None:
        found = result is True
        if found and self._notice:
            self._show(
                KEY,
                self._notice,
                Action(translate("HistoryRepair", "Recover what can be read"), self._recover),
            )
        self.checked.emit(found)

    def _recover(self) -> None:
        """The recovered history takes the file's place and the damaged file is kept beside it;
        conversations go on being kept after a restart, since this window's writer still holds
        the file it opened."""
        self._notice = ""  # a check still running must not offer the button again meanwhile
        self._show(KEY, translate("HistoryRepair", "Recovering the history…"), None)
        path = self.path
        self._recovering.run(lambda: recover(path))

    @Slot(object, object)
    def _recovered(self, result: object, error: object) -> None:
        if isinstance(result, Recovery):
            restart = translate(
                "HistoryRepair", "{recovered} Restart Parley to keep new conversations in it."
            )
            self._show(KEY, restart.format(recovered=core_text(result.sentence())), None)
        elif isinstance(error, Exception):
            self._show(KEY, core_text(error), None)

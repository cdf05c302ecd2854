"""Sentences of the core that the window shows in the user's language, without Qt here.

The core keeps writing English: the command line, the log and the tests read it as it is. A
sentence that can reach the window is marked with `QT_TRANSLATE_NOOP("core", ...)`, the marker
Qt's `lupdate` looks for by name, so the sentence lands in the translation sources; the window
translates it at its edge (`app.ui.i18n.core_text`). A sentence with data in it is a `Message`:
its English text as a plain `str` everywhere, with the template and the values kept beside it,
so the window can translate the template and fill in the same values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation under `context`; returns it unchanged."""
    return text


def sentence_of(error: BaseException) -> str:
    """The error's sentence: its `Message` when it was raised with one, so the window can translate it."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)


class Message(str):
    """An English sentence made from a marked template and its values; still a plain `str`."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        message = super().__new__(cls, template.format(**values))
        message.template = template
        message.values = values
        return message

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        # Made again from its template (a child process sends errors back pickled).
        return (self.template,), self.values


def listed(items: Sequence[str]) -> Message:
    """Items joined with ", " by a marked template, so the window joins them as its language does
    (each item a `Message`, translated in its turn)."""
    joined = Message("{item}", item=Message(items[0])) if items else Message("")
    for item in items[1:]:
        joined = Message(QT_TRANSLATE_NOOP("core", "{list}, {item}"), list=joined, item=Message(item))
    return joined

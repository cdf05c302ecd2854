"""What the speech pipeline needs to know of a conversation: who speaks a language, and into what."""

from __future__ import annotations

from typing import Protocol

from app.core.choices import Choice


class Side(Choice):
    """Who speaks: person A or person B of a conversation."""

    A = "a"
    B = "b"


class Directions(Protocol):
    """Two languages and the direction of each; app.core.conversation.parties implements it."""

    @property
    def pair(self) -> tuple[str, str]: ...

    def side_of(self, language: str) -> Side: ...

    def target_for(self, language: str) -> str: ...

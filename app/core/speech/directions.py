"""What the speech pipeline needs to know of a conversation: who speaks a language, and into what."""

from __future__ import annotations

from typing import Protocol


class Directions(Protocol):
    """Two languages and the direction of each; app.core.conversation.parties implements it."""

    @property
    def pair(self) -> tuple[str, str]: ...

    def side_of(self, language: str) -> str: ...

    def target_for(self, language: str) -> str: ...

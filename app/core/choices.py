"""The base of every closed set of strings in Parley (flash attention, devices, presets, sides…).

Plain data: imports nothing of Parley's.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

C = TypeVar("C", bound="Choice")


class Choice(str, Enum):
    """A member compares equal to its string and prints as it, so settings files, JSON and the
    command line keep holding plain words ("auto", "on"), as before these were enums."""

    def __str__(self) -> str:
        # Python 3.11 prints a mixed-in enum as "Class.MEMBER"; files and f-strings need the word.
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(str(member.value) for member in cls)

    @classmethod
    def parse(cls: type[C], text: str) -> C:
        """The member for a word in any case ("ON" is "on"); ValueError for another word."""
        return cls(text.strip().lower())

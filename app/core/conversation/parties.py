"""A conversation between two parties, each with a language: who spoke, and into what to translate."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.languages import get_language
from app.core.speech.directions import Side


@dataclass(frozen=True)
class Party:
    name: str
    language: str  # a code from app.core.languages


@dataclass(frozen=True)
class Conversation:
    a: Party
    b: Party

    @staticmethod
    def between(lang_a: str, lang_b: str, name_a: str = "", name_b: str = "") -> Conversation:
        return Conversation(
            Party(name_a or f"Person A ({get_language(lang_a).name})", lang_a),
            Party(name_b or f"Person B ({get_language(lang_b).name})", lang_b),
        )

    def party(self, side: str) -> Party:
        return self.a if side == "a" else self.b

    def other(self, side: str) -> Party:
        return self.b if side == "a" else self.a

    def side_of(self, language: str) -> Side:
        """Who speaks `language`; a language neither speaks counts as A's (B hears it translated)."""
        return Side.B if language == self.b.language and language != self.a.language else Side.A

    def target_for(self, language: str) -> str:
        """The language an utterance in `language` is translated into: the other party's."""
        return self.other(self.side_of(language)).language

    @property
    def pair(self) -> tuple[str, str]:
        return (self.a.language, self.b.language)

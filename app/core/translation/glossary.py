"""Term pairs per language pair: applied to the translation prompt, and given to the recogniser.

Stored with the settings as JSON: {"en-es": [["boarding pass", "tarjeta de embarque"], ...]}.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.languages import get_language

Terms = tuple[tuple[str, str], ...]


def matching_terms(text: str, terms: Sequence[tuple[str, str]], spaceless: bool = False) -> Terms:
    """The pairs whose source term occurs in `text`, as a whole word or phrase, in any case.

    Chinese and Japanese have no spaces between words: there any occurrence counts.
    """
    if spaceless:
        folded = text.casefold()
        return tuple((term, translation) for term, translation in terms if term.casefold() in folded)
    return tuple(
        (term, translation)
        for term, translation in terms
        if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE)
    )


def describe_terms(terms: Terms) -> str:
    return "; ".join(f"{term} → {translation}" for term, translation in terms)


@dataclass
class Glossary:
    pairs: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    @staticmethod
    def parse(text: str) -> Glossary:
        """A damaged or empty value reads as an empty glossary."""
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            return Glossary()
        if not isinstance(data, dict):
            return Glossary()
        pairs: dict[str, list[tuple[str, str]]] = {}
        for key, entries in data.items():
            if isinstance(entries, list):
                good = [(str(e[0]).strip(), str(e[1]).strip()) for e in entries
                        if isinstance(e, list | tuple) and len(e) == 2 and str(e[0]).strip()]  # fmt: skip
                if good:
                    pairs[str(key)] = good
        return Glossary(pairs)

    def dumps(self) -> str:
        return json.dumps({k: [list(e) for e in v] for k, v in self.pairs.items() if v}, ensure_ascii=False)

    def entries(self, source: str, target: str) -> list[tuple[str, str]]:
        return list(self.pairs.get(f"{source}-{target}", []))

    def set_entries(self, source: str, target: str, entries: Sequence[tuple[str, str]]) -> None:
        clean = [(s.strip(), t.strip()) for s, t in entries if s.strip()]
        key = f"{source}-{target}"
        if clean:
            self.pairs[key] = clean
        else:
            self.pairs.pop(key, None)

    def terms_for(self, text: str, source: str, target: str) -> Terms:
        """The pairs whose source term occurs in `text`: what the prompt gets."""
        return matching_terms(text, self.entries(source, target), get_language(source).spaceless)

    def hotwords(self, language: str) -> str:
        """Every source term for pairs out of `language`: words the recogniser should expect."""
        words: list[str] = []
        for key, entries in sorted(self.pairs.items()):
            if key.split("-")[0] == language:
                words += [term for term, _ in entries if term not in words]
        return " ".join(words)

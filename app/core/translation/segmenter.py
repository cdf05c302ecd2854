"""Splits input into sentences so that each one is translated (and cached) on its own.

Small prompts keep time to first token low, keep every request far inside the
model's context, and let an edit at the end of a paragraph re-translate only the
sentence that changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence longer than this is cut at a clause or word boundary: a 20,000-character
# paste with no punctuation must still fit the context a piece at a time.
MAX_SEGMENT_CHARS = 280

# No word of a language written with spaces is longer than this: a longer run with no space is
# a key, a hash, a URL or noise, which no model translates (it invents a sentence instead).
LONGEST_WORD = 64
# Scripts written without spaces between words: there a long run is ordinary text.
_SPACELESS_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)

_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "no", "jr", "sr", "approx"}
)

# End of a sentence: terminal punctuation (plus closing quotes or brackets) followed by
# whitespace, or a full-width terminator, which needs no space after it.
_BOUNDARY = re.compile(r"""(?:[.!?…]+["'”’»)\]]*(?=\s)|[。！？!?]+["'”’」』)）]*)""")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A sentence to translate and the break that follows it in the source."""

    text: str
    newlines: int = 0  # line breaks after the sentence (0 = same paragraph)
    last: bool = False
    cut: bool = False  # one of the pieces of a sentence too long to translate whole
    joined: bool = False  # cut inside a run with no space: the next piece continues it
    run: bool = False  # a piece of a run too long to be a word, however short the piece

    @property
    def verbatim(self) -> bool:
        """Nothing here to translate: it is copied as it is (see `has_words`)."""
        return self.run or not has_words(self.text)

    @property
    def lettered(self) -> bool:
        """It has letters: copying it as it is leaves something untranslated (not so for "42 %")."""
        return any(ch.isalpha() for ch in self.text)


def has_words(text: str) -> bool:
    """Whether text has a word to translate: a letter outside any run too long to be a word.

    Numbers, symbols and punctuation read the same in every language; a 5,000-character run of
    letters with no space is not language at all.
    """
    for run in text.split():
        if _long_run(run):
            continue
        if any(ch.isalpha() for ch in run):
            return True
    return False


def _long_run(run: str) -> bool:
    return len(run) > LONGEST_WORD and not _SPACELESS_SCRIPT.search(run)


def _apart(sentence: str) -> list[str]:
    """The sentence with each run too long to be a word on its own, so that the words around it
    are translated and it is left as it is."""
    parts: list[str] = []
    words: list[str] = []
    for run in sentence.split(" "):
        if _long_run(run):
            if words:
                parts.append(" ".join(words))
                words = []
            parts.append(run)
        else:
            words.append(run)
    if words:
        parts.append(" ".join(words))
    return [p for p in parts if p.strip()]


def _split_long(sentence: str, limit: int) -> list[tuple[str, bool]]:
    """Pieces of at most `limit` characters, each with whether the next one continues its run."""
    pieces: list[tuple[str, bool]] = []
    rest = sentence
    while len(rest) > limit:
        window = rest[:limit]
        # Prefer a clause boundary, then a word boundary, then a hard cut (CJK has no spaces).
        cut = max(window.rfind(p) for p in (", ", "; ", ": ", "，", "、", "；"))
        if cut >= limit // 3:
            cut += 1
        else:
            cut = window.rfind(" ")
            if cut < limit // 3:
                cut = limit
        inside = not rest[cut - 1].isspace() and not rest[cut].isspace()  # a hard cut in a run
        pieces.append((rest[:cut].strip(), inside))
        rest = rest[cut:].lstrip()
    if rest.strip():
        pieces.append((rest.strip(), False))
    return [p for p in pieces if p[0]]


def _is_abbreviation(text: str, end: int) -> bool:
    match = re.search(r"([\w.]+)\.$", text[:end])
    return match is not None and match.group(1).lower() in _ABBREVIATIONS


def _sentences(line: str) -> list[str]:
    out: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        if match.group().startswith(".") and _is_abbreviation(line, match.start() + 1):
            continue
        piece = line[start : match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    tail = line[start:].strip()
    if tail:
        out.append(tail)
    return out


def segment(text: str, limit: int = MAX_SEGMENT_CHARS) -> list[Segment]:
    """Split text into sentences, keeping how many line breaks follow each one."""
    sentences: list[str] = []
    breaks: list[int] = []  # line breaks after each sentence
    cuts: list[bool] = []
    joins: list[bool] = []
    runs: list[bool] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        for sentence in _sentences(_WHITESPACE.sub(" ", line)):
            parts = _apart(sentence)
            # Only a part that is one run (no space in it) can be a run too long to be a word.
            pieces = [(*piece, " " not in part and _long_run(part)) for part in parts
                      for piece in _split_long(part, limit)]  # fmt: skip
            sentences.extend(text for text, _, _ in pieces)
            joins.extend(joined for _, joined, _ in pieces)
            runs.extend(run for _, _, run in pieces)
            breaks.extend(0 for _ in pieces)
            cuts.extend(len(pieces) > 1 for _ in pieces)
        if breaks and index < len(lines) - 1:
            breaks[-1] += 1
    last = len(sentences) - 1
    return [
        Segment(s, n, last=i == last, cut=c, joined=j, run=r)
        for i, (s, n, c, j, r) in enumerate(zip(sentences, breaks, cuts, joins, runs))
    ]


def joiner(segment_: Segment, spaceless_target: bool, as_written: bool = False) -> str:
    """What to put after a segment's translation so that paragraphs survive; a piece left
    `as_written` that the next piece continues gets nothing, so the run stays whole."""
    if segment_.newlines:
        return "\n" * segment_.newlines
    if segment_.last or (as_written and segment_.joined):
        return ""
    return "" if spaceless_target else " "

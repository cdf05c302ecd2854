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


def _split_long(sentence: str, limit: int) -> list[str]:
    pieces: list[str] = []
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
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].lstrip()
    if rest.strip():
        pieces.append(rest.strip())
    return [p for p in pieces if p]


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
    lines = text.split("\n")
    for index, line in enumerate(lines):
        for sentence in _sentences(_WHITESPACE.sub(" ", line)):
            pieces = _split_long(sentence, limit)
            sentences.extend(pieces)
            breaks.extend(0 for _ in pieces)
        if breaks and index < len(lines) - 1:
            breaks[-1] += 1
    last = len(sentences) - 1
    return [Segment(s, n, last=i == last) for i, (s, n) in enumerate(zip(sentences, breaks))]


def joiner(segment_: Segment, spaceless_target: bool) -> str:
    """What to put after a segment's translation so that paragraphs survive."""
    if segment_.newlines:
        return "\n" * segment_.newlines
    if segment_.last:
        return ""
    return "" if spaceless_target else " "

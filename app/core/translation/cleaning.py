"""Cleans a model's raw output while it streams.

Small models wander: they prefix a label ("French: ..."), start the next few-shot
example ("English: ..."), or loop on a phrase. The cleaner decides, piece by piece,
what is safe to show now, what to hold back until it is known, and when to stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A loop: a unit of 2-40 characters repeated four times or more, or one character
# ten times or more, at the end of the text.
_REPEATED_UNIT = re.compile(r"(.{2,40}?)\1{3,}$", re.DOTALL)
_REPEATED_CHAR = re.compile(r"(.)\1{9,}$", re.DOTALL)
_TAIL = 240  # the repetition check looks at this many trailing characters only
# Chat models sometimes add a note after the translation: it ends the translation like a label.
NOTE_MARKERS = ("(Note:", "Note:", "(Translation:", "(Explanation:")
# Opening quote -> the closing quotes that pair with it; a chat model may wrap its whole answer in them.
_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“”", "「": "」", "『": "』", "'": "'"}


class StreamCleaner:
    """Turns the raw pieces of one sentence's translation into text to display.

    `feed` returns the text that may be shown now; `done` becomes true when the
    output should stop (a line break, an echoed label, a loop). `text` is the
    cleaned translation at any point, and is final once generation ends.
    """

    def __init__(self, labels: Iterable[str], source: str = "") -> None:
        self._labels = tuple(label.lower() for label in labels if label)
        # Labels may start the output; these only end it (a note after the translation).
        self._cuts = self._labels + tuple(marker.lower() for marker in NOTE_MARKERS)
        # Quotes around the whole output are the model's unless the source had them.
        opening = source.strip()[:1]
        self._unquote = bool(opening) and opening not in _QUOTES
        self._closing = ""  # the closing quotes to drop at the end, once an opening one was dropped
        self._raw = ""
        self._clean = ""
        self._shown = 0
        self.done = False
        self.looped = False  # the output was cut where it began to repeat itself

    @property
    def text(self) -> str:
        return self._clean.strip()

    def feed(self, piece: str) -> str:
        if self.done:
            return ""
        self._raw += piece
        self._clean, self.done = self._cleaned(self._raw)
        safe = len(self._clean) if self.done else self._safe_length(self._clean)
        # Leading whitespace is never shown; the strip also keeps `_shown` monotone.
        visible = self._clean[:safe]
        stripped = visible.lstrip()
        offset = len(visible) - len(stripped)
        start = max(self._shown, offset)
        if safe <= start:
            return ""
        out = self._clean[start:safe]
        self._shown = safe
        if self.done:
            out = out.rstrip()
        return out

    def finish(self) -> str:
        """Generation ended: release whatever was held back."""
        self.done = True
        self._clean = self._unquoted(self._clean.rstrip())
        start = max(self._shown, len(self._clean) - len(self._clean.lstrip()))
        out = self._clean[start:].rstrip()
        self._shown = len(self._clean)
        return out

    # -- rules ---------------------------------------------------------------

    def _cleaned(self, raw: str) -> tuple[str, bool]:
        text = raw.lstrip()
        # A leading label such as "French:" or "Translation:" is dropped.
        lowered = text.lower()
        for label in self._labels:
            if lowered.startswith(label):
                text = text[len(label) :].lstrip()
                break
        if self._unquote and text[:1] in _QUOTES:
            self._closing = _QUOTES[text[0]]
            text = text[1:].lstrip()
        # One sentence in, one line out: a line break ends the translation.
        done = "\n" in text
        text = text.split("\n", 1)[0]
        cut = self._label_position(text)
        if cut is not None:
            text, done = text[:cut], True
        tail_start = max(0, len(text) - _TAIL)
        tail = text[tail_start:]
        loop = _REPEATED_UNIT.search(tail) or _REPEATED_CHAR.search(tail)
        if loop:
            text, done = text[: tail_start + loop.start(1) + len(loop.group(1))], True
            self.looped = True
        if done:
            text = self._unquoted(text.rstrip())
        return text.rstrip() if done else text, done

    def _unquoted(self, text: str) -> str:
        """The text without the closing quote of an opening one already dropped (when it has one)."""
        if self._closing and text[-1:] in self._closing:
            return text[:-1].rstrip()
        if self._closing and len(text) > 1 and text[-2] in self._closing and text[-1] in ".!?。！？":
            return text[:-2] + text[-1]  # «Bonjour». keeps its full stop
        return text

    def _label_position(self, text: str) -> int | None:
        """Where an echoed label starts (the model beginning a new example)."""
        lowered = text.lower()
        positions = [
            match.start()
            for label in self._cuts
            for match in re.finditer(r"(?<=\s)" + re.escape(label), lowered)
        ]
        return min(positions) if positions else None

    def _safe_length(self, text: str) -> int:
        """Hold back a tail that could still grow into a label or a line break."""
        if not text.strip():
            return 0
        lowered = text.lower()
        if any(label.startswith(lowered.lstrip()) for label in self._labels):
            return 0  # the whole output so far may be a leading label
        hold = 0
        for label in self._cuts:
            for size in range(min(len(label) - 1, len(lowered)), 0, -1):
                start = len(lowered) - size
                at_word_start = start == 0 or lowered[start - 1].isspace()
                if at_word_start and lowered.endswith(label[:size]):
                    hold = max(hold, size)
                    break
        safe = len(text) - hold
        # A closing quote waits: it is dropped if it ends the output.
        while self._closing and safe > 0 and text[safe - 1] in self._closing + ".!?。！？":
            safe -= 1
        # Trailing whitespace waits: it may be the start of the line break that ends it.
        while safe > 0 and text[safe - 1].isspace():
            safe -= 1
        return safe


# A repetition anywhere: a unit of 1-40 characters four times or more in a row.
_RUNAWAY = re.compile(r"(.{1,40}?)\1{3,}", re.DOTALL)


def degenerate(source: str, output: str, looped: bool = False) -> str | None:
    """Why `output` is no translation of `source`, in a few words; None when it may be one.

    A damaged or unsuitable model answers a sentence with nothing, with punctuation, or with
    one phrase over and over. `looped` says the cleaner already cut such a loop off: what is
    left is a translation only if it is not far shorter than the source.
    """
    if not any(ch.isalpha() for ch in source):
        return None  # no words to translate (numbers, symbols), so nothing can be missing
    text = output.strip()
    if not text:
        return "it was empty"
    if not any(ch.isalnum() for ch in text):
        return "it was only punctuation"
    if len(text.split()) >= 8 and _top_share(text) > 0.5 and _top_share(source) <= 0.25:
        return "it repeated one word over and over"
    if _mostly_loop(text) and not _mostly_loop(source.casefold()):
        return "it repeated itself over and over"
    if looped and len(text) * 4 < len(source.strip()) and not _mostly_loop(source):
        return "it repeated itself over and over"
    return None


def _mostly_loop(text: str) -> bool:
    """Whether one unit repeated four times or more makes up half of the text or more."""
    longest = max((len(m.group()) for m in _RUNAWAY.finditer(text.casefold())), default=0)
    return longest > 0 and longest * 2 >= len(text)


def _top_share(text: str) -> float:
    """How much of the text its commonest word makes up (punctuation aside)."""
    words = [w.strip(".,;:!?¡¿…\"'«»“”()") for w in text.casefold().split()]
    words = [w for w in words if w]
    return max(words.count(w) for w in set(words)) / len(words) if words else 0.0


def clean_translation(raw: str, labels: Iterable[str], source: str = "") -> str:
    """The cleaned form of a complete output (the non-streaming view of StreamCleaner)."""
    cleaner = StreamCleaner(labels, source)
    cleaner.feed(raw)
    cleaner.finish()
    return cleaner.text

"""The conversation: each turn's speaker, what was said and its translation, as they stream.

Tentative text (it may still change) is grey and italic; committed and final text is
plain. Reading mode shows only committed words and finished translations, for people who
prefer stable text to speed. The view redraws at most once per frame, however fast the
events come, and a finished turn's HTML is built once.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

FRAME_MS = 16
KEEP = 200  # turns kept on screen (the history keeps them all)
TENTATIVE_STYLE = "color:#8a8a8a;font-style:italic"
TRANSLATION_STYLE = "color:#0b4f8a"
SIDE_COLOURS = {"a": "#1f5f8b", "b": "#9a5b00", "": "#555555"}

Key = tuple[object, int]  # (listening session, utterance) or ("typed", n)


@dataclass
class UtteranceView:
    committed: str = ""
    tentative: str = ""
    translation: str = ""
    translation_final: bool = False
    final: bool = False
    language: str = ""
    speaker: str = ""  # the party's name; empty outside a conversation
    side: str = ""
    html: str = ""  # built once the turn is finished


class TranscriptView(QTextBrowser):
    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Press the microphone button, or open an audio file, and speak.")
        self.setOpenLinks(False)
        self.utterances: OrderedDict[Key, UtteranceView] = OrderedDict()
        self.reading_mode = False
        self.scale = 100  # percent of the normal text size
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._render)

    def _get(self, key: Key) -> UtteranceView:
        view = self.utterances.get(key)
        if view is None:
            view = self.utterances[key] = UtteranceView()
            while len(self.utterances) > KEEP:
                self.utterances.popitem(last=False)
        return view

    def set_speaker(self, session: object, utterance: int, speaker: str, side: str) -> None:
        view = self._get((session, utterance))
        if (view.speaker, view.side) != (speaker, side):
            view.speaker, view.side, view.html = speaker, side, ""
            self._schedule()

    def set_transcript(self, session: object, utterance: int, committed: str, tentative: str, language: str,
                       final: bool) -> None:  # fmt: skip
        key = (session, utterance)
        view = self._get(key)
        view.committed, view.tentative, view.final, view.html = committed, tentative, final, ""
        view.language = language or view.language
        if final and not committed:
            del self.utterances[key]  # a burst with no words
        self._schedule()

    def set_translation(self, session: object, utterance: int, text: str, final: bool) -> None:
        key = (session, utterance)
        if key not in self.utterances:
            return
        view = self.utterances[key]
        if view.translation_final and not final:
            return
        view.translation, view.translation_final, view.html = text, final, ""
        self._schedule()

    def add_turn(
        self, key: Key, speaker: str, side: str, source: str, translation: str, language: str
    ) -> None:
        """A whole turn at once (typed text, or one reopened from the history)."""
        self.utterances[key] = UtteranceView(source, "", translation, True, True, language, speaker, side)
        while len(self.utterances) > KEEP:
            self.utterances.popitem(last=False)
        self._schedule()

    def set_reading_mode(self, on: bool) -> None:
        self.reading_mode = on
        self._invalidate()

    def set_scale(self, percent: int) -> None:
        self.scale = percent
        self._invalidate()

    def clear_all(self) -> None:
        self.utterances.clear()
        self._schedule()

    def _invalidate(self) -> None:
        for view in self.utterances.values():
            view.html = ""
        self._schedule()

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _block(self, view: UtteranceView) -> str:
        if view.html:
            return view.html
        source = html.escape(view.committed)
        if view.tentative and not self.reading_mode:
            source += f' <span style="{TENTATIVE_STYLE}">{html.escape(view.tentative)}</span>'
        if not source:
            source = f'<span style="{TENTATIVE_STYLE}">…</span>'
        if view.speaker:
            colour = SIDE_COLOURS.get(view.side, SIDE_COLOURS[""])
            tag = f'<b style="color:{colour}">{html.escape(view.speaker)}</b> '
        else:
            tag = f'<span style="color:#666">[{html.escape(view.language)}]</span> ' if view.language else ""
        shown = view.translation if view.translation_final or not self.reading_mode else ""
        style = TRANSLATION_STYLE if view.translation_final else f"{TRANSLATION_STYLE};font-style:italic"
        size = f"font-size:{round(1.3 * self.scale)}%"
        translation = f'<span style="{style};{size}">{html.escape(shown)}</span>' if shown else ""
        block = f'<p style="font-size:{self.scale}%">{tag}{source}<br>→ {translation}</p>'
        if view.final and view.translation_final:
            view.html = block  # finished: never built again
        return block

    def to_html(self) -> str:
        return "".join(self._block(view) for view in self.utterances.values())

    def _render(self) -> None:
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.setHtml(self.to_html())
        if at_end:
            bar.setValue(bar.maximum())
        self.updated.emit()

    def plain_lines(self) -> list[tuple[str, str]]:
        """(source, translation) per utterance, committed text only, for copying and tests."""
        return [(v.committed, v.translation) for v in self.utterances.values()]

    def turns(self) -> list[UtteranceView]:
        return list(self.utterances.values())

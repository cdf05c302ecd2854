"""The spoken conversation: each utterance's transcript and its translation, as they stream.

Tentative text (it may still change) is grey and italic; committed and final text is
plain. The view redraws at most once per frame, however fast the events come.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

FRAME_MS = 16
KEEP = 200  # utterances kept on screen
TENTATIVE_STYLE = "color:#8a8a8a;font-style:italic"
TRANSLATION_STYLE = "color:#0b4f8a"


@dataclass
class UtteranceView:
    committed: str = ""
    tentative: str = ""
    translation: str = ""
    translation_final: bool = False
    final: bool = False
    language: str = ""


class TranscriptView(QTextBrowser):
    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Press the microphone button, or open an audio file, and speak.")
        self.setOpenLinks(False)
        self.utterances: OrderedDict[tuple[int, int], UtteranceView] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._render)

    def _get(self, session: int, utterance: int) -> UtteranceView:
        key = (session, utterance)
        view = self.utterances.get(key)
        if view is None:
            view = self.utterances[key] = UtteranceView()
            while len(self.utterances) > KEEP:
                self.utterances.popitem(last=False)
        return view

    def set_transcript(self, session: int, utterance: int, committed: str, tentative: str, language: str,
                       final: bool) -> None:  # fmt: skip
        view = self._get(session, utterance)
        view.committed, view.tentative, view.final = committed, tentative, final
        view.language = language or view.language
        if final and not committed:
            del self.utterances[(session, utterance)]  # a burst with no words
        self._schedule()

    def set_translation(self, session: int, utterance: int, text: str, final: bool) -> None:
        key = (session, utterance)
        if key not in self.utterances:
            return
        view = self.utterances[key]
        if view.translation_final and not final:
            return
        view.translation, view.translation_final = text, final
        self._schedule()

    def clear_all(self) -> None:
        self.utterances.clear()
        self._schedule()

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def to_html(self) -> str:
        blocks = []
        for view in self.utterances.values():
            source = html.escape(view.committed)
            if view.tentative:
                source += f' <span style="{TENTATIVE_STYLE}">{html.escape(view.tentative)}</span>'
            if not source:
                source = f'<span style="{TENTATIVE_STYLE}">…</span>'
            tag = f'<span style="color:#666">[{html.escape(view.language)}]</span> ' if view.language else ""
            style = TRANSLATION_STYLE if view.translation_final else f"{TRANSLATION_STYLE};font-style:italic"
            translation = (
                f'<span style="{style}">{html.escape(view.translation)}</span>' if view.translation else ""
            )
            blocks.append(f"<p>{tag}{source}<br>→ {translation}</p>")
        return "".join(blocks)

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

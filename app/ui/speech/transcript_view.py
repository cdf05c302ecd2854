"""The conversation: each turn's speaker, what was said and its translation, as they stream.

Tentative text (it may still change) is grey and italic; committed and final text is
plain. Reading mode shows only committed words and finished translations, for people who
prefer stable text to speed.

Each turn is one block of the document. A new turn is appended once at the end; at most
once per frame the turns that changed since (the live ones) are redrawn in place, and a
finished turn is never drawn again, so an update costs the same after two hours as after
two minutes. The oldest turns leave the screen past KEEP + TRIM (the history keeps them all).
The user's selection and, when they scrolled up to read, their scroll position stay put.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

FRAME_MS = 16
KEEP = 200  # turns kept on screen (the history keeps them all)
# Taking blocks off the top re-lays out the rest of the document (measured: ~15 ms for 200
# turns), so the oldest leave in batches, once every TRIM turns, not one per new turn.
TRIM = 50
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
    # Where the turn's block starts in the document (None until drawn); it moves with the text.
    anchor: QTextCursor | None = field(default=None, repr=False, compare=False)


class TranscriptView(QTextBrowser):
    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Press the microphone button, or open an audio file, and speak."))
        self.setOpenLinks(False)
        self.document().setUndoRedoEnabled(False)  # else every redraw is kept for undo, for hours
        self.utterances: OrderedDict[Key, UtteranceView] = OrderedDict()
        self.reading_mode = False
        self.scale = 100  # percent of the normal text size
        self._dirty: dict[Key, None] = {}  # turns to draw at the next frame, in order
        self._gone: list[UtteranceView] = []  # drawn turns to take out of the document
        self._drawn = 0  # turns with a block in the document
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._render)

    def _get(self, key: Key) -> UtteranceView:
        view = self.utterances.get(key)
        if view is None:
            view = self.utterances[key] = UtteranceView()
            self._trim()
        return view

    def _trim(self) -> None:
        if len(self.utterances) <= KEEP + TRIM:
            return
        while len(self.utterances) > KEEP:
            key, view = self.utterances.popitem(last=False)
            self._forget(key, view)

    def _forget(self, key: Key, view: UtteranceView) -> None:
        self._dirty.pop(key, None)
        if view.anchor is not None:
            self._gone.append(view)

    def _changed(self, key: Key) -> None:
        view = self.utterances[key]
        view.html = ""
        self._dirty[key] = None
        self._schedule()

    def set_speaker(self, session: object, utterance: int, speaker: str, side: str) -> None:
        key = (session, utterance)
        view = self._get(key)
        if (view.speaker, view.side) != (speaker, side):
            view.speaker, view.side = speaker, side
            self._changed(key)

    def set_transcript(self, session: object, utterance: int, committed: str, tentative: str, language: str,
                       final: bool) -> None:  # fmt: skip
        key = (session, utterance)
        view = self._get(key)
        view.committed, view.tentative, view.final = committed, tentative, final
        view.language = language or view.language
        if final and not committed:  # a burst with no words
            del self.utterances[key]
            self._forget(key, view)
            self._schedule()
            return
        self._changed(key)

    def set_translation(self, session: object, utterance: int, text: str, final: bool) -> None:
        key = (session, utterance)
        if key not in self.utterances:
            return
        view = self.utterances[key]
        if view.translation_final and not final:
            return
        view.translation, view.translation_final = text, final
        self._changed(key)

    def add_turn(
        self, key: Key, speaker: str, side: str, source: str, translation: str, language: str
    ) -> None:
        """A whole turn at once (typed text, or one reopened from the history)."""
        old = self.utterances.get(key)
        view = UtteranceView(source, "", translation, True, True, language, speaker, side)
        view.anchor = old.anchor if old is not None else None  # the same turn again: drawn in its place
        self.utterances[key] = view
        self._trim()
        if key in self.utterances:
            self._changed(key)

    def set_reading_mode(self, on: bool) -> None:
        self.reading_mode = on
        self._invalidate()

    def set_scale(self, percent: int) -> None:
        self.scale = percent
        self._invalidate()

    def clear_all(self) -> None:
        self.utterances.clear()
        self._dirty.clear()
        self._gone.clear()
        self._drawn = 0
        self.document().clear()
        self._schedule()

    def _invalidate(self) -> None:
        for key in self.utterances:
            self._changed(key)

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _inline(self, view: UtteranceView) -> str:
        """The turn's text as inline HTML (one block, a line break before the translation)."""
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
        inline = f"{tag}{source}<br>→ {translation}"
        if view.final and view.translation_final:
            view.html = inline  # finished: never built again
        return inline

    def to_html(self) -> str:
        """The turns on screen as HTML, one paragraph each (what the document shows)."""
        return "".join(
            f'<p style="font-size:{self.scale}%">{self._inline(view)}</p>'
            for view in self.utterances.values()
        )

    def flush(self) -> None:
        """Draw what changed now rather than at the next frame."""
        self._timer.stop()
        self._render()

    def _render(self) -> None:
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        top = bar.value()
        document = self.document()
        layout = document.documentLayout()
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one relayout for the whole frame
        # Turns that left, as runs of adjacent blocks: one removal per run (one per block cost
        # ~40 ms for 50 blocks, one range ~1 ms), the last run first so positions stay right.
        runs: list[list[int]] = []
        anchors = [view.anchor for view in self._gone if view.anchor is not None]
        for anchor in sorted(anchors, key=QTextCursor.position):
            block = anchor.block()
            rect = layout.blockBoundingRect(block)
            if rect.bottom() <= top:  # above what the user reads: keep their place
                top -= round(rect.height())
            start, end = block.position(), block.position() + block.length()
            if runs and runs[-1][1] == start:
                runs[-1][1] = end
            else:
                runs.append([start, end])
        self._drawn -= len(anchors)
        for view in self._gone:
            view.anchor = None
        last = document.characterCount() - 1
        for start, end in reversed(runs):
            if end > last:  # the last block has no separator after it: take the one before it
                start, end = max(0, start - 1), last
            edit.setPosition(start)
            edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            edit.removeSelectedText()
            last = document.characterCount() - 1
        self._gone.clear()
        for key in self._dirty:
            view = self.utterances[key]
            if view.anchor is None:  # a new turn: a block at the end
                edit.movePosition(QTextCursor.MoveOperation.End)
                if self._drawn:
                    edit.insertBlock()
                edit.setCharFormat(QTextCharFormat())
                view.anchor = QTextCursor(document)
                view.anchor.setPosition(edit.position())
                view.anchor.setKeepPositionOnInsert(True)  # stays at the start as the block is drawn
                self._drawn += 1
            else:  # the turn's block, redrawn in place
                edit.setPosition(view.anchor.position())
                edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            edit.insertHtml(f'<span style="font-size:{self.scale}%">{self._inline(view)}</span>')
        self._dirty.clear()
        edit.endEditBlock()
        bar.setValue(bar.maximum() if at_end else top)
        self.updated.emit()

    def plain_lines(self) -> list[tuple[str, str]]:
        """(source, translation) per utterance, committed text only, for copying and tests."""
        return [(v.committed, v.translation) for v in self.utterances.values()]

    def turns(self) -> list[UtteranceView]:
        return list(self.utterances.values())

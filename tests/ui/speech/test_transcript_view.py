"""The transcript stays cheap to update for hours and leaves the reader's place and selection alone."""

from __future__ import annotations

import gc
import statistics
import time

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.ui.speech.transcript_view import KEEP, TRIM, TranscriptView

WORDS = [
    "where",
    "is",
    "the",
    "station",
    "the",
    "train",
    "leaves",
    "at",
    "nine",
    "from",
    "platform",
    "two",
    "please",
]


def sentence(n: int, words: int) -> str:
    return " ".join(WORDS[(n + i) % len(WORDS)] for i in range(words))


def speak(view: TranscriptView, n: int, times: list[float] | None = None) -> None:
    """One spoken turn as the pipeline reports it: tentative words, then committed, then the translation."""
    steps = [
        (sentence(n, 2), sentence(n + 2, 3), "", False, False),
        (sentence(n, 6), sentence(n + 6, 2), "où est", False, False),
        (sentence(n, 9), "", "où est la gare", True, False),
        (sentence(n, 9), "", "où est la gare, le train part à neuf heures", True, True),
    ]
    for committed, tentative, translation, final, translation_final in steps:
        view.set_transcript(1, n, committed, tentative, "en", final)
        view.set_speaker(1, n, "Ana" if n % 2 else "Ben", "a" if n % 2 else "b")
        if translation:
            view.set_translation(1, n, translation, translation_final)
        started = time.perf_counter()
        view.flush()
        if times is not None:
            times.append(time.perf_counter() - started)


def make_view(qtbot: QtBot) -> TranscriptView:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    return view


def test_a_two_hour_transcript_costs_the_same_per_update_at_its_end(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    times: list[float] = []
    gc.collect()
    gc.disable()  # the collector's pauses belong to the whole process, not to this view
    try:
        for n in range(1500):  # a turn every ~5 s for two hours
            speak(view, n, times)
    finally:
        gc.enable()
    early = statistics.median(times[: 4 * 25])
    late = statistics.median(times[-4 * 100 :])
    # Redrawing every turn on screen each frame (as before) made the late updates ~200 times the early ones.
    assert late < 3 * early + 0.001, (early, late)
    ordered = sorted(times)
    # An update that lands on a repaint waits for it: about 16.3 ms (one 60 Hz frame) was seen on a busy
    # machine, so "fits in a frame" allows that one frame's wait but not a second frame.
    assert ordered[int(0.99 * len(ordered))] < 0.025, ("nearly every update fits in a frame", ordered[-60:])
    # The dearest updates take the oldest turns off the top, once every TRIM turns: 5-30 ms measured
    # alone, up to ~65 ms while the whole suite ran on two shared cores. The two worst are not judged
    # (a scheduler spike of 376 ms was seen once); the next stays far from the seconds that redrawing
    # every turn cost, even on a loaded machine (129 ms seen with a dozen processes on two cores).
    assert ordered[-3] < 0.250, ordered[-5:]
    assert len(view.utterances) <= KEEP + TRIM
    assert view.document().blockCount() == len(view.utterances), "one block per turn on screen"
    last = view.document().lastBlock().text()
    assert last.startswith(f"Ana {sentence(1499, 9)}") and "neuf heures" in last


def test_a_finished_turn_is_drawn_once(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    for n in range(20):
        speak(view, n)
    changes: list[int] = []
    view.document().contentsChange.connect(lambda position, removed, added: changes.append(position))
    live_start = view.document().lastBlock().position() + view.document().lastBlock().length()
    speak(view, 20)
    assert changes and min(changes) >= live_start - 1, "only the live turn's block changed"
    assert view.document().blockCount() == 21


def top_line(view: TranscriptView) -> str:
    return view.cursorForPosition(QPoint(5, 5)).block().text()


def test_the_reader_keeps_their_place_and_selection(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    for n in range(KEEP + TRIM - 5):
        speak(view, n)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum(), "at the end, the view follows new turns"
    bar.setValue(bar.maximum() // 2)  # the user scrolls up to read
    place, line = bar.value(), top_line(view)
    chosen = view.document().findBlock(view.cursorForPosition(QPoint(5, 5)).position()).next()
    selection = QTextCursor(chosen)
    selection.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(selection)
    selected = view.textCursor().selectedText()
    assert len(selected) > 20
    for n in range(KEEP + TRIM - 5, KEEP + TRIM + 3):  # past the cap: the oldest turns leave the top
        speak(view, n)
        assert top_line(view) == line, "the text the user reads stays where it was"
    assert len(view.utterances) <= KEEP + 3 and bar.value() < place  # the blocks above it went
    assert view.textCursor().selectedText() == selected, "the selection survives new turns"
    bar.setValue(bar.maximum())
    speak(view, 10_000)
    assert bar.value() == bar.maximum()


def test_reading_mode_and_scale_redraw_every_turn(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_transcript(1, 1, "Where is", "the stat", "en", False)
    view.set_translation(1, 1, "Où est", False)
    view.add_turn(("typed", 1), "Ana", "a", "Hello", "Bonjour", "en")
    view.flush()
    assert "the stat" in view.toPlainText() and "Bonjour" in view.toPlainText()
    view.set_reading_mode(True)
    view.flush()
    assert "the stat" not in view.toPlainText() and "Où est" not in view.toPlainText()
    assert view.document().blockCount() == 2
    view.set_transcript(1, 2, "", "", "en", True)  # a burst with no words leaves nothing behind
    view.flush()
    assert view.document().blockCount() == 2
    view.clear_all()
    view.flush()
    assert view.toPlainText() == ""
    view.add_turn(("typed", 2), "Ben", "b", "Again", "Encore", "en")
    view.flush()
    assert view.document().blockCount() == 1 and view.toPlainText().startswith("Ben Again")

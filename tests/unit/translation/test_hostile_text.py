"""Text no model can translate, and output that is no translation: judged without a model."""

from __future__ import annotations

import random
import string

import pytest

from app.core.translation.cleaning import StreamCleaner, degenerate
from app.core.translation.segmenter import LONGEST_WORD, MAX_SEGMENT_CHARS, has_words, joiner, segment


def _word(length: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(length))


def test_a_run_with_no_space_is_no_word_but_cjk_without_spaces_is_text() -> None:
    assert not has_words(_word(5000))
    assert not has_words("42 % — 3.14 !!! 🌂")
    assert has_words("Hello") and has_words("Donaudampfschifffahrtsgesellschaftskapitän")
    assert has_words("我们今天去公园散步" * 40)  # 360 characters of Chinese: ordinary text
    assert not has_words(_word(LONGEST_WORD + 1)) and has_words(_word(LONGEST_WORD))


def test_a_5000_character_word_is_cut_into_pieces_left_whole_as_written() -> None:
    word = _word(5000)
    segs = segment(f"Good morning. {word} See you tomorrow.")
    texts = [s.text for s in segs]
    assert texts[0] == "Good morning." and texts[-1] == "See you tomorrow."
    pieces = segs[1:-1]
    assert all(s.verbatim and s.lettered and len(s.text) <= MAX_SEGMENT_CHARS for s in pieces)
    assert "".join(s.text for s in pieces) == word
    # Left as written, the pieces join back into the one word; the words around it keep their spaces.
    glued = "".join(s.text + joiner(s, spaceless_target=False, as_written=s.verbatim) for s in segs)
    assert glued == f"Good morning. {word} See you tomorrow."
    assert not segs[0].verbatim and not segs[-1].verbatim


def test_sentences_longer_than_a_word_are_translated_not_left_as_written() -> None:
    sentence = "On the first day of the trip the weather was cold and wet, so we stayed inside and read."
    assert len(sentence) > LONGEST_WORD
    segs = segment(f"{sentence} {sentence}")
    assert [s.text for s in segs] == [sentence, sentence]
    assert not any(s.verbatim or s.run for s in segs)


def test_the_short_last_piece_of_a_long_run_is_left_as_written_too() -> None:
    segs = segment("qx" * 150)  # 280 characters, then 20 that alone would look like a word
    assert [len(s.text) for s in segs] == [280, 20] and all(s.verbatim for s in segs)
    assert "".join(s.text + joiner(s, False, as_written=True) for s in segs) == "qx" * 150


def test_numbers_and_symbols_need_no_translation_and_are_not_reported() -> None:
    (seg,) = segment("42 % — 3.14")
    assert seg.verbatim and not seg.lettered


@pytest.mark.parametrize(
    ("output", "why"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (" ... !? — ", "punctuation"),
        ("bus bus bus bus bus bus bus bus bus", "one word"),
        ("Où est le bus ?" + " la la la la la la la la la la", "over and over"),
        ("abcabcabcabcabcabcabc", "over and over"),
    ],
)
def test_degenerate_outputs_are_named(output: str, why: str) -> None:
    problem = degenerate("Where can I buy a ticket for the bus?", output)
    assert problem is not None and why in problem


@pytest.mark.parametrize(
    ("source", "output"),
    [
        ("Where can I buy a ticket for the bus?", "Où puis-je acheter un billet de bus ?"),
        ("Ha ha ha ha ha!", "Ha ha ha ha ha !"),  # the source repeats itself too
        ("qxqxqxqxqxqxqxqxqxqx", "qx"),
        ("No, no, no, no, no, no, no, no!", "Non, non, non, non, non, non, non, non !"),
        ("Hi.", "Salut."),
        ("42 %", ""),  # nothing to translate, so nothing missing
        ("Thank you very very very very much.", "Merci beaucoup."),
    ],
)
def test_translations_are_not_degenerate(source: str, output: str) -> None:
    assert degenerate(source, output) is None


def test_a_loop_the_cleaner_cut_counts_when_little_is_left() -> None:
    cleaner = StreamCleaner(["French:"])
    cleaner.feed("la " * 30)
    cleaner.finish()
    assert cleaner.looped
    source = "Where can I buy a ticket for the bus?"
    assert degenerate(source, cleaner.text, cleaner.looped) is not None
    assert degenerate(source, "Où puis-je acheter un billet ?", looped=True) is None

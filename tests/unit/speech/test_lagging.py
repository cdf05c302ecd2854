"""Average lagging as SimulEval defines it, on examples worked out by hand."""

from __future__ import annotations

import pytest

from app.core.speech.lagging import average_lagging, word_delays


def test_a_policy_as_fast_as_the_ideal_one_lags_by_its_offset() -> None:
    # 3 words over 3 s: the ideal policy emits at 0, 1000, 2000 ms; this one 1 s later each time.
    # tau = 3 (the third word comes when the source is all read): (1000 + 1000 + 1000) / 3.
    assert average_lagging([1000.0, 2000.0, 3000.0], 3000.0) == pytest.approx(1000.0)


def test_uneven_emission() -> None:
    # |X| = 2000, |Y| = 3, so the ideal gap is 666.7 ms:
    # (800 - 0) + (1000 - 666.7) + (2000 - 1333.3) = 1800 over tau = 3 words.
    assert average_lagging([800.0, 1000.0, 2000.0], 2000.0) == pytest.approx(600.0)


def test_words_after_the_end_of_the_source_are_not_counted_beyond_tau() -> None:
    # The second word already comes after the whole source: tau = 1, AL = 500 - 0.
    assert average_lagging([500.0, 2500.0, 3000.0, 3000.0], 2000.0) == pytest.approx(500.0)
    # Exactly at the end still counts, then stops: (1000 - 0 + 1500 - 500 + 2000 - 1000) / 3.
    assert average_lagging([1000.0, 1500.0, 2000.0, 2600.0], 2000.0) == pytest.approx(1000.0)


def test_a_translation_that_starts_after_the_source_ended_lags_by_its_first_word() -> None:
    # Wait until the end (how a final translation of an utterance works): AL = d_1.
    assert average_lagging([3500.0, 3600.0], 3000.0) == pytest.approx(3500.0)


def test_the_length_of_the_target_sets_the_ideal_rate() -> None:
    # LAAL would pass a reference longer than the hypothesis: with 4 words the ideal gap is
    # 500 ms, so (1000 - 0) + (2000 - 500) = 2500 over 2 words.
    assert average_lagging([1000.0, 2000.0], 2000.0, target_length=4) == pytest.approx(1250.0)


def test_nothing_to_average_is_refused() -> None:
    with pytest.raises(ValueError):
        average_lagging([], 1000.0)
    with pytest.raises(ValueError):
        average_lagging([10.0], 0.0)


def test_a_word_is_emitted_once_complete() -> None:
    pieces = [(1.0, "Bon"), (1.1, "jour"), (1.2, " à"), (1.3, " tous"), (1.4, ".")]
    # "Bonjour" is complete when " à" starts, "à" when " tous" starts, "tous." when it is done.
    assert word_delays(pieces, 1.5, 3) == [1.2, 1.3, 1.5]
    # The cleaned final text may hold fewer or more words than streamed.
    assert word_delays(pieces, 1.5, 2) == [1.2, 1.3]
    assert word_delays(pieces, 1.5, 4) == [1.2, 1.3, 1.5, 1.5]
    assert word_delays([(2.0, "Oui "), (2.1, "merci")], 2.2, 2) == [2.0, 2.2]
    assert word_delays([], 3.0, 2) == [3.0, 3.0]

"""The speech bench's average lagging over final translations, on records worked out by hand."""

from __future__ import annotations

import pytest

from app.core.bench.speech import stream_lagging_ms, utterance_lagging_ms
from app.core.speech.events import UtteranceRecord


def record(start_s: float, end_s: float, pieces: list[tuple[float, str]], done_at: float) -> UtteranceRecord:
    r = UtteranceRecord(1, start_s=start_s, end_s=end_s, source="x")
    r.final_pieces = pieces
    r.translation = "".join(p for _, p in pieces).strip()
    r.final_first_token_at, r.final_done_at = pieces[0][0], done_at
    return r


def test_one_final_translation_lags_by_the_utterance_and_its_first_word() -> None:
    # Speech from 1.0 to 3.0 s (|X| = 2000 ms); "Merci" complete at 3.5 s, 2500 ms after the
    # utterance began: past the end of its source, so AL = d_1.
    r = record(1.0, 3.0, [(3.4, "Merci"), (3.5, " beaucoup")], 3.6)
    assert utterance_lagging_ms(r) == pytest.approx(2500.0)
    untranslated = UtteranceRecord(2, start_s=4.0, end_s=5.0, source="y")
    assert utterance_lagging_ms(untranslated) is None


def test_the_whole_replay_as_one_source() -> None:
    # 10 s of audio, four words complete at 2, 3, 6 and 10 s; the ideal gap is 2500 ms:
    # (2000 - 0) + (3000 - 2500) + (6000 - 5000) + (10000 - 7500) = 6000 over 4 words.
    a = record(0.5, 1.5, [(1.9, "Oui"), (2.0, " merci")], 3.0)
    b = record(4.0, 5.5, [(5.9, "Au"), (6.0, " revoir")], 10.0)
    assert stream_lagging_ms([b, a], 10.0) == pytest.approx(1500.0)
    assert stream_lagging_ms([], 10.0) is None

"""The speech benchmark's replay: clip spans, repetition without copies, spans across rounds."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.bench.speech import GAP_S, Clip, Replay
from app.core.speech.audio import SAMPLE_RATE, load_file
from tests.speech_clips import clip


def test_clip_spans_parse() -> None:
    assert Clip.parse("talk.mp3") == Clip(Path("talk.mp3"))
    assert Clip.parse("a@b.flac@0-30.5") == Clip(Path("a@b.flac"), 0.0, 30.5)
    assert str(Clip.parse("dir/talk.mp3@2-4")) == "talk.mp3@2-4"


def test_replay_repeats_one_round_on_demand() -> None:
    thanks = load_file(clip("thanks"))
    part = Clip(clip("thanks"), 0.5, 2.5)
    assert part.load().size == 2 * SAMPLE_RATE
    replay = Replay.build([Clip(clip("thanks"))], seconds=10.0)
    one_round = thanks.size + int(GAP_S * SAMPLE_RATE)
    assert replay.rounds == 2 and replay.seconds == 2 * one_round / SAMPLE_RATE
    pieces = list(replay.pieces())
    assert len(pieces) == 2 and all(p is replay.round for p in pieces)  # no copies
    # A span across the end of a round wraps into the next one.
    end = one_round / SAMPLE_RATE
    span = replay.span(end - 0.5, end + 0.5)
    assert np.array_equal(span[: SAMPLE_RATE // 2], replay.round[-SAMPLE_RATE // 2 :])
    assert np.array_equal(span[SAMPLE_RATE // 2 :], replay.round[: SAMPLE_RATE // 2])

"""The speech benchmark: its replay, its default clips (shipped in the package), the baseline's endpoints."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from app.core.bench.speech import (
    BASELINE_SILENCE_S,
    GAP_S,
    Clip,
    Replay,
    _breakdown_lines,
    baseline_stretches,
    default_clips,
)
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


def test_the_default_clips_ship_inside_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import app
    from app import cli
    from app.core.bench import speech

    package = Path(app.__file__).resolve().parent
    clips = default_clips()
    assert clips
    for default in clips:
        assert default.path.is_relative_to(package / "resources"), default.path
        assert default.load().size > 5 * SAMPLE_RATE  # real speech, long enough to hold pauses
    # `parley bench --speech` with no --audio replays exactly these (the bench itself is not run here).
    given: list[Clip] = []

    def stop_before_running(clips: list[Clip], *args: object, **kwargs: object) -> dict[str, object]:
        given.extend(clips)
        raise speech.AudioFileError("stopped before the benchmark")

    monkeypatch.setattr(speech, "bench_speech", stop_before_running)
    assert cli.main(["bench", "--speech"]) == 2
    assert given == clips


def test_production_code_never_reads_the_test_tree() -> None:
    import app

    package = Path(app.__file__).resolve().parent
    readers = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if re.search(r"""["']tests["']|tests/fixtures""", path.read_text(encoding="utf-8"))
    ]
    assert readers == [], "an installed Parley has no tests folder"


def _thanks(start_s: float = 0.0, end_s: float | None = None) -> np.ndarray:
    audio = load_file(clip("thanks"))  # speech from 0.6 s to about 2.72 s, then 1.2 s of silence
    return audio[int(start_s * SAMPLE_RATE) : None if end_s is None else int(end_s * SAMPLE_RATE)]


def _silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


FRAME_S = 512 / SAMPLE_RATE


def test_the_baseline_waits_for_two_seconds_of_silence_measured_on_the_audio() -> None:
    # Two sentences 2.5 s apart: each is its own stretch, known 2 s after its speech ends.
    apart = baseline_stretches(np.concatenate([_thanks(), _silence(1.3), _thanks(), _silence(2.5)]))
    assert len(apart) == 2
    second_offset = _thanks().size / SAMPLE_RATE + 1.3
    for stretch, offset in zip(apart, (0.0, second_offset), strict=True):
        assert abs(stretch.start_s - (offset + 0.6)) < 0.2, stretch
        assert abs(stretch.end_s - (offset + 2.72)) < 0.3, stretch
        assert BASELINE_SILENCE_S <= stretch.known_s - stretch.end_s <= BASELINE_SILENCE_S + FRAME_S


def test_a_pause_shorter_than_the_baseline_silence_makes_it_wait_for_the_next_one() -> None:
    # About 0.5 s between the sentences: one stretch, known only 2 s after the second one ends.
    audio = np.concatenate([_thanks(end_s=2.9), _thanks(start_s=0.3), _silence(1.0)])
    (stretch,) = baseline_stretches(audio)
    second_end = 2.9 + 2.72 - 0.3
    assert stretch.start_s < 0.8 and abs(stretch.end_s - second_end) < 0.3, stretch
    assert BASELINE_SILENCE_S <= stretch.known_s - stretch.end_s <= BASELINE_SILENCE_S + FRAME_S
    assert stretch.known_s - 2.72 > 4.0  # after the first sentence it waits far more than 2 s


def test_speech_running_to_the_end_of_the_audio_is_known_when_the_audio_ends() -> None:
    audio = _thanks(end_s=2.9)
    (stretch,) = baseline_stretches(audio)
    assert stretch.known_s == pytest.approx(audio.size / SAMPLE_RATE)


def test_the_text_report_says_how_many_quick_decodes_were_done_again() -> None:
    rolling = {"decodes": 40, "decode_s": 6.0, "mean_ms": 150.0}
    asr: dict[str, object] = {"by_kind": {"rolling": rolling}, "redone_full_window": 3}
    result = {"speech": {"average_lagging_ms": 2500.0, "breakdown": {"asr": asr}}}
    lines = _breakdown_lines(result)
    assert "ASR rolling: 40 decodes, 6.0 s, mean 150 ms" in lines
    assert "ASR: 3 quick decodes repeated themselves, done again in full" in lines
    asr["redone_full_window"] = 0
    assert not any("repeated themselves" in line for line in _breakdown_lines(result))

"""A call through a real PulseAudio server: the virtual microphone is Person A, what the
computer plays is Person B; both are listened to at once into one conversation."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

from app.core.conversation.parties import Conversation
from app.core.speech.call import FixedSide
from app.core.speech.devices import capture_devices, open_device
from app.core.speech.directions import Side
from app.core.speech.events import ListeningStarted, SpeechEvent
from app.core.speech.replay import FileRun, listen_call
from app.core.speech.service import SessionConfig
from app.core.speech.wer import word_error_rate
from app.core.translation.engine import TranslationEngine
from tests.pulse_server import MIC_FEED, SPEAKERS, PulseServer
from tests.speech_clips import SAID, clip

CONVERSATION = Conversation.between("en", "fr")
# Through the null sinks and the echo gate the first word of a clip can be lost ("Thank you very
# much" heard as "You may be much" once: 0.43); a broken pipeline still scores near 1.
BOUND = 0.5


def _call(engine: TranslationEngine, pulse: PulseServer, plays: list[tuple[float, str, str]],
          seconds: float) -> FileRun:  # fmt: skip
    """Listen to both sides for `seconds`; each play (delay, sink, clip) starts once listening does."""
    found = capture_devices()
    mine = (open_device(found, "default"), SessionConfig(conversation=FixedSide(CONVERSATION, Side.A)))
    theirs = (open_device(found, "system"), SessionConfig(conversation=FixedSide(CONVERSATION, Side.B)))
    players: list[subprocess.Popen[bytes]] = []
    timers: list[threading.Timer] = []

    def start_playing(event: SpeechEvent) -> None:
        if isinstance(event, ListeningStarted) and not timers:
            for delay, sink, name in plays:
                timer = threading.Timer(delay, lambda s=sink, n=name: players.append(pulse.play(s, clip(n))))
                timer.start()
                timers.append(timer)

    run = listen_call(engine, mine, theirs, on_event=start_playing, seconds=seconds)
    for timer in timers:
        timer.join()
    assert len(players) == len(plays) and all(p.wait(10) == 0 for p in players)
    return run


def test_both_sides_translate_into_one_conversation(pulse: PulseServer, engine: TranslationEngine) -> None:
    run = _call(engine, pulse, [(0.0, SPEAKERS, "station"), (7.0, MIC_FEED, "thanks")], seconds=13.0)
    theirs = [r for r in run.records if r.side == "b"]
    mine = [r for r in run.records if r.side == "a"]
    assert word_error_rate(SAID["station"], " ".join(r.source for r in theirs)) <= BOUND, run.records
    assert word_error_rate(SAID["thanks"], " ".join(r.source for r in mine)) <= BOUND, run.records
    assert {r.target for r in theirs} == {"en"} and {r.target for r in mine} == {"fr"}
    assert all(r.translation for r in mine)
    assert [r.start_s for r in run.records] == sorted(r.start_s for r in run.records)
    assert max(r.end_s for r in theirs) < min(r.start_s for r in mine)  # B spoke first


def test_the_microphone_hearing_the_speakers_is_not_translated_twice(
    pulse: PulseServer, engine: TranslationEngine
) -> None:
    # No headphones: the microphone hears what the speakers play, at the same time.
    run = _call(engine, pulse, [(0.0, SPEAKERS, "thanks"), (0.0, MIC_FEED, "thanks")], seconds=7.0)
    assert [r.side for r in run.records] == ["b"], run.records
    assert word_error_rate(SAID["thanks"], run.records[0].source) <= BOUND


def test_cli_call_prints_each_side_as_json_lines(pulse: PulseServer) -> None:
    command = [sys.executable, "-m", "app", "transcribe", "--call", "--seconds", "13", "--language", "en",
               "--translate-to", "en", "--jsonl"]  # fmt: skip
    cli = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=pulse.env)
    assert cli.stderr is not None
    heard = ""
    while "listening to" not in heard:  # both sides are open: the other side speaks first
        line = cli.stderr.readline()
        assert line, f"the call never started: {heard}"
        heard += line
    assert "“Parley-microphone” (you)" in heard and "“Monitor of Parley-speakers” (the other side)" in heard
    players = [pulse.play(SPEAKERS, clip("station"))]
    timer = threading.Timer(7.0, lambda: players.append(pulse.play(MIC_FEED, clip("thanks"))))
    timer.start()
    out, err = cli.communicate(timeout=240)
    timer.join()
    assert len(players) == 2 and all(p.wait(10) == 0 for p in players)
    assert cli.returncode == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    theirs = [line for line in lines if line["side"] == "b"]
    mine = [line for line in lines if line["side"] == "a"]
    assert all(line["input"] == {"name": "Monitor of Parley-speakers", "kind": "system audio",
                                 "party": "the other side"} for line in theirs)  # fmt: skip
    assert all(line["input"] == {"name": "Parley-microphone", "kind": "microphone", "party": "you"}
               for line in mine)  # fmt: skip
    assert word_error_rate(SAID["station"], " ".join(line["source"] for line in theirs)) <= BOUND, lines
    assert word_error_rate(SAID["thanks"], " ".join(line["source"] for line in mine)) <= BOUND, lines
    assert all(line["translation"] for line in lines) and max(t["end_s"] for t in theirs) < min(
        m["start_s"] for m in mine
    )


def test_cli_call_refuses_a_microphone_for_the_other_side(pulse: PulseServer) -> None:
    command = [sys.executable, "-m", "app", "transcribe", "--call", "--system-device", "Parley-microphone",
               "--seconds", "1"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=pulse.env)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "--system-device" in done.stderr and "must be system audio" in done.stderr

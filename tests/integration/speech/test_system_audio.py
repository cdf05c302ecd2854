"""What this computer plays, captured from a real PulseAudio server through the whole pipeline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from app.core.speech.audio import SAMPLE_RATE, AudioError, AudioSource
from app.core.speech.devices import list_inputs, open_device
from app.core.speech.events import ListeningStarted, SpeechEvent
from app.core.speech.replay import transcribe_source
from app.core.speech.service import SessionConfig
from app.core.speech.system_audio import (
    MICROPHONE,
    SYSTEM_AUDIO,
    SoundcardSource,
    find_device,
    list_devices,
    load_soundcard,
)
from app.core.speech.wer import word_error_rate
from app.core.translation.engine import TranslationEngine
from tests.pulse_server import MICROPHONE as MIC_ID
from tests.pulse_server import SPEAKERS, PulseServer
from tests.speech_clips import SAID, WER_BOUND, clip


def test_devices_are_listed_by_kind_with_the_defaults(pulse: PulseServer) -> None:
    devices = list_devices(load_soundcard())
    system = find_device(devices, "system")
    assert (system.id, system.kind, system.is_default) == (f"{SPEAKERS}.monitor", SYSTEM_AUDIO, True)
    mic = find_device(devices, "default")
    assert (mic.id, mic.kind) == (MIC_ID, MICROPHONE)
    assert find_device(devices, "Parley-microphone") == mic
    with pytest.raises(AudioError, match="no audio device “nothing such”"):
        find_device(devices, "nothing such")


def _system_source() -> SoundcardSource:
    sc = load_soundcard()
    return SoundcardSource(sc, find_device(list_devices(sc), "system"))


def test_what_is_played_is_transcribed_and_translated_live(
    pulse: PulseServer, engine: TranslationEngine
) -> None:
    source = _system_source()
    players: list[subprocess.Popen[bytes]] = []

    def play_once_listening(event: SpeechEvent) -> None:
        if isinstance(event, ListeningStarted):  # as the other side of a call starts talking
            players.append(pulse.play(SPEAKERS, clip("station")))
            listening.append(time.perf_counter())

    listening: list[float] = []
    run = transcribe_source(engine, source, SessionConfig(target="fr"), on_event=play_once_listening,
                            seconds=9.0)  # fmt: skip
    assert players and players[0].wait(5) == 0
    took = time.perf_counter() - listening[0]
    assert took < 60, f"finishing after the stop took {took - 9:.1f} s"  # shared CPUs are slow
    assert source.finished
    heard = " ".join(r.source for r in run.records)
    assert word_error_rate(SAID["station"], heard) <= WER_BOUND, heard
    for record in run.records:
        assert record.translation
        assert all(v is not None and v >= 0 for v in record.latency_ms().values()), record.latency_ms()
    # The null sink delivers its first block about 2 s after capture opens, then keeps pace.
    assert 5.0 <= run.audio_s <= 10.0


def test_nothing_playing_gives_no_text(pulse: PulseServer, engine: TranslationEngine) -> None:
    run = transcribe_source(engine, _system_source(), SessionConfig(target=""), seconds=3.5)
    assert run.records == [] and run.audio_s >= 0.5


def test_a_device_that_vanishes_is_a_sentence(pulse: PulseServer) -> None:
    module = pulse.pactl("load-module", "module-null-sink", "sink_name=parley_headset").strip()
    sc = load_soundcard()
    source = SoundcardSource(sc, find_device(list_devices(sc), "parley_headset.monitor"))
    source.start()
    assert source.read(4.0) is not None
    pulse.pactl("unload-module", module)
    with pytest.raises(AudioError, match="stopped sending audio.*transcript so far is kept"):
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            source.read(0.2)
    assert source.finished
    source.close()


def test_following_the_default_output_resumes_on_the_new_one(pulse: PulseServer) -> None:
    module = pulse.pactl("load-module", "module-null-sink", "sink_name=parley_usb_headset").strip()
    try:
        pulse.pactl("set-default-sink", "parley_usb_headset")
        sc = load_soundcard()
        source = SoundcardSource(sc, find_device(list_devices(sc), "system"), follow_default=True)
        assert source.device.id == "parley_usb_headset.monitor"
        source.start()
        assert source.read(4.0) is not None
        pulse.pactl("unload-module", module)  # the headset is unplugged
        deadline = time.perf_counter() + 8
        notice = None
        while notice is None and time.perf_counter() < deadline:
            source.read(0.2)
            notice = source.take_notice()
        assert notice is not None and "is gone; listening to" in notice, notice
        assert source.device.id != "parley_usb_headset.monitor" and source.device.kind == SYSTEM_AUDIO
        assert source.read(4.0) is not None and not source.finished
        source.close()
    finally:
        pulse.pactl("set-default-sink", SPEAKERS)


def test_a_calls_microphone_unplugged_resumes_on_the_new_default(pulse: PulseServer) -> None:
    # In a call the microphone comes from the sound server too (devices.list_inputs), so it
    # follows the default microphone as the other side follows the default output.
    module = pulse.pactl("load-module", "module-remap-source", "master=parley_mic_feed.monitor",
                         "source_name=parley_usb_mic",
                         "source_properties=device.description=USB-mic").strip()  # fmt: skip
    try:
        pulse.pactl("set-default-source", "parley_usb_mic")
        found = list_inputs(load_system=load_soundcard)
        source = open_device(found, "default")
        assert isinstance(source, SoundcardSource) and source.device.id == "parley_usb_mic"
        source.start()
        assert source.read(4.0) is not None
        pulse.pactl("unload-module", module)  # the headset is unplugged
        pulse.pactl("set-default-source", MIC_ID)  # as the desktop's sound settings would
        deadline = time.perf_counter() + 8
        notice = None
        while notice is None and time.perf_counter() < deadline:
            source.read(0.2)
            notice = source.take_notice()
        assert notice == "“USB-mic” is gone; listening to “Parley-microphone”, the new default.", notice
        assert source.read(4.0) is not None and not source.finished
        source.close()
    finally:
        pulse.pactl("set-default-source", MIC_ID)


def _parley(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=180, env=env
    )


def test_cli_lists_devices_with_their_kinds(pulse: PulseServer) -> None:
    result = _parley(pulse.env, "devices", "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    kinds = {d["id"]: (d["kind"], d["default"]) for d in listed["devices"]}
    assert kinds[f"{SPEAKERS}.monitor"] == (SYSTEM_AUDIO, True)
    assert kinds[MIC_ID] == (MICROPHONE, True)
    text = _parley(pulse.env, "devices").stdout
    assert "system audio * Monitor of Parley-speakers" in text and "microphone   * Parley-microphone" in text


def test_cli_transcribes_what_the_computer_plays(pulse: PulseServer) -> None:
    # Played twice, the second time well after the speech model has loaded and capture runs.
    play = f"paplay -d {SPEAKERS} {clip('thanks')}"
    player = subprocess.Popen(["sh", "-c", f"sleep 2; {play}; sleep 1; {play}"], env=pulse.env)
    result = _parley(pulse.env, "transcribe", "--device", "system", "--seconds", "12", "--jsonl")
    player.wait(10)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and all(
        line["input"] == {"name": "Monitor of Parley-speakers", "kind": SYSTEM_AUDIO} for line in lines
    )
    assert min(word_error_rate(SAID["thanks"], line["source"]) for line in lines) <= WER_BOUND, lines


def test_cli_with_nothing_playing_prints_no_text(pulse: PulseServer) -> None:
    result = _parley(pulse.env, "transcribe", "--device", "system", "--seconds", "3", "--jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_no_sound_server_is_a_sentence_and_the_rest_works(tmp_path: Path) -> None:
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path}/no-server", "XDG_RUNTIME_DIR": str(tmp_path)}
    listed = _parley(env, "devices", "--json")
    assert listed.returncode == 0, listed.stderr
    problems = json.loads(listed.stdout)["problems"]
    assert any("sound server did not answer" in p and p.endswith(".") for p in problems), problems
    result = _parley(env, "transcribe", "--device", "system", "--seconds", "1")
    assert result.returncode == 2 and "sound server did not answer" in result.stderr
    assert "Traceback" not in result.stderr
    assert _parley(env, "transcribe", str(clip("thanks"))).returncode == 0  # files still work


def test_system_audio_keeps_the_source_contract(pulse: PulseServer) -> None:
    """The checks of tests/unit/speech/test_source_contract.py that a live capture can keep."""
    source = _system_source()
    assert isinstance(source, AudioSource) and source.name
    player = None
    source.start()
    position, clock, levels = 0, [], []
    deadline = time.perf_counter() + 6
    while time.perf_counter() < deadline:
        block = source.read(0.1)
        clock.append(source.now())
        if block is None:
            continue
        levels.append(source.level_db)
        player = player or pulse.play(SPEAKERS, clip("thanks"))
        assert block.samples.dtype == np.float32 and block.samples.ndim == 1
        assert float(np.max(np.abs(block.samples))) <= 1.0
        assert block.start_s == pytest.approx(position / SAMPLE_RATE, abs=1e-6)  # no gaps, no overlap
        position += block.samples.size
        assert source.now() >= position / SAMPLE_RATE - 1e-9, "a block was handed out before it was heard"
    if player is not None:
        player.wait(10)  # the clip is short; a player left running outlives the test
    assert clock == sorted(clock) and position > 2 * SAMPLE_RATE
    # The level of what was heard: the clip may be over by the last block, so any block counts.
    assert all(level <= 0.0 for level in levels) and max(levels) > -100.0
    stopper = threading.Thread(target=source.stop)
    stopper.start()
    stopper.join()
    stopped = time.perf_counter()
    while not source.finished:
        assert time.perf_counter() - stopped < 3.0, "capture did not end after stop()"
        source.read(0.1)
    source.close()
    source.close()
    assert source.finished and source.read(0) is None
    assert player is not None and player.wait(10) == 0
    never_started = _system_source()
    never_started.close()
    assert never_started.finished

"""The device lists the window and the command line share (devices.list_inputs), without a sound
server: PortAudio's microphones (the fake sounddevice), and a sentence for what is missing."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from app.core.speech.audio import AudioError
from app.core.speech.devices import PORTAUDIO_PREFIX, list_inputs, open_device
from app.core.speech.microphone import MicrophoneSource
from app.core.speech.system_audio import MICROPHONE, SYSTEM_AUDIO, SystemAudioUnavailable
from tests.fake_sounddevice import FakeSoundDevice

NO_SERVER = "Capturing what this computer plays is off: the sound server did not answer; start it."


def _no_server() -> ModuleType:
    raise SystemAudioUnavailable(NO_SERVER)


def test_outside_a_call_the_microphones_are_portaudios_and_the_server_is_not_asked() -> None:
    found = list_inputs(lambda: FakeSoundDevice(np.zeros(1, np.float32)), load_system=None)
    mics = found.of_kind(MICROPHONE)
    assert [(d.id, d.name, d.is_default) for d in mics] == [
        (f"{PORTAUDIO_PREFIX}1", "Headset mic", True),
        (f"{PORTAUDIO_PREFIX}2", "USB mic", False),
    ]
    assert not found.of_kind(SYSTEM_AUDIO) and found.problems == [] and found.soundcard is None
    assert isinstance(open_device(found, "default"), MicrophoneSource)
    assert open_device(found, "USB mic").name == "USB mic"


def test_remembered_devices_by_id_then_by_name_else_the_default() -> None:
    found = list_inputs(lambda: FakeSoundDevice(np.zeros(1, np.float32)), load_system=None)
    assert found.pick(MICROPHONE, f"{PORTAUDIO_PREFIX}2").name == "USB mic"  # type: ignore[union-attr]
    assert found.pick(MICROPHONE, "USB mic").name == "USB mic"  # type: ignore[union-attr]
    assert found.pick(MICROPHONE, "unplugged since").name == "Headset mic"  # type: ignore[union-attr]
    assert found.pick(SYSTEM_AUDIO, "") is None


def test_no_sound_server_is_a_sentence_and_the_microphones_stay() -> None:
    found = list_inputs(lambda: FakeSoundDevice(np.zeros(1, np.float32)), _no_server)
    assert found.system_problem == NO_SERVER and found.problems == [NO_SERVER]
    assert len(found.of_kind(MICROPHONE)) == 2
    with pytest.raises(AudioError, match="sound server did not answer"):
        open_device(found, "system")


def test_no_microphone_at_all_is_a_sentence_for_each_missing_kind() -> None:
    found = list_inputs(lambda: FakeSoundDevice(np.zeros(1, np.float32), with_inputs=False), _no_server)
    assert found.devices == [] and found.problems[0] == NO_SERVER
    assert "no input device was found" in found.mic_problem
    with pytest.raises(AudioError, match="sound server did not answer"):
        open_device(found, "default")

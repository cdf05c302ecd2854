"""Every live input in one list: microphones and what this computer plays, each with its kind.

soundcard speaks to the sound server itself (PulseAudio/PipeWire, WASAPI, CoreAudio) and so
sees both kinds; where it cannot (no server), the microphones still come from PortAudio.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType

from app.core.speech.audio import AudioError, AudioSource
from app.core.speech.microphone import MicrophoneSource, input_devices, load_sounddevice
from app.core.speech.system_audio import (
    MICROPHONE,
    SYSTEM_AUDIO,
    CaptureDevice,
    SoundcardSource,
    find_device,
    list_devices,
    load_soundcard,
    no_system_audio_message,
)

PORTAUDIO_PREFIX = "portaudio:"  # ids of microphones found through PortAudio


@dataclass
class DeviceList:
    devices: list[CaptureDevice] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # sentences: what is missing and what to do
    soundcard: ModuleType | None = None

    def of_kind(self, kind: str) -> list[CaptureDevice]:
        return [d for d in self.devices if d.kind == kind]

    def as_json(self) -> dict[str, object]:
        return {"devices": [d.as_json() for d in self.devices], "problems": self.problems}


def _portaudio_microphones() -> list[CaptureDevice]:
    sd = load_sounddevice()
    return [
        CaptureDevice(f"{PORTAUDIO_PREFIX}{d.index}", d.name, MICROPHONE, d.is_default)
        for d in input_devices(sd)
    ]


def capture_devices() -> DeviceList:
    """What can be listened to now; asking again is Refresh."""
    found = DeviceList()
    try:
        found.soundcard = load_soundcard()
        found.devices = list_devices(found.soundcard)
    except AudioError as exc:
        found.problems.append(str(exc))
        try:
            found.devices = _portaudio_microphones()
        except AudioError as mic_exc:
            found.problems.append(str(mic_exc))
    if found.soundcard is not None and not found.of_kind(SYSTEM_AUDIO):
        found.problems.append(no_system_audio_message())
    return found


def open_device(found: DeviceList, which: str) -> AudioSource:
    """A source for `which`: `system`, `default` (the microphone), or a device's id or name.

    `system` and `default` follow the default device: if it vanishes, capture resumes on the new one."""
    if not found.devices:
        raise AudioError(found.problems[0] if found.problems else "No audio input was found.")
    if which == "system" and not found.of_kind(SYSTEM_AUDIO) and found.problems:
        raise AudioError(found.problems[0])  # why there is none: no server, or nothing to capture
    device = find_device(found.devices, which)
    if device.id.startswith(PORTAUDIO_PREFIX):
        sd = load_sounddevice()
        index = int(device.id.removeprefix(PORTAUDIO_PREFIX))
        mic = next((d for d in input_devices(sd) if d.index == index), None)
        if mic is None:
            raise AudioError(f"The microphone “{device.name}” is gone. Press Refresh.")
        return MicrophoneSource(sd, mic)
    assert found.soundcard is not None
    return SoundcardSource(found.soundcard, device, follow_default=which in ("system", "default"))

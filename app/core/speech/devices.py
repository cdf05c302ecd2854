"""Every live input in one list, for the window and the command line alike: microphones, and
what this computer plays (one entry per output device), each with its kind.

Where the sound server is asked and answers (soundcard: PulseAudio/PipeWire, WASAPI, CoreAudio),
both kinds come from it: the names are those the system's own sound settings show, the two
lists match, and either side of a call can follow the default device when its own goes away.
Otherwise the microphones come through PortAudio (sounddevice), which works without a sound
server. The window asks the sound server only once a call is wanted (`load_system=None` until
then), so outside a call its microphones are PortAudio's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, Message, sentence_of
from app.core.speech.audio import AudioError, AudioSource
from app.core.speech.microphone import (
    InputDevice,
    MicrophoneSource,
    input_devices,
    load_sounddevice,
    no_device_message,
)
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
    sounddevice: Any = None
    portaudio: dict[str, InputDevice] = field(default_factory=dict)  # by CaptureDevice id
    mic_problem: str = ""  # why there is no microphone
    system_problem: str = ""  # why there is nothing to capture of what this computer plays

    def of_kind(self, kind: str) -> list[CaptureDevice]:
        return [d for d in self.devices if d.kind == kind]

    def as_json(self) -> dict[str, object]:
        return {"devices": [d.as_json() for d in self.devices], "problems": self.problems}

    def pick(self, kind: str, remembered: str) -> CaptureDevice | None:
        """The remembered device of `kind` (by id, else by name: ids of PortAudio devices change
        between runs), else the default of that kind, else its first."""
        of_kind = self.of_kind(kind)
        for match in (lambda d: d.id == remembered, lambda d: d.name == remembered):
            hit = next((d for d in of_kind if remembered and match(d)), None)
            if hit is not None:
                return hit
        return next((d for d in of_kind if d.is_default), of_kind[0] if of_kind else None)


def list_inputs(
    load_mics: Callable[[], Any] = load_sounddevice,
    load_system: Callable[[], ModuleType] | None = load_soundcard,
) -> DeviceList:
    """What can be listened to now; asking again is Refresh. `load_system` None: the sound server
    is not asked, and the microphones are PortAudio's."""
    found = DeviceList()
    served: list[CaptureDevice] = []
    if load_system is not None:
        try:
            found.soundcard = load_system()
            served = list_devices(found.soundcard)
        except AudioError as exc:
            found.system_problem = sentence_of(exc)
    found.devices = [d for d in served if d.kind == MICROPHONE]
    if not found.devices:  # no sound server, or it knows no microphone: PortAudio's
        try:
            found.sounddevice = load_mics()
            mics = input_devices(found.sounddevice)
        except AudioError as exc:
            found.mic_problem, mics = sentence_of(exc), []
        for mic in mics:
            device = CaptureDevice(f"{PORTAUDIO_PREFIX}{mic.index}", mic.name, MICROPHONE, mic.is_default)
            found.devices.append(device)
            found.portaudio[device.id] = mic
    found.devices += [d for d in served if d.kind == SYSTEM_AUDIO]
    if found.soundcard is not None and not found.of_kind(SYSTEM_AUDIO):
        found.system_problem = no_system_audio_message()
    if not found.of_kind(MICROPHONE):
        found.mic_problem = found.mic_problem or no_device_message()
    else:
        found.mic_problem = ""
    found.problems = [p for p in (found.system_problem, found.mic_problem) if p]
    return found


def capture_devices() -> DeviceList:
    """Every input, the sound server asked (the command line)."""
    return list_inputs()


def open_device(
    found: DeviceList,
    which: str,
    make_mic: Callable[[Any, InputDevice], AudioSource] = MicrophoneSource,
    make_served: Callable[[ModuleType, CaptureDevice, bool], AudioSource] | None = None,
) -> AudioSource:
    """A source for `which`: `system`, `default` (the microphone), or a device's id or name.

    `system` and `default`, or a device that is its kind's default, follow the default device:
    if it vanishes, capture resumes on the new one (through the sound server)."""
    if not found.devices:
        raise AudioError(
            found.problems[0] if found.problems else QT_TRANSLATE_NOOP("core", "No audio input was found.")
        )
    if which == "system" and not found.of_kind(SYSTEM_AUDIO):
        raise AudioError(found.system_problem or no_system_audio_message())
    if which == "default" and not found.of_kind(MICROPHONE):
        raise AudioError(found.mic_problem or no_device_message())
    return open_chosen(found, find_device(found.devices, which), make_mic, make_served,
                       follow=which in ("system", "default"))  # fmt: skip


def open_chosen(
    found: DeviceList,
    device: CaptureDevice,
    make_mic: Callable[[Any, InputDevice], AudioSource] = MicrophoneSource,
    make_served: Callable[[ModuleType, CaptureDevice, bool], AudioSource] | None = None,
    follow: bool = False,
) -> AudioSource:
    """A source for one listed device (a microphone through PortAudio, or the sound server's)."""
    mic = found.portaudio.get(device.id)
    if mic is not None:
        return make_mic(found.sounddevice, mic)
    if found.soundcard is None:
        raise AudioError(
            Message(QT_TRANSLATE_NOOP("core", "“{name}” is gone. Press Refresh."), name=device.name)
        )
    follow = follow or device.is_default
    if make_served is not None:
        return make_served(found.soundcard, device, follow)
    return SoundcardSource(found.soundcard, device, follow_default=follow)

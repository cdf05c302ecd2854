"""Capture through the `soundcard` library: what this computer plays, and microphones beside it.

Why `soundcard`: it records loopback through each platform's own audio API with one interface,
without PortAudio: on Linux the monitor source of an output (PulseAudio, and PipeWire through
pipewire-pulse), on Windows WASAPI loopback of an output (Media Foundation), on macOS CoreAudio
input devices. It is plain Python over cffi (no compiler), maintained, and returns float32 at
the rate asked for. `pulsectl`/`pasimple` would cover only Linux; `PyAudioWPatch` only Windows
and replaces PortAudio. sounddevice stays the microphone path where PortAudio is the better
choice (it has no loopback on Linux or macOS, and WASAPI loopback only in unreleased builds).

macOS has no loopback API before ScreenCaptureKit (13+): a loopback driver the user installed
(BlackHole, Soundflower, Loopback) appears as an input device; such devices are listed as
system audio, and without one the message says what to install.

`soundcard` connects to the audio server when imported, so it is imported lazily and any
failure there becomes a sentence (no server: the rest of the app works).
"""

from __future__ import annotations

import importlib
import queue
import sys
import threading
import time
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.speech.audio import SAMPLE_RATE, AudioBlock, AudioError, Resampler
from app.core.speech.live_capture import LiveCapture

MICROPHONE, SYSTEM_AUDIO = "microphone", "system audio"
BLOCK_S = 0.05  # as a microphone's blocks
# A capture that sends nothing for this long has lost its device (a PulseAudio null sink's
# monitor delivers its first block about 2 s after it opens).
STALL_S = 5.0
OPEN_TIMEOUT_S = 5.0
PRESENT_EVERY_S = 0.5  # how often a capture checks that its device still exists
# Loopback drivers on macOS, by the names they give their input devices.
MAC_LOOPBACK_NAMES = ("blackhole", "soundflower", "loopback", "vb-cable", "background music")


class SystemAudioUnavailable(AudioError):
    """No way to capture through soundcard here; the message says why and what to do."""


def _server_hint() -> str:
    if sys.platform.startswith("linux"):
        return (
            "start the sound server (PulseAudio, or PipeWire with pipewire-pulse; "
            "Debian/Ubuntu: sudo apt install pulseaudio) and press Refresh"
        )
    if sys.platform == "darwin":
        return "reinstall Parley"
    return "check that Windows audio is running, then press Refresh"


def load_soundcard() -> ModuleType:
    """The soundcard module connected to the audio server, or SystemAudioUnavailable."""
    if "soundcard" in sys.modules:
        return sys.modules["soundcard"]
    # soundcard names its client after sys.argv[1] when run as `python -c`; an embedded or
    # bare interpreter may have no such entry, which it reports as IndexError.
    saved = list(sys.argv)
    if not sys.argv or (sys.argv[0] == "-c" and len(sys.argv) < 2):
        sys.argv = ["parley"]
    try:
        return importlib.import_module("soundcard")
    except Exception as exc:  # no library, no server (an assertion or IndexError inside soundcard)
        sys.modules.pop("soundcard", None)
        raise SystemAudioUnavailable(
            f"Capturing what this computer plays is off: the sound server did not answer; {_server_hint()}."
        ) from exc
    finally:
        sys.argv = saved


@dataclass(frozen=True)
class CaptureDevice:
    id: str  # the audio system's id (stable between runs on Linux and Windows)
    name: str  # for the user
    kind: str  # MICROPHONE or SYSTEM_AUDIO
    is_default: bool

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "default": self.is_default}


def _is_loopback(mic: Any) -> bool:
    if sys.platform == "darwin":
        return any(word in str(mic.name).lower() for word in MAC_LOOPBACK_NAMES)
    return bool(getattr(mic, "isloopback", False))


def _default_loopback_id(sc: ModuleType, loopbacks: list[Any]) -> str | None:
    """The loopback of the default output: on Linux its monitor, on Windows the same id."""
    if sys.platform == "darwin":
        return str(loopbacks[0].id) if loopbacks else None
    try:
        speaker = sc.default_speaker()
    except Exception:
        return None
    if speaker is None:
        return None
    for mic in loopbacks:
        if str(mic.id) in (str(speaker.id), f"{speaker.id}.monitor"):
            return str(mic.id)
    named = [m for m in loopbacks if str(speaker.name) in str(m.name)]
    return str(named[0].id) if named else None


def list_devices(sc: ModuleType) -> list[CaptureDevice]:
    """Microphones and system-audio sources, each with its kind, microphones first."""
    try:
        mics = list(sc.all_microphones(include_loopback=True))
        try:
            default_mic = str(sc.default_microphone().id)
        except Exception:
            default_mic = ""
        loopbacks = [m for m in mics if _is_loopback(m)]
        default_loop = _default_loopback_id(sc, loopbacks)
    except Exception as exc:
        raise SystemAudioUnavailable(f"The sound server did not list its devices ({exc}).") from exc
    inputs = [m for m in mics if not _is_loopback(m)]
    found = [CaptureDevice(str(m.id), str(m.name), MICROPHONE, str(m.id) == default_mic) for m in inputs]
    found += [
        CaptureDevice(str(m.id), str(m.name), SYSTEM_AUDIO, str(m.id) == default_loop) for m in loopbacks
    ]
    return found


def no_system_audio_message() -> str:
    if sys.platform == "darwin":
        return QT_TRANSLATE_NOOP(
            "core",
            "macOS does not let applications record what it plays. Install a loopback driver such as "
            "BlackHole (existential.audio/blackhole), make a Multi-Output Device with it and your "
            "speakers in Audio MIDI Setup, then press Refresh.",
        )
    return QT_TRANSLATE_NOOP(
        "core", "No output device to capture was found: connect speakers or headphones, then press Refresh."
    )


def find_device(devices: list[CaptureDevice], which: str) -> CaptureDevice:
    """`system`: what the default output plays; `default`: the default microphone; else an id or name."""
    if which in ("system", "default"):
        kind = SYSTEM_AUDIO if which == "system" else MICROPHONE
        of_kind = [d for d in devices if d.kind == kind]
        chosen = next((d for d in of_kind if d.is_default), of_kind[0] if of_kind else None)
        if chosen is None:
            raise SystemAudioUnavailable(
                no_system_audio_message() if kind == SYSTEM_AUDIO else "No microphone was found."
            )
        return chosen
    for match in (
        lambda d: which in (d.id, d.name),
        lambda d: which.lower() in d.name.lower() or which.lower() in d.id.lower(),
    ):
        hits = [d for d in devices if match(d)]
        if hits:
            return hits[0]
    names = ", ".join(f"“{d.name}”" for d in devices) or "none"
    raise AudioError(f"There is no audio device “{which}”. Devices: {names} (see `parley devices`).")


class SoundcardSource(LiveCapture):
    """One capture device through soundcard; an AudioSource (see app.core.speech.audio).

    A capture thread opens the device (COM on Windows wants it opened and read on one thread)
    and only copies blocks into a queue; resampling happens on the reader.
    """

    def __init__(self, sc: ModuleType, device: CaptureDevice, follow_default: bool = False) -> None:
        super().__init__()
        self._sc = sc
        self.device = device
        self.follow_default = follow_default  # resume on the new default when the device vanishes
        self._notices: queue.SimpleQueue[str] = queue.SimpleQueue()
        self.name = device.name
        # PulseAudio converts to 16 kHz mono itself; elsewhere capture at the device's rate.
        self._rate = SAMPLE_RATE if sys.platform.startswith("linux") else 48_000
        self._channels = 1 if sys.platform.startswith("linux") else None
        self._opened = threading.Event()
        self._open_error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._resampler: Resampler | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._capture, name="system-audio", daemon=True)
        self._thread.start()
        if not self._opened.wait(OPEN_TIMEOUT_S):
            self._stopped.set()
            self._failed = True
            raise AudioError(f"“{self.name}” did not start sending audio. Choose another device.")
        if self._open_error is not None:
            self._failed = True
            raise AudioError(
                f"Could not capture “{self.name}”: {self._open_error}. Choose another device, "
                "then press Refresh."
            ) from self._open_error
        self._started_at = self._last_audio = time.perf_counter()

    def _capture(self) -> None:
        device = self.device
        try:
            while not self._stopped.is_set():
                self._record(device)  # returns when stopped, or when the device is gone
                if self._stopped.is_set():
                    break
                replacement = self._replacement()
                if replacement is None:
                    raise AudioError(f"{device.name} is gone")
                device = replacement
                self.name = replacement.name
                self._notices.put(
                    f"“{self.device.name}” is gone; listening to “{replacement.name}”, the new default."
                )
                self.device = replacement
        except Exception as exc:
            if not self._opened.is_set():
                self._open_error = exc
            else:
                self._queue.put(exc)
        finally:
            self._opened.set()
            self._queue.put(None)  # capture over

    def _record(self, device: CaptureDevice) -> None:
        mic = self._sc.get_microphone(device.id, include_loopback=True)
        frames = int(self._rate * BLOCK_S)
        checked = time.perf_counter()
        with mic.recorder(samplerate=self._rate, channels=self._channels, blocksize=frames) as rec:
            self._opened.set()
            while not self._stopped.is_set():
                data = rec.record(numframes=frames)
                self._last_audio = time.perf_counter()
                self._queue.put(data)
                if self._last_audio - checked > PRESENT_EVERY_S:
                    # PulseAudio moves a stream whose device vanished to the default one: a
                    # call's system audio must not quietly become the microphone.
                    checked = self._last_audio
                    present = {str(m.id) for m in self._sc.all_microphones(include_loopback=True)}
                    if device.id not in present:
                        return

    def _replacement(self) -> CaptureDevice | None:
        """The new default of the same kind, when this source follows the default."""
        if not self.follow_default or self._stopped.is_set():
            return None
        try:
            devices = list_devices(self._sc)
        except AudioError:
            return None
        return next((d for d in devices if d.kind == self.device.kind and d.is_default), None)

    def take_notice(self) -> str | None:
        """A sentence for the user about the capture (a switch of device), once."""
        try:
            return self._notices.get_nowait()
        except queue.Empty:
            return None

    def read(self, timeout: float) -> AudioBlock | None:
        if self._failed or self._drained:
            return None
        stopping = self._stopped.is_set()
        try:
            item = self._queue.get(timeout=timeout) if timeout > 0 else self._queue.get_nowait()
        except queue.Empty:
            if not stopping:
                self._check_alive()
            return None
        if item is None:
            if self._stopped.is_set():  # asked again: the stop may have come while waiting
                self._drained = True
                return None
            self._fail()
        if isinstance(item, BaseException):
            self._fail()
        raw = np.asarray(item, dtype=np.float32)
        if self._resampler is None:
            self._resampler = Resampler(self._rate, raw.shape[1] if raw.ndim == 2 else 1)
        return self._handed_out(self._resampler.convert(raw))

    def _check_alive(self) -> None:
        # WASAPI loopback sends no packets at all while nothing plays (soundcard issue #166), so
        # there silence is not a lost device; the presence check on the capture thread covers that.
        if sys.platform == "win32" and self.device.kind == SYSTEM_AUDIO:
            return
        if time.perf_counter() - self._last_audio > STALL_S:
            self._fail()

    def _fail(self) -> None:
        self._failed = True
        self._stopped.set()
        raise AudioError(
            f"“{self.name}” stopped sending audio (was the device unplugged or the output changed?). "
            "Capture has stopped; the transcript so far is kept."
        )

    def close(self) -> None:
        self._stopped.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(1.0)
        self._drained = True

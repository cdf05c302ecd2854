"""Microphone capture through sounddevice (PortAudio).

The sounddevice module comes in as a parameter, so the rest of the app works, and says
why, on a machine without PortAudio or without an input device. The stream callback
only copies blocks into a queue; mixing down and resampling happen on the reader.
"""

from __future__ import annotations

import importlib
import queue
import sys
import time
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.speech.audio import AudioBlock, AudioError, Resampler
from app.core.speech.live_capture import LiveCapture

CALLBACK_S = 0.05  # PortAudio block length
STALL_S = 2.0  # no audio for this long from a running stream: the device is gone


class AudioUnavailable(AudioError):
    """Capture is impossible on this machine; the message says why and what to do."""


def _install_hint() -> str:
    if sys.platform.startswith("linux"):
        return (
            "install the PortAudio library (Debian/Ubuntu: sudo apt install libportaudio2) and restart Parley"
        )
    return "reinstall Parley, which ships PortAudio on this platform"


def load_sounddevice() -> ModuleType:
    """The sounddevice module, or AudioUnavailable when PortAudio cannot be loaded."""
    try:
        return importlib.import_module("sounddevice")
    except (OSError, ImportError) as exc:
        raise AudioUnavailable(
            f"Microphone input is off: the PortAudio library is missing; {_install_hint()}."
        ) from exc


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    default_rate: int
    is_default: bool


def input_devices(sd: Any) -> list[InputDevice]:
    """Every device with input channels; an empty list when there are none."""
    try:
        devices = sd.query_devices()
        default = sd.default.device[0] if sd.default.device is not None else -1
    except Exception as exc:  # PortAudio errors are plain Exceptions in sounddevice
        raise AudioUnavailable(f"Microphone input is off: the audio system did not answer ({exc}).") from exc
    found = []
    for index, info in enumerate(devices):
        channels = int(info.get("max_input_channels", 0))
        if channels > 0:
            rate = int(info.get("default_samplerate") or 16_000)
            found.append(InputDevice(index, str(info["name"]), channels, rate, index == default))
    return found


def no_device_message() -> str:
    return QT_TRANSLATE_NOOP(
        "core",
        "Microphone input is off: no input device was found. Connect a microphone, then press Refresh.",
    )


def pick_device(devices: list[InputDevice], remembered: str) -> InputDevice | None:
    """The remembered device by name (indices change between runs), else the default one."""
    for device in devices:
        if device.name == remembered:
            return device
    return next((d for d in devices if d.is_default), devices[0] if devices else None)


class MicrophoneSource(LiveCapture):
    """An input device through PortAudio; an AudioSource (see app.core.speech.audio)."""

    def __init__(self, sd: Any, device: InputDevice) -> None:
        super().__init__()
        self._sd = sd
        self.device = device
        self.name = device.name
        self._resampler = Resampler(device.default_rate, 1)
        self._stream: Any = None

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        self._last_audio = time.perf_counter()  # stall detection must not depend on how busy the reader is
        self._queue.put(indata.copy())

    def start(self) -> None:
        try:
            self._stream = self._sd.InputStream(
                device=self.device.index,
                channels=1,
                samplerate=self.device.default_rate,
                dtype="float32",
                blocksize=int(self.device.default_rate * CALLBACK_S),
                callback=self._callback,
            )
            self._stream.start()
        except Exception as exc:
            raise AudioError(
                f"Could not open the microphone “{self.name}”: {exc}. Choose another input device."
            ) from exc
        self._started_at = self._last_audio = time.perf_counter()

    def read(self, timeout: float) -> AudioBlock | None:
        if self._failed or self._drained:
            return None
        stopping = self._stopped.is_set()
        if stopping and self._stream is not None:
            self._close()  # on the reading thread, then hand over what was already captured
        try:
            raw = (
                self._queue.get(timeout=timeout) if timeout > 0 and not stopping else self._queue.get_nowait()
            )
        except queue.Empty:
            if stopping:
                self._drained = True
            else:
                self._check_alive()
            return None
        return self._handed_out(self._resampler.convert(np.asarray(raw, dtype=np.float32)))

    def _check_alive(self) -> None:
        stream = self._stream
        try:
            inactive = stream is not None and not stream.active
        except Exception:  # PortAudio may fail to answer for a device that vanished
            inactive = True
        if inactive or time.perf_counter() - self._last_audio > STALL_S:
            self._failed = True
            self._close()
            raise AudioError(
                f"The microphone “{self.name}” stopped sending audio (was it unplugged?). "
                "Capture has stopped; the transcript so far is kept."
            )

    def _close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
                stream.close()
            except Exception:  # closing a stream whose device vanished may fail too; nothing to save
                pass

    def close(self) -> None:
        """The reader's thread: release the device now; what was not read yet is dropped."""
        self._stopped.set()
        self._close()
        self._drained = True

"""A stand-in for the sounddevice module: hardware comes in through a parameter.

It lists devices and plays a clip through a stream callback at the device's rate, then
goes silent the way an unplugged device does. Whisper and llama.cpp are never faked.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np


class FakeStream:
    """Delivers a clip through the callback at 48 kHz, then vanishes like an unplugged device."""

    def __init__(self, audio: np.ndarray, callback: Any, blocksize: int) -> None:
        self.audio, self.callback, self.blocksize = audio, callback, blocksize
        self.active = False
        self._thread = threading.Thread(target=self._play, daemon=True)

    def _play(self) -> None:
        for i in range(0, self.audio.size, self.blocksize):
            if not self.active:
                return
            block = self.audio[i : i + self.blocksize].reshape(-1, 1)
            self.callback(block, block.shape[0], None, None)
            time.sleep(0.005)
        self.active = False  # the device went away

    def start(self) -> None:
        self.active = True
        self._thread.start()

    def stop(self) -> None:
        self.active = False

    def close(self) -> None:
        pass


class FakeSoundDevice:
    def __init__(self, audio: np.ndarray, with_inputs: bool = True) -> None:
        self.audio = audio
        self.with_inputs = with_inputs
        self.default = type("Default", (), {"device": (1, 0)})()

    def query_devices(self) -> list[dict[str, Any]]:
        speakers = {"name": "Speakers", "max_input_channels": 0, "default_samplerate": 48000.0}
        if not self.with_inputs:
            return [speakers]
        return [
            speakers,
            {"name": "Headset mic", "max_input_channels": 1, "default_samplerate": 48000.0},
            {"name": "USB mic", "max_input_channels": 2, "default_samplerate": 44100.0},
        ]

    def InputStream(self, callback: Any, blocksize: int, **kwargs: Any) -> FakeStream:
        return FakeStream(self.audio, callback, blocksize)

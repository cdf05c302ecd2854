"""Streaming voice activity detection with the Silero model that faster-whisper ships.

faster-whisper runs Silero over a whole file at once; a live stream needs the model's
recurrent state and the last samples of the previous frame carried from call to call.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from faster_whisper.vad import get_vad_model

from app.core.speech.audio import Samples

FRAME = 512  # samples per decision: 32 ms at 16 kHz
_CONTEXT = 64
_STATE = (1, 1, 128)


class StreamingVad:
    def __init__(self) -> None:
        self._session = get_vad_model().session
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros(_STATE, np.float32)
        self._c = np.zeros(_STATE, np.float32)
        self._context = np.zeros(_CONTEXT, np.float32)
        self._pending = np.zeros(0, np.float32)

    def feed(self, samples: Samples) -> npt.NDArray[np.float32]:
        """Speech probabilities for every whole frame now available (0..1, one per 32 ms)."""
        audio = np.concatenate([self._pending, samples.astype(np.float32, copy=False)])
        count = audio.size // FRAME
        self._pending = audio[count * FRAME :]
        if count == 0:
            return np.zeros(0, np.float32)
        frames = audio[: count * FRAME].reshape(count, FRAME)
        contexts = np.concatenate([self._context[None, :], frames[:-1, -_CONTEXT:]], axis=0)
        self._context = frames[-1, -_CONTEXT:].copy()
        batch = np.concatenate([contexts, frames], axis=1)
        out, self._h, self._c = self._session.run(None, {"input": batch, "h": self._h, "c": self._c})
        return np.asarray(out, np.float32).reshape(-1)

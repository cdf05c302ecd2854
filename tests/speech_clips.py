"""The speech fixtures (synthesized with espeak-ng, see fixtures/make_audio.sh) and what they say."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.speech.audio import Samples, load_file

AUDIO = Path(__file__).parent / "fixtures" / "audio"

SAID = {
    "station": "Where is the train station? I would like to buy two tickets to the city centre.",
    "thanks": "Thank you very much for your help.",
    "coffee": "Guten Morgen. Ich möchte bitte einen Kaffee mit Milch.",
}


# espeak-ng's voice is robotic: tiny.en hears "buy two tickets" as "my to take it" in some audio
# windows (word error rate 0 to 0.31 on the station clip, depending on where utterances split).
# A broken pipeline scores near 1.
WER_BOUND = 0.35


def clip(name: str) -> Path:
    return AUDIO / f"{name}.wav"


def samples(*names: str) -> Samples:
    """Clips joined end to end (each has its own silence before and after)."""
    return np.concatenate([load_file(clip(n)) for n in names])

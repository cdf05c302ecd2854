"""The speech fixtures (synthesized with espeak-ng, see fixtures/make_audio.sh) and what they say."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from app.core.audio import Samples, load_file

AUDIO = Path(__file__).parent / "fixtures" / "audio"

SAID = {
    "station": "Where is the train station? I would like to buy two tickets to the city centre.",
    "thanks": "Thank you very much for your help.",
    "coffee": "Guten Morgen. Ich möchte bitte einen Kaffee mit Milch.",
}


def clip(name: str) -> Path:
    return AUDIO / f"{name}.wav"


def samples(*names: str) -> Samples:
    """Clips joined end to end (each has its own silence before and after)."""
    return np.concatenate([load_file(clip(n)) for n in names])

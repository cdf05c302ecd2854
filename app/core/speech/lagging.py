"""Average lagging (AL), the latency measure of simultaneous translation research.

As SimulEval defines it (Ma et al., 2019; its AverageLagging metric): for target words
y_1..y_|Y| emitted after consuming d_1..d_|Y| of source (here ms of source audio), with
source length |X| and rate gamma = |Y| / |X|,

    tau = the first i with d_i >= |X| (or |Y| if none)
    AL  = 1/tau * sum_{i=1..tau} (d_i - (i - 1) / gamma)

and AL = d_1 when the first word already comes after the whole source. (i - 1) / gamma is
an ideal policy that spreads the words evenly over the source. With no reference
translation, |Y| is the hypothesis's own length: that is AL, not LAAL (which takes the
longer of hypothesis and reference).
"""

from __future__ import annotations

from collections.abc import Sequence


def average_lagging(delays: Sequence[float], source_length: float, target_length: int | None = None) -> float:
    """AL of one instance; `delays` are the source consumed when each target word was emitted."""
    if not delays:
        raise ValueError("average lagging needs at least one target word")
    if source_length <= 0:
        raise ValueError("average lagging needs a source longer than zero")
    if delays[0] > source_length:
        return float(delays[0])
    gamma = (target_length or len(delays)) / source_length
    total = 0.0
    tau = 0
    for index, delay in enumerate(delays):
        if delay > source_length:
            break
        total += delay - index / gamma
        tau = index + 1
        if delay >= source_length:
            break
    return total / tau


def word_delays(pieces: Sequence[tuple[float, str]], done_at: float, words: int) -> list[float]:
    """When each of `words` target words was emitted, from a token stream of (time, piece).

    A word is emitted once it is complete: when the next word starts, or when the
    translation is done. The final text may be cleaned after streaming, so the stream's
    word count can differ from `words`; missing words count as emitted when it was done."""
    times: list[float] = []
    text = ""
    for at, piece in pieces:
        text += piece
        parts = text.split()
        complete = len(parts) if text[-1:].isspace() else max(0, len(parts) - 1)
        times.extend([at] * (complete - len(times)))
    times = times[:words]
    times.extend([done_at] * (words - len(times)))
    return times

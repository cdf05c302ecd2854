"""The quick decode's encoder window: the audio held plus a margin, in steps, never under the floor."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.speech.whisper import (
    WINDOW_MARGIN_FRAMES,
    WINDOW_MIN_FRAMES,
    WINDOW_STEP_FRAMES,
    encoder_frames,
)


def test_the_cases_below_are_written_for_the_defaults() -> None:
    # 3 s of margin, 10 s at least, steps of 5 s.
    assert (WINDOW_MARGIN_FRAMES, WINDOW_MIN_FRAMES, WINDOW_STEP_FRAMES) == (300, 1000, 500)


def _padded(heard: int, total: int = 3000) -> np.ndarray:
    """Features the way faster-whisper pads them: log-mel frames, then exact zeros."""
    features = np.zeros((80, total), np.float32)
    features[:, :heard] = np.random.default_rng(heard).uniform(-1.0, 1.0, (80, heard))
    return features


@pytest.mark.parametrize(
    ("heard", "kept"),
    [
        (200, WINDOW_MIN_FRAMES),  # a short utterance: the floor
        (900, 1500),  # 1200 frames, up to the next step
        (1201, 2000),  # 1501 frames
        (2900, 3000),  # never past the full window
        (0, WINDOW_MIN_FRAMES),  # nothing heard
    ],
)
def test_the_window_keeps_what_was_heard_plus_the_margin(heard: int, kept: int) -> None:
    features = _padded(heard)
    window = encoder_frames(features)
    assert window.shape == (80, kept)
    assert kept >= min(3000, heard + WINDOW_MARGIN_FRAMES)
    np.testing.assert_array_equal(window, features[:, :kept])


def test_a_batch_of_one_is_cut_the_same_way() -> None:
    features = _padded(500)
    assert encoder_frames(features[None]).shape == (80, WINDOW_MIN_FRAMES)


def test_a_silent_frame_inside_the_audio_is_kept() -> None:
    # A column of zeros mid-audio is not padding: the window runs to the last heard frame.
    features = _padded(1200)
    features[:, 400:450] = 0.0
    assert encoder_frames(features).shape == (80, 1500)


def test_windows_come_in_a_few_lengths() -> None:
    # One length per step, whatever the utterance: the allocator sees the same shapes again.
    lengths = {encoder_frames(_padded(heard)).shape[1] for heard in range(0, 1201, 7)}
    assert lengths == {WINDOW_MIN_FRAMES, WINDOW_MIN_FRAMES + WINDOW_STEP_FRAMES}

"""The bandwidth bound of `parley bench --typed --speculative`, and the per-machine choice of decoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.bench.decoding import bound_figures, decode_bound_tps, measure_bandwidth_gbs
from app.core.translation.speculative import (
    CHOICES_FILE,
    DRAFT_MODEL,
    PLAIN,
    PROMPT_LOOKUP,
    MethodFigures,
    choice_key,
    choose_method,
    store_method,
    stored_method,
)


def test_the_bound_is_bandwidth_over_the_bytes_read_per_token() -> None:
    # 11.2 GB/s over a model of 1.12 GB: each token reads every weight once, so 10 tokens/s.
    assert decode_bound_tps(11.2, 1_120_000_000) == pytest.approx(10.0)
    figures = bound_figures(11.2, 1_120_000_000, plain_tps=8.0)
    assert figures["decode_tps"] == pytest.approx(10.0) and figures["fraction"] == pytest.approx(0.8)
    assert bound_figures(11.2, 1_120_000_000, plain_tps=None)["fraction"] is None
    with pytest.raises(ValueError):
        decode_bound_tps(11.2, 0)


def test_bandwidth_is_measured_from_copies_and_counts_reads_and_writes() -> None:
    one = measure_bandwidth_gbs(threads=1, megabytes=32, repeats=3)
    # Any machine Parley runs on moves between 0.2 GB/s and 2 TB/s through a copy.
    assert 0.2 < one < 2000


def _f(ratio: float | None, identical: bool = True) -> MethodFigures:
    return MethodFigures(ratio, identical)


def test_a_method_is_chosen_only_when_faster_and_identical() -> None:
    assert choose_method({}) == PLAIN
    assert choose_method({PROMPT_LOOKUP: _f(1.3, identical=False)}) == PLAIN  # faster, but changed the output
    assert choose_method({PROMPT_LOOKUP: _f(0.7)}) == PLAIN  # identical, but slower
    assert choose_method({PROMPT_LOOKUP: _f(1.02)}) == PLAIN  # within the noise of a run
    assert choose_method({PROMPT_LOOKUP: _f(None)}) == PLAIN  # nothing measured
    assert choose_method({PROMPT_LOOKUP: _f(1.2)}) == PROMPT_LOOKUP
    both = {PROMPT_LOOKUP: _f(1.2), DRAFT_MODEL: _f(1.4)}
    assert choose_method(both) == DRAFT_MODEL
    assert choose_method({**both, DRAFT_MODEL: _f(1.4, identical=False)}) == PROMPT_LOOKUP


def test_the_choice_is_kept_per_model_backend_and_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    model = tmp_path / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(60))
    key = choice_key(model, "CPU", 2)
    assert key != choice_key(model, "CUDA", 2) and key != choice_key(model, "CPU", 4)
    assert stored_method(key) == PLAIN  # nothing measured yet
    store_method(key, DRAFT_MODEL, {DRAFT_MODEL: 1.3})
    store_method(choice_key(model, "CPU", 4), PLAIN, {})
    assert stored_method(key) == DRAFT_MODEL
    assert stored_method(choice_key(model, "CPU", 4)) == PLAIN
    model.write_bytes(b"GGUF" + bytes(100))  # another file under the same name: measured again
    assert stored_method(choice_key(model, "CPU", 2)) == PLAIN


def test_a_damaged_or_unknown_choice_decodes_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    (tmp_path / CHOICES_FILE).write_text("{not json")
    assert stored_method("m:1:CPU:2") == PLAIN
    (tmp_path / CHOICES_FILE).write_text(json.dumps({"m:1:CPU:2": {"method": "telepathy"}}))
    assert stored_method("m:1:CPU:2") == PLAIN
    store_method("m:1:CPU:2", PROMPT_LOOKUP, {})  # a damaged file is replaced, not a failure
    assert stored_method("m:1:CPU:2") == PROMPT_LOOKUP


def test_every_path_starts_from_the_prompts_shared_prefix() -> None:
    from app.core.bench.decoding import _shared_prefix

    assert _shared_prefix([[1, 2, 3, 4], [1, 2, 5], [1, 2, 3]]) == 2
    assert _shared_prefix([[1, 2, 3]]) == 3 and _shared_prefix([]) == 0
    assert _shared_prefix([[1, 2], [1, 2, 3]]) == 2

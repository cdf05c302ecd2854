"""`parley bench --typed --speculative`: the JSON contract, on the small chat model drafting for itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.models.bundled import qwen_path
from app.core.translation.speculative import (
    CHOICES_FILE,
    DRAFT_MODEL,
    METHODS,
    PLAIN,
    PROMPT_LOOKUP,
    stored_method,
)
from tests.integration.test_cli import parley


def test_bench_speculative_writes_the_bound_every_method_and_the_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = tmp_path / "s.txt"
    sentences.write_text("It is cold today.\n")
    out = tmp_path / "bench.json"
    result = parley("bench", "--typed", "--model", str(qwen_path()), "--sentences", str(sentences),
                    "--threads", "1", "--ctx", "1024", "--speculative", "--json", str(out),
                    timeout=290, env={"PARLEY_DATA_DIR": str(tmp_path)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    bound = data["bound"]
    assert bound["bandwidth_gbs"] > 0.2
    assert bound["decode_tps"] == bound["bandwidth_gbs"] * 1e9 / qwen_path().stat().st_size
    plain = data["speculative"]["plain"]["decode_tps"]["p50"]
    assert bound["fraction"] == plain / bound["decode_tps"] and bound["fraction"] > 0
    methods = data["speculative"]["methods"]
    assert set(methods) == {PROMPT_LOOKUP, DRAFT_MODEL}  # the 0.5B shares its own tokenizer
    for figures in methods.values():
        assert figures["requests"] == 1 and figures["decode_ratio"] > 0
        assert isinstance(figures["identical"], bool) and figures["accepted_per_step"] >= 0
    # Drafting for itself, the small model accepts nearly every draft it is sure of.
    assert methods[DRAFT_MODEL]["accepted_per_step"] > 1
    chosen = data["speculative"]["chosen"]
    assert chosen in (PLAIN, *METHODS)
    assert chosen == PLAIN or (methods[chosen]["identical"] and methods[chosen]["decode_ratio"] >= 1.05)
    # Stored where the app reads it, under this model, backend and thread count.
    assert (tmp_path / CHOICES_FILE).exists()
    key = data["speculative"]["key"]
    assert key.endswith(":1") and qwen_path().name in key
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    assert stored_method(key) == chosen
    assert "of the bound" in result.stdout and "chosen for this machine" in result.stdout


def test_speculative_goes_with_a_local_typed_bench() -> None:
    result = parley("bench", "--speech", "--speculative")
    assert result.returncode != 0 and "--speculative measures a local model" in result.stderr

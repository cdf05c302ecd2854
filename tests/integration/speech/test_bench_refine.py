"""`parley bench --speech --refine` on the real models, kept short: every mode runs, reports both
figures, and the report is printed; --refine without --speech is refused before anything loads."""

from __future__ import annotations

import subprocess
import sys

from app.core.bench.speech import REFINE_MODES, Clip, bench_refine, format_refine_report
from app.core.models.bundled import qwen_path
from tests.speech_clips import SAID, clip


def test_each_mode_reports_the_first_draft_token_and_the_final_done() -> None:
    result = bench_refine([Clip(clip("thanks"))], "tiny.en", 0.1, "fr", None, qwen_path(), rounds=1)
    assert result["models"]["draft"]["name"].lower().startswith("gemma")
    assert "0.5B" in result["models"]["quality"]["name"], "the quality engine is the model asked for"
    for mode in REFINE_MODES:
        figures = result["modes"][mode]
        assert figures["utterances"] >= 1, mode
        assert figures["draft_first_token_ms"]["p50"] is not None, mode
        assert figures["translation_done_ms"]["p50"] is not None, mode
        assert figures["draft_first_token_ms"]["p50"] <= figures["translation_done_ms"]["p50"], mode
        heard = result["utterances"][mode]
        assert heard and SAID["thanks"].split()[0] in heard[0]["source"] and heard[0]["translation"]
    report = format_refine_report(result)
    assert "first draft token" in report and "final translation done" in report


def test_refine_needs_the_speech_benchmark() -> None:
    done = subprocess.run([sys.executable, "-m", "app", "bench", "--typed", "--refine"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 2 and "--refine measures speech" in done.stderr

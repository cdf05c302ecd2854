"""The command line as a user runs it: a subprocess, real models, exit codes, stdout contracts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.options import machine_threads
from tests.gguf_files import write_gguf

METRIC_KEYS = {
    "ttft_ms",
    "prefill_ms",
    "prompt_tokens",
    "completion_tokens",
    "decode_tokens_per_s",
    "total_ms",
}


def parley(
    *args: str, stdin: str | None = None, timeout: float = 180, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_translate_streams_to_stdout() -> None:
    result = parley("translate", "--from", "en", "--to", "es", "Where", "is", "the", "market?")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() and result.stdout.endswith("\n")
    assert result.stdout.strip() != "Where is the market?"


def test_translate_jsonl_one_object_per_line(tmp_path: Path) -> None:
    texts = ["Good night, sleep well.", "", "I lost my umbrella 🌂 at the station."]
    source = tmp_path / "in.txt"
    source.write_text("\n".join(texts) + "\n", encoding="utf-8")
    from_file = parley("translate", "--to", "fr", "--jsonl", "--file", str(source))
    from_stdin = parley("translate", "--to", "fr", "--jsonl", stdin="\n".join(texts) + "\n")
    for result in (from_file, from_stdin):
        assert result.returncode == 0, result.stderr
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert [r["source"] for r in records] == texts
        for record in records:
            assert set(record) == {"source", "translation", "metrics"}
            assert set(record["metrics"]) >= METRIC_KEYS
        assert records[0]["translation"] and records[0]["metrics"]["completion_tokens"] > 0
        assert records[1]["translation"] == ""
    assert [json.loads(x)["translation"] for x in from_file.stdout.splitlines()] == [
        json.loads(x)["translation"] for x in from_stdin.stdout.splitlines()
    ]


def _one_error_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_model_exits_2_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.gguf"
    _one_error_line(
        parley("translate", "--to", "fr", "--model", str(missing), "Hi"), str(missing), "not found"
    )


def test_non_gguf_model_exits_2(tmp_path: Path) -> None:
    fake = tmp_path / "fake.gguf"
    fake.write_text("hello")
    _one_error_line(parley("translate", "--to", "fr", "--model", str(fake), "Hi"), str(fake), "not a GGUF")


def test_truncated_model_exits_2(tmp_path: Path, gemma: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(gemma.read_bytes()[:3_000_000])
    _one_error_line(parley("translate", "--to", "fr", "--model", str(cut), "Hi"), str(cut), "truncated")


def test_unsupported_architecture_exits_2(tmp_path: Path) -> None:
    meta = {"general.architecture": "nosucharch", "general.name": "Odd"}
    odd = write_gguf(tmp_path / "odd.gguf", meta, shape=(1024, 1024))
    result = parley("translate", "--to", "fr", "--model", str(odd), "Hi")
    _one_error_line(result, str(odd))
    assert "'nosucharch' model, an architecture this build of llama.cpp does not support" in result.stderr


def test_unreadable_input_file_exits_2(tmp_path: Path) -> None:
    _one_error_line(
        parley("translate", "--to", "fr", "--jsonl", "--file", str(tmp_path / "no.txt")), "no.txt"
    )


def test_unknown_language_is_a_usage_error() -> None:
    result = parley("translate", "--to", "xx", "Hi")
    assert result.returncode == 2 and "unknown language" in result.stderr


def test_models_json_lists_the_bundled_models() -> None:
    result = parley("models", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["backend"] in {"CPU", "CUDA", "Metal", "Vulkan", "ROCm", "SYCL", "GPU"}
    by_name = {m["name"]: m for m in data["models"]}
    gemma = by_name["Gemma 3 270M (Q4_K_M)"]
    assert gemma["available"] and gemma["quantization"] == "Q4_K_M" and gemma["chat_template"] is False
    assert gemma["prompt_style"] == "few-shot" and gemma["setting"] == ""
    assert by_name["Whisper tiny.en"]["available"] and by_name["Whisper base"]["available"]
    assert by_name["Whisper tiny.en"]["languages"] == "English"


def test_models_add_checks_then_lists_and_remove_forgets(tmp_path: Path, gemma: Path) -> None:
    env = {"PARLEY_DATA_DIR": str(tmp_path / "data")}
    odd = write_gguf(tmp_path / "odd.gguf", {"general.architecture": "nosucharch"}, shape=(1024, 1024))
    refused = parley("models", "add", str(odd), env=env)
    assert refused.returncode == 2 and refused.stderr.startswith("parley: not added:")
    assert not (tmp_path / "data" / "models.json").exists()
    copy = tmp_path / "my-gemma.gguf"
    copy.write_bytes(gemma.read_bytes())
    added = parley("models", "add", str(copy), env=env)
    assert added.returncode == 0 and "added translation model" in added.stdout
    listed = json.loads(parley("models", "--json", env=env).stdout)["models"]
    mine = [m for m in listed if m["origin"] == "added"]
    assert len(mine) == 1 and mine[0]["path"] == str(copy) and mine[0]["prompt_style"] == "few-shot"
    text = parley("models", env=env).stdout
    assert "prompt: few-shot" in text and "llama.cpp backend:" in text
    assert parley("models", "remove", str(copy), env=env).returncode == 0
    assert parley("models", "remove", str(copy), env=env).returncode == 2


@pytest.mark.parametrize(
    "entry", [["-m", "app"], ["-c", "from app.cli import main; raise SystemExit(main())"]]
)
def test_console_script_and_module_are_the_same_program(entry: list[str]) -> None:
    result = subprocess.run([sys.executable, *entry, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("parley ")


def test_self_test_passes_offline() -> None:
    result = parley("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   translation:" in result.stdout and "self-test passed" in result.stdout
    assert "ok   acceleration: llama.cpp: " in result.stdout
    assert "ok   speech: speech in " in result.stdout and "Whisper tiny.en heard" in result.stdout
    assert "ok   translation model: tier fast: " in result.stdout
    assert "ok   quality model: tier quality: " in result.stdout  # checked because it is installed
    assert "ok   tier: " in result.stdout and "budget: a 12-word sentence" in result.stdout


def test_bench_typed_writes_the_published_keys(tmp_path: Path) -> None:
    sentences = tmp_path / "s.txt"
    sentences.write_text("The shop opens at nine.\nMy sister lives in Rome.\nIt is cold today.\n")
    out = tmp_path / "bench.json"
    result = parley("bench", "--typed", "--sentences", str(sentences), "--json", str(out))
    assert result.returncode == 0, result.stderr
    assert "first token p50" in result.stdout and "bare loop" in result.stdout
    data = json.loads(out.read_text())
    for side in ("typed", "baseline"):
        assert (
            data[side]["ttft_ms"]["p50"] > 0 and data[side]["ttft_ms"]["p90"] >= data[side]["ttft_ms"]["p50"]
        )
        assert data[side]["decode_tps"]["p50"] > 0
    assert data["resources"]["peak_rss_mb"] > 100 and data["resources"]["load_s"] > 0
    assert data["ratios"]["identical_outputs"] == "3/3"  # both sides did the same work


def test_thread_and_gpu_layer_options_are_accepted() -> None:
    result = parley("translate", "--to", "it", "--threads", "1", "--gpu-layers", "0", "See you tomorrow.")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_bench_typed_on_the_chat_model_scores_chrf(tmp_path: Path) -> None:
    from app.core.models.bundled import qwen_path

    refs = tmp_path / "refs.tsv"
    refs.write_text(
        "id\ten\tfr\n"
        "a\tGood evening.\tBonsoir.\n"
        "b\tThank you very much.\tMerci beaucoup.\n"
        "c\tWhere is the station?\tOù est la gare ?\n"
    )
    out = tmp_path / "bench.json"
    result = parley("bench", "--typed", "--model", str(qwen_path()), "--references", str(refs),
                    "--ctx", "2048", "--json", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert data["model"]["prompt_style"] == "qwen" and data["model"]["context"] == 2048
    assert data["sentences"] == 3 and 0 < data["quality"]["chrf"] <= 100
    assert "chrF against the references" in result.stdout


def test_bench_references_without_the_pair_is_refused(tmp_path: Path) -> None:
    refs = tmp_path / "refs.tsv"
    refs.write_text("id\ten\tde\na\tHi.\tHallo.\n")
    _one_error_line(parley("bench", "--typed", "--references", str(refs), "--to", "fr"), "no column for fr")


def test_history_list_and_export(tmp_path: Path) -> None:
    from app.core.conversation.history import HistoryStore, Turn
    from app.core.conversation.parties import Conversation

    env = {"PARLEY_DATA_DIR": str(tmp_path / "data")}
    empty = parley("history", "list", env=env)
    assert empty.returncode == 0 and "No conversations" in empty.stdout
    store = HistoryStore(tmp_path / "data" / "history.sqlite3")
    sid = store.new_session(Conversation.between("en", "es", "Ana", "Ben"), "Lunch")
    store.add_turn(sid, Turn("a", "speech", "en", "es", "A table for two.", "Una mesa para dos.", 0.4, 1.9))
    store.close()
    listed = json.loads(parley("history", "list", "--json", "--search", "mesa", env=env).stdout)
    assert [s["id"] for s in listed] == [sid] and listed[0]["title"] == "Lunch"
    text = parley("history", "list", env=env).stdout
    assert f"{sid}" in text and "en↔es" in text and "1 turns" in text
    srt = parley("history", "export", str(sid), "--format", "srt", env=env)
    assert srt.returncode == 0 and srt.stdout == "1\n00:00:00,400 --> 00:00:01,900\nAna: Una mesa para dos.\n"
    out = tmp_path / "lunch.json"
    assert (
        parley("history", "export", str(sid), "--format", "json", "--output", str(out), env=env).returncode
        == 0
    )
    assert json.loads(out.read_text())["turns"][0]["source"] == "A table for two."
    _one_error_line(parley("history", "export", "999", env=env), "there is no conversation 999")


def test_runtime_options_are_checked_and_accepted() -> None:
    _one_error_line(parley("translate", "--to", "fr", "--ctx", "100", "Hi"), "--ctx", "from 256 to 262144")
    # Refused at once, bounded by the machine, rather than a load that stalls for minutes.
    refused = parley("translate", "--to", "fr", "--threads", "10000", "Hi", timeout=30)
    _one_error_line(refused, "--threads", f"from 0 to {machine_threads()}", "10000")
    _one_error_line(parley("transcribe", "nothing.wav", "--endpoint-ms", "50", timeout=30), "--endpoint-ms")
    result = parley("translate", "--to", "fr", "--ctx", "1024", "--flash-attn", "off",
                    "--prompt-style", "generic-chat", "Good night.")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()

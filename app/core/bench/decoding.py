"""`parley bench --typed --speculative`: decoding against the memory-bandwidth bound, plain and speculative.

On a CPU, decoding one token reads every weight once, so no decoder can beat the machine's
memory bandwidth divided by the model's weight bytes. Plain greedy decoding is reported as a
fraction of that bound; each speculative method runs the same prompts in the same run,
interleaved with plain decoding sentence by sentence, so a busy machine slows both alike.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
from llama_cpp import Llama

from app.core.metrics import percentile
from app.core.translation.speculative import (
    DRAFT_MODEL,
    PROMPT_LOOKUP,
    Drafter,
    DraftLlama,
    DraftStats,
    MethodFigures,
    choice_key,
    choose_method,
    plain_tokens,
    prompt_lookup,
    shares_vocabulary,
    speculative_tokens,
    store_method,
)

COPY_MB = 256  # per copy: far beyond any CPU cache, short enough to repeat


def measure_bandwidth_gbs(threads: int = 1, megabytes: int = COPY_MB, repeats: int = 5) -> float:
    """Memory bandwidth in GB/s from copying large arrays, `threads` copies at once (numpy
    releases the GIL while it copies). A copy reads and writes each byte: both count. The best
    of `repeats` is the machine's, the others are other work's interference."""
    threads = max(1, threads)
    n = megabytes * 1024 * 1024 // 8
    sources = [np.ones(n) for _ in range(threads)]
    targets = [np.empty(n) for _ in range(threads)]
    for s, t in zip(sources, targets):
        np.copyto(t, s)  # every page touched once before timing
    best = 0.0
    for _ in range(repeats):
        workers = [threading.Thread(target=np.copyto, args=(t, s)) for s, t in zip(sources, targets)]
        start = time.perf_counter()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        elapsed = time.perf_counter() - start
        best = max(best, 2 * n * 8 * threads / elapsed / 1e9)
    return best


def decode_bound_tps(bandwidth_gbs: float, weight_bytes: int) -> float:
    """The most tokens per second a decoder that reads every weight once per token can make."""
    if weight_bytes <= 0:
        raise ValueError("a model has a positive number of weight bytes")
    return bandwidth_gbs * 1e9 / weight_bytes


def bound_figures(bandwidth_gbs: float, weight_bytes: int, plain_tps: float | None) -> dict[str, Any]:
    bound = decode_bound_tps(bandwidth_gbs, weight_bytes)
    return {
        "bandwidth_gbs": bandwidth_gbs,
        "weight_bytes": weight_bytes,
        "decode_tps": bound,
        "fraction": plain_tps / bound if plain_tps is not None else None,
    }


@dataclass
class Decoded:
    tokens: list[int]
    ttft_ms: float
    decode_tps: float | None


@dataclass
class MethodRun:
    decoded: list[Decoded] = field(default_factory=list)
    stats: DraftStats = field(default_factory=DraftStats)

    def tps_p50(self) -> float | None:
        return percentile([d.decode_tps for d in self.decoded if d.decode_tps is not None], 50)

    def ttft_p50(self) -> float | None:
        return percentile([d.ttft_ms for d in self.decoded], 50)


def decode_once(llm: Llama, stream: Generator[int, None, None], max_tokens: int) -> Decoded:
    """Greedy tokens until end of generation or a line break; stamped as the consumer sees them."""
    start = time.perf_counter()
    stamps: list[float] = []
    tokens: list[int] = []
    text = b""
    try:
        for token in stream:
            stamps.append(time.perf_counter())
            if llama_cpp.llama_vocab_is_eog(llm._model.vocab, token) or len(tokens) >= max_tokens:
                break
            tokens.append(token)
            text += llm.detokenize([token])
            if b"\n" in text:
                break
    finally:
        stream.close()
    tps = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else None
    return Decoded(tokens, (stamps[0] - start) * 1000 if stamps else 0.0, tps)


def open_drafters(llm: Llama, draft_path: Path | None, threads: int) -> tuple[dict[str, Drafter], list[str]]:
    """Each method's drafter, and a sentence for each method that cannot run here."""
    drafters: dict[str, Drafter] = {PROMPT_LOOKUP: prompt_lookup()}
    notes = []
    if draft_path is None:
        notes.append(f"{DRAFT_MODEL}: no draft model is installed")
        return drafters, notes
    draft = Llama(str(draft_path), n_ctx=llm.n_ctx(), n_threads=threads, n_threads_batch=threads,
                  verbose=False)  # fmt: skip
    if shares_vocabulary(llm, draft):
        drafters[DRAFT_MODEL] = DraftLlama(draft)
    else:
        draft.close()
        notes.append(f"{DRAFT_MODEL}: {draft_path.name} does not share this model's tokenizer")
    return drafters, notes


def bench_speculative(
    llm: Llama,
    model_path: Path,
    prompts: Sequence[list[int]],
    warmup: Sequence[list[int]],
    drafters: dict[str, Drafter],
    threads: int,
    backend: str,
    max_tokens: int = 128,
    store: bool = True,
) -> dict[str, Any]:
    """Plain and every method on the same prompts, interleaved per prompt; the choice, stored.

    Before each decode the context goes back to the prompts' shared prefix, so every path
    evaluates the sentence itself as the app does (otherwise the second path would find the
    whole prompt cached by the first, and its time to first token would not compare).
    """
    shared = _shared_prefix([*prompts, *warmup])

    def rewind() -> None:
        llm.n_tokens = min(llm.n_tokens, shared)

    for prompt in warmup:  # each path once, so none pays for a cold cache or a first allocation
        rewind()
        decode_once(llm, plain_tokens(llm, prompt), max_tokens)
        for drafter in drafters.values():
            rewind()
            decode_once(llm, speculative_tokens(llm, prompt, drafter), max_tokens)
    plain = MethodRun()
    runs = {name: MethodRun() for name in drafters}
    for prompt in prompts:
        rewind()
        plain.decoded.append(decode_once(llm, plain_tokens(llm, prompt), max_tokens))
        for name, drafter in drafters.items():
            run = runs[name]
            stats = DraftStats()
            rewind()
            run.decoded.append(decode_once(llm, speculative_tokens(llm, prompt, drafter, stats), max_tokens))
            run.stats.add(stats)
    plain_tps = plain.tps_p50()
    methods: dict[str, dict[str, Any]] = {}
    figures: dict[str, MethodFigures] = {}
    for name, run in runs.items():
        tps = run.tps_p50()
        ratio = tps / plain_tps if tps is not None and plain_tps else None
        same = sum(a.tokens == b.tokens for a, b in zip(plain.decoded, run.decoded))
        figures[name] = MethodFigures(ratio, same == len(prompts))
        methods[name] = {
            "decode_ratio": ratio,
            "identical": same == len(prompts),
            "identical_outputs": f"{same}/{len(prompts)}",
            "requests": len(run.decoded),
            "accepted_per_step": run.stats.accepted_per_step,
            "drafted_per_step": run.stats.drafted / run.stats.steps if run.stats.steps else 0.0,
            "decode_tps": {"p50": tps},
            "ttft_ms": {"p50": run.ttft_p50()},
        }
    chosen = choose_method(figures)
    key = choice_key(model_path, backend, threads)
    result: dict[str, Any] = {
        "plain": {
            "decode_tps": {"p50": plain_tps},
            "ttft_ms": {"p50": plain.ttft_p50()},
            "requests": len(plain.decoded),
        },
        "methods": methods,
        "chosen": chosen,
        "key": key,
    }
    if store:
        ratios = {name: m["decode_ratio"] for name, m in methods.items()}
        result["stored_in"] = str(store_method(key, chosen, ratios))
    return result


def _shared_prefix(prompts: Sequence[list[int]]) -> int:
    """How many leading tokens all `prompts` share (the fixed part the app keeps cached)."""
    if not prompts:
        return 0
    first = prompts[0]
    shared = len(first)
    for other in prompts[1:]:
        shared = min(shared, next((i for i, (a, b) in enumerate(zip(first, other)) if a != b), len(other)))
    return shared


def format_speculative(result: dict[str, Any]) -> str:
    def num(value: float | None, digits: int = 1) -> str:
        return "—" if value is None else f"{value:.{digits}f}"

    bound, spec = result["bound"], result["speculative"]
    lines = [
        f"memory bandwidth {num(bound['bandwidth_gbs'])} GB/s; "
        f"{bound['weight_bytes'] / 1e9:.2f} GB of weights per token: "
        f"bound {num(bound['decode_tps'])} tok/s; plain decode p50 "
        f"{num(spec['plain']['decode_tps']['p50'])} tok/s = {num(bound['fraction'], 2)} of the bound",
    ]
    for name, m in spec["methods"].items():
        lines.append(
            f"{name:14} decode ×{num(m['decode_ratio'], 2)} of plain, identical {m['identical_outputs']}, "
            f"{num(m['accepted_per_step'], 2)} accepted of {num(m['drafted_per_step'], 2)} drafted per step"
        )
    lines.extend(spec.get("notes", []))
    lines.append(f"chosen for this machine: {spec['chosen']}")
    return "\n".join(lines)

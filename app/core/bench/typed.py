"""`parley bench --typed`: the app's engine against a bare llama-cpp-python loop, same run, same prompts.

Both sides see the same model, settings, prompts and order, each after the same
warm-up, so the ratio between them is what Parley's own machinery costs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import llama_cpp
import psutil
from llama_cpp import Llama

from app.core.languages import get_language
from app.core.metrics import percentile
from app.core.models.llama_build import default_threads
from app.core.options import ModelOptions, machine_threads
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import RequestFailed, RequestFinished, TokenEvent, TranslationRequest

if sys.platform != "win32":
    import resource  # POSIX only: Windows has no such module

WARMUP = ("Good afternoon, my name is Anna.", "The train is late again today.")


@dataclass
class RunResult:
    ttft_ms: list[float]
    decode_tps: list[float]
    outputs: list[str]


def machine_facts() -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
    }


def peak_rss_mb() -> float:
    """The process's peak resident memory in MiB."""
    if sys.platform == "win32":
        memory = psutil.Process().memory_info()
        # Windows keeps the peak working set; without it, the current size is the best figure there is.
        return float(getattr(memory, "peak_wset", memory.rss)) / (1024 * 1024)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_app(engine: TranslationEngine, sentences: Sequence[str], source: str, target: str) -> RunResult:
    result = RunResult([], [], [])
    for text in (*WARMUP, *sentences):
        submitted = time.perf_counter()
        first: float | None = None
        for event in engine.translate(TranslationRequest(text, source, target)):
            if isinstance(event, TokenEvent) and first is None:
                first = time.perf_counter()  # seen by the consumer: after the thread hand-off
            elif isinstance(event, RequestFailed):
                raise RuntimeError(event.message)
            elif isinstance(event, RequestFinished) and text not in WARMUP:
                if first is not None:
                    result.ttft_ms.append((first - submitted) * 1000)
                if event.metrics.decode_tokens_per_s is not None:
                    result.decode_tps.append(event.metrics.decode_tokens_per_s)
                result.outputs.append(event.translation)
    return result


def run_baseline(llm: Llama, prompts: Sequence[str], warmup: Sequence[str], max_tokens: int) -> RunResult:
    """The bare loop: tokenize, iterate `Llama.generate` greedily, stop at end of turn or a line break.

    Every token is stamped the moment llama-cpp-python yields it, exactly as the app's
    engine stamps its tokens, so decode rates compare like with like.
    """
    result = RunResult([], [], [])
    for index, prompt in enumerate((*warmup, *prompts)):
        start = time.perf_counter()
        tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)
        stamps: list[float] = []
        text = b""
        for token in llm.generate(tokens, temp=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0):
            stamps.append(time.perf_counter())
            if llama_cpp.llama_vocab_is_eog(llm._model.vocab, token) or len(stamps) >= max_tokens:
                break
            text += llm.detokenize([token])
            if b"\n" in text:
                break
        if index < len(warmup):
            continue
        result.ttft_ms.append((stamps[0] - start) * 1000)
        if len(stamps) > 1:
            result.decode_tps.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))
        result.outputs.append(text.decode("utf-8", errors="replace").split("\n", 1)[0].strip())
    return result


def run_completion_api(llm: Llama, prompts: Sequence[str], max_tokens: int) -> RunResult:
    """`create_completion(stream=True)`, for reference: it holds text back while it checks stop
    strings and releases the tail in a burst, so its per-chunk decode rate reads high."""
    result = RunResult([], [], [])
    for prompt in prompts:
        start = time.perf_counter()
        stamps: list[float] = []
        text = ""
        for chunk in llm.create_completion(
            prompt, max_tokens=max_tokens, temperature=0.0, stop=["\n"], stream=True
        ):
            stamps.append(time.perf_counter())
            text += chunk["choices"][0]["text"]  # type: ignore[index]
        if stamps:
            result.ttft_ms.append((stamps[0] - start) * 1000)
        if len(stamps) > 1:
            result.decode_tps.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))
        result.outputs.append(text.strip())
    return result


def _figures(run: RunResult) -> dict[str, dict[str, float | None]]:
    return {
        "ttft_ms": {"p50": percentile(run.ttft_ms, 50), "p90": percentile(run.ttft_ms, 90)},
        "decode_tps": {"p50": percentile(run.decode_tps, 50)},
    }


def read_references(path: Path, source: str, target: str) -> tuple[list[str], list[str]]:
    """Source sentences and reference translations from a TSV whose header names language codes."""
    with path.open(encoding="utf-8") as handle:
        rows = [line.rstrip("\r\n").split("\t") for line in handle if line.strip()]
    if not rows:
        raise ValueError(f"{path} is empty")
    header = rows[0]
    missing = [code for code in (source, target) if code not in header]
    if missing:
        raise ValueError(f"{path} has no column for {', '.join(missing)} (columns: {', '.join(header)})")
    s, t = header.index(source), header.index(target)
    pairs = [(row[s], row[t]) for row in rows[1:] if len(row) > max(s, t) and row[s].strip()]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def chrf(outputs: Sequence[str], references: Sequence[str]) -> float:
    """Corpus chrF (sacrebleu's default character n-gram F-score), 0-100."""
    try:
        import sacrebleu
    except ImportError:
        raise RuntimeError("scoring chrF needs sacrebleu: pip install sacrebleu") from None
    return float(sacrebleu.corpus_chrf(list(outputs), [list(references)]).score)


def bench_typed(
    model_path: Path | None,
    sentences: Sequence[str],
    source: str = "en",
    target: str = "fr",
    options: ModelOptions | None = None,
    references: Sequence[str] | None = None,
    speculative: bool = False,
) -> dict[str, Any]:
    options = options or ModelOptions()
    threads = options.threads or default_threads()
    # Both sides run with the same thread count: resolve "automatic" once.
    options = dataclasses.replace(options, threads=threads)
    engine = TranslationEngine(EngineConfig(model_path, options, warm_pair=(source, target)))
    engine.start()
    engine.wait_ready()
    if engine.model_info is None:
        raise RuntimeError(engine.load_error or "the model did not load")
    info = engine.model_info
    style = engine.prompt_style
    app = run_app(engine, sentences, source, target)
    peak_rss = peak_rss_mb()
    n_ctx = engine.config.options.n_ctx
    engine.close()
    assert style is not None
    src, tgt = get_language(source), get_language(target)
    prompts = [style.render(src, tgt, text, []).text for text in sentences]
    warm_prompts = [style.render(src, tgt, text, []).text for text in WARMUP]
    gpu = info.gpu_layers if info.backend != "CPU" else 0
    llm = Llama(str(info.path), n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads, n_gpu_layers=gpu,
                flash_attn=info.flash_attn, swa_full=True, verbose=False)  # fmt: skip
    baseline = run_baseline(llm, prompts, warm_prompts, max_tokens=128)
    completion_api = run_completion_api(llm, prompts, max_tokens=128)
    decoding = None
    if speculative:
        decoding = _bench_decoding(llm, info.path, info.backend, threads, prompts, warm_prompts[:1])
    llm.close()
    same = sum(a.strip() == b.strip() for a, b in zip(app.outputs, baseline.outputs))
    typed, base = _figures(app), _figures(baseline)
    app_tps, base_tps = typed["decode_tps"]["p50"], base["decode_tps"]["p50"]
    app_ttft, base_ttft = typed["ttft_ms"]["p50"], base["ttft_ms"]["p50"]
    return {
        "date": dt.date.today().isoformat(),
        "machine": machine_facts(),
        "model": {
            "name": info.name,
            "path": str(info.path),
            "quantization": info.quantization,
            "backend": info.backend,
            "gpu_layers": info.gpu_layers,
            "n_layers": info.n_layers,
            "threads": info.threads,
            "flash_attn": info.flash_attn,
            "context": info.context,
            "prompt_style": info.prompt_style,
        },
        "sentences": len(sentences),
        "pair": f"{source}->{target}",
        "typed": typed,
        "baseline": base,
        "completion_api": _figures(completion_api),
        "ratios": {
            "decode_tps_app_over_baseline": app_tps / base_tps if app_tps and base_tps else None,
            "ttft_p50_app_minus_baseline_ms": app_ttft - base_ttft if app_ttft and base_ttft else None,
            "identical_outputs": f"{same}/{len(sentences)}",
        },
        "resources": {"peak_rss_mb": peak_rss, "load_s": info.load_s},
        "quality": {"chrf": chrf(app.outputs, references)} if references is not None else None,
        **(decoding or {}),
    }


def _bench_decoding(
    llm: Llama, path: Path, backend: str, threads: int, prompts: Sequence[str], warmup: Sequence[str]
) -> dict[str, Any]:
    """The bandwidth bound and the speculative methods, on the bare loop's model (--speculative)."""
    from app.core.bench.decoding import bench_speculative, bound_figures, measure_bandwidth_gbs, open_drafters
    from app.core.models.bundled import BundledModelMissing, qwen_path

    def tokens(prompt: str) -> list[int]:
        return llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=True)

    try:
        draft: Path | None = qwen_path()
    except BundledModelMissing:
        draft = None
    drafters, notes = open_drafters(llm, draft, threads)
    # The machine's bandwidth, all its cores copying, before and after: the better is the bound
    # (other work on a shared machine only ever lowers it).
    copiers = max(threads, machine_threads())
    before = measure_bandwidth_gbs(copiers)
    try:
        spec = bench_speculative(llm, path, [tokens(p) for p in prompts], [tokens(p) for p in warmup],
                                 drafters, threads, backend)  # fmt: skip
    finally:
        for drafter in drafters.values():
            getattr(drafter, "close", lambda: None)()
    spec["notes"] = notes
    samples = [before, measure_bandwidth_gbs(copiers)]
    bound = bound_figures(max(samples), path.stat().st_size, spec["plain"]["decode_tps"]["p50"])
    bound.update(bandwidth_samples_gbs=samples, copy_threads=copiers)
    return {"bound": bound, "speculative": spec}


def format_report(result: dict[str, Any]) -> str:
    def num(value: float | None, unit: str = "") -> str:
        return "—" if value is None else f"{value:.1f}{unit}"

    model, typed, base, ratios, res = (
        result[k] for k in ("model", "typed", "baseline", "ratios", "resources")
    )
    rows = [
        ("first token p50", num(typed["ttft_ms"]["p50"], " ms"), num(base["ttft_ms"]["p50"], " ms")),
        ("first token p90", num(typed["ttft_ms"]["p90"], " ms"), num(base["ttft_ms"]["p90"], " ms")),
        ("decode p50 (tok/s)", num(typed["decode_tps"]["p50"]), num(base["decode_tps"]["p50"])),
    ]
    api = result["completion_api"]
    lines = [
        f"Typed benchmark — {model['name']} ({model['quantization']}, {model['backend']}, "
        f"{model['gpu_layers']} of {model['n_layers'] + 1} layers on the GPU, {model['threads']} threads, "
        f"prompt {model['prompt_style']}), {result['sentences']} sentences {result['pair']}",
        f"{'':22}{'app':>12}{'bare loop':>12}",
        *(f"{label:22}{app:>12}{bare:>12}" for label, app, bare in rows),
        f"decode ratio app/bare: {ratios['decode_tps_app_over_baseline'] or 0:.3f}; "
        f"first-token difference: {num(ratios['ttft_p50_app_minus_baseline_ms'], ' ms')}; "
        f"identical outputs: {ratios['identical_outputs']}",
        f"for reference, create_completion(stream=True): first token p50 "
        f"{num(api['ttft_ms']['p50'], ' ms')}, decode p50 {num(api['decode_tps']['p50'])} tok/s per chunk",
        f"peak RSS {num(res['peak_rss_mb'], ' MB')}; model load {num(res['load_s'], ' s')}",
    ]
    if result.get("quality"):
        lines.append(f"chrF against the references: {result['quality']['chrf']:.1f}")
    if result.get("speculative"):
        from app.core.bench.decoding import format_speculative

        lines.append(format_speculative(result))
    return "\n".join(lines)

"""`parley bench --typed --endpoint URL`: the app's engine on a server against a bare streaming
HTTP loop to the same server, same prompts, same order; and a load test with N clients at once.

The bare loop is http.client and a line reader, nothing of Parley's: the difference between the
two is what the engine, its prompt handling and its events cost on top of the network. Every
figure is measured here; none is derived from another.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.core.bench.typed import WARMUP, RunResult, _figures, chrf, format_report, machine_facts, run_app
from app.core.languages import get_language
from app.core.metrics import percentile
from app.core.options import ModelOptions
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.remote_backend import (
    CHAT,
    Endpoint,
    RemoteBackend,
    RemoteLoader,
    chat_messages,
    endpoint_path,
)

MAX_TOKENS = 128
CLIENTS = (1, 2, 4)


@dataclass
class _Streamed:
    start: float
    stamps: list[float]  # one per piece of text
    text: str  # up to its first line break
    whole: bool  # False: the server ended it unfinished ([DONE] with no finish_reason)


def _stream(endpoint: Endpoint, path: str, body: dict[str, Any]) -> _Streamed:
    """One streamed request, read as a bare client would."""
    parts = urlsplit(endpoint.address)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = kind(parts.hostname or "", parts.port, timeout=endpoint.read_timeout)
    headers = {"Content-Type": "application/json"}
    if endpoint.api_key:
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    start = time.perf_counter()
    stamps: list[float] = []
    text = ""
    whole = False
    try:
        conn.request("POST", parts.path.rstrip("/") + path, json.dumps(body), headers)
        response = conn.getresponse()
        if response.status != 200:
            raise RuntimeError(f"{endpoint.address}{path} answered HTTP {response.status}")
        for line in iter(response.readline, b""):
            data = line.strip().removeprefix(b"data:").strip()
            if not data or not line.startswith(b"data:"):
                continue
            if data == b"[DONE]":
                break  # before any finish_reason: llama-cpp-python interrupted it for another client
            choice = json.loads(data)["choices"][0]
            piece = (choice.get("delta") or {}).get("content") if path == CHAT else choice.get("text")
            if piece:
                stamps.append(time.perf_counter())
                text += piece
                if "\n" in text.lstrip("\n"):  # the same stop as the local bare loop
                    whole = True
                    break
            if choice.get("finish_reason") or len(stamps) >= MAX_TOKENS:
                whole = True
                break
    finally:
        conn.close()
    return _Streamed(start, stamps, text.strip().split("\n", 1)[0].strip(), whole)


def _body(model: str, prompt: str, path: str) -> dict[str, Any]:
    body: dict[str, Any] = {"model": model, "stream": True, "temperature": 0.0, "top_p": 1.0,
                            "max_tokens": MAX_TOKENS}  # fmt: skip
    messages = chat_messages(prompt)
    if messages is not None:
        body["messages"] = messages
    else:
        body["prompt"] = prompt
    return body


def run_http_baseline(endpoint: Endpoint, model: str, path: str, prompts: Sequence[str]) -> RunResult:
    result = RunResult([], [], [])
    for index, prompt in enumerate(prompts):
        got = _stream(endpoint, path, _body(model, prompt, path))
        start, stamps, text = got.start, got.stamps, got.text
        if index < len(WARMUP):
            continue
        if stamps:
            result.ttft_ms.append((stamps[0] - start) * 1000)
        if len(stamps) > 1:
            result.decode_tps.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))
        result.outputs.append(text)
    return result


@dataclass
class _Tally:
    """What N clients measured, gathered under one lock."""

    ttft_ms: list[float] = field(default_factory=list)
    decode_tps: list[float] = field(default_factory=list)
    pieces: int = 0
    cut_short: int = 0  # answers the server ended unfinished
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def client(self, endpoint: Endpoint, model: str, path: str, prompts: Sequence[str]) -> None:
        for prompt in prompts:
            try:
                got = _stream(endpoint, path, _body(model, prompt, path))
            except Exception as exc:  # a refused or timed-out request is a figure too
                with self.lock:
                    self.failures.append(str(exc))
                continue
            start, stamps = got.start, got.stamps
            with self.lock:
                self.cut_short += not got.whole
                self.pieces += len(stamps)
                if stamps:
                    self.ttft_ms.append((stamps[0] - start) * 1000)
                if len(stamps) > 1:
                    self.decode_tps.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))


def load_test(
    endpoint: Endpoint, model: str, path: str, prompts: Sequence[str], clients: Sequence[int] = CLIENTS
) -> list[dict[str, Any]]:
    """For each N: N clients, each sending every prompt in turn, all at once; per-request first
    token and decode rate, and the pieces per second the server delivered to all of them."""
    rows = []
    for n in clients:
        tally = _Tally()
        threads = [
            threading.Thread(target=tally.client, args=(endpoint, model, path, prompts), daemon=True)
            for _ in range(n)
        ]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            # Bounded: each request is bounded by the read time-out and MAX_TOKENS.
            thread.join(len(prompts) * (endpoint.read_timeout + 5))
        wall = time.perf_counter() - began
        rows.append({
            "clients": n,
            "requests": n * len(prompts),
            "failed": len(tally.failures),
            "cut_short": tally.cut_short,
            "ttft_ms": {"p50": percentile(tally.ttft_ms, 50), "p90": percentile(tally.ttft_ms, 90)},
            "decode_tps_per_request": {"p50": percentile(tally.decode_tps, 50)},
            "pieces_per_s_all_clients": tally.pieces / wall if wall > 0 else None,
            "wall_s": wall,
        })  # fmt: skip
    return rows


class _KeepingLoader(RemoteLoader):
    """Keeps the backend it made: the bare loop must use the route and model it chose."""

    made: RemoteBackend | None = None

    def load(self, path: Path, options: ModelOptions) -> RemoteBackend:
        self.made = super().load(path, options)
        return self.made


def bench_remote(
    endpoint: Endpoint,
    sentences: Sequence[str],
    source: str = "en",
    target: str = "fr",
    options: ModelOptions | None = None,
    references: Sequence[str] | None = None,
    clients: Sequence[int] = (),
) -> dict[str, Any]:
    """The typed bench's figures, under the same keys, for a model on a server."""
    options = options or ModelOptions()
    loader = _KeepingLoader(endpoint)
    engine = TranslationEngine(EngineConfig(endpoint_path(endpoint), options, warm_pair=None), loader=loader)
    engine.start()
    engine.wait_ready()
    info, backend = engine.model_info, loader.made
    if info is None or backend is None:
        engine.close()
        raise RuntimeError(engine.load_error or f"the server at {endpoint.address} could not be used")
    mode, model, style = backend.mode, backend.model, backend.style
    app = run_app(engine, sentences, source, target)
    engine.close()
    src, tgt = get_language(source), get_language(target)
    prompts = [style.render(src, tgt, text, []).text for text in (*WARMUP, *sentences)]
    bare = run_http_baseline(endpoint, model, mode, prompts)
    same = sum(a.strip() == b.strip() for a, b in zip(app.outputs, bare.outputs))
    typed, base = _figures(app), _figures(bare)
    app_tps, base_tps = typed["decode_tps"]["p50"], base["decode_tps"]["p50"]
    app_ttft, base_ttft = typed["ttft_ms"]["p50"], base["ttft_ms"]["p50"]
    result: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "machine": machine_facts(),
        "model": {
            "name": info.name, "path": endpoint.address, "quantization": info.quantization,
            "backend": info.backend, "gpu_layers": info.gpu_layers, "n_layers": info.n_layers,
            "threads": info.threads, "flash_attn": info.flash_attn, "context": info.context,
            "prompt_style": info.prompt_style,
        },
        "endpoint": {"address": endpoint.address, "route": mode},
        "sentences": len(sentences),
        "pair": f"{source}->{target}",
        "typed": typed,
        "baseline": base,
        "completion_api": {"ttft_ms": {"p50": None, "p90": None}, "decode_tps": {"p50": None}},
        "ratios": {
            "decode_tps_app_over_baseline": app_tps / base_tps if app_tps and base_tps else None,
            "ttft_p50_app_minus_baseline_ms": app_ttft - base_ttft if app_ttft and base_ttft else None,
            "identical_outputs": f"{same}/{len(sentences)}",
        },
        "resources": {"peak_rss_mb": None, "load_s": info.load_s},
        "quality": {"chrf": chrf(app.outputs, references)} if references is not None else None,
        "load": load_test(endpoint, model, mode, prompts[len(WARMUP) :], clients) if clients else None,
    }  # fmt: skip
    return result


def format_remote_report(result: dict[str, Any]) -> str:
    lines = format_report(result).splitlines()
    model, endpoint = result["model"], result["endpoint"]
    lines[0] = (
        f"Typed benchmark — {model['name']} on {endpoint['address']} through {endpoint['route']}, "
        f"prompt {model['prompt_style']}, {result['sentences']} sentences {result['pair']}"
    )
    lines = [line for line in lines if not line.startswith(("for reference", "peak RSS"))]
    for row in result.get("load") or []:
        ttft = row["ttft_ms"]["p50"]
        rate = row["pieces_per_s_all_clients"]
        lines.append(
            f"{row['clients']} client(s): {row['requests']} requests, {row['failed']} failed, "
            f"{row.get('cut_short', 0)} cut short by the server, first token "
            f"p50 {'—' if ttft is None else f'{ttft:.1f} ms'}, "
            f"{'—' if rate is None else f'{rate:.1f}'} tokens/s delivered to all"
        )
    return "\n".join(lines)

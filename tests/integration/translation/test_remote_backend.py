"""The remote backend against a real llama-cpp-python server on the bundled model: streaming,
newest wins, and every fault as a sentence naming the address, within its time-out."""

from __future__ import annotations

import http.client
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import (
    RequestEvent,
    RequestFailed,
    RequestFinished,
    TokenEvent,
    TranslationRequest,
)
from app.core.translation.remote_backend import (
    COMPLETIONS,
    Endpoint,
    RemoteError,
    RemoteLoader,
    endpoint_path,
    list_models,
)
from tests.llama_server import Server, free_port, llama_server, silent_server

KEY = "sk-parley-test-0123456789"
LONG = (
    "The train to the coast leaves at nine in the morning. We will buy our tickets at the station. "
    "My sister is bringing sandwiches and a bottle of water. The weather should be sunny all day."
)


@pytest.fixture(scope="module")
def server(gemma: Path) -> Iterator[Server]:
    # One server for the module, with a key, so the key tests need no second start.
    with llama_server(gemma, api_key=KEY) as running:
        yield running


def remote_engine(endpoint: Endpoint) -> TranslationEngine:
    engine = TranslationEngine(
        EngineConfig(endpoint_path(endpoint), warm_pair=None), loader=RemoteLoader(endpoint)
    )
    engine.start()
    assert engine.wait_ready(60)
    return engine


@pytest.fixture(scope="module")
def engine_remote(server: Server) -> Iterator[TranslationEngine]:
    engine = remote_engine(Endpoint(server.url, api_key=KEY))
    assert engine.model_info is not None, engine.load_error
    yield engine
    assert engine.close(10)


def test_streams_token_by_token_with_honest_metrics(engine_remote: TranslationEngine, server: Server) -> None:
    info = engine_remote.model_info
    assert info is not None
    assert info.backend == f"remote: {server.url.removeprefix('http://')} · {info.name}"
    assert COMPLETIONS in info.notice  # llama-cpp-python's server offers completions: Parley's own prompt
    events = list(engine_remote.translate(TranslationRequest("Where is the train station?", "en", "fr"), 60))
    pieces = [e for e in events if isinstance(e, TokenEvent)]
    final = events[-1]
    assert isinstance(final, RequestFinished), final
    assert len(pieces) >= 3 and "".join(p.piece for p in pieces).strip() == final.translation.strip()
    assert final.translation and final.translation != "Where is the train station?"
    metrics = final.metrics
    assert metrics.ttft_ms is not None and metrics.ttft_ms > 0
    assert metrics.decode_tokens_per_s is not None and metrics.decode_tokens_per_s > 0
    assert metrics.prompt_tokens > 20  # counted by the server's tokenizer


def test_newest_request_wins_and_each_ends_once(engine_remote: TranslationEngine) -> None:
    engine_remote.forget()
    events: dict[int, list[RequestEvent]] = {}
    first_piece = threading.Event()

    def sink(event: RequestEvent) -> None:
        events.setdefault(event.request_id, []).append(event)
        if isinstance(event, TokenEvent):
            first_piece.set()

    old = engine_remote.submit(TranslationRequest(LONG, "en", "fr"), sink)
    assert first_piece.wait(60)
    new = engine_remote.submit(TranslationRequest("Thank you very much.", "en", "es"), sink)
    assert engine_remote.wait_idle(60)
    terminal = {
        rid: [e for e in evs if isinstance(e, (RequestFinished, RequestFailed))]
        for rid, evs in events.items()
    }
    assert len(terminal[old]) == 1 and len(terminal[new]) == 1
    stopped, won = terminal[old][0], terminal[new][0]
    assert isinstance(stopped, RequestFinished) and stopped.cancelled
    assert isinstance(won, RequestFinished) and not won.cancelled and won.translation


def test_wrong_key_is_refused_with_a_sentence(server: Server) -> None:
    for key in ("wrong-key", ""):
        with pytest.raises(RemoteError, match=r"refused .* \(HTTP 401\)") as caught:
            list_models(Endpoint(server.url, api_key=key))
        assert server.url in str(caught.value)
    assert list_models(Endpoint(server.url, api_key=KEY))


def test_wrong_url_unknown_model_and_tls(server: Server) -> None:
    with pytest.raises(RemoteError, match="HTTP 404") as caught:
        list_models(Endpoint(server.url + "/nothing-here", api_key=KEY))
    assert "base URL" in str(caught.value)
    engine = remote_engine(Endpoint(server.url, "no-such-model", api_key=KEY))
    try:
        assert engine.model_info is None
        assert "has no model 'no-such-model'" in (engine.load_error or "")
    finally:
        engine.close()
    https = server.url.replace("http://", "https://")
    with pytest.raises(RemoteError, match="secure connection") as caught:
        list_models(Endpoint(https, api_key=KEY))
    assert https in str(caught.value)


def test_refused_connection_fails_fast() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    engine = remote_engine(Endpoint(url))
    try:
        assert time.monotonic() - started < 10
        assert engine.model_info is None
        assert engine.load_error is not None and url in engine.load_error and "refused" in engine.load_error
        failed = list(engine.translate(TranslationRequest("Hello.", "en", "fr"), 10))[-1]
        assert isinstance(failed, RequestFailed) and url in failed.message
    finally:
        engine.close()


def test_a_server_that_never_answers_times_out() -> None:
    with silent_server() as url:
        started = time.monotonic()
        with pytest.raises(RemoteError, match="did not answer within 1 s") as caught:
            list_models(Endpoint(url, connect_timeout=1, read_timeout=1))
        assert time.monotonic() - started < 5
        assert url in str(caught.value)


class _HtmlPage(http.server.BaseHTTPRequestHandler):
    """A web server that is not an inference server: every address is a page."""

    def do_GET(self) -> None:  # the standard library's name
        body = b"<html><body>Welcome to the router</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_a_body_that_is_not_json_is_a_sentence() -> None:
    page = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HtmlPage)
    thread = threading.Thread(target=page.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{page.server_address[1]}"
        with pytest.raises(RemoteError, match="did not answer /v1/models in JSON") as caught:
            list_models(Endpoint(url))
        assert url in str(caught.value)
    finally:
        page.shutdown()
        page.server_close()


def test_server_stopping_mid_answer_keeps_what_was_translated(gemma: Path) -> None:
    with llama_server(gemma) as killable:
        engine = remote_engine(Endpoint(killable.url))
        try:
            events: list[RequestEvent] = []
            for event in engine.translate(TranslationRequest(LONG, "en", "fr"), 30):
                events.append(event)
                if isinstance(event, TokenEvent) and len(events) == 3:
                    killable.process.send_signal(signal.SIGKILL)  # gone mid-answer, as a crash would be
        finally:
            engine.close()
    pieces = [e for e in events if isinstance(e, TokenEvent)]
    final = events[-1]
    assert len(pieces) >= 3
    assert isinstance(final, RequestFailed), final
    assert killable.url in final.message and "in the middle of the answer" in final.message
    assert "what was translated so far is kept" in final.message


def test_the_key_never_reaches_the_log_or_the_output(server: Server, tmp_path: Path) -> None:
    env = {**os.environ, "PARLEY_API_KEY": KEY, "PARLEY_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--verbose", "translate", "--to", "fr", "--endpoint", server.url,
         "--jsonl"],
        input="Good evening.\n", capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"translation"' in result.stdout
    assert any(tmp_path.rglob("*.log")), "the log was written"
    logged = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    for text in (result.stdout, result.stderr, logged):
        assert KEY not in text
    wrong = subprocess.run(
        [sys.executable, "-m", "app", "translate", "--to", "fr", "--endpoint", server.url, "Hi"],
        capture_output=True, text=True, timeout=120, env={**env, "PARLEY_API_KEY": "sk-wrong-key-42"},
    )  # fmt: skip
    assert wrong.returncode == 2
    assert wrong.stderr.count("\n") == 1 and server.url in wrong.stderr and "HTTP 401" in wrong.stderr
    assert "sk-wrong-key-42" not in wrong.stderr


def test_fallback_to_the_local_model_is_the_users_choice(gemma: Path) -> None:
    from app.core.translation.llama_backend import LLAMA
    from app.core.translation.remote_backend import ServerOrLocalLoader

    endpoint = Endpoint(f"http://127.0.0.1:{free_port()}")
    for fallback in (False, True):
        loader = ServerOrLocalLoader(LLAMA)
        loader.use(endpoint, fallback, gemma)
        engine = TranslationEngine(EngineConfig(endpoint_path(endpoint), warm_pair=None), loader=loader)
        engine.start()
        try:
            assert engine.wait_ready(60)
            if not fallback:  # off: the server's fault is the answer, nothing runs elsewhere
                assert engine.model_info is None and endpoint.address in (engine.load_error or "")
                continue
            info = engine.model_info
            assert info is not None and info.path == gemma
            assert endpoint.address in info.notice and "local model" in info.notice
            final = list(engine.translate(TranslationRequest("Good night.", "en", "fr"), 60))[-1]
            assert isinstance(final, RequestFinished) and final.translation
        finally:
            engine.close()


def test_cli_lists_the_servers_models_and_benches_it(server: Server, tmp_path: Path) -> None:
    env = {**os.environ, "PARLEY_API_KEY": KEY, "PARLEY_DATA_DIR": str(tmp_path)}

    def parley(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "app", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)

    listed = parley("models", "--endpoint", server.url, "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["models"] == list_models(Endpoint(server.url, api_key=KEY))
    sentences = tmp_path / "sentences.txt"
    sentences.write_text("Where is the bus stop?\n", encoding="utf-8")
    out = tmp_path / "bench.json"
    benched = parley("bench", "--typed", "--endpoint", server.url, "--sentences", str(sentences),
                     "--clients", "1", "2", "--json", str(out))  # fmt: skip
    assert benched.returncode == 0, benched.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    local_keys = {"date", "machine", "model", "sentences", "pair", "typed", "baseline", "completion_api",
                  "ratios", "resources", "quality"}  # fmt: skip
    assert local_keys <= set(result)
    assert result["endpoint"] == {"address": server.url, "route": COMPLETIONS}
    assert result["typed"]["ttft_ms"]["p50"] > 0 and result["baseline"]["ttft_ms"]["p50"] > 0
    assert [row["clients"] for row in result["load"]] == [1, 2]
    assert all(row["failed"] == 0 and row["requests"] == row["clients"] for row in result["load"])


def test_a_superseded_request_stops_waiting_on_a_busy_server(
    engine_remote: TranslationEngine, server: Server
) -> None:
    # Another client holds the server (llama-cpp-python's answers one request at a time), so the
    # first request waits for its first token; the newest request must not wait behind it.
    engine_remote.forget()
    conn = http.client.HTTPConnection("127.0.0.1", int(server.url.rsplit(":", 1)[1]), timeout=60)
    body = {"prompt": "Count to one thousand: 1, 2, 3,", "max_tokens": 400, "stream": True, "stop": []}
    conn.request("POST", "/v1/completions", json.dumps(body), {"Content-Type": "application/json",
                 "Authorization": f"Bearer {KEY}"})  # fmt: skip
    busy = conn.getresponse()
    try:
        assert busy.readline().startswith(b"data:")  # the other client's answer is streaming
        ended: dict[int, float] = {}
        events: dict[int, list[RequestEvent]] = {}

        def sink(event: RequestEvent) -> None:
            events.setdefault(event.request_id, []).append(event)
            if isinstance(event, (RequestFinished, RequestFailed)):
                ended[event.request_id] = time.monotonic()

        old = engine_remote.submit(TranslationRequest(LONG, "en", "fr"), sink)
        time.sleep(1.0)  # it is waiting on the busy server
        assert old not in ended
        superseded_at = time.monotonic()
        engine_remote.submit(TranslationRequest("Thank you.", "en", "es"), sink)
        deadline = time.monotonic() + 5
        while old not in ended and time.monotonic() < deadline:
            time.sleep(0.05)
        assert old in ended, "the superseded request was still waiting on the server"
        assert ended[old] - superseded_at < 3
        stopped = events[old][-1]
        assert isinstance(stopped, RequestFinished) and stopped.cancelled
        # the other client was still being served
        assert any(busy.readline().startswith(b"data:") for _ in range(3))
    finally:
        conn.close()
    assert engine_remote.wait_idle(60)


def test_the_chat_route_carries_the_same_instruction_as_messages(server: Server) -> None:
    from app.core.translation.remote_backend import CHAT

    engine = remote_engine(Endpoint(server.url, api_key=KEY, route=CHAT))
    try:
        info = engine.model_info
        assert info is not None and CHAT in info.notice
        events = list(engine.translate(TranslationRequest("Good evening.", "en", "fr"), 60))
    finally:
        engine.close()
    final = events[-1]
    assert isinstance(final, RequestFinished), final
    assert [e for e in events if isinstance(e, TokenEvent)] and final.translation.strip()
    assert final.metrics.ttft_ms is not None


def test_an_answer_the_server_interrupts_is_not_taken_as_finished(
    engine_remote: TranslationEngine, server: Server
) -> None:
    # llama-cpp-python's server ends a streaming answer with [DONE] alone when another client's
    # request arrives: that is a cut, not the end of the translation.
    engine_remote.forget()
    one_sentence = (
        "The train to the coast leaves at nine in the morning and we will buy our tickets at the "
        "station while my sister brings sandwiches and a bottle of water for everyone"
    )
    other: list[threading.Thread] = []

    def another_client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", int(server.url.rsplit(":", 1)[1]), timeout=60)
        body = {"prompt": "Hello", "max_tokens": 4, "stream": False}
        conn.request("POST", "/v1/completions", json.dumps(body), {"Content-Type": "application/json",
                     "Authorization": f"Bearer {KEY}"})  # fmt: skip
        conn.getresponse().read()
        conn.close()

    events: list[RequestEvent] = []
    for event in engine_remote.translate(TranslationRequest(one_sentence, "en", "fr"), 60):
        events.append(event)
        if isinstance(event, TokenEvent) and not other:
            other.append(threading.Thread(target=another_client))
            other[0].start()
    other[0].join(60)
    final = events[-1]
    assert isinstance(final, RequestFailed), final
    assert server.url in final.message and "before it was finished" in final.message


def test_speech_is_heard_here_and_translated_on_the_server(server: Server, tmp_path: Path) -> None:
    from tests.speech_clips import clip

    env = {**os.environ, "PARLEY_API_KEY": KEY, "PARLEY_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "app", "transcribe", str(clip("thanks")), "--translate-to", "fr", "--jsonl",
         "--endpoint", server.url],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"remote: {server.url.removeprefix('http://')}" in done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines and all(line["translation"] for line in lines), lines

"""A server that goes away mid-session, against a real llama-cpp-python server: with the fallback
on, the next request and every later one translate with the local model and a notice says so;
with it off, the request fails with a sentence naming the address."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import (
    EngineEvent,
    ModelReady,
    RequestFailed,
    RequestFinished,
    TranslationRequest,
)
from app.core.translation.llama_backend import LLAMA
from app.core.translation.remote_backend import Endpoint, ServerOrLocalLoader, endpoint_path
from tests.llama_server import llama_server


def _engine(url: str, fallback: bool, gemma: Path, events: list[EngineEvent]) -> TranslationEngine:
    endpoint = Endpoint(url)
    loader = ServerOrLocalLoader(LLAMA)
    loader.use(endpoint, fallback, gemma)
    engine = TranslationEngine(
        EngineConfig(endpoint_path(endpoint), warm_pair=None), listener=events.append, loader=loader
    )
    engine.start()
    assert engine.wait_ready(60)
    return engine


def _last(engine: TranslationEngine, text: str) -> object:
    return list(engine.translate(TranslationRequest(text, "en", "fr"), 60))[-1]


def test_a_server_gone_mid_session_hands_over_to_the_local_model_only_when_chosen(gemma: Path) -> None:
    on_events: list[EngineEvent] = []
    off_events: list[EngineEvent] = []
    with llama_server(gemma) as server:
        on = _engine(server.url, True, gemma, on_events)
        off = _engine(server.url, False, gemma, off_events)
        try:
            for engine in (on, off):
                assert engine.model_info is not None and engine.model_info.backend.startswith("remote:")
                first = _last(engine, "Good morning.")
                assert isinstance(first, RequestFinished) and first.translation
            server.process.terminate()
            server.process.wait(10)

            # Off: the request is a sentence naming the address; nothing runs elsewhere.
            failed = _last(off, "Where is the station?")
            assert isinstance(failed, RequestFailed), failed
            assert server.url in failed.message and "refused" in failed.message
            assert off.model_info is not None and off.model_info.backend.startswith("remote:")
            assert not [e for e in off_events if isinstance(e, ModelReady)][1:]

            # On: this request and the next are translated here, and the window is told once.
            handed = _last(on, "Where is the station?")
            assert isinstance(handed, RequestFinished) and handed.translation, handed
            info = on.model_info
            assert info is not None and info.path == gemma and not info.backend.startswith("remote:")
            assert server.url in info.notice and "translates instead" in info.notice
            later = _last(on, "Thank you very much.")
            assert isinstance(later, RequestFinished) and later.translation
            announced = [e for e in on_events if isinstance(e, ModelReady)]
            assert len(announced) == 2 and announced[-1].info.notice == info.notice
        finally:
            on.close()
            off.close()


def test_cli_endpoint_fallback_keeps_a_batch_going_when_the_server_goes(gemma: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PARLEY_DATA_DIR": str(tmp_path)}
    outputs: dict[bool, tuple[list[dict[str, object]], str, int, str]] = {}
    for fallback in (True, False):
        with llama_server(gemma) as server:
            command = [sys.executable, "-m", "app", "translate", "--to", "fr", "--jsonl",
                       "--endpoint", server.url]  # fmt: skip
            if fallback:
                command += ["--endpoint-fallback"]  # the bundled model stands in
            cli = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
            assert cli.stdin is not None and cli.stdout is not None
            cli.stdin.write("Good morning.\n")
            cli.stdin.flush()
            lines = [json.loads(cli.stdout.readline())]  # translated on the server
            server.process.terminate()
            server.process.wait(10)
            out, err = cli.communicate("Where is the station?\n", timeout=120)
            lines += [json.loads(line) for line in out.splitlines()]
            outputs[fallback] = (lines, err, cli.returncode, server.url)
    lines, err, code, url = outputs[True]
    assert code == 0, err
    assert [bool(line.get("translation")) for line in lines] == [True, True], lines
    assert url in err and "translates instead, for the rest of this command" in err
    lines, err, code, url = outputs[False]
    assert code == 1 and "translation" in lines[0] and url in str(lines[1]["error"]), (lines, err)


def test_endpoint_fallback_needs_an_endpoint() -> None:
    command = [sys.executable, "-m", "app", "translate", "--to", "fr", "--endpoint-fallback", "Hi"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "--endpoint" in done.stderr

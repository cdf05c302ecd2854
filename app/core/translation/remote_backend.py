"""A model behind an OpenAI-compatible server (llama-server, llama-cpp-python's server, vLLM).

The engine drives it like the in-process model: it renders Parley's own prompt from the same
presets, and the answer streams back as server-sent events, one piece per token. Where the
server offers `/v1/completions`, that rendered prompt is sent as it is; where it only offers
`/v1/chat/completions`, the same instruction and worked turns go as chat messages and the
server applies its model's chat format. Closing the stream closes the connection, which is how
a superseded request stops.

The HTTP side (addresses, time-outs, every fault as a sentence) is in
app.core.translation.server_client.
"""

from __future__ import annotations

import contextlib
import dataclasses
import http.client
import json
import logging
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

from app.core.errors import ModelError
from app.core.i18n import QT_TRANSLATE_NOOP, Message, sentence_of
from app.core.languages import get_language
from app.core.models.bundled import gemma_path
from app.core.models.families import AUTO, detect_style
from app.core.options import ModelOptions
from app.core.translation.backend import REQUESTED, BackendLoader, ModelInfo, TranslationBackend
from app.core.translation.chat_templates import Messages
from app.core.translation.presets import build_style
from app.core.translation.prompts import InstructStyle, PromptStyle
from app.core.translation.server_client import Endpoint as Endpoint
from app.core.translation.server_client import RemoteError as RemoteError
from app.core.translation.server_client import ServerClient, error_detail, sentence_for
from app.core.translation.server_client import list_models as list_models
from app.core.translation.server_fallback import ServerWithFallback

log = logging.getLogger("parley.remote")

COMPLETIONS = "/v1/completions"
CHAT = "/v1/chat/completions"
# Chat-mode prompts travel through the engine as text: this prefix marks the JSON messages.
_CHAT_MARK = "\x00parley-chat\x00"
_TOKENIZERS = ("/extras/tokenize", "/tokenize")  # llama-cpp-python's server; llama-server and vLLM
_KNOWN_PROMPTS = 64


class EndpointUnavailable(ModelError):
    """The server's model could not be used at load time; the engine reports it like a bad file."""


def chat_messages(prompt: str) -> Messages | None:
    """The chat messages a chat-route prompt carries; None for a prompt sent as it is."""
    return json.loads(prompt[len(_CHAT_MARK) :]) if prompt.startswith(_CHAT_MARK) else None


def _chat_style() -> PromptStyle:
    """Parley's instruction and worked turns, carried to the server as JSON chat messages."""

    def as_messages(messages: Messages) -> str:
        return _CHAT_MARK + json.dumps(messages, ensure_ascii=False)

    return InstructStyle("server chat format", as_messages)


class RemoteBackend:
    """A TranslationBackend whose model runs on a server. Called from the engine's worker only."""

    def __init__(self, endpoint: Endpoint, options: ModelOptions) -> None:
        start = time.perf_counter()
        self.endpoint = endpoint
        self._client = ServerClient(endpoint)
        offered = list_models(endpoint)
        if endpoint.model and endpoint.model not in offered:
            no_model = QT_TRANSLATE_NOOP(
                "core", "The server at {where} has no model {model}; it offers: {models}."
            )
            models = ", ".join(offered) or Message(QT_TRANSLATE_NOOP("core", "none"))
            wanted = repr(endpoint.model)
            raise RemoteError(Message(no_model, where=endpoint.address, model=wanted, models=models))
        if not offered and not endpoint.model:
            no_models = QT_TRANSLATE_NOOP("core", "The server at {where} offers no model.")
            raise RemoteError(Message(no_models, where=endpoint.address))
        self.model = endpoint.model or offered[0]
        self._tokenizer = self._find_tokenizer()
        self.mode = endpoint.route or (COMPLETIONS if self._offers_completions() else CHAT)
        if self.mode == COMPLETIONS:
            chosen = options.prompt_style
            name = detect_style({"general.name": self.model}) if chosen == AUTO else chosen
            self.style: PromptStyle = build_style(name, None)
        else:
            self.style = _chat_style()
        self.style.render(get_language("en"), get_language("fr"), "Hello.", [])
        self._prompts: OrderedDict[tuple[int, ...], str] = OrderedDict()
        self._lock = threading.Lock()  # interrupt() comes from other threads
        self._socket: socket.socket | None = None  # of the stream being read
        self._interrupted = False
        notices = [f"Prompts go to {self.mode}."]
        if self._tokenizer is None:
            notices.append("The server offers no tokenizer, so token counts are characters.")
        self.info = ModelInfo(
            path=endpoint_path(endpoint),  # what the engine reloads it from
            name=self.model,
            architecture="remote",
            quantization="",
            file_size=0,
            parameters=0,
            n_layers=0,
            context=options.n_ctx,
            backend=f"remote: {endpoint.host} · {self.model}",
            gpu_layers=0,
            gpu_layers_source=REQUESTED,
            threads=0,
            prompt_style=self.style.name,
            load_s=time.perf_counter() - start,
            notice=" ".join(notices),
            prompt_style_chosen=options.prompt_style != AUTO,
        )
        log.info("Using %s at %s through %s", self.model, endpoint.address, self.mode)

    def _find_tokenizer(self) -> str | None:
        for path in _TOKENIZERS:
            try:
                body = self._client.json("POST", path, self._tokenize_body(path, "Hello"))
            except RemoteError:
                continue
            if isinstance(body, dict) and isinstance(body.get("tokens"), list):
                return path
        return None

    def _tokenize_body(self, path: str, text: str) -> dict[str, Any]:
        if path == "/extras/tokenize":
            return {"input": text, "model": self.model}
        return {"content": text, "prompt": text, "model": self.model}

    def _offers_completions(self) -> bool:
        payload = {"model": self.model, "prompt": "Hello", "max_tokens": 1, "temperature": 0.0}
        try:
            self._client.json("POST", COMPLETIONS, payload)
        except RemoteError as exc:
            # 404 or a refusal of the route (some servers offer chat only): use chat.
            if "HTTP 404" in str(exc) or "HTTP 400" in str(exc) or "HTTP 405" in str(exc):
                return False
            raise
        return True

    def tokenize(self, text: str) -> list[int]:
        """The server's tokens for `text` where it has a tokenizer, else one per character.

        The engine hands these back to `stream`, which sends the text they came from.
        """
        counted = text
        if text.startswith(_CHAT_MARK):
            counted = "\n".join(m["content"] for m in json.loads(text[len(_CHAT_MARK) :]))
        if self._tokenizer is not None:
            body = self._client.json("POST", self._tokenizer, self._tokenize_body(self._tokenizer, counted))
            tokens = [int(t) for t in body["tokens"]] if isinstance(body, dict) else []
        else:
            tokens = [ord(c) for c in counted]
        key = tuple(tokens)
        self._prompts[key] = text
        self._prompts.move_to_end(key)
        while len(self._prompts) > _KNOWN_PROMPTS:
            self._prompts.popitem(last=False)
        return tokens

    def cached_prefix(self, tokens: list[int]) -> int:
        return 0  # the server's cache is its own business

    def prompt_for(self, tokens: list[int]) -> str | None:
        """The prompt text `tokens` came from, if it is one of the latest."""
        return self._prompts.get(tuple(tokens))

    def stream(self, tokens: list[int]) -> Generator[bytes, None, None]:
        """Stream the answer to the prompt `tokens` came from, one event's text at a time."""
        text = self._prompts.get(tuple(tokens))
        if text is None:
            raise RemoteError(
                Message(
                    QT_TRANSLATE_NOOP("core", "Parley lost track of the prompt for the server. Try again.")
                )
            )
        payload: dict[str, Any] = {"model": self.model, "stream": True, "temperature": 0.0, "top_p": 1.0}
        if text.startswith(_CHAT_MARK):
            path = CHAT
            payload["messages"] = json.loads(text[len(_CHAT_MARK) :])
        else:
            path = COMPLETIONS
            payload["prompt"] = text
        # The engine stops reading sooner; this bounds a server that would not stop.
        payload["max_tokens"] = 512
        self._interrupted = False
        try:
            conn, response = self._client.open("POST", path, payload, connected=self._reading)
        except RemoteError:
            if not self._interrupted:
                raise
            yield b""  # superseded while waiting: the engine's per-token check sees it and stops
            return
        try:
            yield from self._events(response, path)
        except RemoteError:
            if not self._interrupted:
                raise
            yield b""
        finally:
            self._reading(None)
            conn.close()  # a closed connection is how the server learns the request is over

    def _reading(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._socket = sock

    def interrupt(self) -> None:
        """Stop waiting on the server for the stream being read (any thread): the engine calls it
        when that stream's request is superseded, so a server slow to send its next token (busy
        with other clients) does not hold the newest request back until it does."""
        with self._lock:
            if self._socket is None:
                return
            self._interrupted = True
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)

    def _events(self, response: http.client.HTTPResponse, path: str) -> Iterator[bytes]:
        where = self.endpoint.address
        chat = path == CHAT
        while True:
            try:
                line = response.readline()
            except (OSError, http.client.HTTPException) as exc:
                raise RemoteError(sentence_for(self.endpoint, path, exc, streaming=True)) from None
            if not line:  # the server hung up before saying it was done
                hung_up = http.client.RemoteDisconnected("closed")
                raise RemoteError(sentence_for(self.endpoint, path, hung_up, streaming=True))
            line = line.strip()
            if not line.startswith(b"data:"):
                continue  # blank separators, comments, event names
            data = line[len(b"data:") :].strip()
            if data == b"[DONE]":
                # Every server ends a finished answer with its finish_reason; llama-cpp-python's
                # ends one it interrupted for another client's request with [DONE] alone.
                ended = QT_TRANSLATE_NOOP(
                    "core",
                    "The server at {where} ended the answer before it was finished (it may have "
                    "interrupted it for another client: llama-cpp-python's server does unless "
                    "started with --interrupt_requests False); what was translated so far is kept. "
                    "Try again.",
                )
                raise RemoteError(Message(ended, where=where))
            try:
                event = json.loads(data)
                if "error" in event:
                    stopped = QT_TRANSLATE_NOOP(
                        "core", "The server at {where} stopped with an error: {detail}."
                    )
                    raise RemoteError(Message(stopped, where=where, detail=error_detail(data)))
                choice = event["choices"][0] if event.get("choices") else {}
                piece = (choice.get("delta") or {}).get("content") if chat else choice.get("text")
            except (ValueError, KeyError, TypeError, AttributeError):
                garbled = QT_TRANSLATE_NOOP(
                    "core",
                    "The server at {where} sent a piece of its answer that is not the JSON an "
                    "OpenAI-compatible server sends. Check the address.",
                )
                raise RemoteError(Message(garbled, where=where)) from None
            if piece:
                yield piece.encode("utf-8")
            if choice.get("finish_reason"):
                return

    def close(self) -> None:
        self._prompts.clear()


class RemoteLoader:
    """A BackendLoader for one endpoint: the engine's model path is only its label."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint

    def check(self, path: Path) -> None:
        return None  # nothing local to check; load() asks the server

    def load(self, path: Path, options: ModelOptions) -> RemoteBackend:
        try:
            return RemoteBackend(self.endpoint, options)
        except RemoteError as exc:
            raise EndpointUnavailable(sentence_of(exc)) from None


def endpoint_path(endpoint: Endpoint) -> Path:
    """The model path the engine is given for an endpoint (shown while it loads)."""
    return Path(endpoint.host) / (endpoint.model or "default")


LOCAL_INSTEAD = QT_TRANSLATE_NOOP("core", "{problem} The local model {name} translates instead.")
UNTIL_CHOSEN_AGAIN = QT_TRANSLATE_NOOP(
    "core", "until the server is chosen again (Models → Manage models… → Server)"
)


class ServerOrLocalLoader:
    """The window's loader: the chosen server's model for its path (see endpoint_path), any other
    path through the local loader. With the fallback on, a server that cannot be used at load time
    leaves the local model in its place, and one that becomes unreachable mid-session hands over
    to it (see server_fallback), each with a notice that says so; it is off unless the user
    turns it on, since text would then be translated somewhere other than where they chose."""

    def __init__(self, local: BackendLoader, until: str = UNTIL_CHOSEN_AGAIN) -> None:
        self.local = local
        self.until = until  # how the user gets the server back, for the notice
        self.endpoint: Endpoint | None = None
        self.fallback = False
        self.local_path: Path | None = None  # the local model standing in (None: the bundled one)

    def use(self, endpoint: Endpoint | None, fallback: bool = False, local_path: Path | None = None) -> None:
        self.endpoint, self.fallback, self.local_path = endpoint, fallback, local_path

    def serves(self, path: Path | None) -> bool:
        """Whether `path` is the chosen server's (the engine's model path for it)."""
        return self.endpoint is not None and path == endpoint_path(self.endpoint)

    def check(self, path: Path) -> None:
        if not self.serves(path):
            self.local.check(path)

    def load(self, path: Path, options: ModelOptions) -> TranslationBackend:
        if self.endpoint is None or not self.serves(path):
            return self.local.load(path, options)
        local_options = dataclasses.replace(options, prompt_style=AUTO)

        def load_local() -> TranslationBackend:
            return self.local.load(self.local_path or gemma_path(), local_options)

        try:
            remote = RemoteLoader(self.endpoint).load(path, options)
        except EndpointUnavailable as exc:
            if not self.fallback:
                raise
            log.warning("Falling back to the local model: %s", exc)
            model = load_local()
            model.info = dataclasses.replace(
                model.info, notice=Message(LOCAL_INSTEAD, problem=sentence_of(exc), name=model.info.name)
            )
            return model
        return ServerWithFallback(remote, load_local, self.until) if self.fallback else remote

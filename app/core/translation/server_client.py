"""Talking to an OpenAI-compatible server: where it is, one request per connection, and every
fault as a sentence that names the address and says what to do.

Only the standard library's http.client: a server on the network needs nothing Parley does not
already ship, and its time-outs (connect, then each read) are the two that matter here. The API
key is sent as a bearer token and never logged or put in a message.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from app.core.errors import BackendError
from app.core.i18n import QT_TRANSLATE_NOOP, Message

CONNECT_TIMEOUT_S = 5.0  # a refused or unroutable address fails well within this
READ_TIMEOUT_S = 30.0  # the longest silence accepted between two pieces of an answer


class RemoteError(BackendError):
    """A server that could not be reached or did not answer as an OpenAI-compatible one.

    `unreachable`: no connection could be made at all (nothing listening, no route, no name),
    which is when the local model may stand in; a refusal or a bad answer is not that."""

    def __init__(self, message: str, unreachable: bool = False) -> None:
        super().__init__(message)
        self.unreachable = unreachable


@dataclass(frozen=True)
class Endpoint:
    """Where the server is. `model` empty: the server's first model."""

    url: str
    model: str = ""
    api_key: str = field(default="", repr=False)  # never printed with the endpoint
    connect_timeout: float = CONNECT_TIMEOUT_S
    read_timeout: float = READ_TIMEOUT_S
    route: str = ""  # COMPLETIONS or CHAT to choose; empty: completions where the server offers it

    def __post_init__(self) -> None:
        parts = urlsplit(self.url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RemoteError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{url} is not a server address: give it as http://HOST:PORT or https://HOST."
                    ),
                    url=repr(self.url),
                )
            )

    @property
    def address(self) -> str:
        """The base URL as the user gave it, without a trailing /v1 or slash, for messages."""
        text = self.url.strip().rstrip("/")
        return text[: -len("/v1")] if text.endswith("/v1") else text

    @property
    def host(self) -> str:
        return urlsplit(self.address).netloc


def sentence_for(endpoint: Endpoint, path: str, exc: BaseException, streaming: bool) -> str:
    where = endpoint.address
    if isinstance(exc, ConnectionRefusedError):
        refused = QT_TRANSLATE_NOOP(
            "core",
            "Nothing answers at {where}: the connection was refused. Check the address and that "
            "the server is running.",
        )
        return Message(refused, where=where)
    if isinstance(exc, socket.gaierror):
        unknown = QT_TRANSLATE_NOOP(
            "core", "The server name in {where} could not be found. Check the address."
        )
        return Message(unknown, where=where)
    if isinstance(exc, ssl.SSLError):
        reason = getattr(exc, "verify_message", None) or getattr(exc, "reason", None) or str(exc)
        untrusted = QT_TRANSLATE_NOOP(
            "core",
            "A secure connection to {where} could not be made ({reason}). Check that the address "
            "should use https and that the server's certificate is trusted on this machine.",
        )
        return Message(untrusted, where=where, reason=reason)
    if isinstance(exc, TimeoutError):
        if not streaming:
            silent = QT_TRANSLATE_NOOP(
                "core",
                "The server at {where} did not answer within {seconds:g} s. "
                "Check that it is running and not overloaded.",
            )
            return Message(silent, where=where, seconds=endpoint.read_timeout)
        stalled = QT_TRANSLATE_NOOP(
            "core",
            "The server at {where} sent nothing for {seconds:g} s in the middle of the "
            "answer, so Parley stopped waiting; what was translated so far is kept. Try again.",
        )
        return Message(stalled, where=where, seconds=endpoint.read_timeout)
    if isinstance(exc, (http.client.RemoteDisconnected, http.client.IncompleteRead, ConnectionError)):
        if streaming:
            cut = QT_TRANSLATE_NOOP(
                "core",
                "The server at {where} closed the connection in the middle of the answer; what was "
                "translated so far is kept. Check that the server is still running, then try again.",
            )
            return Message(cut, where=where)
        closed = QT_TRANSLATE_NOOP(
            "core", "The server at {where} closed the connection without answering. Check that it is running."
        )
        return Message(closed, where=where)
    unreachable = QT_TRANSLATE_NOOP(
        "core", "The server at {where} could not be reached ({error}). Check the address."
    )
    return Message(unreachable, where=where, error=f"{type(exc).__name__}: {exc}")


class ServerClient:
    """One request per connection: a stream that is closed early takes its connection with it."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        parts = urlsplit(endpoint.address)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._base = parts.path.rstrip("/")

    def _connect(self) -> http.client.HTTPConnection:
        timeout = self.endpoint.connect_timeout
        conn: http.client.HTTPConnection
        if self._https:
            conn = http.client.HTTPSConnection(
                self._host, self._port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            conn = http.client.HTTPConnection(self._host, self._port, timeout=timeout)
        conn.connect()
        if conn.sock is not None:  # connected: from now on the read time-out applies
            conn.sock.settimeout(self.endpoint.read_timeout)
        return conn

    def _headers(self, body: bool) -> dict[str, str]:
        headers = {"Accept": "application/json, text/event-stream"}
        if body:
            headers["Content-Type"] = "application/json"
        if self.endpoint.api_key:
            headers["Authorization"] = f"Bearer {self.endpoint.api_key}"
        return headers

    def open(
        self,
        method: str,
        path: str,
        payload: dict[str, Any] | None = None,
        connected: Callable[[socket.socket | None], None] | None = None,
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        """Send the request; RemoteError for anything but a 2xx answer. `connected` gets the socket
        as soon as there is one, so that another thread can interrupt a server slow to answer."""
        conn: http.client.HTTPConnection | None = None
        try:
            conn = self._connect()
        except ssl.SSLError as exc:  # reached, but not trusted: a setting to fix, not an outage
            raise RemoteError(sentence_for(self.endpoint, path, exc, streaming=False)) from None
        except (OSError, http.client.HTTPException) as exc:
            sentence = sentence_for(self.endpoint, path, exc, streaming=False)
            raise RemoteError(sentence, unreachable=True) from None
        try:
            if connected is not None:
                connected(conn.sock)
            body = None if payload is None else json.dumps(payload).encode("utf-8")
            conn.request(method, self._base + path, body=body, headers=self._headers(body is not None))
            response = conn.getresponse()
        except (OSError, http.client.HTTPException) as exc:
            if conn is not None:
                conn.close()
            raise RemoteError(sentence_for(self.endpoint, path, exc, streaming=False)) from None
        if 200 <= response.status < 300:
            return conn, response
        try:
            detail = error_detail(response.read(4096))
        except (OSError, http.client.HTTPException):
            detail = ""
        finally:
            conn.close()
        raise RemoteError(self._status_sentence(path, response.status, detail))

    def _status_sentence(self, path: str, status: int, detail: str) -> str:
        where = self.endpoint.address
        if status in (401, 403):
            refused = (
                QT_TRANSLATE_NOOP(
                    "core",
                    "The server at {where} refused the API key it was given (HTTP {status}). Check the key "
                    "(PARLEY_API_KEY on the command line, the Server page in the window).",
                )
                if self.endpoint.api_key
                else QT_TRANSLATE_NOOP(
                    "core",
                    "The server at {where} refused a request without an API key (HTTP {status}). Check the "
                    "key (PARLEY_API_KEY on the command line, the Server page in the window).",
                )
            )
            return Message(refused, where=where, status=status)
        if status == 404:
            missing = QT_TRANSLATE_NOOP(
                "core",
                "{where} has no {path} (HTTP 404). Check the address: it should be the server's base "
                "URL, such as http://HOST:8000, of an OpenAI-compatible server.",
            )
            return Message(missing, where=where, path=path)
        if detail:
            said = QT_TRANSLATE_NOOP(
                "core", "The server at {where} refused {path} (HTTP {status}: {detail})."
            )
            return Message(said, where=where, path=path, status=status, detail=detail)
        return Message(QT_TRANSLATE_NOOP("core", "The server at {where} refused {path} (HTTP {status})."),
                       where=where, path=path, status=status)  # fmt: skip

    def json(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        conn, response = self.open(method, path, payload)
        try:
            raw = response.read()
        except (OSError, http.client.HTTPException) as exc:
            raise RemoteError(sentence_for(self.endpoint, path, exc, streaming=False)) from None
        finally:
            conn.close()
        try:
            return json.loads(raw)
        except ValueError:
            not_json = QT_TRANSLATE_NOOP(
                "core",
                "The server at {where} did not answer {path} in JSON. Check that the "
                "address is an OpenAI-compatible server.",
            )
            raise RemoteError(Message(not_json, where=self.endpoint.address, path=path)) from None


def error_detail(raw: bytes) -> str:
    """The server's own words for an error, shortened."""
    try:
        body = json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace").strip()[:200]
    if isinstance(body, dict):
        error = body.get("error", body.get("detail", body))
        if isinstance(error, dict):
            error = error.get("message", error)
        return str(error)[:200]
    return str(body)[:200]


def list_models(endpoint: Endpoint) -> list[str]:
    """The model names the server offers (GET /v1/models); RemoteError with a sentence on any fault."""
    body = ServerClient(endpoint).json("GET", "/v1/models")
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        no_list = QT_TRANSLATE_NOOP(
            "core",
            "The server at {where} answered /v1/models without a list of models. Check that "
            "the address is an OpenAI-compatible server.",
        )
        raise RemoteError(Message(no_list, where=endpoint.address))
    return [str(item["id"]) for item in data if isinstance(item, dict) and "id" in item]

"""The server's model with the local model ready to stand in, for a user who chose that.

A server can go away in the middle of a session (a laptop leaves the office network, the GPU
box restarts). With the fallback on, the first request that cannot reach the server is
translated here instead, and so is every later one: one switch, said once in a notice, rather
than a window that flips between two models sentence by sentence. The engine rendered that
request's prompt for the server, so it is rendered again in the local model's own preset.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict
from collections.abc import Callable, Generator
from typing import Protocol

from app.core.errors import ModelError
from app.core.i18n import QT_TRANSLATE_NOOP, Message, sentence_of
from app.core.languages import Language
from app.core.translation.backend import ModelInfo, TranslationBackend
from app.core.translation.glossary import Terms
from app.core.translation.prompts import Context, Prompt, PromptStyle
from app.core.translation.server_client import RemoteError

log = logging.getLogger("parley.remote")

_KNOWN_PROMPTS = 64


class ServerModel(TranslationBackend, Protocol):
    """What the fallback needs of the server's backend beyond the engine's interface."""

    def stream(self, tokens: list[int]) -> Generator[bytes, None, None]: ...

    def prompt_for(self, tokens: list[int]) -> str | None:
        """The prompt text `tokens` came from (None: not one of the latest prompts)."""
        ...

    def interrupt(self) -> None: ...


_Rendering = tuple[Language, Language, str, tuple[tuple[str, str], ...], Terms]


class _RememberingStyle:
    """Renders with whichever model translates now, and remembers how each server prompt was asked
    for, so that a prompt made for the server can be made again for the local model."""

    def __init__(self, owner: ServerWithFallback) -> None:
        self._owner = owner
        self.name = owner.current.style.name
        self.shows_context = owner.current.style.shows_context
        self._asked: OrderedDict[str, _Rendering] = OrderedDict()

    def render(
        self, source: Language, target: Language, text: str, context: Context, terms: Terms = ()
    ) -> Prompt:
        current = self._owner.current
        prompt = current.style.render(source, target, text, context, terms)
        if current is self._owner.remote:
            self._asked[prompt.text] = (source, target, text, tuple(context), terms)
            self._asked.move_to_end(prompt.text)
            while len(self._asked) > _KNOWN_PROMPTS:
                self._asked.popitem(last=False)
        return prompt

    def again(self, style: PromptStyle, text: str) -> str:
        """`text` as `style` renders it, if it was a server prompt; else the text itself (a sentence)."""
        asked = self._asked.get(text)
        if asked is None:
            return text
        source, target, sentence, context, terms = asked
        return style.render(source, target, sentence, list(context), terms).text


class ServerWithFallback:
    """A TranslationBackend: the server's model until a request cannot reach it, then the local one.

    Only the engine's worker calls it (interrupt aside), as for any backend."""

    def __init__(self, remote: ServerModel, load_local: Callable[[], TranslationBackend], until: str) -> None:
        self.remote = remote
        self.current: TranslationBackend = remote
        self._load_local = load_local
        self._until = until  # how the user gets the server back, for the notice
        self._style = _RememberingStyle(self)
        self.style: PromptStyle = self._style

    @property
    def info(self) -> ModelInfo:
        return self.current.info

    @info.setter
    def info(self, value: ModelInfo) -> None:
        self.current.info = value

    @property
    def fell_back(self) -> bool:
        return self.current is not self.remote

    def _fall_back(self, exc: RemoteError) -> None:
        log.warning("The server cannot be reached mid-session; the local model takes over: %s", exc)
        try:
            local = self._load_local()
        except (ModelError, OSError) as load_exc:
            neither = QT_TRANSLATE_NOOP(
                "core", "{problem} The local model could not stand in either: {error}"
            )
            raise RemoteError(
                Message(neither, problem=sentence_of(exc), error=sentence_of(load_exc))
            ) from None
        instead = QT_TRANSLATE_NOOP("core", "{problem} The local model {name} translates instead, {until}.")
        local.info = dataclasses.replace(
            local.info,
            notice=Message(
                instead, problem=sentence_of(exc), name=local.info.name, until=Message(self._until)
            ),
        )
        self.remote.close()
        self.current = local
        self._style.name = local.style.name

    def tokenize(self, text: str) -> list[int]:
        if not self.fell_back:
            try:
                return self.remote.tokenize(text)
            except RemoteError as exc:
                if not exc.unreachable:
                    raise
                self._fall_back(exc)
        return self.current.tokenize(self._style.again(self.current.style, text))

    def stream(self, tokens: list[int]) -> Generator[bytes, None, None]:
        if self.fell_back:
            yield from self.current.stream(tokens)
            return
        pieces = self.remote.stream(tokens)
        try:
            first = next(pieces, None)
        except RemoteError as exc:
            pieces.close()
            text = self.remote.prompt_for(tokens)
            if not exc.unreachable or text is None:
                raise
            self._fall_back(exc)
            yield from self.current.stream(self.current.tokenize(self._style.again(self.current.style, text)))
            return
        try:
            if first is not None:
                yield first
                yield from pieces
        finally:
            pieces.close()

    def cached_prefix(self, tokens: list[int]) -> int:
        return self.current.cached_prefix(tokens)

    def interrupt(self) -> None:
        """Any thread: stop waiting on the server (the local model stops between tokens)."""
        if not self.fell_back:
            self.remote.interrupt()

    def close(self) -> None:
        self.current.close()
        if self.fell_back:
            self.remote.close()

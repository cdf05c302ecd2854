"""Prompt styles: how a request becomes the text a model continues.

Every style puts the part that never changes (instructions, worked examples) first
and the sentence last, so llama.cpp reuses the cached prefix and only the new
sentence is evaluated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.languages import EXAMPLES, Language

# (source sentence, its translation): earlier sentences of the same text, for context.
Context = Sequence[tuple[str, str]]

ChatRenderer = Callable[[list[dict[str, str]]], str]


@dataclass(frozen=True)
class Prompt:
    text: str
    labels: tuple[str, ...]  # echoes of these, at the start or mid-output, are cleaned away


class PromptStyle(Protocol):
    name: str

    def render(self, source: Language, target: Language, text: str, context: Context) -> Prompt: ...


def _labels(source: Language, target: Language) -> tuple[str, ...]:
    return (f"{target.name}:", f"{source.name}:", "Translation:")


class FewShotStyle:
    """For base models (the bundled Gemma 3 270M): worked examples, then `Target:`."""

    name = "few-shot"

    def render(self, source: Language, target: Language, text: str, context: Context) -> Prompt:
        lines = [f"Translate from {source.name} to {target.name}.", ""]
        pairs = list(zip(EXAMPLES[source.code], EXAMPLES[target.code])) + list(context)
        for src, tgt in pairs:
            lines += [f"{source.name}: {src}", f"{target.name}: {tgt}", ""]
        lines += [f"{source.name}: {text}", f"{target.name}:"]
        return Prompt("\n".join(lines), _labels(source, target))


class ChatTemplateStyle:
    """For instruct models: a system instruction and worked turns in the model's own template."""

    name = "chat-template"

    def __init__(self, render_chat: ChatRenderer) -> None:
        self._render_chat = render_chat

    def render(self, source: Language, target: Language, text: str, context: Context) -> Prompt:
        system = (
            f"You are a professional translator. Translate the user's text from {source.name} "
            f"to {target.name}. Reply with the {target.name} translation only, on one line, "
            "with no notes or explanations."
        )
        messages = [{"role": "system", "content": system}]
        pairs = list(zip(EXAMPLES[source.code], EXAMPLES[target.code]))[:2] + list(context)
        for src, tgt in pairs:
            messages += [{"role": "user", "content": src}, {"role": "assistant", "content": tgt}]
        messages.append({"role": "user", "content": text})
        return Prompt(self._render_chat(messages), _labels(source, target))

"""Prompt styles: how a request becomes the text a model continues.

Every style puts the part that never changes (instructions, worked examples) first
and the sentence last, so llama.cpp reuses the cached prefix and only the new
sentence is evaluated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.languages import Language
from app.core.translation.chat_templates import ChatRenderer, Messages
from app.core.translation.examples import worked_pairs
from app.core.translation.glossary import Terms, describe_terms

# (source sentence, its translation): earlier sentences of the same text, for context.
Context = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Prompt:
    text: str
    labels: tuple[str, ...]  # echoes of these, at the start or mid-output, are cleaned away


class PromptStyle(Protocol):
    name: str
    # Whether earlier sentences of the text are shown with each new one: only where measurement on
    # the shared sentence set says they help this style's models (docs/BENCHMARKS.md).
    shows_context: bool

    def render(
        self, source: Language, target: Language, text: str, context: Context, terms: Terms = ()
    ) -> Prompt: ...


def labels(source: Language, target: Language) -> tuple[str, ...]:
    return (f"{target.name}:", f"{source.name}:", "Translation:")


def glossary_line(terms: Terms) -> str:
    return f"Translate these terms exactly as given: {describe_terms(terms)}."


def instruction(source: Language, target: Language) -> str:
    return (
        f"You are a professional translator. Translate each message of the user from {source.name} "
        f"into {target.name}. The messages are things people say in a conversation: translate "
        f"questions and requests, never answer them. Reply with the {target.name} translation only, "
        "on one line, with no notes, quotes or explanations."
    )


def ask(target: Language, text: str) -> str:
    """A user turn of the chat presets: the request is repeated in every turn, next to the text."""
    return f"Translate into {target.name}:\n{text}"


class FewShotStyle:
    """For base models (the bundled Gemma 3 270M): worked examples, then `Target:`.

    All the worked examples are shown (greetings, short replies, questions, numbers and times,
    long sentences): the prefix is evaluated once per language pair, so they cost nothing per
    sentence, and on the shared set they scored 3.9 chrF above three examples (four languages).
    """

    name = "few-shot"
    # Shown the previous sentence, the 270M scored no better on the shared set (45.7 against 45.9
    # chrF over four languages): each sentence is translated on its own.
    shows_context = False

    def render(
        self, source: Language, target: Language, text: str, context: Context, terms: Terms = ()
    ) -> Prompt:
        lines = [f"Translate from {source.name} to {target.name}.", ""]
        # Glossary terms are worked examples too: a base model copies what it has just seen.
        pairs = worked_pairs(source.code, target.code) + list(context) + list(terms)
        for src, tgt in pairs:
            lines += [f"{source.name}: {src}", f"{target.name}: {tgt}", ""]
        lines += [f"{source.name}: {text}", f"{target.name}:"]
        return Prompt("\n".join(lines), labels(source, target))


class InstructStyle:
    """For chat models: an instruction, worked turns and the context, in the model's chat format.

    The instruction is the system turn, and every user turn repeats the request next to its
    text: on the shared set this scored above the instruction in the system turn alone with two
    worked turns (Qwen2.5-Coder 1.5B, docs/BENCHMARKS.md). All the worked examples are shown;
    the fixed prefix is evaluated once. `system_role=False` is for families whose format has no
    system turn (Gemma): the instruction then opens the first user turn.
    """

    # Earlier sentences are not shown: no measurement on the shared set has shown them to help.
    shows_context = False

    def __init__(self, name: str, render_chat: ChatRenderer, system_role: bool = True) -> None:
        self.name = name
        self._render_chat = render_chat
        self._system_role = system_role

    def render(
        self, source: Language, target: Language, text: str, context: Context, terms: Terms = ()
    ) -> Prompt:
        turns: Messages = []
        pairs = worked_pairs(source.code, target.code) + list(context)
        for src, tgt in pairs:
            turns += [{"role": "user", "content": ask(target, src)}, {"role": "assistant", "content": tgt}]
        turns.append({"role": "user", "content": ask(target, text)})
        system = instruction(source, target) + (f" {glossary_line(terms)}" if terms else "")
        if self._system_role:
            messages = [{"role": "system", "content": system}, *turns]
        else:
            first = turns[0]
            messages = [{"role": "user", "content": f"{system}\n\n{first['content']}"}, *turns[1:]]
        return Prompt(self._render_chat(messages), labels(source, target))

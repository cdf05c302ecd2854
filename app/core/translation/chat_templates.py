"""Renders chat messages with a model's Jinja chat template, or with a family's own turn format.

A GGUF carries its template in `tokenizer.chat_template`; Parley renders it the way
the Hugging Face tokenizers do (a sandboxed Jinja environment with `bos_token`,
`eos_token` and `add_generation_prompt`). Some GGUFs lack a template; the families
Parley has presets for then use the turn format their model cards publish.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from jinja2 import TemplateError
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.core.errors import ModelError

Messages = list[dict[str, str]]
ChatRenderer = Callable[[Messages], str]


class ChatTemplateError(ModelError):
    """A chat template that cannot render; the message is a sentence for the user."""


# The turn formats of the families with presets, written for Parley from their model cards.
FAMILY_TEMPLATES: dict[str, str] = {
    # ChatML: Qwen, Tower, and the fallback for a chat model without a template.
    "chatml": (
        "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
    ),
    # Gemma has no system role: a system message opens the first user turn.
    "gemma": (
        "{{ bos_token }}{% set ns = namespace(prefix='') %}"
        "{% for m in messages %}"
        "{% if m.role == 'system' %}{% set ns.prefix = m.content + '\n\n' %}"
        "{% else %}<start_of_turn>{{ 'model' if m.role == 'assistant' else 'user' }}\n"
        "{{ ns.prefix }}{{ m.content | trim }}<end_of_turn>\n{% set ns.prefix = '' %}{% endif %}"
        "{% endfor %}{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
    ),
    "llama3": (
        "{{ bos_token }}{% for m in messages %}<|start_header_id|>{{ m.role }}<|end_header_id|>\n\n"
        "{{ m.content | trim }}<|eot_id|>{% endfor %}"
        "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}"
    ),
    # Hunyuan-MT 1.5 (HY-MT): user and assistant turns only; BOS comes from the tokenizer.
    "hunyuan": (
        "{% for m in messages %}"
        "{% if m.role == 'assistant' %}<｜hy_Assistant｜>{{ m.content }}<｜hy_place▁holder▁no▁2｜>"
        "{% else %}<｜hy_User｜>{{ m.content }}{% endif %}"
        "{% endfor %}{% if add_generation_prompt %}<｜hy_Assistant｜>{% endif %}"
    ),
}


def _raise(message: str) -> None:
    raise TemplateError(message)


def _strftime_now(fmt: str) -> str:
    return dt.datetime.now().strftime(fmt)


def template_renderer(template: str, bos: str = "", eos: str = "") -> ChatRenderer:
    """A renderer for `template`; raises ChatTemplateError if it does not compile.

    The BOS text is cut from the front of the result: the tokenizer adds BOS itself
    when the model wants one, and a second one confuses some models.
    """
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
    env.globals.update(raise_exception=_raise, strftime_now=_strftime_now)
    try:
        compiled = env.from_string(template)
    except Exception as exc:  # a template is data from the file: any failure is the file's
        raise ChatTemplateError(f"the model's chat template does not compile ({exc})") from None

    def render(messages: Messages) -> str:
        try:
            text = compiled.render(
                messages=messages,
                bos_token=bos,
                eos_token=eos,
                add_generation_prompt=True,
                # Qwen3 and others think aloud unless told not to: that would delay the translation.
                enable_thinking=False,
                date_string=dt.date.today().strftime("%d %b %Y"),
            )
        except Exception as exc:  # Jinja lets TypeError and others through from template code
            raise ChatTemplateError(f"the model's chat template failed ({exc})") from None
        return text[len(bos) :] if bos and text.startswith(bos) else text

    return render


def family_renderer(family: str) -> ChatRenderer:
    """The published turn format of a family (see FAMILY_TEMPLATES), with no BOS text."""
    return template_renderer(FAMILY_TEMPLATES[family])

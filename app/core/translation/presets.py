"""Prompt presets per model family (which one a GGUF gets is decided in app.core.models.families).

Translation models are prompted the way their model cards publish, one sentence per
turn: TranslateGemma, Hunyuan-MT, Seed-X and Tower. Instruct models (Qwen, Gemma,
Llama 3, any other chat model) get Parley's translation instruction with worked
turns in their own chat format. Base models get few-shot completion.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.languages import Language
from app.core.models.families import STYLES
from app.core.translation.chat_templates import ChatRenderer, family_renderer, template_renderer
from app.core.translation.glossary import Terms
from app.core.translation.prompts import (
    Context,
    FewShotStyle,
    InstructStyle,
    Prompt,
    PromptStyle,
    glossary_line,
    labels,
)

# Hunyuan-MT's prompt for pairs with Chinese names the target language in Chinese.
CHINESE_NAMES = {
    "en": "英语", "fr": "法语", "es": "西班牙语", "de": "德语", "it": "意大利语", "pt": "葡萄牙语",
    "nl": "荷兰语", "ru": "俄语", "zh": "中文", "ja": "日语", "ko": "韩语", "ar": "阿拉伯语", "hi": "印地语",
}  # fmt: skip


class OneTurnStyle:
    """A translation model's published prompt: one user turn holding the instruction and the text."""

    name = "one-turn"
    shows_context = False  # published formats are one sentence per turn

    def __init__(self, render_chat: ChatRenderer) -> None:
        self._render_chat = render_chat

    def content(self, source: Language, target: Language, text: str) -> str:
        raise NotImplementedError

    def render(
        self, source: Language, target: Language, text: str, context: Context, terms: Terms = ()
    ) -> Prompt:
        # Published formats are one sentence per turn: earlier sentences are not shown.
        content = self.content(source, target, text)
        if terms:
            content = f"{glossary_line(terms)}\n\n{content}"
        turn = {"role": "user", "content": content}
        return Prompt(self._render_chat([turn]), labels(source, target))


class TranslateGemmaStyle(OneTurnStyle):
    """TranslateGemma, in Gemma turns built here: its own template wants structured content."""

    name = "translategemma"

    def __init__(self) -> None:
        super().__init__(family_renderer("gemma"))

    def content(self, source: Language, target: Language, text: str) -> str:
        s, t = source, target
        return (
            f"You are a professional {s.name} ({s.code}) to {t.name} ({t.code}) translator. "
            f"Your goal is to accurately convey the meaning and nuances of the original {s.name} text "
            f"while adhering to {t.name} grammar, vocabulary, and cultural sensitivities.\n"
            f"Produce only the {t.name} translation, without any additional explanations or commentary. "
            f"Please translate the following {s.name} text into {t.name}:\n\n\n{text}"
        )


class HunyuanStyle(OneTurnStyle):
    """Hunyuan-MT: a Chinese instruction for pairs with Chinese, an English one for the others."""

    name = "hunyuan-mt"

    def content(self, source: Language, target: Language, text: str) -> str:
        if "zh" in (source.code, target.code):
            return f"把下面的文本翻译成{CHINESE_NAMES[target.code]}，不要额外解释。\n\n{text}"
        return (
            f"Translate the following segment into {target.name}, without additional explanation.\n\n{text}"
        )


class TowerStyle(OneTurnStyle):
    """TowerInstruct: one user turn naming both languages, ending with the target label."""

    name = "tower"

    def content(self, source: Language, target: Language, text: str) -> str:
        return (
            f"Translate the following text from {source.name} into {target.name}.\n"
            f"{source.name}: {text}\n{target.name}:"
        )


class SeedXStyle:
    """Seed-X has no chat template: a plain instruction ending in the target's language tag."""

    name = "seed-x"
    shows_context = False

    def render(
        self, source: Language, target: Language, text: str, context: Context, terms: Terms = ()
    ) -> Prompt:
        content = f"Translate the following {source.name} sentence into {target.name}:\n{text}"
        if terms:
            content = f"{glossary_line(terms)}\n{content}"
        return Prompt(f"{content} <{target.code}>", labels(source, target))


def build_style(name: str, template: str | None, bos: str = "", eos: str = "") -> PromptStyle:
    """The preset `name`, rendering through the model's own template where the preset uses one.

    A model without a template gets the family's published turn format instead.
    Raises KeyError for an unknown name and ChatTemplateError for a broken template.
    """
    if name not in STYLES:
        raise KeyError(name)
    own = template_renderer(template, bos, eos) if template else None

    def chat(family: str) -> ChatRenderer:
        return own or family_renderer(family)

    builders: dict[str, Callable[[], PromptStyle]] = {
        "few-shot": lambda: FewShotStyle(),
        "generic-chat": lambda: InstructStyle("generic-chat", chat("chatml")),
        "qwen": lambda: InstructStyle("qwen", chat("chatml")),
        "llama3-instruct": lambda: InstructStyle("llama3-instruct", chat("llama3")),
        "gemma-it": lambda: InstructStyle("gemma-it", chat("gemma"), system_role=False),
        "translategemma": lambda: TranslateGemmaStyle(),
        "hunyuan-mt": lambda: HunyuanStyle(chat("hunyuan")),
        "tower": lambda: TowerStyle(chat("chatml")),
        "seed-x": lambda: SeedXStyle(),
    }
    return builders[name]()

"""The prompt presets by name, and which one a GGUF gets from its metadata.

Plain data: the settings and the model catalog read these names without loading Jinja or llama.cpp;
app.core.translation.presets builds the presets themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.choices import Choice


class StyleName(Choice):
    """A prompt preset's name, as settings and the command line hold it; AUTO: from the metadata."""

    AUTO = "auto"
    FEW_SHOT = "few-shot"
    GENERIC_CHAT = "generic-chat"
    TRANSLATEGEMMA = "translategemma"
    HUNYUAN_MT = "hunyuan-mt"
    SEED_X = "seed-x"
    TOWER = "tower"
    QWEN = "qwen"
    GEMMA_IT = "gemma-it"
    LLAMA3_INSTRUCT = "llama3-instruct"


AUTO = StyleName.AUTO

# Every preset, with the words the model manager shows for it.
# Keyed by StyleName, typed by str: a name read from a file looks a preset up as it is.
STYLES: dict[str, str] = {
    StyleName.FEW_SHOT: "Few-shot completion (base models)",
    StyleName.GENERIC_CHAT: "Translation instruction in the model's chat template",
    StyleName.TRANSLATEGEMMA: "TranslateGemma",
    StyleName.HUNYUAN_MT: "Hunyuan-MT",
    StyleName.SEED_X: "Seed-X",
    StyleName.TOWER: "Tower",
    StyleName.QWEN: "Qwen (ChatML)",
    StyleName.GEMMA_IT: "Gemma instruct",
    StyleName.LLAMA3_INSTRUCT: "Llama 3 instruct",
}


def _compact(value: object) -> str:
    return re.sub(r"[\s_\-.]", "", str(value or "")).lower()


def detect_style(metadata: Mapping[str, object]) -> StyleName:
    """The preset for a GGUF, from its name, base name, architecture and chat template."""
    names = " ".join(
        _compact(metadata.get(key)) for key in ("general.name", "general.basename", "general.finetune")
    )
    architecture = str(metadata.get("general.architecture", "")).lower()
    template = metadata.get("tokenizer.chat_template")
    template = template if isinstance(template, str) and template.strip() else ""
    if "translategemma" in names:
        return StyleName.TRANSLATEGEMMA
    if "hunyuanmt" in names or "hymt" in names:
        return StyleName.HUNYUAN_MT
    if "seedx" in names:
        return StyleName.SEED_X
    if "tower" in names and template:
        return StyleName.TOWER
    if not template:
        return StyleName.FEW_SHOT
    if "qwen" in names or architecture.startswith("qwen"):
        return StyleName.QWEN
    if architecture.startswith("gemma"):
        return StyleName.GEMMA_IT
    if "<|start_header_id|>" in template:
        return StyleName.LLAMA3_INSTRUCT
    return StyleName.GENERIC_CHAT

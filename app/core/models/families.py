"""The prompt presets by name, and which one a GGUF gets from its metadata.

Plain data: the settings and the model catalog read these names without loading Jinja or llama.cpp;
app.core.translation.presets builds the presets themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

AUTO = "auto"

# Every preset, with the words the model manager shows for it.
STYLES: dict[str, str] = {
    "few-shot": "Few-shot completion (base models)",
    "generic-chat": "Translation instruction in the model's chat template",
    "translategemma": "TranslateGemma",
    "hunyuan-mt": "Hunyuan-MT",
    "seed-x": "Seed-X",
    "tower": "Tower",
    "qwen": "Qwen (ChatML)",
    "gemma-it": "Gemma instruct",
    "llama3-instruct": "Llama 3 instruct",
}


def _compact(value: object) -> str:
    return re.sub(r"[\s_\-.]", "", str(value or "")).lower()


def detect_style(metadata: Mapping[str, object]) -> str:
    """The preset for a GGUF, from its name, base name, architecture and chat template."""
    names = " ".join(
        _compact(metadata.get(key)) for key in ("general.name", "general.basename", "general.finetune")
    )
    architecture = str(metadata.get("general.architecture", "")).lower()
    template = metadata.get("tokenizer.chat_template")
    template = template if isinstance(template, str) and template.strip() else ""
    if "translategemma" in names:
        return "translategemma"
    if "hunyuanmt" in names or "hymt" in names:
        return "hunyuan-mt"
    if "seedx" in names:
        return "seed-x"
    if "tower" in names and template:
        return "tower"
    if not template:
        return "few-shot"
    if "qwen" in names or architecture.startswith("qwen"):
        return "qwen"
    if architecture.startswith("gemma"):
        return "gemma-it"
    if "<|start_header_id|>" in template:
        return "llama3-instruct"
    return "generic-chat"

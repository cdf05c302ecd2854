"""The core's fixed words the window shows are all marked for translation in app/ui/core_words.py."""

from __future__ import annotations

from app.core import options
from app.core.models.families import STYLES
from app.core.options import OptionSpec
from app.ui.core_words import CORE_WORDS

MODEL_NAMES = {"TranslateGemma", "Hunyuan-MT", "Seed-X", "Tower", "Qwen (ChatML)", "Gemma instruct",
               "Llama 3 instruct"}  # fmt: skip


def shown_words() -> set[str]:
    """Every option's label and value labels (the Performance and Server pages), and the presets."""
    words: set[str] = set()
    for spec in vars(options).values():
        if isinstance(spec, OptionSpec) and spec.label:
            words.add(spec.label)
            words.update(spec.labels.values())
            words.update(choice for choice in spec.choices if choice in ("on", "off"))
    words.update(STYLES.values())
    return words - MODEL_NAMES


def test_every_word_the_window_shows_from_the_core_is_marked() -> None:
    missing = sorted(shown_words() - set(CORE_WORDS))
    assert not missing, (
        f"add these to app/ui/core_words.py, then run `make translations` and translate them: {missing}"
    )


def test_a_new_label_would_be_found() -> None:
    assert "Context size" in shown_words()  # what the check reads is the core's own tables

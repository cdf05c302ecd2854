"""The chat-template prompt path, on the Qwen2.5 0.5B Instruct GGUF from the test extra."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.models.bundled import qwen_path
from app.core.translation.engine import EngineConfig, TranslationEngine
from tests.conftest import run


@pytest.fixture(scope="module")
def qwen_engine() -> Iterator[TranslationEngine]:
    engine = TranslationEngine(EngineConfig(qwen_path()))
    engine.start()
    assert engine.wait_ready(120)
    assert engine.model_info is not None, engine.load_error
    yield engine
    engine.close(10)


def test_instruct_model_uses_its_chat_template(qwen_engine: TranslationEngine) -> None:
    info = qwen_engine.model_info
    assert info is not None and info.prompt_style == "qwen"
    style = qwen_engine.prompt_style
    assert style is not None
    from app.core.languages import get_language

    prompt = style.render(get_language("en"), get_language("fr"), "Good evening.", []).text
    assert "<|im_start|>system" in prompt and prompt.rstrip().endswith("<|im_start|>assistant")
    # The sentence is the last user turn, after the request repeated in every turn.
    assert prompt.rstrip().endswith(
        "<|im_start|>user\nTranslate into French:\nGood evening.<|im_end|>\n<|im_start|>assistant"
    )


def test_instruct_model_translates_and_stops_at_end_of_turn(qwen_engine: TranslationEngine) -> None:
    pieces, final = run(qwen_engine, "Good evening, do you have a table for four?")
    assert len(pieces) >= 2
    assert "table" in final.translation.lower()
    assert "<|im_end|>" not in final.translation and "\n" not in final.translation
    _, second = run(qwen_engine, "The bus leaves every twenty minutes.")
    assert second.metrics.prompt_tokens_reused > second.metrics.prompt_tokens // 2


def test_the_chatml_fallback_matches_qwens_own_template() -> None:
    from app.core.languages import get_language
    from app.core.models.gguf import read_gguf
    from app.core.translation.presets import build_style

    template = read_gguf(qwen_path()).chat_template
    assert template is not None
    en, de = get_language("en"), get_language("de")
    context = [("I am late.", "Ich bin spät dran.")]
    own = build_style("qwen", template).render(en, de, "See you soon.", context).text
    fallback = build_style("qwen", None).render(en, de, "See you soon.", context).text
    assert own == fallback

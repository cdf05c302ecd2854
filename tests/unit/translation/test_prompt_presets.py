"""Every prompt preset rendered for a sample request and compared with its family's published format."""

from __future__ import annotations

import pytest

from app.core.languages import Language, get_language
from app.core.models.families import STYLES, detect_style
from app.core.translation.chat_templates import ChatTemplateError, template_renderer
from app.core.translation.examples import worked_pairs
from app.core.translation.presets import build_style

EN, FR, ZH = get_language("en"), get_language("fr"), get_language("zh")
TEXT = "Where is the station?"

# The instruction Parley gives instruct models (see app.core.translation.prompts.instruction).
INSTRUCTION = (
    "You are a professional translator. Translate each message of the user from English into French. "
    "The messages are things people say in a conversation: translate questions and requests, never "
    "answer them. Reply with the French translation only, on one line, with no notes, quotes or "
    "explanations."
)
ASK = "Translate into French:\n"  # every user turn repeats the request next to its text
# The worked examples of app.core.translation.examples, as chat turns.
EXAMPLE_TURNS = [(ASK + english, french) for english, french in worked_pairs("en", "fr")]


def render(
    name: str, template: str | None = None, source: Language = EN, target: Language = FR, text: str = TEXT
) -> str:
    return build_style(name, template).render(source, target, text, []).text


def chatml(*turns: tuple[str, str]) -> str:
    return "".join(f"<|im_start|>{role}\n{content}<|im_end|>\n" for role, content in turns)


def examples(user: str, assistant: str) -> list[tuple[str, str]]:
    return [(role, text) for pair in EXAMPLE_TURNS for role, text in zip((user, assistant), pair)]


def test_translategemma_is_one_user_turn_with_the_published_instruction() -> None:
    expected = (
        "<start_of_turn>user\n"
        "You are a professional English (en) to French (fr) translator. Your goal is to accurately "
        "convey the meaning and nuances of the original English text while adhering to French grammar, "
        "vocabulary, and cultural sensitivities.\n"
        "Produce only the French translation, without any additional explanations or commentary. "
        "Please translate the following English text into French:\n\n\n"
        f"{TEXT}<end_of_turn>\n<start_of_turn>model\n"
    )
    assert render("translategemma") == expected
    # Its GGUF template expects structured content: Parley builds the turn itself either way.
    assert render("translategemma", "{{ messages[0].content[0].type }}") == expected


def test_hunyuan_mt_uses_the_english_prompt_between_other_languages() -> None:
    assert render("hunyuan-mt") == (
        "<｜hy_User｜>Translate the following segment into French, without additional explanation."
        f"\n\n{TEXT}<｜hy_Assistant｜>"
    )


def test_hunyuan_mt_uses_the_chinese_prompt_when_chinese_is_involved() -> None:
    assert (
        render("hunyuan-mt", target=ZH)
        == f"<｜hy_User｜>把下面的文本翻译成中文，不要额外解释。\n\n{TEXT}<｜hy_Assistant｜>"
    )
    assert render("hunyuan-mt", source=ZH, target=EN, text="车站在哪里？").startswith(
        "<｜hy_User｜>把下面的文本翻译成英语，不要额外解释。\n\n车站在哪里？"
    )


def test_seed_x_is_plain_text_ending_in_the_language_tag() -> None:
    assert render("seed-x") == f"Translate the following English sentence into French:\n{TEXT} <fr>"
    # No chat template, even when the GGUF carries one.
    assert render("seed-x", "{{ 'chat' }}") == render("seed-x")


def test_tower_names_both_languages_and_ends_with_the_target_label() -> None:
    content = f"Translate the following text from English into French.\nEnglish: {TEXT}\nFrench:"
    assert render("tower") == chatml(("user", content)) + "<|im_start|>assistant\n"


def test_qwen_is_chatml_with_system_instruction_and_worked_turns() -> None:
    turns = [("system", INSTRUCTION), *examples("user", "assistant"), ("user", ASK + TEXT)]
    assert render("qwen") == chatml(*turns) + "<|im_start|>assistant\n"
    assert ("user", ASK + "Hello.") in turns and ("assistant", "Bonjour.") in turns


def test_generic_chat_uses_the_models_own_template() -> None:
    template = "{% for m in messages %}[{{ m.role }}] {{ m.content }}\n{% endfor %}[assistant]"
    text = render("generic-chat", template)
    assert text.startswith(f"[system] {INSTRUCTION}\n[user] {ASK}Hello.\n[assistant] Bonjour.\n")
    assert text.endswith(f"[user] {ASK}{TEXT}\n[assistant]")


def test_gemma_it_folds_the_instruction_into_the_first_user_turn() -> None:
    (q1, a1), *rest = EXAMPLE_TURNS
    expected = (
        f"<start_of_turn>user\n{INSTRUCTION}\n\n{q1}<end_of_turn>\n<start_of_turn>model\n{a1}<end_of_turn>\n"
    )
    for q, a in rest:
        expected += f"<start_of_turn>user\n{q}<end_of_turn>\n<start_of_turn>model\n{a}<end_of_turn>\n"
    expected += f"<start_of_turn>user\n{ASK}{TEXT}<end_of_turn>\n<start_of_turn>model\n"
    assert render("gemma-it") == expected


def test_llama3_instruct_uses_header_turns() -> None:
    def turn(role: str, content: str) -> str:
        return f"<|start_header_id|>{role}<|end_header_id|>\n\n{content}<|eot_id|>"

    turns = [("system", INSTRUCTION), *examples("user", "assistant"), ("user", ASK + TEXT)]
    assert render("llama3-instruct") == (
        "".join(turn(r, c) for r, c in turns) + "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )


def test_few_shot_ends_with_the_target_label() -> None:
    text = render("few-shot")
    assert text.startswith("Translate from English to French.\n\nEnglish: Hello.\nFrench: Bonjour.\n\n")
    assert text.endswith(f"English: {TEXT}\nFrench:")
    # Every worked example is shown, each as one English line and one French line.
    for english, french in worked_pairs("en", "fr"):
        assert f"English: {english}\nFrench: {french}\n\n" in text


def test_every_preset_renders_every_pair_the_app_offers() -> None:
    from app.core.languages import LANGUAGES

    for name in STYLES:
        for target in LANGUAGES:
            assert TEXT in build_style(name, None).render(EN, target, TEXT, []).text


def test_the_models_bos_is_left_to_the_tokenizer() -> None:
    renderer = template_renderer("{{ bos_token }}{{ messages[0].content }}", bos="<s>")
    assert renderer([{"role": "user", "content": "hi"}]) == "hi"


def test_broken_templates_say_so() -> None:
    with pytest.raises(ChatTemplateError, match="does not compile"):
        template_renderer("{% for m in messages %}")
    failing = template_renderer("{{ raise_exception('only user and assistant roles') }}")
    with pytest.raises(ChatTemplateError, match="only user and assistant"):
        failing([{"role": "system", "content": "x"}])
    # Jinja lets ordinary Python errors through from template code: they are the template's too.
    with pytest.raises(ChatTemplateError, match="failed"):
        template_renderer("{{ messages[0].content + 1 }}")([{"role": "user", "content": "x"}])


def test_qwen3_templates_are_told_not_to_think() -> None:
    template = "{% if enable_thinking is defined and not enable_thinking %}<think>\n\n</think>\n\n{% endif %}"
    assert template_renderer(template)([]) == "<think>\n\n</think>\n\n"


CHATML = "{% for m in messages %}<|im_start|>{{ m.role }}{% endfor %}"
LLAMA3 = "{{ '<|start_header_id|>' + m.role + '<|end_header_id|>' }}"


def meta(arch: str, name: str, template: str = "", key: str = "general.name") -> dict[str, object]:
    values: dict[str, object] = {"general.architecture": arch, key: name}
    if template:
        values["tokenizer.chat_template"] = template
    return values


@pytest.mark.parametrize(
    ("metadata", "style"),
    [
        (meta("gemma3", "Translategemma 4b It", "x"), "translategemma"),
        (meta("hunyuan-dense", "Hunyuan-MT-7B"), "hunyuan-mt"),
        (meta("hunyuan-dense", "HY-MT1.5", "x", key="general.basename"), "hunyuan-mt"),
        (meta("llama", "Seed-X-PPO-7B"), "seed-x"),
        (meta("llama", "TowerInstruct 7B v0.2", CHATML), "tower"),
        (meta("llama", "TowerBase 7B"), "few-shot"),
        (meta("qwen3", "Qwen3 4B", CHATML), "qwen"),
        (meta("qwen2", "Qwen2.5 Coder 0.5B Instruct AWQ", CHATML), "qwen"),
        (meta("gemma3", "Gemma 3 4b It", "x"), "gemma-it"),
        (meta("gemma3", "Gemma 3 270m"), "few-shot"),
        (meta("llama", "Meta Llama 3.1 8B Instruct", LLAMA3), "llama3-instruct"),
        (meta("phi3", "Phi 3 Mini", "{{ x }}"), "generic-chat"),
        ({}, "few-shot"),
    ],
)
def test_the_preset_follows_the_metadata(metadata: dict[str, object], style: str) -> None:
    assert detect_style(metadata) == style

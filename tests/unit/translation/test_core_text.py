"""Languages, segmentation, output cleaning and prompts: the text side of the core, no model needed."""

from __future__ import annotations

import pytest

from app.core.languages import EXAMPLES, LANGUAGES, UnknownLanguageError, get_language
from app.core.translation.cleaning import StreamCleaner, clean_translation
from app.core.translation.prompts import FewShotStyle, InstructStyle
from app.core.translation.segmenter import MAX_SEGMENT_CHARS, joiner, segment

REQUIRED = {"en", "fr", "es", "de", "it", "pt", "nl", "ru", "zh", "ja", "ko", "ar", "hi"}


def test_registry_has_every_required_language_with_examples() -> None:
    codes = {lang.code for lang in LANGUAGES}
    assert codes >= REQUIRED
    assert set(EXAMPLES) == codes
    assert get_language("French").code == "fr"
    assert get_language("DE").name == "German"
    assert get_language("ar").rtl and not get_language("en").rtl
    with pytest.raises(UnknownLanguageError, match="choose one of"):
        get_language("klingon")


def test_segments_sentences_and_keeps_paragraphs() -> None:
    segs = segment("Mr. Smith arrived. Is he late?  Yes!\n\nNew paragraph here")
    assert [s.text for s in segs] == ["Mr. Smith arrived.", "Is he late?", "Yes!", "New paragraph here"]
    assert [s.newlines for s in segs] == [0, 0, 2, 0]
    assert segs[-1].last
    rebuilt = "".join(s.text + joiner(s, spaceless_target=False) for s in segs)
    assert rebuilt == "Mr. Smith arrived. Is he late? Yes!\n\nNew paragraph here"


def test_segments_cjk_without_spaces() -> None:
    assert [s.text for s in segment("你好。我很好！谢谢")] == ["你好。", "我很好！", "谢谢"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t"])
def test_empty_input_has_no_segments(text: str) -> None:
    assert segment(text) == []


def test_long_unpunctuated_text_is_cut_to_bounded_pieces() -> None:
    words = "word " * 5000 + "末尾" * 800
    segs = segment(words)
    assert all(len(s.text) <= MAX_SEGMENT_CHARS for s in segs)
    assert sum(len(s.text.replace(" ", "")) for s in segs) == len(words.replace(" ", ""))


def test_cleaner_streams_and_drops_label_echo_and_next_example() -> None:
    labels = ["French:", "English:", "Translation:"]
    cleaner = StreamCleaner(labels)
    shown = [
        cleaner.feed(piece) for piece in [" Fren", "ch:", " Bon", "jour", " à", " tous", ".\n", "English:"]
    ]
    shown.append(cleaner.finish())
    assert "".join(shown) == "Bonjour à tous."
    assert cleaner.text == "Bonjour à tous."
    assert sum(1 for s in shown if s) >= 2  # it really streamed
    assert clean_translation(" Salut English: hello", labels) == "Salut"


def test_cleaner_stops_a_repetition_loop() -> None:
    cleaner = StreamCleaner(["French:"])
    for _ in range(40):
        cleaner.feed(" la")
        if cleaner.done:
            break
    assert cleaner.done
    assert len(cleaner.text) < 20


def test_cleaner_keeps_words_that_merely_contain_label_text() -> None:
    assert (
        clean_translation(" Je parle English et French.", ["French:", "English:"])
        == "Je parle English et French."
    )


def test_few_shot_prompt_puts_the_fixed_part_first() -> None:
    style = FewShotStyle()
    en, fr = get_language("en"), get_language("fr")
    a = style.render(en, fr, "The cat sleeps.", []).text
    b = style.render(en, fr, "Where is my bag?", []).text
    prefix = a[: a.index("The cat sleeps.")]
    assert b.startswith(prefix)
    assert a.endswith("English: The cat sleeps.\nFrench:")
    assert EXAMPLES["fr"][0] in prefix


def test_chat_style_passes_system_examples_context_then_text() -> None:
    seen: list[list[dict[str, str]]] = []

    def render(messages: list[dict[str, str]]) -> str:
        seen.append(messages)
        return "|".join(f"{m['role']}:{m['content']}" for m in messages)

    prompt = InstructStyle("generic-chat", render).render(
        get_language("en"), get_language("ja"), "Thanks!", [("Hi.", "こんにちは。")]
    )
    roles = [m["role"] for m in seen[0]]
    assert roles[0] == "system" and roles[-1] == "user"
    assert "Japanese" in seen[0][0]["content"]
    assert seen[0][-2:] == [
        {"role": "assistant", "content": "こんにちは。"},
        {"role": "user", "content": "Translate into Japanese:\nThanks!"},
    ]
    assert prompt.text.endswith("user:Translate into Japanese:\nThanks!")

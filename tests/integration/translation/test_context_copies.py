"""Context must help, never hurt: no sentence of a paragraph comes out as another one's translation.

Shown the previous sentence as context, the bundled Gemma 3 270M used to repeat that sentence's
translation after a short greeting ("Je vous le souhaite. Je vous le souhaite. Où est …").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.translation.engine import EngineConfig, TranslationEngine, _copies, _may_copy
from app.core.translation.events import RequestFinished, TokenEvent
from app.core.translation.segmenter import segment
from tests.conftest import run

OBSERVED = (
    "Good evening. My flight was cancelled and I need a hotel for tonight. Where is the nearest pharmacy?"
)


def _sentences(text: str) -> list[str]:
    return [" ".join(seg.text.split()).casefold().strip(" .!?¿¡") for seg in segment(text)]


# Paragraphs that open with a short greeting, the case that made the copies (written for the test).
GREETINGS = (
    (OBSERVED, "fr"),
    (OBSERVED, "es"),
    ("Hi. Could you help me carry this suitcase? It is very heavy.", "fr"),
    ("Hello! I would like two coffees, please. How much is that?", "de"),
    ("Good morning. The meeting has moved to three o'clock. Please tell the others.", "fr"),
    ("Thanks. See you later. Have a nice weekend!", "es"),
)


def check_no_copy(pieces: list[TokenEvent], final: RequestFinished, source: str) -> list[str]:
    sentences = _sentences(final.translation)
    assert len(sentences) == len(segment(source)), final.translation
    assert len(set(sentences)) == len(sentences), final.translation
    # What was held back while it could still be a copy, and dropped when it was, never showed.
    assert "".join(p.piece for p in pieces).strip() == final.translation
    return sentences


@pytest.mark.parametrize(("text", "target"), GREETINGS)
def test_a_paragraph_opening_with_a_greeting_repeats_no_sentence(
    engine: TranslationEngine, text: str, target: str
) -> None:
    assert engine.config.context_sentences >= 1  # offered; the preset decides whether it is shown
    engine.forget()
    pieces, final = run(engine, text, "en", target)
    check_no_copy(pieces, final, text)


def test_the_fast_model_is_shown_no_context(engine: TranslationEngine) -> None:
    # Shown the previous sentence, the 270M scored lower on the shared set: it translates each alone.
    assert engine.prompt_style is not None and not engine.prompt_style.shows_context
    first, second = "Good evening.", "Where is the nearest pharmacy?"
    engine.forget()
    alone = sum(run(engine, text)[1].metrics.prompt_tokens for text in (first, second))
    engine.forget()
    _, final = run(engine, f"{first} {second}")
    assert final.metrics.prompt_tokens == alone


def test_what_counts_as_a_copy() -> None:
    others = ("Je vous le souhaite.",)
    assert _copies("je vous le  souhaite", others) and _copies(" Je vous le souhaite !", others)
    assert not _copies("Je vous le souhaite bien.", others) and not _copies("", others)
    assert _may_copy("", others) and _may_copy("Je vous", others) and _may_copy("JE VOUS LE", others)
    assert _may_copy("Je vous le souhaite !", others) and _may_copy("« Je vous", others)
    assert not _may_copy("Je n’ai", others) and not _may_copy("Je", ())


@pytest.fixture(scope="module")
def quality() -> Iterator[TranslationEngine]:
    from app.core.models.bundled import quality_path

    engine = TranslationEngine(EngineConfig(quality_path()))
    engine.start()
    assert engine.wait_ready(180) and engine.model_info is not None, engine.load_error
    yield engine
    assert engine.close(10)


@pytest.mark.slow  # the 1.5B model: about 50 s to load on a busy two-core machine, seconds a sentence
@pytest.mark.xfail(
    reason="measured on 2026-12-02 (CPU build): 'Bon après-midi. Ma vol a été annulée et je n'ai pas "
    "de chambre pour demain. Où est la pharmacie la plus proche ?': the greeting, 'tonight' and "
    "'hotel' are wrong",
    strict=False,
)
def test_the_quality_model_translates_the_paragraph_correctly(quality: TranslationEngine) -> None:
    _, final = run(quality, OBSERVED, "en", "fr")
    text = final.translation.casefold()
    # Each sentence's key words: the greeting, the cancelled flight and the hotel, the pharmacy.
    assert text.startswith("bonsoir"), final.translation
    for words in (("vol",), ("annulé",), ("hôtel",), ("ce soir", "cette nuit"), ("pharmacie",)):
        assert any(word in text for word in words), (words, final.translation)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), GREETINGS)
def test_the_quality_model_repeats_no_sentence_either(
    quality: TranslationEngine, text: str, target: str
) -> None:
    pieces, final = run(quality, text, "en", target)
    check_no_copy(pieces, final, text)

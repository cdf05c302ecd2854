"""Context must help, never hurt: no sentence of a paragraph comes out as another one's translation.

Shown the previous sentence as context, the bundled Gemma 3 270M used to repeat that sentence's
translation after a short greeting ("Je vous le souhaite. Je vous le souhaite. Où est …").
"""

from __future__ import annotations

import pytest

from app.core.translation.engine import TranslationEngine, _copies, _may_copy
from app.core.translation.segmenter import segment
from tests.conftest import run

OBSERVED = (
    "Good evening. My flight was cancelled and I need a hotel for tonight. Where is the nearest pharmacy?"
)


def _sentences(text: str) -> list[str]:
    return [" ".join(seg.text.split()).casefold().strip(" .!?¿¡") for seg in segment(text)]


@pytest.mark.parametrize(("text", "target"), [(OBSERVED, "fr"), (OBSERVED, "es")])
def test_a_paragraph_opening_with_a_greeting_repeats_no_sentence(
    engine: TranslationEngine, text: str, target: str
) -> None:
    assert engine.config.context_sentences >= 1  # the context is what made the copies
    pieces, final = run(engine, text, "en", target)
    sentences = _sentences(final.translation)
    assert len(sentences) == 3, final.translation
    assert len(set(sentences)) == len(sentences), final.translation
    # What was held back while it could still be a copy, and dropped when it was, never showed.
    assert "".join(p.piece for p in pieces).strip() == final.translation


def test_what_counts_as_a_copy() -> None:
    others = ("Je vous le souhaite.",)
    assert _copies("je vous le  souhaite", others) and _copies(" Je vous le souhaite !", others)
    assert not _copies("Je vous le souhaite bien.", others) and not _copies("", others)
    assert _may_copy("", others) and _may_copy("Je vous", others) and _may_copy("JE VOUS LE", others)
    assert _may_copy("Je vous le souhaite !", others) and _may_copy("« Je vous", others)
    assert not _may_copy("Je n’ai", others) and not _may_copy("Je", ())


@pytest.mark.slow  # loads the 1.5B model: about 50 s on a busy two-core machine
def test_the_quality_model_repeats_no_sentence_either() -> None:
    from app.core.models.bundled import quality_path
    from app.core.translation.engine import EngineConfig

    engine = TranslationEngine(EngineConfig(quality_path()))
    engine.start()
    try:
        assert engine.wait_ready(180) and engine.model_info is not None, engine.load_error
        pieces, final = run(engine, OBSERVED, "en", "fr")
    finally:
        assert engine.close(10)
    sentences = _sentences(final.translation)
    assert len(sentences) == 3 and len(set(sentences)) == 3, final.translation
    assert "pharmacie" in final.translation.casefold()  # the quality tier gets the last one right
    assert "".join(p.piece for p in pieces).strip() == final.translation

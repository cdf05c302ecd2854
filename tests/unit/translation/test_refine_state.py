"""TypedRefine: which typed request's text may show while a draft is refined, and the two figures."""

from __future__ import annotations

from app.core.translation.refine import TypedRefine

ASKED = ("Good evening.", "en", "fr")


def test_a_draft_shows_until_the_refined_text_does_then_the_figures_count_from_the_pause() -> None:
    state = TypedRefine()
    state.drafting(ASKED, 7, at=10.0)
    assert state.draft_shows(7, at=10.05)
    assert not state.draft_shows(6), "an older draft never shows"
    assert not state.refined(ASKED)
    state.refining(ASKED, 3, at=10.6)
    assert state.refined(ASKED) and state.draft_shows(7), "until the refined text's first piece"
    assert not state.final_piece(2) and state.final_piece(3)
    assert not state.draft_shows(7), "a late draft must not overwrite the refined text"
    figures = state.final_done(3, at=11.5)
    assert figures is not None
    assert figures.draft_first_token_ms == 50.0 and figures.refined_done_ms == 1500.0
    assert state.final_done(3) is None, "counted once"
    assert state.refined(ASKED)


def test_refined_without_a_draft_counts_from_send_and_new_text_starts_over() -> None:
    state = TypedRefine()
    state.drafting(("Good", "en", "fr"), 1, at=1.0)
    state.refining(ASKED, 2, at=5.0)  # Send, with other text than was drafted
    figures = state.final_done(2, at=5.4)
    assert figures is not None and figures.draft_first_token_ms is None
    assert round(figures.refined_done_ms) == 400
    state.drafting(("Good evening. My", "en", "fr"), 3)
    assert not state.refined(ASKED) and state.final_done(2) is None
    state.reset()
    assert state.asked is None and not state.draft_shows(3)

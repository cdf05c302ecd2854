"""The latency panel's draft-and-refine rows: typed (from the pause) and speech (from the end of speech)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.speech.events import UtteranceRecord
from app.core.translation.refine import RefineFigures
from app.ui.translation.latency_panel import LatencyPanel


def test_typed_and_spoken_drafts_and_finals_are_shown_with_their_p50_and_p90(qtbot: QtBot) -> None:
    panel = LatencyPanel()
    qtbot.addWidget(panel)
    fields = panel.fields
    assert fields["rf_typed_draft"].text() == "—"
    panel.add_typed_refine(RefineFigures(50.0, 900.0))
    panel.add_typed_refine(RefineFigures(None, 1300.0))  # refined on Send, before any draft showed
    assert fields["rf_typed_draft"].text() == "— · 50 / 50 ms"
    assert fields["rf_typed_done"].text().startswith("1300 · ")
    plain = UtteranceRecord(1, 0.0, end_s=2.0, source="Hello.", final_transcript_at=2.2,
                            final_first_token_at=2.5, final_done_at=3.0)  # fmt: skip
    panel.add_utterance(plain)
    assert fields["rf_speech_draft"].text() == "—", "no drafts: nothing to show there"
    drafted = UtteranceRecord(2, 3.0, end_s=5.0, source="Thanks.", final_transcript_at=5.2,
                              final_first_token_at=5.9, final_done_at=6.5)  # fmt: skip
    drafted.draft_first_token_at = 5.3
    panel.add_utterance(drafted)
    assert fields["rf_speech_draft"].text() == "300 · 300 / 300 ms"
    assert fields["rf_speech_done"].text() == "1500 · 1500 / 1500 ms"
    assert fields["sp_first_token"].text().startswith("900 · "), "the final's own first token stays apart"

"""Draft and refine in the window, on the real models: the bundled fast model drafts, the model in use
(Qwen2.5 0.5B standing in for the quality model) refines, and the conversation keeps the refined text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.conversation.history import Turn
from app.core.models.bundled import qwen_path
from app.core.settings import SpeakerMode
from app.core.translation.events import RequestFinished
from app.ui.main_window import MainWindow
from app.ui.settings_store import SettingsStore
from app.ui.translation.refine_typing import REFINE_ACTION
from tests.speech_clips import clip
from tests.ui.windows import RecordingEngine, make_services, open_window, wait_until_ready

LOAD_MS = 120_000


def asked(window: MainWindow) -> list[str]:
    """The texts the model in use was asked to translate."""
    assert isinstance(window.engine, RecordingEngine)
    return [r.text for r in window.engine.requests]


def kept(window: MainWindow) -> list[Turn]:
    history, session = window.conversation.history, window.conversation.session_id
    return [] if history is None or session is None else history.turns(session)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    changes = {"model_path": str(qwen_path()), "draft_and_refine": True, "target_lang": "de"}
    services = make_services(tmp_path / "settings.ini", changes, engine_type=RecordingEngine)
    win = open_window(qtbot, services)
    wait_until_ready(qtbot, win, timeout=LOAD_MS)
    qtbot.waitUntil(lambda: win.refine.engine is not None and win.refine.engine.model_info is not None,
                    timeout=LOAD_MS)  # fmt: skip
    yield win
    win.close()


def test_the_draft_shows_then_the_refined_text_replaces_it_and_is_kept(
    qtbot: QtBot, window: MainWindow
) -> None:
    drafts_engine = window.refine.engine
    assert isinstance(drafts_engine, RecordingEngine) and isinstance(window.engine, RecordingEngine)
    assert window.refine_action.isChecked() and window.refine_action.text() == REFINE_ACTION
    assert drafts_engine.model_info is not None and "gemma" in drafts_engine.model_info.name.lower()
    drafts = window.refine.drafts
    assert drafts is not None
    drafted: list[RequestFinished] = []
    refined: list[RequestFinished] = []
    drafts.finished.connect(drafted.append)
    window.bridge.finished.connect(refined.append)
    # The pause that makes the text committed comes only once the draft is on screen: on a busy
    # machine the draft may take longer than the real pause.
    window.refine_timer.setInterval(600_000)
    text = "Good evening. My flight was cancelled and I need a hotel for tonight."
    qtbot.keyClicks(window.source, text)
    qtbot.waitUntil(lambda: bool(drafted) and window.view.toPlainText() == drafted[-1].translation,
                    timeout=30_000)  # fmt: skip
    assert window.view.is_draft, "the draft is shown in the draft style"
    assert drafts_engine.requests[-1].text == text
    assert not refined and text not in asked(window), "not refined yet"
    window.refine_timer.start(10)  # the pause
    qtbot.waitUntil(lambda: bool(refined) and not window.view.is_draft, timeout=60_000)
    final = refined[-1].translation
    assert asked(window)[-1] == text, "the model in use refined the same text"
    qtbot.waitUntil(lambda: window.view.toPlainText() == final)
    assert final and final != drafted[-1].translation, "the two models translate it differently"
    fields = window.panel.fields
    assert fields["rf_typed_draft"].text().endswith("ms") and fields["rf_typed_draft"].text()[0].isdigit()
    assert fields["rf_typed_done"].text()[0].isdigit()
    # Send keeps the refined translation, not the draft, without translating again.
    before = len(asked(window))
    window.send_typed()
    qtbot.waitUntil(lambda: len(kept(window)) == 1, timeout=30_000)
    assert kept(window)[0].translation == final and kept(window)[0].source == text
    assert len(asked(window)) == before


def test_send_refines_at_once_and_keeps_the_refined_text(qtbot: QtBot, window: MainWindow) -> None:
    refined: list[RequestFinished] = []
    window.bridge.finished.connect(refined.append)
    window.refine_timer.setInterval(60_000)  # the pause never comes: Send refines
    text = "Where is the nearest pharmacy?"
    window.source.setPlainText(text)
    window.send_typed()
    qtbot.waitUntil(lambda: len(kept(window)) == 1, timeout=60_000)
    done = [r for r in refined if not r.cancelled]
    assert done and kept(window)[0].translation == done[-1].translation
    assert [t for t in asked(window) if t == text] == [text], "refined once"


def test_turning_it_off_closes_the_draft_engine_and_is_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    drafts = window.refine.engine
    assert drafts is not None
    window.refine_action.setChecked(False)
    assert window.refine.engine is None and not window.settings.draft_and_refine
    qtbot.waitUntil(lambda: drafts._thread is not None and not drafts._thread.is_alive(), timeout=10_000)
    before = len(asked(window))
    qtbot.keyClicks(window.source, "Thank you very much.")
    qtbot.waitUntil(lambda: window.panel.last is not None, timeout=30_000)
    assert len(asked(window)) > before, "typing goes straight to the model in use again"
    window.store.save(window.settings)
    assert not SettingsStore(tmp_path / "settings.ini").load().draft_and_refine


def test_speech_drafts_on_the_fast_model_and_keeps_the_quality_models_finals(
    qtbot: QtBot, window: MainWindow
) -> None:
    drafts_engine = window.refine.engine
    assert isinstance(drafts_engine, RecordingEngine)
    window.settings.speaker_mode = SpeakerMode.A  # the clip is English: Person A's
    shown: list[tuple[str, bool]] = []  # each translation on screen, and whether it was final

    def snap() -> None:
        shown.extend((v.translation, v.translation_final) for v in window.transcript.turns() if v.translation)

    window.transcript.updated.connect(snap)
    kept_turns: list[Turn] = []
    window.conversation.turn_kept.connect(kept_turns.append)
    assert window.speech.open_file(clip("thanks"))
    qtbot.waitUntil(lambda: len(kept_turns) >= 1 and not window.speech_bridge.service.active, timeout=90_000)
    qtbot.waitUntil(lambda: window.speech_bridge.service.translator.pending_finals() == 0, timeout=60_000)
    turn = kept_turns[0]
    assert turn.kind == "speech" and turn.translation
    assert turn.source in asked(window), "the finished sentence went to the model in use"
    assert turn.source in [r.text for r in drafts_engine.requests], "and was drafted on the fast model"
    drafts = [text for text, final in shown if not final]
    assert drafts, "a draft was on screen before the final"
    last = window.transcript.turns()[-1]
    assert last.translation == turn.translation and last.translation_final
    assert window.panel.fields["rf_speech_done"].text()[0].isdigit()
    assert window.panel.fields["rf_speech_draft"].text()[0].isdigit()

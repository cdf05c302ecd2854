"""Conversation mode on the real models, offscreen: two parties, typed and spoken turns, the history,
the subtitle overlay, reading aloud with Qt's mock speech engine, the glossary."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.conversation.export import export
from app.core.conversation.history import HistoryStore, Turn
from app.core.speech.audio import FileSource
from app.core.speech.service import SessionConfig
from app.core.translation.events import TranslationRequest
from app.core.translation.glossary import Glossary
from app.ui.main_window import MainWindow
from app.ui.speech.speech_controls import AudioBackend
from app.ui.speech.transcript_view import TENTATIVE_STYLE, TranscriptView
from tests.fake_sounddevice import FakeSoundDevice
from tests.speech_clips import clip
from tests.ui.windows import RecordingEngine, make_services, open_window

LOAD_MS = 90_000


def quiet_microphone() -> AudioBackend:
    sd = FakeSoundDevice(np.zeros(16000 * 30, np.float32))
    return AudioBackend(load=lambda: sd, make_source=lambda _sd, device: FileSource(
        samples=np.zeros(16000 * 30, np.float32), realtime=True, name=device.name))  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    changes = {"source_lang": "en", "target_lang": "de", "party_a_name": "Ana", "party_b_name": "Ben"}
    services = make_services(tmp_path / "settings.ini", changes, audio=quiet_microphone(), tts_engine="mock",
                             engine_type=RecordingEngine)  # fmt: skip
    win = open_window(qtbot, services)
    qtbot.waitUntil(lambda: win.status_label.text().endswith("ready"), timeout=LOAD_MS)
    yield win
    win.close()


def kept(window: MainWindow) -> list[Turn]:
    history, session = window.conversation.history, window.conversation.session_id
    return [] if history is None or session is None else history.turns(session)


def send(qtbot: QtBot, window: MainWindow, text: str) -> None:
    before = len(kept(window))
    window.source.setPlainText(text)
    window.send_typed()
    qtbot.waitUntil(lambda: len(kept(window)) == before + 1, timeout=30_000)


def test_two_parties_speak_in_turn_and_each_is_translated_for_the_other(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.speech.set_model("base", "Whisper base")
    window.speaker_box.setCurrentIndex(window.speaker_box.findData("a"))
    assert window.speech.open_file(clip("station"))
    qtbot.waitUntil(lambda: any("station" in t.source.lower() for t in kept(window)), timeout=LOAD_MS)
    window.speaker_box.setCurrentIndex(window.speaker_box.findData("b"))
    assert window.speech.open_file(clip("coffee"))
    qtbot.waitUntil(lambda: any(t.side == "b" for t in kept(window)), timeout=LOAD_MS)
    qtbot.waitUntil(lambda: window.speech.bridge.service.translator.pending_finals() == 0, timeout=30_000)
    turns = kept(window)
    ana = [t for t in turns if t.side == "a"]
    ben = [t for t in turns if t.side == "b"]
    assert ana and all((t.source_lang, t.target_lang) == ("en", "de") and t.translation for t in ana)
    assert ben and all((t.source_lang, t.target_lang) == ("de", "en") and t.translation for t in ben)
    assert re.search(r"kaffee|morgen|milch", " ".join(t.source for t in ben).lower())
    assert all(t.first_token_ms is not None and t.end_s > t.start_s for t in turns)
    starts = [t.start_s for t in turns]
    assert starts == sorted(starts), "turns are kept in the order spoken"
    names = {v.speaker for v in window.transcript.turns()}
    assert {"Ana", "Ben"} <= names
    page = window.transcript.to_html()
    assert "Ana</b>" in page and "Ben</b>" in page


def test_typed_turns_go_from_either_side_into_the_other_language(qtbot: QtBot, window: MainWindow) -> None:
    send(qtbot, window, "Good evening, do you have a table for two?")
    window.speaker_box.setCurrentIndex(window.speaker_box.findData("b"))
    assert window.typed_pair() == ("de", "en")
    send(qtbot, window, "Ja, natürlich. Bitte kommen Sie.")
    first, second = kept(window)
    assert (first.side, first.kind, first.source_lang, first.target_lang) == ("a", "typed", "en", "de")
    assert (second.side, second.source_lang, second.target_lang) == ("b", "de", "en")
    assert first.translation and second.translation and window.source.toPlainText() == ""
    assert [v.speaker for v in window.transcript.turns()] == ["Ana", "Ben"]
    session = window.conversation.history.session(window.conversation.session_id)  # type: ignore[union-attr, arg-type]
    assert session is not None and session.conversation.a.name == "Ana"
    srt = export(session, kept(window), "srt")
    assert srt.startswith("1\n00:00:") and "Ben: " in srt


def test_the_history_is_kept_on_disk_and_reopens(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    send(qtbot, window, "Where is the museum?")
    path = tmp_path / "data" / "history.sqlite3"
    other = HistoryStore(path)  # another reader sees the committed turn at once (WAL)
    sessions = other.sessions("museum")
    assert len(sessions) == 1 and sessions[0].turns == 1
    other.close()
    window.conversation.new_conversation()
    assert window.transcript.turns() == []
    dialog = window.open_history()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.sessions[0].title == "Where is the museum?", "named by its first words"
    with qtbot.waitSignal(dialog.listed):
        dialog.search.setText("nothing like this")
    assert dialog.model.rowCount() == 0
    with qtbot.waitSignal(dialog.previewed):
        dialog.search.setText("MUSEUM")
    assert dialog.model.rowCount() == 1 and "Where is the museum?" in dialog.preview.toPlainText()
    out = tmp_path / "talk.vtt"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("vtt"))
    with qtbot.waitSignal(dialog.exported) as written:
        assert dialog.export_to(str(out), "vtt")
    assert written.args == [str(out), True] and out.read_text().startswith("WEBVTT")
    dialog.reopen_button.click()
    assert [v.committed for v in window.transcript.turns()] == ["Where is the museum?"]
    send(qtbot, window, "Thank you.")
    assert len(kept(window)) == 2, "a reopened conversation continues"
    with qtbot.waitSignal(dialog.listed):
        dialog.delete_selected()
    assert dialog.model.rowCount() == 0
    dialog.close()
    send(qtbot, window, "Good night.")  # the deleted conversation was the current one: a new one starts
    assert len(kept(window)) == 1 and kept(window)[0].start_s == 0.0


# The offscreen platform cannot raise windows or make them translucent; a desktop can (the
# opacity is checked through the window's own value).
@pytest.mark.qt_log_ignore(
    "This plugin does not support setting window opacity", r"This plugin does not support raise\(\)"
)
def test_the_overlay_shows_the_latest_translation_on_top(qtbot: QtBot, window: MainWindow) -> None:
    window.overlay_action.setChecked(True)
    overlay = window.conversation.overlay
    assert overlay is not None and overlay.isVisible()
    flags = overlay.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint and flags & Qt.WindowType.FramelessWindowHint
    send(qtbot, window, "The train leaves at noon.")
    assert overlay.translation_label.text() == kept(window)[-1].translation != ""
    assert not overlay.source_label.isVisible()
    window.overlay_source_action.setChecked(True)
    assert overlay.source_label.isVisible() and overlay.source_label.text() == "The train leaves at noon."
    size = window.settings.overlay_font_size
    window.overlay_bigger.trigger()
    assert overlay.translation_label.font().pointSize() == size + 4
    window.overlay_clearer.trigger()
    assert abs(overlay.windowOpacity() - (window.settings.overlay_opacity / 100)) < 0.01
    window.click_through_action.setChecked(True)
    assert overlay.windowFlags() & Qt.WindowType.WindowTransparentForInput
    overlay.move(140, 90)
    window.close()
    assert window.settings.overlay_visible and window.settings.overlay_geometry


def test_reading_aloud_uses_a_voice_for_the_language_and_pauses_listening(
    qtbot: QtBot, window: MainWindow
) -> None:
    spoken = window.conversation.spoken
    window.speak_action.setChecked(True)
    window.speaker_box.setCurrentIndex(window.speaker_box.findData("b"))  # B types German: read in English
    # B's fixed side listens for German, which the English-only tiny.en refuses: use Whisper base.
    window.speech.model_box.setCurrentIndex(window.speech.model_box.findData("base"))
    window.speech.mic_button.click()
    assert window.speech.listening
    states: list[bool] = []
    spoken.speaking.connect(states.append)
    send(qtbot, window, "Guten Tag.")
    qtbot.waitUntil(lambda: states == [True, False], timeout=10_000)
    assert spoken.spoken == [("en", kept(window)[-1].translation, "Bob")]  # the engine's first English voice
    qtbot.waitUntil(lambda: window.speech.listening, timeout=10_000)  # listening resumed after reading
    window.speaker_box.setCurrentIndex(window.speaker_box.findData("a"))  # into German: the mock has no voice
    send(qtbot, window, "Good morning.")
    assert "No voice on this computer reads 'de' aloud." in window.notice.text()


def test_reading_mode_shows_committed_text_only(qtbot: QtBot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.set_transcript(1, 1, "Where is", "the stat", "en", False)
    view.set_translation(1, 1, "Où est", False)
    assert "the stat" in view.to_html() and TENTATIVE_STYLE in view.to_html() and "Où est" in view.to_html()
    view.set_reading_mode(True)
    page = view.to_html()
    assert "Where is" in page and "the stat" not in page and "Où est" not in page
    view.set_transcript(1, 1, "Where is the station?", "", "en", True)
    view.set_translation(1, 1, "Où est la gare ?", True)
    assert "Où est la gare ?" in view.to_html()
    view.set_scale(200)
    assert "font-size:200%" in view.to_html()


def test_the_glossary_reaches_the_prompt_and_the_recogniser(qtbot: QtBot, window: MainWindow) -> None:
    glossary = Glossary()
    glossary.set_entries("en", "de", [("ticket", "Fahrkarte")])
    window.settings.glossary = glossary.dumps()
    assert isinstance(window.engine, RecordingEngine)
    requests: list[TranslationRequest] = window.engine.requests
    window.source.setPlainText("One ticket to Berlin, please.")
    window.translate_now()
    assert requests[-1].terms == (("ticket", "Fahrkarte"),)
    style = window.engine.prompt_style
    assert style is not None
    from app.core.languages import get_language

    prompt = style.render(get_language("en"), get_language("de"), requests[-1].text, [], requests[-1].terms)
    assert prompt.text.endswith(
        "English: ticket\nGerman: Fahrkarte\n\nEnglish: One ticket to Berlin, please.\nGerman:"
    )
    config = window.speech.session_config()
    assert isinstance(config, SessionConfig) and config.glossary.hotwords("en") == "ticket"
    assert config.conversation is not None and config.conversation.pair == ("en", "de")
    dialog = window.open_glossary()
    table = dialog.tables[("en", "de")]
    assert table.item(0, 0).text() == "ticket" and table.item(0, 1).text() == "Fahrkarte"  # type: ignore[union-attr]
    table.item(1, 0).setText("platform")  # type: ignore[union-attr]
    table.item(1, 1).setText("Bahnsteig")  # type: ignore[union-attr]
    dialog.save()
    assert Glossary.parse(window.settings.glossary).entries("en", "de")[-1] == ("platform", "Bahnsteig")


KILLED_APP = """
import os, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["parley", "-platform", "offscreen"])
from app.ui.main_window import MainWindow
from app.ui.services import build_services
from app.ui.settings_store import SettingsStore
store = SettingsStore(Path(sys.argv[1]))
window = MainWindow(build_services(store, store.load(), measure_on_start=False))
window.show()
sent = []
def sent_one(turn):
    sent.append(turn)
    if len(sent) == 2:
        window.source.setPlainText("This third sentence is being translated when the process dies.")
        window.send_typed()
        os.kill(os.getpid(), signal.SIGKILL)
    else:
        window.source.setPlainText("The second sentence.")
        window.send_typed()
from PySide6.QtCore import QTimer
window.conversation.turn_kept.connect(lambda turn: QTimer.singleShot(0, lambda: sent_one(turn)))
def ready(info):
    window.source.setPlainText("The first sentence.")
    window.send_typed()
window.bridge.model_ready.connect(ready)
app.exec()
"""


def test_a_killed_window_loses_at_most_the_turn_in_progress(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PARLEY_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", KILLED_APP, str(tmp_path / "s.ini")], env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == -9, result.stderr[-2000:]
    store = HistoryStore(tmp_path / "data" / "history.sqlite3")
    (session,) = store.sessions()
    assert [t.source for t in store.turns(session.id)] == ["The first sentence.", "The second sentence."]
    assert all(t.translation for t in store.turns(session.id))


def test_who_speaks_is_detected_from_the_language(qtbot: QtBot, window: MainWindow) -> None:
    window.speech.set_model("base", "Whisper base")
    assert window.speaker_box.currentData() == "detect"
    assert window.speech.open_file(clip("thanks"))
    qtbot.waitUntil(lambda: bool(kept(window)), timeout=LOAD_MS)
    (turn,) = kept(window)
    # Whisper base detects English, Person A's language: the turn is Ana's, translated into German.
    assert (turn.side, turn.source_lang, turn.target_lang) == ("a", "en", "de") and turn.translation


def test_a_chosen_voice_reads_its_language(qtbot: QtBot, window: MainWindow) -> None:
    # Person A speaks French, B English: the mock engine has English voices and no French one.
    window.source_lang.setCurrentIndex(window.source_lang.findData("fr"))
    window.target_lang.setCurrentIndex(window.target_lang.findData("en"))
    dialog = window.open_voices()
    english, french = dialog.boxes["en"], dialog.boxes["fr"]
    assert not french.isEnabled() and "No voice" in french.currentText()
    assert english.itemText(0) == "Automatic (Bob)" and english.findData("Mary") > 0
    english.setCurrentIndex(english.findData("Mary"))
    dialog.save()
    assert json.loads(window.settings.voices) == {"en": "Mary"}
    window.speak_action.setChecked(True)
    spoken = window.conversation.spoken
    states: list[bool] = []
    spoken.speaking.connect(states.append)
    send(qtbot, window, "Bonjour, merci beaucoup.")  # A types French: it is read in English
    qtbot.waitUntil(lambda: states == [True, False], timeout=10_000)
    assert spoken.spoken[-1] == ("en", kept(window)[-1].translation, "Mary")

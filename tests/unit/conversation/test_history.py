"""Conversation history in SQLite: written turn by turn, searchable, survives a kill; exports parse."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.conversation.export import cue_times, export
from app.core.conversation.history import HistoryError, HistoryStore, Turn
from app.core.conversation.parties import Conversation
from app.core.translation.glossary import Glossary

TALK = Conversation.between("en", "es", "Ana", "Ben")


def turn(side: str, source: str, translation: str, start: float, end: float) -> Turn:
    langs = ("en", "es") if side == "a" else ("es", "en")
    return Turn(side, "speech", *langs, source, translation, start, end, 400.0, 900.0, 300.0)


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3")


def filled(store: HistoryStore) -> int:
    sid = store.new_session(TALK, "At the station")
    store.add_turn(sid, turn("a", "Where is the platform?", "¿Dónde está el andén?", 1.2, 2.9))
    store.add_turn(sid, turn("b", "Es el andén dos.", "It is platform two.", 3.4, 4.6))
    store.add_turn(sid, turn("a", "Thank you!", "¡Gracias!", 4.5, 4.9))  # starts before the last one ended
    return sid


def test_turns_come_back_in_order_with_their_figures(store: HistoryStore) -> None:
    sid = filled(store)
    turns = store.turns(sid)
    assert [t.side for t in turns] == ["a", "b", "a"]
    assert turns[1].source == "Es el andén dos." and turns[1].target_lang == "en"
    assert turns[0].first_token_ms == 400.0 and turns[0].created_at > 0
    session = store.session(sid)
    assert session is not None and session.turns == 3 and session.conversation == TALK


def test_the_database_is_in_wal_mode(store: HistoryStore) -> None:
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_search_finds_titles_names_and_text_in_any_case(store: HistoryStore) -> None:
    first = filled(store)
    other = store.new_session(Conversation.between("de", "fr", "Cleo", "Dan"))
    store.add_turn(other, turn("a", "Guten Tag 100%", "Bonjour", 0.5, 1.0))
    assert [s.id for s in store.sessions()] == [other, first]  # newest first
    assert [s.id for s in store.sessions("ANDÉN")] == [first]
    assert [s.id for s in store.sessions("station")] == [first]
    assert [s.id for s in store.sessions("cleo")] == [other]
    assert [s.id for s in store.sessions("100%")] == [other]  # % is literal, not a wildcard
    assert store.sessions("_") == []
    assert store.delete_session(first) and store.turns(first) == [] and not store.delete_session(first)


def test_srt_parses_and_its_times_never_go_back(store: HistoryStore) -> None:
    sid = filled(store)
    session, turns = store.session(sid), store.turns(sid)
    assert session is not None
    text = export(session, turns, "srt")
    blocks = text.strip().split("\n\n")
    assert len(blocks) == 3
    previous_end = 0.0
    for number, block in enumerate(blocks, start=1):
        index, times, _ = block.split("\n", 2)
        assert index == str(number)
        match = re.fullmatch(r"(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})", times)
        assert match, times
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, match.groups())
        start, end = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000
        assert previous_end <= start < end
        previous_end = end
    assert blocks[0].endswith("Ana: ¿Dónde está el andén?") and blocks[1].endswith("Ben: It is platform two.")


def test_vtt_parses_with_voices(store: HistoryStore) -> None:
    sid = store.new_session(TALK)
    store.add_turn(sid, turn("a", "x", "a <b> & c --> d", 0.0, 0.2))
    session = store.session(sid)
    assert session is not None
    text = export(session, store.turns(sid), "vtt")
    lines = text.splitlines()
    assert lines[0] == "WEBVTT" and lines[1] == ""
    assert re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}", lines[2])
    assert lines[3] == "<v Ana>a &lt;b&gt; &amp; c --&gt; d"
    start, end = cue_times(store.turns(sid))[0]
    assert end - start >= 1.0, "a short turn still stays up long enough to read"


def test_txt_and_json(store: HistoryStore) -> None:
    sid = filled(store)
    session = store.session(sid)
    assert session is not None
    text = export(session, store.turns(sid), "txt")
    assert text.startswith("At the station — ") and "Ana: English · Ben: Spanish" in text
    assert "[00:00:03] Ben: Es el andén dos.\n           → It is platform two." in text
    data = json.loads(export(session, store.turns(sid), "json"))
    assert data["session"]["party_b"] == {"name": "Ben", "language": "es"}
    assert data["turns"][0]["translation"] == "¿Dónde está el andén?"
    with pytest.raises(ValueError, match="unknown format"):
        export(session, [], "doc")


def test_a_killed_process_loses_only_the_turn_in_progress(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    script = textwrap.dedent(f"""
        import os, signal
        from app.core.conversation.parties import Conversation
        from app.core.conversation.history import HistoryStore, Turn
        store = HistoryStore({str(path)!r})
        sid = store.new_session(Conversation.between("en", "fr"))
        for n in range(5):
            t = Turn("a", "typed", "en", "fr", f"sentence {{n}}", f"phrase {{n}}", n, n + 0.5)
            store.add_turn(sid, t)
        store._db.execute("BEGIN IMMEDIATE")  # the sixth turn is being written when the process dies
        store._db.execute("INSERT INTO turns (session_id, side, kind, source_lang, target_lang, source,"
                          " translation, start_s, end_s, created_at) VALUES (?, 'a', 'typed', 'en', 'fr',"
                          " 'half', 'moi', 9, 9.5, 0)", (sid,))
        print(sid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == -9, result.stderr
    sid = int(result.stdout.strip())
    reopened = HistoryStore(path)
    assert [t.source for t in reopened.turns(sid)] == [f"sentence {n}" for n in range(5)]


def test_an_unwritable_place_is_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(HistoryError, match="could not be opened"):
        HistoryStore(blocker / "history.sqlite3")


def test_glossary_terms_match_whole_words_and_feed_the_recogniser() -> None:
    glossary = Glossary()
    glossary.set_entries(
        "en", "es", [("boarding pass", "tarjeta de embarque"), ("gate", "puerta"), (" ", "x")]
    )
    glossary.set_entries("es", "en", [("andén", "platform")])
    text = "Show your Boarding Pass at the gate, not the gateway."
    assert glossary.terms_for(text, "en", "es") == (
        ("boarding pass", "tarjeta de embarque"),
        ("gate", "puerta"),
    )
    assert glossary.terms_for("the gateway", "en", "es") == ()
    assert glossary.hotwords("en") == "boarding pass gate" and glossary.hotwords("es") == "andén"
    again = Glossary.parse(glossary.dumps())
    assert again == glossary and Glossary.parse("{broken") == Glossary()


def test_conversation_directions() -> None:
    assert TALK.target_for("en") == "es" and TALK.target_for("es") == "en"
    assert TALK.side_of("es") == "b" and TALK.side_of("de") == "a"
    assert TALK.pair == ("en", "es")


def test_cues_never_overlap_and_each_is_one_readable_line(store: HistoryStore) -> None:
    sid = store.new_session(TALK)
    store.add_turn(sid, turn("a", "x", "First line.\n\nSecond line.", 0.0, 1.0))
    store.add_turn(sid, turn("b", "y", "Same start.", 0.0, 0.5))
    store.add_turn(sid, turn("a", "z", "Right after.", 0.01, 0.02))
    session = store.session(sid)
    assert session is not None
    turns = store.turns(sid)
    times = cue_times(turns)
    for (start, end), (next_start, _) in itertools.pairwise(times):
        assert start < end <= next_start
    assert all(end - start >= 1.0 for start, end in times)
    srt = export(session, turns, "srt")
    assert "Ana: First line. Second line.\n" in srt and len(srt.strip().split("\n\n")) == 3
    odd = HistoryStore(store.path)
    named = odd.new_session(Conversation.between("en", "es", "A <b> & Co", "Ben"))
    odd.add_turn(named, turn("a", "x", "Hi", 0.0, 1.0))
    named_session = odd.session(named)
    assert named_session is not None
    assert "<v A &lt;b&gt; &amp; Co>Hi" in export(named_session, odd.turns(named), "vtt")


def test_glossary_terms_match_inside_chinese_and_japanese_text() -> None:
    glossary = Glossary()
    glossary.set_entries("zh", "en", [("火车站", "railway station")])
    glossary.set_entries("ja", "en", [("切符", "ticket")])
    assert glossary.terms_for("最近的火车站在哪里？", "zh", "en") == (("火车站", "railway station"),)
    assert glossary.terms_for("切符を二枚ください。", "ja", "en") == (("切符", "ticket"),)

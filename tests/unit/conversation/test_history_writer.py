"""The history's writer thread, its search index, titles, and errors that stay sentences."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.conversation.history import (
    SCHEMA_VERSION,
    HistoryError,
    HistoryStore,
    Turn,
    fts5_trigram_available,
    title_from,
)
from app.core.conversation.history_writer import HistoryThread, HistoryWriter, KeptSession
from app.core.conversation.parties import Conversation

TALK = Conversation.between("en", "es", "Ana", "Ben")
needs_fts = pytest.mark.skipif(not fts5_trigram_available(), reason="this SQLite has no FTS5 trigram")


def typed(n: int, source: str | None = None) -> Turn:
    return Turn("a", "typed", "en", "es", source or f"sentence {n}", f"frase {n}", n, n + 0.5)


def test_the_writer_keeps_turns_in_order_and_reports_each_once_it_is_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    writer = HistoryWriter(path)
    kept = KeptSession(TALK, 1000.0)
    seen: list[tuple[int, list[str]]] = []
    reader = HistoryStore(path)
    all_done = threading.Event()

    def done(turn: Turn) -> None:
        # Called on the writer's thread after the commit: another connection already sees the turn.
        seen.append((turn.id, [t.source for t in reader.turns(kept.id)]))
        if len(seen) == 50:
            all_done.set()

    for n in range(50):
        writer.add_turn(kept, typed(n), done)
    assert all_done.wait(30)
    assert writer.close()
    sources = [f"sentence {n}" for n in range(50)]
    assert [ids for _, ids in seen] == [sources[: n + 1] for n in range(50)]
    assert [turn_id for turn_id, _ in seen] == sorted(turn_id for turn_id, _ in seen)
    session = reader.session(kept.id)
    assert session is not None and session.started_at == 1000.0 and session.turns == 50
    reader.close()
    again = HistoryStore(path)
    assert [t.source for t in again.turns(kept.id)] == sources, "kept after the writer closed"


def test_the_writer_and_a_reader_opening_a_new_history_at_once_both_open(tmp_path: Path) -> None:
    # Before the switch to WAL waited, some of these pairs failed with "database is locked"
    # (3 runs of 3 failed), and a writer that failed kept nothing.
    for n in range(150):
        path = tmp_path / f"history-{n}.sqlite3"
        said: list[str] = []
        writer = HistoryWriter(path, failed=said.append)
        reader = HistoryStore(path)
        assert writer.flush(10) and not said, said
        writer.close()
        reader.close()


def test_close_keeps_what_is_still_queued(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    writer = HistoryWriter(path)
    kept = KeptSession(TALK, 0.0)
    for n in range(200):
        writer.add_turn(kept, typed(n))
    assert writer.close(timeout=60)
    assert len(HistoryStore(path).turns(kept.id)) == 200


def test_a_writer_that_cannot_open_says_so_once(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    messages: list[str] = []
    writer = HistoryWriter(blocker / "history.sqlite3", messages.append)
    for n in range(3):
        writer.add_turn(KeptSession(TALK, 0.0), typed(n))
    assert writer.flush(10), "a flush still returns"
    assert writer.close()
    assert len(messages) == 1 and "could not be opened" in messages[0]


def test_a_failed_write_is_a_sentence_and_the_writer_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    messages: list[str] = []
    writer = HistoryWriter(path, messages.append)
    for _ in range(3):  # a session that does not exist: said once, not three times
        writer.add_turn(KeptSession(TALK, 0.0, id=999), typed(1))
    kept = KeptSession(TALK, 0.0)
    writer.add_turn(kept, typed(2))
    assert writer.close()
    assert len(messages) == 1 and messages[0].startswith("The conversation history could not be saved")
    assert [t.source for t in HistoryStore(path).turns(kept.id)] == ["sentence 2"]


def test_stale_jobs_are_skipped(tmp_path: Path) -> None:
    thread = HistoryThread(tmp_path / "history.sqlite3")
    gate = threading.Event()
    ran: list[str] = []
    thread.submit(lambda store: gate.wait(10))
    wanted = 3

    def job(n: int) -> Callable[[HistoryStore], None]:
        def run(store: HistoryStore) -> None:
            ran.append(f"job {n}")

        return run

    def stale(n: int) -> Callable[[], bool]:
        return lambda: n != wanted

    for n in range(4):
        thread.submit(job(n), stale=stale(n))
    gate.set()
    assert thread.flush(10) and thread.close()
    assert ran == ["job 3"]


@needs_fts
def test_search_uses_the_index_and_follows_deletes(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3", build_index=True)
    first = store.new_session(TALK, "Lunch")
    store.add_turns(first, [typed(0, "A table for two, por favor."), typed(1, "Is the FISH fresh? Un CAFÉ.")])
    second = store.new_session(Conversation.between("de", "fr", "Cleo", "Dan"))
    store.add_turn(second, typed(0, "Wo ist der Bahnhof? Straße"))
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    assert [s.id for s in store.sessions("FISH")] == [first]
    searched = [sql for sql in statements if sql.startswith("SELECT s.id")]
    assert "turns_fts MATCH" in searched[-1], "three characters or more: the index answers"
    assert [s.id for s in store.sessions("fresh fish")] == []  # a phrase, as typed: not these words apart
    assert [s.id for s in store.sessions("the fish")] == [first]
    assert [s.id for s in store.sessions("un café")] == [first]  # case folded beyond ASCII, by the index
    assert [s.id for s in store.sessions("bahnhof")] == [second]
    assert [s.id for s in store.sessions("frase")] == [second, first]  # translations too, newest first
    assert [s.id for s in store.sessions('"for two"')] == []  # quotes are text, not FTS syntax
    assert [s.id for s in store.sessions("or")] == [first]  # shorter than a trigram: scanned
    assert store.delete_session(first)
    assert store.sessions("table") == []
    # The delete trigger took the session's turns out of the index, not only out of the table.
    assert store._db.execute("SELECT COUNT(*) FROM turns_fts WHERE turns_fts MATCH 'table'").fetchone() == (
        0,
    )
    assert store._db.execute("SELECT COUNT(*) FROM turns_fts_docsize").fetchone() == (1,)


@needs_fts
def test_an_older_history_gets_its_index_and_titles(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    old = HistoryStore(path)  # the tables as the first version made them, with no index
    sid = old.new_session(TALK, "")
    old._db.execute(
        "INSERT INTO turns (session_id, side, kind, source_lang, target_lang, source, translation, start_s,"
        " end_s, created_at) VALUES (?, 'a', 'typed', 'en', 'es', 'Good morning to all of you here today',"
        " 'Buenos días', 0, 1, 0)",
        (sid,),
    )
    old._db.execute("UPDATE sessions SET title = ''")
    assert old._db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert [s.id for s in old.sessions("of you")] == [sid]  # before the index: a scan finds it
    old.close()
    writer = HistoryWriter(path)  # the window's writer builds it on its own thread when it starts
    assert writer.flush(30) and writer.close()
    store = HistoryStore(path)
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    hits = store._db.execute("SELECT rowid FROM turns_fts WHERE turns_fts MATCH '\"of you\"'").fetchall()
    assert len(hits) == 1
    session = store.session(sid)
    assert session is not None and session.title == "Good morning to all of you…"
    assert [s.id for s in store.sessions("good morning to")] == [sid]


def test_titles_are_the_first_words_until_renamed(tmp_path: Path) -> None:
    assert title_from("  Where   is the\nstation? ") == "Where is the station?"
    assert title_from("one two three four five six seven") == "one two three four five six…"
    assert title_from("x" * 100) == "x" * 60 + "…"
    store = HistoryStore(tmp_path / "history.sqlite3", build_index=True)
    sid, _ = store.add_turn_to_new_session(TALK, 0.0, typed(0, "Good evening, a table for two?"))
    store.add_turn(sid, typed(1, "Later words do not rename it"))
    session = store.session(sid)
    assert session is not None and session.title == "Good evening, a table for two?"
    assert store.rename(sid, "  Dinner   at Luigi's ")
    session = store.session(sid)
    assert session is not None and session.title == "Dinner at Luigi's"
    assert [s.id for s in store.sessions("LUIGI")] == [sid]
    named = store.new_session(TALK, "Chosen first")
    store.add_turn(named, typed(0, "Something else"))
    assert store.session(named).title == "Chosen first"  # type: ignore[union-attr]


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(path, build_index=True)
    for s in range(10):
        sid = store.new_session(TALK)
        store.add_turns(sid, [typed(n, f"sentence {s} {n} " * 20) for n in range(50)])
    store.close()
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as handle:
        for page in range(pages // 3, pages * 2 // 3):
            handle.seek(page * 4096 + 100)
            handle.write(b"\xff" * 3000)
    return path


def _parley(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PARLEY_DATA_DIR": str(data), "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "app", "history", *args], capture_output=True, text=True,
                          env=env, cwd=root, timeout=120)  # fmt: skip


def test_a_damaged_history_is_a_sentence_for_search_and_export(tmp_path: Path) -> None:
    path = _damaged(tmp_path)
    store = HistoryStore(path)
    with pytest.raises(HistoryError, match="could not be read: database disk image is malformed"):
        store.sessions("sentence 5")
    with pytest.raises(HistoryError, match="move it aside"):
        for sid in range(1, 11):
            store.turns(sid)
    store.close()
    for args in (("list", "--search", "sentence"), ("export", "4"), ("export", "6")):
        result = _parley(tmp_path, *args)
        if args == ("export", "4") and result.returncode == 0:
            continue  # this conversation's pages were not the damaged ones
        assert result.returncode == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "could not be read" in lines[0] and "Traceback" not in result.stderr


def test_a_read_only_history_lists_and_exports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import cli
    from app.core.conversation import history

    data = tmp_path / "data"
    data.mkdir()
    store = HistoryStore(data / "history.sqlite3")
    sid = store.new_session(TALK, "Lunch")
    store.add_turn(sid, typed(0, "A table for two."))
    store.close()
    (data / "history.sqlite3").chmod(0o444)
    data.chmod(0o555)
    if os.geteuid() == 0:  # root may write anything: the store is told what a user would be told
        access = os.access
        monkeypatch.setattr(history.os, "access", lambda p, mode: access(p, mode) and not mode & os.W_OK)
    monkeypatch.setenv("PARLEY_DATA_DIR", str(data))
    try:
        store = HistoryStore(data / "history.sqlite3")
        assert store.read_only and [s.title for s in store.sessions("TABLE")] == ["Lunch"]
        with pytest.raises(HistoryError, match="can only be read"):
            store.add_turn(sid, typed(1))
        store.close()
        assert cli.main(["history", "list", "--search", "table"]) == 0
        assert "Lunch" in capsys.readouterr().out
        assert cli.main(["history", "export", str(sid)]) == 0
        assert "A table for two." in capsys.readouterr().out
    finally:
        data.chmod(0o755)

"""Recovering a damaged history into a new file (the old one kept), and read-only use that leaves
nothing behind: real SQLite files damaged in tmp_path."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.conversation import history
from app.core.conversation.history import HistoryError, HistoryStore, Turn
from app.core.conversation.history_recovery import damaged, recover
from app.core.conversation.parties import Conversation

TALK = Conversation.between("en", "es", "Ana", "Ben")


def _turn(n: int, text: str) -> Turn:
    return Turn("a", "typed", "en", "es", text, f"frase {n}", n, n + 0.5)


def _history(path: Path) -> Path:
    store = HistoryStore(path, build_index=True)
    for s in range(10):
        sid = store.new_session(TALK, f"Talk {s}")
        store.add_turns(sid, [_turn(n, f"sentence {s} {n} " * 20) for n in range(50)])
    store.close()
    return path


def _damage(path: Path) -> bytes:
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as handle:
        for page in range(pages // 3, pages * 2 // 3):
            handle.seek(page * 4096 + 100)
            handle.write(b"\xff" * 3000)
    return path.read_bytes()


def _parley(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PARLEY_DATA_DIR": str(data), "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-m", "app", "history", *args], capture_output=True, text=True,
                          env=env, cwd=root, timeout=120)  # fmt: skip


def test_what_can_be_read_is_recovered_into_a_new_file_and_the_damaged_one_kept(tmp_path: Path) -> None:
    path = _history(tmp_path / "history.sqlite3")
    before = _damage(path)
    assert damaged(path)
    with pytest.raises(HistoryError):
        HistoryStore(path).sessions("sentence 7")
    result = recover(path)
    assert result.history == path and result.kept.read_bytes() == before  # the damaged file, as it was
    # A plain scan of the damaged file reads 134 of the 500 turns; small ranges read more than twice that.
    assert 250 < result.turns < 500 and result.sessions == 10
    assert "The damaged file is kept as" in result.sentence()
    assert not damaged(path)
    store = HistoryStore(path)
    sessions = store.sessions()
    assert [s.title for s in sessions] == [f"Talk {s}" for s in reversed(range(10))]
    assert sum(s.turns for s in sessions) == result.turns
    # The search index is rebuilt from the recovered turns: it finds every conversation with some left.
    found = {s.id for s in store.sessions("sentence 0 1")} | {s.id for s in store.sessions("sentence 9 1")}
    assert found and found <= {s.id for s in sessions if s.turns}
    for s in sessions:
        assert all(t.source.startswith(f"sentence {int(s.title.split()[1])} ") for t in store.turns(s.id))
    store.add_turn(sessions[0].id, _turn(99, "A new turn after the recovery."))
    assert store.sessions("after the recovery")[0].id == sessions[0].id
    store.close()


def test_turns_whose_conversation_row_is_lost_keep_a_conversation_of_their_own(tmp_path: Path) -> None:
    path = _history(tmp_path / "history.sqlite3")
    with sqlite3.connect(path) as db:  # the row is gone, as if its page had been unreadable
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("DELETE FROM sessions WHERE id = 3")
    result = recover(path)
    assert result.lost_sessions == 1 and result.turns == 500
    store = HistoryStore(path)
    lost = store.session(3)
    assert lost is not None and lost.title == "Recovered conversation" and lost.turns == 50
    store.close()


def test_the_command_recovers_then_search_and_export_work(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = _history(data / "history.sqlite3")
    assert _parley(data, "recover").stdout.strip().endswith("is not damaged: there is nothing to recover.")
    _damage(path)
    assert _parley(data, "list", "--search", "sentence").returncode == 2
    result = _parley(data, "recover")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Recovered 10 conversation(s)") and "kept as" in result.stdout
    assert len(list(data.glob("history.damaged-*.sqlite3"))) == 1
    searched = _parley(data, "list", "--search", "sentence")
    assert searched.returncode == 0 and "Talk 0" in searched.stdout, searched.stderr
    exported = _parley(data, "export", "1")
    assert exported.returncode == 0 and "sentence 0 0" in exported.stdout


def test_nothing_readable_is_a_sentence_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "history.sqlite3"
    noise = b"SQLite format 3\x00" + random.Random(5).randbytes(64 * 1024)
    path.write_bytes(noise)
    result = _parley(data, "recover")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "restore a backup" in lines[0] and "Traceback" not in result.stderr
    assert path.read_bytes() == noise and [p.name for p in data.glob("history*")] == ["history.sqlite3"]


def _read_only(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    for p in paths:
        p.chmod(0o444)
    if os.geteuid() == 0:  # root may write anything: the store is told what a user would be told
        access = os.access
        denied = {str(p) for p in paths}

        def allowed(p: object, mode: int) -> bool:
            return access(p, mode) and not (mode & os.W_OK and str(p) in denied)  # type: ignore[arg-type]

        monkeypatch.setattr(history.os, "access", allowed)


def test_a_read_only_history_is_read_without_leaving_wal_or_shm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _history(tmp_path / "history.sqlite3")
    _read_only(monkeypatch, path)
    store = HistoryStore(path)
    assert store.read_only and len(store.sessions("sentence 3 4")) == 1
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3"]  # -wal and -shm stayed


def test_leftovers_of_a_read_only_use_do_not_keep_the_history_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _history(tmp_path / "history.sqlite3")
    wal, shm = (path.with_name(path.name + s) for s in ("-wal", "-shm"))
    wal.write_bytes(b"")
    shm.write_bytes(b"\x00" * 32768)
    _read_only(monkeypatch, wal, shm)  # as SQLite leaves them after a read-only file was read
    store = HistoryStore(path)
    assert not store.read_only
    # SQLite made new ones with the history's own (writable) mode: the read-only ones are gone.
    assert all(f.stat().st_mode & 0o200 for f in (wal, shm) if f.exists())
    store.add_turn(1, _turn(60, "Kept again."))
    assert store.sessions("Kept again")[0].id == 1
    store.close()


def test_a_log_with_turns_in_it_is_never_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _history(tmp_path / "history.sqlite3")
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"turns not yet in the file")
    _read_only(monkeypatch, wal)
    with pytest.raises(HistoryError, match="holds turns but cannot be written"):
        HistoryStore(path)
    assert wal.read_bytes() == b"turns not yet in the file"

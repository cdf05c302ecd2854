"""Recovery of what can still be read from a damaged history, into a new file; the old one is kept.

Python's sqlite3 has no binding for SQLite's recovery extension, so the rows are salvaged table
by table: small rowid ranges are read, and a range that hits a damaged page is halved until the
rows that can be read are read and the rest skipped. The new file gets its search index rebuilt,
then takes the history's place; the damaged file stays beside it under another name.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.core.conversation.history import HistoryError, HistoryStore
from app.core.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger("parley.history")

_SESSION_COLUMNS = ("id", "started_at", "title", "party_a", "lang_a", "party_b", "lang_b")
_TURN_COLUMNS = ("id", "session_id", "side", "kind", "source_lang", "target_lang", "source", "translation",
                 "start_s", "end_s", "created_at", "first_token_ms", "translation_done_ms",
                 "final_transcript_ms")  # fmt: skip
_DEFAULTS: dict[str, object] = {"title": "", "kind": "typed", "side": "a", "created_at": 0.0,
                                "start_s": 0.0, "end_s": 0.0, "source": "", "translation": ""}  # fmt: skip
# Rows asked for at once. Over a damaged page SQLite's walk of a wide range silently ends early
# (a 500-row range gave back a quarter of the rows that eight-row ranges found), so ranges are small.
_RANGE = 8
_ROWS_PER_PAGE = 256  # more rows than a page can hold: the bound when the table's end cannot be read


@dataclass(frozen=True)
class Recovery:
    """What a recovery saved, and where everything is."""

    history: Path  # the recovered history, now in the damaged one's place
    kept: Path  # the damaged file, kept as it was
    sessions: int
    turns: int
    lost_sessions: int  # conversations whose own row was unreadable (their readable turns are kept)
    unreadable: int  # row numbers skipped because the pages holding them could not be read

    def sentence(self) -> str:
        recovered = Message(
            QT_TRANSLATE_NOOP(
                "core", "Recovered {sessions} conversation(s) and {turns} turn(s) into {history}."
            ),
            sessions=self.sessions, turns=self.turns, history=self.history,
        )  # fmt: skip
        skipped = Message(
            QT_TRANSLATE_NOOP("core", "What stood on the damaged pages could not be read and is left out.")
        )
        kept = Message(QT_TRANSLATE_NOOP("core", "The damaged file is kept as {kept}."), kept=self.kept)
        if not self.lost_sessions:  # the sentences joined: the window translates each one
            return Message("{recovered} {skipped} {kept}", recovered=recovered, skipped=skipped, kept=kept)
        lost = Message(
            QT_TRANSLATE_NOOP(
                "core",
                "{count} conversation(s) had lost their names; their turns are kept under "
                "“Recovered conversation”.",
            ),
            count=self.lost_sessions,
        )
        return Message(
            "{recovered} {lost} {skipped} {kept}", recovered=recovered, lost=lost, skipped=skipped, kept=kept
        )


def damaged(path: Path) -> bool:
    """Whether SQLite finds the file damaged (a quick check: what `recover` is for)."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return True
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
        return rows != [("ok",)]
    except sqlite3.Error:
        return True
    finally:
        db.close()


def recover(path: Path, when: dt.datetime | None = None) -> Recovery:
    """Salvage `path` into a new history that takes its place; the damaged file is renamed, kept.

    Raises HistoryError (a sentence) when nothing at all can be read, or a file cannot be written;
    the damaged file is then left exactly where and as it was.
    """
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    fresh = path.with_name(f"{path.stem}.recovered-{stamp}{path.suffix}")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise HistoryError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "The conversation history ({path}) could not be opened to recover it: {error}."
                ),
                path=path, error=exc,
            )
        ) from None  # fmt: skip
    try:
        sessions, skipped_s = _salvage(source, "sessions", _SESSION_COLUMNS)
        turns, skipped_t = _salvage(source, "turns", _TURN_COLUMNS)
    finally:
        source.close()
    if not sessions and not turns:
        raise HistoryError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Nothing could be read from the conversation history ({path}): it is damaged beyond "
                    "recovery. Move it aside to start a new history, or restore a backup.",
                ),
                path=path,
            )
        )
    known = {int(str(row["id"])) for row in sessions}
    lost = sorted({int(str(row["session_id"])) for row in turns} - known)
    for sid in lost:  # turns whose conversation row was unreadable keep a conversation of their own
        first = min((t for t in turns if t["session_id"] == sid), key=lambda t: float(str(t["start_s"])))
        sessions.append({"id": sid, "started_at": first["created_at"], "title": "Recovered conversation",
                         "party_a": "Person A", "lang_a": first["source_lang"], "party_b": "Person B",
                         "lang_b": first["target_lang"]})  # fmt: skip
    try:
        _write(fresh, sessions, turns)
        path.replace(kept)  # the damaged file keeps its bytes, under its new name
        for suffix in ("-wal", "-shm"):  # they belong to the damaged file, not the new one
            leftover = path.with_name(path.name + suffix)
            if leftover.exists():
                leftover.replace(kept.with_name(kept.name + suffix))
        fresh.replace(path)
    except (OSError, sqlite3.Error, HistoryError) as exc:
        fresh.unlink(missing_ok=True)
        raise HistoryError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The recovered history could not be written beside {path}: {error}. Nothing was changed; "
                    "free some disk space or make the folder writable, then try again.",
                ),
                path=path, error=exc,
            )
        ) from None  # fmt: skip
    return Recovery(path, kept, len(sessions) - len(lost), len(turns), len(lost), skipped_s + skipped_t)


def _salvage(
    db: sqlite3.Connection, table: str, wanted: tuple[str, ...]
) -> tuple[list[dict[str, object]], int]:
    """Every readable row of `table` (the columns it has of `wanted`), and how many rowids failed."""
    try:
        present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    except sqlite3.Error:
        return [], 1
    if "id" not in present:
        return [], 0  # the table itself is gone (its schema row was unreadable)
    columns = [c for c in wanted if c in present]
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE id BETWEEN ? AND ? ORDER BY id"
    top = _last_id(db, table)
    rows: list[dict[str, object]] = []
    failed = 0

    def read(low: int, high: int) -> None:
        nonlocal failed
        try:
            found = db.execute(select, (low, high)).fetchall()
        except sqlite3.Error:
            if low == high:
                failed += 1
                return
            middle = (low + high) // 2
            read(low, middle)
            read(middle + 1, high)
            return
        rows.extend({**_DEFAULTS, **dict(zip(columns, row))} for row in found)

    for low in range(1, top + 1, _RANGE):
        read(low, min(low + _RANGE - 1, top))
    return _unique(rows), failed


def _last_id(db: sqlite3.Connection, table: str) -> int:
    """The highest rowid, or a bound from the file's size when the table's end cannot be read."""
    try:
        value = db.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
        if value is not None:
            return int(value)
    except sqlite3.Error:
        pass
    try:
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
    except sqlite3.Error:
        pages = 0
    return max(pages, 1) * _ROWS_PER_PAGE


def _unique(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    seen: dict[object, dict[str, object]] = {}
    for row in rows:
        seen.setdefault(row["id"], row)
    return list(seen.values())


def _write(path: Path, sessions: list[dict[str, object]], turns: list[dict[str, object]]) -> None:
    store = HistoryStore(path)  # a new file: the tables, no index yet
    try:
        db = store._db
        with db:
            db.execute("BEGIN IMMEDIATE")
            _insert(db, "sessions", _SESSION_COLUMNS, sessions)
            _insert(db, "turns", _TURN_COLUMNS, turns)
        store.build_index()  # the search index rebuilt from the recovered turns; untitled get titles
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    with path.open("rb+") as handle:  # the recovered file is on disk before it replaces anything
        os.fsync(handle.fileno())


def _insert(
    db: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: list[dict[str, object]]
) -> None:
    marks = ", ".join("?" for _ in columns)
    db.executemany(
        f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})",
        [tuple(row.get(c) for c in columns) for row in rows],
    )

"""Every conversation, kept as it happens in SQLite (WAL) in the per-user data folder.

Each finished turn is one committed transaction, so a crash or a kill loses at most the
turn in progress. A store is one connection: the window writes through a HistoryWriter,
which owns its own store on its own thread, and reads (listing, search, export) use
another store, so neither waits on the other (WAL lets readers and one writer overlap).

Search uses an FTS5 trigram index over what was said, kept in step with the turns by
triggers; a database from before the index gets it when a writable store opens it with
`build_index=True` (the writer's thread does this, off the GUI thread).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.core import errors
from app.core.conversation.parties import Conversation, Party
from app.core.paths import data_dir

SCHEMA_VERSION = 2  # 2: the turns_fts search index and titles from the first words
TITLE_WORDS = 6
TITLE_CHARS = 60

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started_at REAL NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    party_a TEXT NOT NULL,
    lang_a TEXT NOT NULL,
    party_b TEXT NOT NULL,
    lang_b TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('a', 'b')),
    kind TEXT NOT NULL CHECK (kind IN ('speech', 'typed')),
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source TEXT NOT NULL,
    translation TEXT NOT NULL,
    start_s REAL NOT NULL,
    end_s REAL NOT NULL,
    created_at REAL NOT NULL,
    first_token_ms REAL,
    translation_done_ms REAL,
    final_transcript_ms REAL
);
CREATE INDEX IF NOT EXISTS turns_by_session ON turns (session_id, start_s);
"""

# External-content FTS5: the text lives once, in `turns`; the triggers keep the index in step
# (deleting a session deletes its turns by cascade, which fires the delete trigger).
_INDEX = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS turns_fts USING fts5("
    " source, translation, content='turns', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS turns_fts_insert AFTER INSERT ON turns BEGIN"
    " INSERT INTO turns_fts (rowid, source, translation) VALUES (new.id, new.source, new.translation);"
    " END",
    "CREATE TRIGGER IF NOT EXISTS turns_fts_delete AFTER DELETE ON turns BEGIN"
    " INSERT INTO turns_fts (turns_fts, rowid, source, translation)"
    " VALUES ('delete', old.id, old.source, old.translation); END",
    "CREATE TRIGGER IF NOT EXISTS turns_fts_update AFTER UPDATE ON turns BEGIN"
    " INSERT INTO turns_fts (turns_fts, rowid, source, translation)"
    " VALUES ('delete', old.id, old.source, old.translation);"
    " INSERT INTO turns_fts (rowid, source, translation) VALUES (new.id, new.source, new.translation);"
    " END",
)

_SESSION_COLUMNS = (
    "SELECT s.id, s.started_at, s.title, s.party_a, s.lang_a, s.party_b, s.lang_b,"
    " (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) FROM sessions s"
)

T = TypeVar("T")


class HistoryError(errors.HistoryError):
    """The history cannot be opened, read or written; the message is a sentence for the user."""


@dataclass(frozen=True)
class Turn:
    side: str  # "a" or "b"
    kind: str  # "speech" or "typed"
    source_lang: str
    target_lang: str
    source: str
    translation: str
    start_s: float  # seconds since the session started: audio time for speech, the clock for typing
    end_s: float
    first_token_ms: float | None = None
    translation_done_ms: float | None = None
    final_transcript_ms: float | None = None
    id: int = 0
    created_at: float = 0.0

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Session:
    id: int
    started_at: float  # Unix time
    title: str
    conversation: Conversation
    turns: int = 0

    def as_json(self) -> dict[str, object]:
        c = self.conversation
        return {
            "id": self.id,
            "started_at": self.started_at,
            "title": self.title,
            "party_a": {"name": c.a.name, "language": c.a.language},
            "party_b": {"name": c.b.name, "language": c.b.language},
            "turns": self.turns,
        }


def default_path() -> Path:
    return data_dir() / "history.sqlite3"


def title_from(text: str) -> str:
    """A conversation's title until someone renames it: the first words said."""
    words = text.split()
    title = " ".join(words[:TITLE_WORDS])
    cut = len(words) > TITLE_WORDS
    if len(title) > TITLE_CHARS:
        title, cut = title[:TITLE_CHARS].rsplit(" ", 1)[0] or title[:TITLE_CHARS], True
    return title + "…" if cut else title


def fts5_trigram_available() -> bool:
    """Some SQLite builds lack FTS5 (or its trigram tokenizer, SQLite < 3.34): search then scans."""
    try:
        with sqlite3.connect(":memory:") as db:
            db.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
    except sqlite3.Error:
        return False
    return True


BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another connection's lock


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. Two connections opening a new history at once (the writer
    and a reader) made the switch fail at once with "database is locked", without waiting out
    busy_timeout (3 of 300 and 44 of 400 pairs in two loops); that store stayed unopened."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class HistoryStore:
    """One connection to the history. Safe to hand to another thread, used by one at a time."""

    def __init__(self, path: str | Path | None = None, build_index: bool = False) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.read_only = False
        self._lock = threading.RLock()  # one statement at a time on this connection
        try:
            self._db = self._connect()
        except (sqlite3.Error, OSError) as exc:
            raise HistoryError(
                f"The conversation history ({self.path}) could not be opened: {exc}. "
                "Conversations will not be kept until this is fixed."
            ) from None
        self._indexed = False
        if build_index and not self.read_only:
            self.build_index()

    def _connect(self) -> sqlite3.Connection:
        exists = self.path.exists()
        if not exists:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        uri = self.path.resolve().as_uri()
        # WAL needs the folder writable too (for the -wal and -shm files).
        writable = os.access(self.path.parent, os.W_OK) and (not exists or os.access(self.path, os.W_OK))
        if writable and exists:
            self._clear_leftovers()
        if writable or not exists:
            try:
                db = self._open(f"{uri}?mode=rwc")
            except sqlite3.OperationalError as exc:
                if not exists or ("readonly" not in str(exc) and "unable to open" not in str(exc)):
                    raise
            else:
                try:
                    if db.execute("PRAGMA user_version").fetchone()[0] < 1:
                        # New, or from before versions: the tables (the index comes with build_index).
                        with db:
                            db.execute("BEGIN IMMEDIATE")
                            for statement in _SCHEMA.split(";"):
                                if statement.strip():
                                    db.execute(statement)
                            db.execute("PRAGMA user_version=1")
                except sqlite3.Error:
                    db.close()
                    raise
                return db
        # A history we may read but not write (a read-only file or folder): listing, search and
        # export still work. With no write-ahead log to read, `immutable` reads the file alone and
        # creates no -wal or -shm beside it (SQLite gives those the file's read-only mode, and
        # left behind they kept the history failing after it was made writable again). A log
        # with turns in it needs `mode=ro`, which reads it.
        self.read_only = True
        error: sqlite3.Error = sqlite3.OperationalError("unable to open database file")
        wal = self._companion("-wal")
        logged = wal.exists() and wal.stat().st_size > 0
        for query in ("mode=ro", "immutable=1") if logged else ("immutable=1", "mode=ro"):
            try:
                db = self._open(f"{uri}?{query}", read_only=True)
            except sqlite3.OperationalError as exc:
                error = exc
                continue
            try:
                db.execute("SELECT COUNT(*) FROM sessions").fetchone()
            except sqlite3.OperationalError as exc:
                db.close()
                error = exc
            else:
                return db
        raise error

    def _companion(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)

    def _clear_leftovers(self) -> None:
        """-wal and -shm files this user cannot write, left by an earlier read-only use, would keep
        a writable history read-only. An empty log holds no turns and the -shm is only an index
        into the log, so those go; a log with turns in it is never touched."""
        wal, shm = self._companion("-wal"), self._companion("-shm")
        try:
            wal_empty = not wal.exists() or wal.stat().st_size == 0
            stuck = [f for f in (wal, shm) if f.exists() and not os.access(f, os.W_OK)]
            if not stuck:
                return
            if not wal_empty:
                raise HistoryError(
                    f"The conversation history's log ({wal}) holds turns but cannot be written. Make "
                    "it writable too (like the history beside it) to keep conversations again."
                )
            for leftover in (wal, shm):
                leftover.unlink(missing_ok=True)
        except OSError:
            return  # what cannot be removed is reported by the opening that follows

    def _open(self, uri: str, read_only: bool = False) -> sqlite3.Connection:
        # isolation_level=None: transactions are explicit, below.
        db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # the writer's commit is short; wait for it
            if not read_only:
                _use_wal(db)
                db.execute("PRAGMA synchronous=FULL")  # a finished turn survives even a power cut
            db.execute("PRAGMA foreign_keys=ON")
            # SQLite's LIKE ignores case for ASCII only: the scans fold case in Python (é = É).
            db.create_function("fold", 1, _fold, deterministic=True)
        except sqlite3.Error:
            db.close()
            raise
        return db

    def build_index(self) -> None:
        """Give an older database its search index and titles; quick for a new one."""
        with self._lock:
            if self._index_ready():
                return
            if not fts5_trigram_available():
                return  # search keeps scanning the turns (see sessions())
            try:
                with self._db:
                    self._db.execute("BEGIN IMMEDIATE")
                    for statement in _INDEX:
                        self._db.execute(statement)
                    self._db.execute("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')")
                    untitled = self._db.execute(
                        "SELECT s.id, (SELECT t.source FROM turns t WHERE t.session_id = s.id"
                        " ORDER BY t.start_s, t.id LIMIT 1) FROM sessions s WHERE s.title = ''"
                    ).fetchall()
                    self._db.executemany(
                        "UPDATE sessions SET title = ? WHERE id = ?",
                        [(title_from(text), sid) for sid, text in untitled if text],
                    )
                    self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            except sqlite3.Error as exc:
                raise HistoryError(
                    f"The conversation history ({self.path}) could not be prepared for search: {exc}."
                ) from None
            self._indexed = True

    def _index_ready(self) -> bool:
        if not self._indexed:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            self._indexed = version >= SCHEMA_VERSION
        return self._indexed

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- writing ---------------------------------------------------------------------

    def new_session(
        self, conversation: Conversation, title: str = "", started_at: float | None = None
    ) -> int:
        return self._write(lambda: self._insert_session(conversation, title, started_at))

    def add_turn(self, session_id: int, turn: Turn) -> int:
        return self.add_turns(session_id, [turn])[0]

    def add_turns(self, session_id: int, turns: Iterable[Turn]) -> list[int]:
        """Turns in one transaction: all of them are kept, or none."""
        return self._write(lambda: [self._insert_turn(session_id, turn) for turn in turns])

    def add_turn_to_new_session(
        self, conversation: Conversation, started_at: float, turn: Turn
    ) -> tuple[int, int]:
        """A conversation's first turn: the session and the turn are kept together, or neither."""

        def both() -> tuple[int, int]:
            sid = self._insert_session(conversation, "", started_at)
            return sid, self._insert_turn(sid, turn)

        return self._write(both)

    def rename(self, session_id: int, title: str) -> bool:
        return self._write(
            lambda: (
                self._db.execute(
                    "UPDATE sessions SET title = ? WHERE id = ?", (" ".join(title.split()), session_id)
                ).rowcount
                > 0
            )
        )

    def delete_session(self, session_id: int) -> bool:
        return self._write(
            lambda: self._db.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount > 0
        )

    def _insert_session(self, conversation: Conversation, title: str, started_at: float | None) -> int:
        c = conversation
        cursor = self._db.execute(
            "INSERT INTO sessions (started_at, title, party_a, lang_a, party_b, lang_b)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (time.time() if started_at is None else started_at, title, c.a.name, c.a.language,
             c.b.name, c.b.language),
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def _insert_turn(self, session_id: int, turn: Turn) -> int:
        # The first words said name an untitled conversation (the user may rename it).
        self._db.execute(
            "UPDATE sessions SET title = ? WHERE id = ? AND title = ''"
            " AND NOT EXISTS (SELECT 1 FROM turns WHERE session_id = ?)",
            (title_from(turn.source), session_id, session_id),
        )
        cursor = self._db.execute(
            "INSERT INTO turns (session_id, side, kind, source_lang, target_lang, source, translation,"
            " start_s, end_s, created_at, first_token_ms, translation_done_ms, final_transcript_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, turn.side, turn.kind, turn.source_lang, turn.target_lang, turn.source,
             turn.translation, turn.start_s, max(turn.end_s, turn.start_s), time.time(), turn.first_token_ms,
             turn.translation_done_ms, turn.final_transcript_ms),
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def _write(self, work: Callable[[], T]) -> T:
        if self.read_only:
            raise HistoryError(
                f"The conversation history ({self.path}) can only be read: nothing new can be kept. "
                "Make the file and its folder writable to keep conversations again."
            )
        with self._lock:
            try:
                with self._db:  # one transaction, committed on leaving
                    self._db.execute("BEGIN IMMEDIATE")
                    return work()
            except sqlite3.Error as exc:
                raise HistoryError(f"The conversation history could not be saved: {exc}.") from None

    # -- reading ---------------------------------------------------------------------

    def sessions(self, search: str = "") -> list[Session]:
        """Newest first; `search` matches the title, a party's name, or any turn's text (any case)."""
        sql = _SESSION_COLUMNS
        values: tuple[object, ...] = ()
        text = " ".join(search.split())
        if text:
            pattern = f"%{_escape(text.casefold())}%"
            names = (
                "fold(s.title) LIKE ?1 ESCAPE '\\' OR fold(s.party_a) LIKE ?1 ESCAPE '\\'"
                " OR fold(s.party_b) LIKE ?1 ESCAPE '\\'"
            )
            with self._lock:
                indexed = self._index_ready()
            if indexed and len(text) >= 3:  # a trigram index finds any piece of three characters or more
                phrase = '"' + text.replace('"', '""') + '"'
                sql += (
                    f" WHERE {names} OR s.id IN (SELECT t.session_id FROM turns t WHERE t.id IN"
                    " (SELECT rowid FROM turns_fts WHERE turns_fts MATCH ?2))"
                )
                values = (pattern, phrase)
            else:  # shorter than a trigram, or no FTS5 in this SQLite: scan every turn
                sql += (
                    f" WHERE {names} OR EXISTS (SELECT 1 FROM turns t WHERE t.session_id = s.id"
                    " AND (fold(t.source) LIKE ?1 ESCAPE '\\' OR fold(t.translation) LIKE ?1 ESCAPE '\\'))"
                )
                values = (pattern,)
        sql += " ORDER BY s.started_at DESC, s.id DESC"
        return [_session(row) for row in self._read(lambda: self._db.execute(sql, values).fetchall())]

    def session(self, session_id: int) -> Session | None:
        rows = self._read(
            lambda: self._db.execute(_SESSION_COLUMNS + " WHERE s.id = ?", (session_id,)).fetchall()
        )
        return _session(rows[0]) if rows else None

    def turns(self, session_id: int) -> list[Turn]:
        rows = self._read(
            lambda: self._db.execute(
                "SELECT side, kind, source_lang, target_lang, source, translation, start_s, end_s,"
                " first_token_ms, translation_done_ms, final_transcript_ms, id, created_at FROM turns"
                " WHERE session_id = ? ORDER BY start_s, id",
                (session_id,),
            ).fetchall()
        )
        return [Turn(*row) for row in rows]

    def _read(self, work: Callable[[], T]) -> T:
        with self._lock:
            try:
                return work()
            except sqlite3.Error as exc:
                raise HistoryError(
                    f"The conversation history ({self.path}) could not be read: {exc}. If the file is"
                    " damaged, move it aside (Parley then starts a new history) or restore a backup."
                ) from None


def _fold(text: str | None) -> str:
    return (text or "").casefold()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _session(row: tuple[Any, ...]) -> Session:
    sid, started, title, party_a, lang_a, party_b, lang_b, count = row
    conversation = Conversation(Party(str(party_a), str(lang_a)), Party(str(party_b), str(lang_b)))
    return Session(int(sid), float(started), str(title), conversation, int(count))

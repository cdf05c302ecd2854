"""Every conversation, kept as it happens in SQLite (WAL) in the per-user data folder.

Each finished turn is one committed transaction, so a crash or a kill loses at most the
turn in progress. The store belongs to the thread that opened it (the GUI thread in the
window): writes take a millisecond or two and never wait on a model.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.core import errors
from app.core.conversation.parties import Conversation, Party
from app.core.paths import data_dir

SCHEMA_VERSION = 1

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


class HistoryError(errors.HistoryError):
    """The history cannot be opened or written; the message is a sentence for the user."""


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


class HistoryStore:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None)  # explicit transactions below
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a finished turn survives even a power cut
            self._db.execute("PRAGMA foreign_keys=ON")
            # SQLite's LIKE ignores case for ASCII only: search folds case in Python (é = É).
            self._db.create_function("fold", 1, _fold, deterministic=True)
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except (sqlite3.Error, OSError) as exc:
            raise HistoryError(
                f"The conversation history ({self.path}) could not be opened: {exc}. "
                "Conversations will not be kept until this is fixed."
            ) from None

    def close(self) -> None:
        self._db.close()

    # -- writing ---------------------------------------------------------------------

    def new_session(
        self, conversation: Conversation, title: str = "", started_at: float | None = None
    ) -> int:
        c = conversation
        cursor = self._write(
            "INSERT INTO sessions (started_at, title, party_a, lang_a, party_b, lang_b)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                time.time() if started_at is None else started_at,
                title,
                c.a.name,
                c.a.language,
                c.b.name,
                c.b.language,
            ),
        )
        return int(cursor.lastrowid or 0)

    def add_turn(self, session_id: int, turn: Turn) -> int:
        cursor = self._write(
            "INSERT INTO turns (session_id, side, kind, source_lang, target_lang, source, translation,"
            " start_s, end_s, created_at, first_token_ms, translation_done_ms, final_transcript_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session_id, turn.side, turn.kind, turn.source_lang, turn.target_lang, turn.source,
             turn.translation, turn.start_s, max(turn.end_s, turn.start_s), time.time(), turn.first_token_ms,
             turn.translation_done_ms, turn.final_transcript_ms),
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def rename(self, session_id: int, title: str) -> None:
        self._write("UPDATE sessions SET title = ? WHERE id = ?", (title, session_id))

    def delete_session(self, session_id: int) -> bool:
        return self._write("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount > 0

    def _write(self, sql: str, values: tuple[object, ...]) -> sqlite3.Cursor:
        try:
            with self._db:  # one transaction, committed on leaving
                self._db.execute("BEGIN IMMEDIATE")
                return self._db.execute(sql, values)
        except sqlite3.Error as exc:
            raise HistoryError(f"The conversation history could not be saved: {exc}.") from None

    # -- reading ---------------------------------------------------------------------

    def sessions(self, search: str = "") -> list[Session]:
        """Newest first; `search` matches the title, a party's name, or any turn's text (any case)."""
        sql = (
            "SELECT s.id, s.started_at, s.title, s.party_a, s.lang_a, s.party_b, s.lang_b,"
            " (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) FROM sessions s"
        )
        values: tuple[object, ...] = ()
        if search.strip():
            pattern = f"%{_escape(search.strip().casefold())}%"
            sql += (
                " WHERE fold(s.title) LIKE ?1 ESCAPE '\\' OR fold(s.party_a) LIKE ?1 ESCAPE '\\'"
                " OR fold(s.party_b) LIKE ?1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM turns t"
                " WHERE t.session_id = s.id AND (fold(t.source) LIKE ?1 ESCAPE '\\'"
                " OR fold(t.translation) LIKE ?1 ESCAPE '\\'))"
            )
            values = (pattern,)
        sql += " ORDER BY s.started_at DESC, s.id DESC"
        return [_session(row) for row in self._db.execute(sql, values)]

    def session(self, session_id: int) -> Session | None:
        row = self._db.execute(
            "SELECT s.id, s.started_at, s.title, s.party_a, s.lang_a, s.party_b, s.lang_b,"
            " (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id) FROM sessions s WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        return _session(row) if row else None

    def turns(self, session_id: int) -> list[Turn]:
        rows = self._db.execute(
            "SELECT side, kind, source_lang, target_lang, source, translation, start_s, end_s,"
            " first_token_ms, translation_done_ms, final_transcript_ms, id, created_at FROM turns"
            " WHERE session_id = ?"
            " ORDER BY start_s, id",
            (session_id,),
        )
        return [Turn(*row) for row in rows]


def _fold(text: str | None) -> str:
    return (text or "").casefold()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _session(row: tuple[Any, ...]) -> Session:
    sid, started, title, party_a, lang_a, party_b, lang_b, count = row
    conversation = Conversation(Party(str(party_a), str(lang_a)), Party(str(party_b), str(lang_b)))
    return Session(int(sid), float(started), str(title), conversation, int(count))

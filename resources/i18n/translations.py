"""Refreshes the translation sources from the code and compiles them: `make translations`.

    python resources/i18n/translations.py            # lupdate every .ts, then lrelease into .qm
    python resources/i18n/translations.py --check    # exit 1 naming what is untranslated

lupdate (pyside6-lupdate, shipped with PySide6) reads every Python file under app/ and adds each new
string to every .ts as unfinished; strings gone from the code are dropped. Write the translations in
the .ts files (Qt Linguist, or by hand: fill <translation>, remove type="unfinished"), then run this
again: lrelease compiles them to app/resources/i18n/parley_<lang>.qm, which the window and the
installers load, and which are committed (they are small, and `make run` needs no Qt tools).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "app" / "resources" / "i18n"
LANGUAGES = ("fr", "es", "de", "zh_CN", "ja", "ar")
COMMAND = "make translations"


def tool(name: str) -> str:
    """A Qt tool that ships with PySide6: beside this Python first, else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6 (pip install -e '.[test]').")
    return found


def sources(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in (root / "app").rglob("*.py"))


def ts_files(folder: Path = TS_DIR) -> list[Path]:
    return [folder / f"parley_{lang}.ts" for lang in LANGUAGES]


def lupdate(targets: list[Path], root: Path = ROOT) -> None:
    """Bring `targets` up to date with the strings in the code under `root`."""
    for target in targets:
        language = target.stem.removeprefix("parley_")
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(root), "-no-obsolete", "-locations", "none",
             "-target-language", language, "-silent", "-ts", str(target)],
            cwd=root, check=True,
        )  # fmt: skip


def lrelease(targets: list[Path], out: Path = QM_DIR) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for target in targets:
        qm = out / f"{target.stem}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(target), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def untranslated(target: Path) -> list[str]:
    """Each message of `target` that is unfinished, obsolete or empty, as "context: source"."""
    missing = []
    for context in ET.parse(target).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            texts = (
                [f.text or "" for f in forms]
                if forms
                else [translation.text or "" if translation is not None else ""]
            )
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts):
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def main(argv: list[str]) -> int:
    targets = ts_files()
    lupdate(targets)
    if "--check" in argv:
        missing = {t.name: untranslated(t) for t in targets}
        for name, entries in missing.items():
            for entry in entries:
                print(f"{name}: untranslated: {entry}", file=sys.stderr)
        return 1 if any(missing.values()) else 0
    lrelease(targets)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

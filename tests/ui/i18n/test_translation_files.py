"""The .ts sources are complete and the committed .qm files are what they compile to; lupdate run on the
tree finds no string that is not translated (so a string added without its translations fails here)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.i18n.tools import ROOT, TOOLS

PLACEHOLDER = re.compile(r"%n|%\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
TS_FILES = TOOLS.ts_files()
FIX = (
    "Run `make translations`, translate every new entry in resources/i18n/parley_*.ts (Qt Linguist, or "
    'fill its <translation> and remove type="unfinished"), then run `make translations` again to '
    "compile the .qm files."
)


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [
        (c.findtext("name", ""), m) for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")
    ]


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_message_is_translated(ts: Path) -> None:
    assert ts.is_file(), f"{ts} is missing. {FIX}"
    assert len(messages(ts)) > 200  # the interface's strings, not an empty skeleton
    missing = TOOLS.untranslated(ts)
    assert not missing, (
        f"{len(missing)} entries of {ts.name} are not translated:\n" + "\n".join(missing) + "\n" + FIX
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_placeholders_and_accelerators_are_kept(ts: Path) -> None:
    problems = []
    for context, message in messages(ts):
        source = message.findtext("source", "")
        wanted = set(PLACEHOLDER.findall(source))
        for text in translations(message):
            lost = wanted - set(PLACEHOLDER.findall(text))
            if lost:
                problems.append(f"{context}: {source!r} -> {text!r} loses {sorted(lost)}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: {source!r} -> {text!r} changes the keyboard accelerator")
    assert not problems, "\n".join(problems)


def test_placeholder_check_catches_a_lost_placeholder(tmp_path: Path) -> None:
    broken = tmp_path / "parley_fr.ts"
    text = TS_FILES[0].read_text(encoding="utf-8")
    assert "<translation>Ouvrir un fichier audio…</translation>" in text
    broken.write_text(text.replace("Vérification de {name}…", "Vérification…"), encoding="utf-8")
    _, message = next((c, m) for c, m in messages(broken) if m.findtext("source") == "Checking {name}…")
    assert "{name}" not in translations(message)[0]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_committed_qm_is_compiled_from_its_ts(ts: Path, tmp_path: Path) -> None:
    built = TOOLS.lrelease([ts], tmp_path)[0]
    committed = TOOLS.QM_DIR / built.name
    assert committed.is_file(), f"{committed} is missing. {FIX}"
    assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is older than {ts.name}. {FIX}"


def test_lupdate_finds_no_untranslated_string(tmp_path: Path) -> None:
    """The check CI runs: the strings in the code now, against the translations."""
    copies = []
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        shutil.copyfile(ts, copy)
        copies.append(copy)
    TOOLS.lupdate(copies, ROOT)
    missing = [f"{copy.name}: {entry}" for copy in copies for entry in TOOLS.untranslated(copy)]
    assert not missing, (
        f"{len(missing)} strings in the code have no translation:\n" + "\n".join(missing) + "\n" + FIX
    )


def test_lupdate_check_fails_for_a_string_added_without_translations(tmp_path: Path) -> None:
    """The same check on a tree with one more string: it names that string."""
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "app", tree / "app", ignore=shutil.ignore_patterns("__pycache__", "resources"))
    new = tree / "app" / "ui" / "new_widget.py"
    new.write_text(
        "from PySide6.QtWidgets import QLabel\n\n\nclass NewWidget(QLabel):\n"
        "    def __init__(self) -> None:\n        super().__init__(self.tr('A string nobody translated'))\n"
    )
    copy = tmp_path / "parley_de.ts"
    shutil.copyfile(TS_FILES[2], copy)
    TOOLS.lupdate([copy], tree)
    assert TOOLS.untranslated(copy) == ["NewWidget: A string nobody translated"]

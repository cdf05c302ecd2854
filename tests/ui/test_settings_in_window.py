"""The settings file through a whole run of the window: opening and closing it loses nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.windows import make_services, open_window


def test_a_newer_parleys_settings_survive_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    original = "[General]\nversion=2\nparty_a_name=Ana\nsource_lang=de\ntext_scale=180\n"
    path.write_text(original)
    win = open_window(qtbot, make_services(path, start_engine=False))
    assert win.name_a.text() == "Ana" and win.source_code == "de"
    assert "newer version of Parley" in win.notice.text()
    win.close()
    assert path.read_text() == original


def test_a_damaged_settings_file_is_said_and_kept(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    junk = bytes(range(256)) * 8
    path.write_bytes(junk)
    win = open_window(qtbot, make_services(path, start_engine=False))
    assert "damaged" in win.notice.text() and (tmp_path / "s.ini.damaged").read_bytes() == junk
    win.close()


def test_settings_that_cannot_be_saved_are_said_when_the_window_opens(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where the settings' folder should be")
    win = open_window(qtbot, make_services(tmp_path / "blocked" / "s.ini", start_engine=False))
    assert "cannot be saved" in win.notice.text()
    win.close()

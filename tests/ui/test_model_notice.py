"""The model's notice goes once a model works again: it never outlives a later success."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.windows import make_services, open_window


def test_the_model_error_goes_once_a_model_loads_and_translates(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "gone.gguf"
    win = open_window(qtbot, make_services(tmp_path / "s.ini", {"model_path": str(missing)}))
    qtbot.waitUntil(lambda: "model" in win.notice.rows, timeout=30_000)
    assert str(missing) in win.notice.text()
    with qtbot.waitSignal(win.bridge.failed, timeout=30_000):
        qtbot.keyClicks(win.source, "Hello there.")
    assert set(win.notice.keys()) == {"model", "translation"}
    win.load_model(None)  # the notice's own action: use the bundled model
    qtbot.waitUntil(lambda: win.status_label.text().endswith("ready"), timeout=60_000)
    assert "model" not in win.notice.rows  # the failed request's notice waits for a success
    win.source.clear()
    qtbot.keyClicks(win.source, "Good night.")
    qtbot.waitUntil(lambda: win.panel.last is not None, timeout=60_000)
    assert win.notice.keys() == [] and not win.notice.isVisible()
    win.close()

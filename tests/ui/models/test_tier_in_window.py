"""The window times the bundled models in the background, keeps the record and follows the choice."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.core.models.bundled import quality_path
from app.core.models.tier import (
    REALTIME_BUDGET,
    Budget,
    TierRecord,
    TierTiming,
    hardware_fingerprint,
    measured,
)
from app.ui.models.model_manager import ModelManager
from app.ui.models.tier_measurer import TierMeasurer
from app.ui.settings_store import SettingsStore
from tests.ui.windows import make_services, open_window

LOAD_MS = 120_000
MEASURE_MS = 280_000
SENTENCE = ("My flight was cancelled and I need a hotel room for tonight.",)
TIMINGS = (TierTiming("quality", "Q", (800.0,), (200.0,)), TierTiming("fast", "F", (200.0,), (40.0,)))


def test_the_window_measures_in_the_background_when_the_hardware_changed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    elsewhere = replace(hardware_fingerprint(), cpu="Another CPU")  # measured on another machine
    old = measured(TIMINGS, elsewhere, REALTIME_BUDGET)
    assert old.chosen == "quality"
    measurer = TierMeasurer(budget=Budget(12, 600.0), sentences=SENTENCE)  # the quality model meets it
    services = make_services(tmp_path / "settings.ini", {"tier_record": old.to_json()}, measure_on_start=True)
    services.tier_measurer = measurer
    window = open_window(qtbot, services)
    assert window.engine.config.model_path is None  # the stale record is not followed: the fast model
    qtbot.waitUntil(lambda: window.status_label.text().endswith("ready"), timeout=LOAD_MS)
    qtbot.waitUntil(lambda: measurer.running, timeout=5_000)  # started once the first model was ready
    dialog = window.open_models()
    assert "Timing the" in dialog.tier_status.text()
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    with qtbot.waitSignal(measurer.measured, timeout=MEASURE_MS) as signal:
        pass
    timer.stop()
    assert len(ticks) > 10  # the GUI thread kept running its event loop while the models were timed
    record = signal.args[0]
    assert isinstance(record, TierRecord) and record.chosen == "quality"
    assert record.fingerprint == hardware_fingerprint()
    # Kept at once, with the hardware it was made on; the window switches to the quality model.
    stored = SettingsStore(tmp_path / "settings.ini").load()
    assert TierRecord.from_json(stored.tier_record) == record and stored.model_tier == "auto"
    assert "chose the quality tier" in window.notice.text()
    qtbot.waitUntil(lambda: window.engine.config.model_path == quality_path(), timeout=LOAD_MS)
    qtbot.waitUntil(lambda: "Qwen2.5" in window.status_label.text(), timeout=LOAD_MS)
    assert window.settings.model_path == ""  # kept as the tier, not as a file in the cache
    assert "In use: the quality tier" in dialog.tier_label.text() and "quality (" in dialog.tier_label.text()
    window.close()


def test_the_override_wins_and_nothing_is_measured(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    here = measured(TIMINGS, hardware_fingerprint(), REALTIME_BUDGET)  # chose quality
    measurer = TierMeasurer(budget=Budget(12, 600.0), sentences=SENTENCE)
    chosen = {"tier_record": here.to_json(), "model_tier": "fast"}
    services = make_services(tmp_path / "settings.ini", chosen, measure_on_start=True)
    services.tier_measurer = measurer
    window = open_window(qtbot, services)
    assert window.engine.config.model_path is None  # the fast model, as the user asked
    qtbot.waitUntil(lambda: window.status_label.text().endswith("ready"), timeout=LOAD_MS)
    assert "Gemma" in window.status_label.text() and not measurer.running
    dialog = window.open_models()
    assert "In use: the fast tier — chosen by you" in dialog.tier_label.text()
    assert dialog.tier_box.currentData() == "fast"
    window.close()


def test_the_manager_offers_the_override_and_measure_again(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    settings = store.load()
    dialog = ModelManager(settings, None)
    qtbot.addWidget(dialog)
    assert "In use: the fast tier" in dialog.tier_label.text() and "not measured" in dialog.tier_label.text()
    assert REALTIME_BUDGET.describe() in dialog.tier_label.text()
    with qtbot.waitSignal(dialog.measure_requested):
        dialog.measure_button.click()
    with qtbot.waitSignal(dialog.tier_chosen) as chosen:
        dialog.tier_box.setCurrentIndex(dialog.tier_box.findData("quality"))
        dialog.tier_box.activated.emit(dialog.tier_box.currentIndex())
    assert chosen.args == ["quality"]

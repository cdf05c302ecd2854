"""Sentences the core makes from data reach the window in its language: the pace, the tier and its
figures, a recovered history, text left as written. Each is made by the core's own code and shown
through the window's own path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.conversation.history_recovery import Recovery
from app.core.models.tier import REALTIME_BUDGET, TierTiming, hardware_fingerprint, measured
from app.core.speech.events import PipelinePace
from app.core.speech.pacing import SHORTER_WINDOW, TENTATIVE_PAUSED, PaceState
from app.core.translation.engine import NO_WORDS
from app.core.translation.events import Untranslated
from app.ui.i18n import TRANSLATORS, core_text
from app.ui.models.model_manager import ModelManager
from app.ui.settings_store import SettingsStore
from tests.ui.windows import make_services, open_window

TIMINGS = (TierTiming("quality", "Q", (800.0,), (200.0,)), TierTiming("fast", "F", (200.0,), (40.0,)))


@pytest.fixture
def interface(qapp: QApplication) -> Iterator[object]:
    def use(language: str) -> None:
        assert TRANSLATORS.install(qapp, language) == language

    yield use
    TRANSLATORS.install(qapp, "en")


def test_the_pace_and_its_actions_are_shown_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    interface("zh_CN")  # type: ignore[operator]
    window = open_window(qtbot, make_services(tmp_path / "settings.ini", start_engine=False))
    busy = PaceState(True, (TENTATIVE_PAUSED, SHORTER_WINDOW), 1500.0)
    window.speech_bridge.speech_event.emit(PipelinePace(1, True, busy.actions, busy.message, 1500.0))
    assert window.panel.fields["sp_pace"].text() == "繁忙：临时文本已暂停、缩短音频窗口"
    calm = PaceState(False)
    window.speech_bridge.speech_event.emit(PipelinePace(1, False, (), calm.message, 200.0))
    assert window.panel.fields["sp_pace"].text() == "跟得上"
    assert busy.message == "Busy: tentative text paused, shorter audio window"  # the core's English


def test_the_tier_its_reason_and_figures_are_shown_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    interface("fr")  # type: ignore[operator]
    settings = SettingsStore(tmp_path / "settings.ini").load()
    # As the settings keep it: the reason is plain text there, and still shown translated.
    settings.tier_record = measured(TIMINGS, hardware_fingerprint(), REALTIME_BUDGET).to_json()
    dialog = ModelManager(settings, None)
    qtbot.addWidget(dialog)
    text = dialog.tier_label.text()
    assert "Utilisé : le niveau « qualité » — les meilleures traductions qui respectent le budget" in text, (
        text
    )
    assert f"Budget : une phrase de {REALTIME_BUDGET.words} mots traduite en" in text, text
    assert "mesuré le " in text and "respecte le budget de" in text, text
    assert dialog.tier_box.itemText(0) == "Automatique (mesuré sur cet ordinateur)"


def test_a_recovered_history_and_text_left_as_written_read_in_the_interface_language(
    tmp_path: Path, interface: object
) -> None:
    interface("de")  # type: ignore[operator]
    recovery = Recovery(tmp_path / "history.db", tmp_path / "kept.db", 3, 12, 1, 2)
    shown = core_text(recovery.sentence())
    assert shown.startswith(f"Wiederhergestellt in {tmp_path / 'history.db'}: 3 Gespräch(e)"), shown
    assert "Bei 1 Gespräch(en) war der Name verloren" in shown and f"als {tmp_path / 'kept.db'}" in shown
    left = core_text(Untranslated("a" * 70, NO_WORDS).sentence())
    assert left.endswith("(70 Zeichen) wurde unverändert gelassen: es enthält kein Wort zum Übersetzen."), (
        left
    )

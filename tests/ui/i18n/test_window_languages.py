"""The window in each interface language: every text that has a translation shows it, Arabic is laid out
right to left while text boxes follow the language typed, names of languages read "Allemand — Deutsch",
shortcuts still work, and View → Language keeps the choice for the next start."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.conversation.export import FORMATS
from app.core.languages import language_codes
from app.core.models.families import STYLES
from app.core.options import ComputeType, SpeechDevice
from app.ui.core_words import CORE_WORDS
from app.ui.i18n import TRANSLATORS, language_label, resolve, system_language
from app.ui.main_window import MainWindow
from app.ui.speech.speech_controls import SpeechControls
from app.ui.translation.latency_panel import LatencyChart
from tests.llama_server import free_port
from tests.ui.i18n.tools import TOOLS
from tests.ui.windows import make_services, open_window

LANGUAGES = TOOLS.LANGUAGES
# Names and identifiers, the same in every language: the program, an address's shape, the speech
# engine's devices and number formats, export formats, and prompt presets named after their models.
NOT_TRANSLATED = {
    "Parley", "http://HOST:8000",
    *SpeechDevice.values(), *ComputeType.values(), *(name.upper() for name in FORMATS),
    *(title for title in STYLES.values() if title not in CORE_WORDS),
}  # fmt: skip


def same_by_design(language: str) -> set[str]:
    """Sources whose translation is the source itself ("Total" in French): these may stay as they are."""
    root = ET.parse(TOOLS.TS_DIR / f"parley_{language}.ts").getroot()
    same = set()
    for message in root.iter("message"):
        node = message.find("translation")
        forms = [node.text] if node is not None and not node.findall("numerusform") else []
        if forms and forms[0] == message.findtext("source"):
            same.add(forms[0] or "")
    return same


def texts(widget: QWidget) -> list[str]:
    """Every text the user can read in `widget` and its children, in a stable order."""
    found = [widget.windowTitle()]
    # Device names come from the machine's sound system ("pulse", "default"): names, not interface text.
    devices = {id(b) for c in widget.findChildren(SpeechControls) for b in (c.device_box, c.system_box)}
    for child in [widget, *widget.findChildren(QWidget)]:
        if id(child) in devices:
            continue
        found.append(child.toolTip())
        if isinstance(child, (QAbstractButton, QLabel)):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, LatencyChart):
            found += [child.chart().title(), *(series.name() for series in child.series)]
    if isinstance(widget, QMainWindow):  # the menus, from the bar down (not the bar's overflow menu)
        menus = [action.menu() for action in widget.menuBar().actions()]
        while menus:
            menu = menus.pop(0)
            if isinstance(menu, QMenu):
                found.append(menu.title())
                for action in menu.actions():
                    found.append(action.text())
                    menus.append(action.menu())
    return found


def untranslated(english: list[str], shown: list[str], language: str) -> list[str]:
    assert len(english) == len(shown)  # the same widgets in both languages
    names = {language_label(code, language) for code in language_codes()}  # "Hindi — हिन्दी" in French too
    allowed = same_by_design(language) | NOT_TRANSLATED | names
    return [
        text
        for text, other in zip(english, shown)
        if text == other and any(c.isalpha() for c in text) and text not in allowed
    ]


@pytest.fixture
def interface(qapp: QApplication) -> Iterator[object]:
    def use(language: str) -> None:
        assert TRANSLATORS.install(qapp, language) == language

    yield use
    TRANSLATORS.install(qapp, "en")


def window_in(
    qtbot: QtBot, tmp_path: Path, language: str, use: object, settings: str = "", **changes: object
) -> MainWindow:
    use(language)  # type: ignore[operator]
    services = make_services(tmp_path / (settings or f"{language}.ini"), dict(changes), start_engine=False)
    return open_window(qtbot, services)


def dialogs_and_window(window: MainWindow) -> list[str]:
    history = window.open_history()
    assert history is not None
    found = texts(window) + texts(window.open_models()) + texts(window.open_glossary()) + texts(history)
    overlay = window.conversation.show_overlay(True)
    assert overlay is not None
    return [*found, *texts(overlay)]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform: the overlay
@pytest.mark.parametrize("language", LANGUAGES)
def test_window_and_dialogs_show_the_translations(
    qtbot: QtBot, tmp_path: Path, interface: object, language: str
) -> None:
    english = dialogs_and_window(window_in(qtbot, tmp_path, "en", interface))
    window = window_in(qtbot, tmp_path, language, interface)
    shown = dialogs_and_window(window)
    left = untranslated(english, shown, language)
    assert not left, "\n".join(left)
    assert window.clear_button.text() != "Clear"


def test_the_comparison_finds_a_string_left_in_english(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    english = texts(window_in(qtbot, tmp_path, "en", interface))
    window = window_in(qtbot, tmp_path, "fr", interface)
    window.send_button.setText("Send")  # as if its tr() had been forgotten
    assert untranslated(english, texts(window), "fr") == ["Send"]


def test_language_names_in_the_interface_language_and_their_own(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    window = window_in(qtbot, tmp_path, "fr", interface)
    box = window.source_lang
    assert box.itemText(box.findData("de")) == "Allemand — Deutsch"
    assert box.itemText(box.findData("fr")) == "Français"  # its own name once is enough
    assert window.language_actions["ja"].text() == "Japonais — 日本語"
    window = window_in(qtbot, tmp_path, "ja", interface)
    assert window.source_lang.itemText(window.source_lang.findData("de")) == "ドイツ語 — Deutsch"


def test_arabic_is_right_to_left_and_text_boxes_follow_the_typed_language(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    window = window_in(qtbot, tmp_path, "ar", interface, source_lang="en", target_lang="ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # English is typed: its box reads left to right even in an Arabic window; the translation is Arabic.
    assert window.source.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    window.swap_languages()
    assert window.source.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.view.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight


def test_typing_arabic_in_a_french_window_is_right_to_left(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    window = window_in(qtbot, tmp_path, "fr", interface, source_lang="ar", target_lang="fr")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.source.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("language", LANGUAGES)
def test_shortcuts_and_accelerators_work_in_every_language(
    qtbot: QtBot, tmp_path: Path, interface: object, language: str
) -> None:
    window = window_in(qtbot, tmp_path, language, interface)
    assert window.history_action.shortcut() == QKeySequence("Ctrl+H")
    assert window.manage_models_action.shortcut() == QKeySequence("Ctrl+Shift+M")
    titles = [action.text() for action in window.menuBar().actions()]
    assert all("&" in title for title in titles), titles  # every menu keeps an Alt accelerator
    keys = [QKeySequence.mnemonic(title) for title in titles]
    assert all(not key.isEmpty() for key in keys), titles
    # Pressing them in a real window, in every language: test_screenshots (languages_app.py).


def test_view_language_is_kept_for_the_next_start(qtbot: QtBot, tmp_path: Path, interface: object) -> None:
    window = window_in(qtbot, tmp_path, "en", interface)
    assert window.language_actions[""].isChecked()  # follows the system until chosen
    action: QAction = window.language_actions["de"]
    action.trigger()
    assert window.settings.ui_language == "de"
    assert "starts again" in window.notice.text()  # said: the switch needs a restart
    window.close()
    again = make_services(tmp_path / "en.ini", start_engine=False)
    assert again.settings.ui_language == "de" and resolve(again.settings.ui_language) == "de"
    window = window_in(qtbot, tmp_path, resolve(again.settings.ui_language), interface, "en.ini")
    assert window.language_actions["de"].isChecked()
    assert window.menuBar().actions()[0].text() == "&Datei"


def test_the_system_locale_chooses_the_language_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    for name, expected in (("de_DE", "de"), ("zh_CN", "zh_CN"), ("ar_EG", "ar"), ("pt_BR", "en")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda name=name: QLocale(name)))
        assert system_language() == expected
        assert resolve("") == expected
    assert resolve("ja") == "ja"


def test_a_model_error_from_the_core_is_shown_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    interface("fr")  # type: ignore[operator]
    missing = tmp_path / "missing.gguf"
    window = open_window(qtbot, make_services(tmp_path / "fr.ini", {"model_path": str(missing)}))
    qtbot.waitUntil(lambda: "model" in window.notice.rows, timeout=20_000)
    text = window.notice.rows["model"].label.text()
    assert text.startswith(f"fichier de modèle introuvable : {missing}"), text
    assert "Gérer les modèles" in text  # the window's own sentence around it, in French too
    assert window.status_label.text() == "Aucun modèle chargé"


def test_a_server_that_refuses_the_connection_is_explained_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    interface("de")  # type: ignore[operator]
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    window = open_window(qtbot, make_services(tmp_path / "de.ini", {"endpoint_url": url}))
    qtbot.waitUntil(lambda: "model" in window.notice.rows, timeout=20_000)
    text = window.notice.rows["model"].label.text()
    assert f"Unter {url} antwortet nichts: die Verbindung wurde abgelehnt." in text, text
    error = window.engine.load_error or ""
    assert error.startswith(f"Nothing answers at {url}")  # the core keeps its English


def test_parties_left_unnamed_are_named_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, interface: object
) -> None:
    interface("es")  # type: ignore[operator]
    changes = {"source_lang": "en", "target_lang": "de", "party_a_name": "", "party_b_name": "Lena"}
    window = open_window(qtbot, make_services(tmp_path / "es.ini", changes, start_engine=False))
    conversation = window.parties.conversation
    assert conversation.a.name == "Persona A (Inglés)" and conversation.b.name == "Lena"

"""The interface's language: which one, its compiled translations, its direction.

Strings are marked the way Qt applications mark them: `self.tr(...)` in a widget class, and
`translate(context, ...)` (Qt's own name, so `lupdate` finds the call) where the class at run time
is not the one in the source (the window's menus are mixed into MainWindow). The core's
sentences are translated here, at the edge (`core_text`); see app/core/i18n.py.

The compiled `.qm` files are committed under app/resources/i18n/ and built from the `.ts`
sources in resources/i18n/ by `make translations`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.core.i18n import Message
from app.core.languages import get_language, local_name

log = logging.getLogger("parley.ui")

QM_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# The interface languages, as their .qm files are named (English is the source and needs none).
UI_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "de", "zh_CN", "ja", "ar")
RTL_LANGUAGES = frozenset({"ar"})


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the name lupdate recognises."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def core_text(text: str | BaseException) -> str:
    """A core sentence (or an error's) in the interface language: a `Message` by its template,
    else the sentence as marked."""
    if isinstance(text, BaseException):
        first = text.args[0] if len(text.args) == 1 else None
        text = first if isinstance(first, Message) else str(text)
    if isinstance(text, Message):
        try:
            values = {key: core_text(v) if isinstance(v, Message) else v for key, v in text.values.items()}
            return translate("core", text.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English sentence
            return str(text)
    return translate("core", text) if text else text


def base_code(ui_language: str) -> str:
    """The language code of Parley's registry for an interface language ("zh_CN" -> "zh")."""
    return ui_language.split("_")[0]


def system_language() -> str:
    """The interface language the system's locale asks for, or English when Parley has none of its."""
    for name in QLocale.system().uiLanguages():
        name = name.replace("-", "_")
        for code in UI_LANGUAGES:
            if name == code or name.split("_")[0] == code.split("_")[0]:
                return code
    return "en"


def resolve(setting: str) -> str:
    """The interface language for a stored setting: empty or unknown follows the system."""
    return setting if setting in UI_LANGUAGES else system_language()


def language_label(code: str, ui_language: str) -> str:
    """A language as the pickers show it: in the interface language and in its own ("Allemand — Deutsch")."""
    lang = get_language(code)
    shown = local_name(code, base_code(ui_language))
    return lang.native if shown == lang.native else f"{shown} — {lang.native}"


def direction(ui_language: str) -> Qt.LayoutDirection:
    if base_code(ui_language) in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


class Translators:
    """The translators installed for the interface language: Parley's own and Qt's (standard buttons)."""

    def __init__(self) -> None:
        self.installed: list[QTranslator] = []
        self.language = "en"

    def install(self, app: QCoreApplication, ui_language: str) -> str:
        """Load `ui_language` (a code of UI_LANGUAGES); returns the language really in use."""
        for translator in self.installed:
            app.removeTranslator(translator)
        self.installed = []
        self.language = ui_language if ui_language in UI_LANGUAGES else "en"
        if self.language != "en":
            own = QTranslator(app)
            if own.load(str(QM_DIR / f"parley_{self.language}.qm")):
                app.installTranslator(own)
                self.installed.append(own)
            else:  # a damaged install: the interface stays in English, the log says why
                log.warning("no translations for %s in %s", self.language, QM_DIR)
                self.language = "en"
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if self.language != "en" and qt.load(QLocale(self.language), "qtbase", "_", qt_dir):
                app.installTranslator(qt)
                self.installed.append(qt)
        # Numbers and dates the window formats through QLocale() follow the interface's language.
        QLocale.setDefault(QLocale(self.language))
        if isinstance(app, QApplication):
            app.setLayoutDirection(direction(self.language))
        return self.language


TRANSLATORS = Translators()

"""The core's fixed words that the window shows: option labels, preset names, model origins.

They live in the core's shared tables (app/core/options.py, app/core/models/families.py,
app/core/models/catalog.py), which the command line prints in English. They are marked here, at the
UI edge, so lupdate finds them; `tests/ui/i18n/test_core_words.py` fails when the core gains a label
that is not listed. The window translates them with `app.ui.i18n.core_text`.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP

CORE_WORDS: tuple[str, ...] = (
    # Option labels (OptionSpec.label and .labels)
    QT_TRANSLATE_NOOP("core", "Context size"),
    QT_TRANSLATE_NOOP("core", "CPU threads"),
    QT_TRANSLATE_NOOP("core", "GPU layers"),
    QT_TRANSLATE_NOOP("core", "Flash attention"),
    QT_TRANSLATE_NOOP("core", "Prompt"),
    QT_TRANSLATE_NOOP("core", "Speech model"),
    QT_TRANSLATE_NOOP("core", "Speech device"),
    QT_TRANSLATE_NOOP("core", "Speech compute type"),
    QT_TRANSLATE_NOOP("core", "Server address"),
    QT_TRANSLATE_NOOP("core", "Model on the server"),
    QT_TRANSLATE_NOOP("core", "Use the local model when the server cannot be reached"),
    QT_TRANSLATE_NOOP("core", "Automatic"),
    QT_TRANSLATE_NOOP("core", "Automatic (every layer the build can offload)"),
    QT_TRANSLATE_NOOP("core", "on"),
    QT_TRANSLATE_NOOP("core", "off"),
    # Prompt presets that are descriptions rather than a model's name (STYLES)
    QT_TRANSLATE_NOOP("core", "Few-shot completion (base models)"),
    QT_TRANSLATE_NOOP("core", "Translation instruction in the model's chat template"),
    # Where a model comes from (CatalogEntry.origin)
    QT_TRANSLATE_NOOP("core", "bundled"),
    QT_TRANSLATE_NOOP("core", "models folder"),
    QT_TRANSLATE_NOOP("core", "user folder"),
    QT_TRANSLATE_NOOP("core", "added"),
)

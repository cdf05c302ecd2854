"""One exception root: every error Parley raises for the user is a ParleyError of the right branch."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

from app.core import errors
from app.core.errors import ParleyError

# Packages whose modules are imported to find their exception classes (the UI raises none).
PACKAGES = ["app.core"]
MODULES = ["app.cli", "app.selftest"]


def _exception_classes() -> dict[str, type[BaseException]]:
    names = list(MODULES)
    for package in PACKAGES:
        module = importlib.import_module(package)
        names += [m.name for m in pkgutil.walk_packages(module.__path__, package + ".")]
    found: dict[str, type[BaseException]] = {}
    for name in names:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == name  # defined here, not imported
                and not attr.startswith("_")  # private control flow (the engine's cancel signal)
            ):
                found[f"{name}.{attr}"] = value
    return found


def test_every_public_exception_is_a_parley_error() -> None:
    classes = _exception_classes()
    assert len(classes) >= 12, sorted(classes)  # the walk found the package's classes
    outside = sorted(name for name, cls in classes.items() if not issubclass(cls, ParleyError))
    assert not outside, f"not ParleyError subclasses: {outside}"


@pytest.mark.parametrize(
    ("path", "branch"),
    [
        ("app.core.models.gguf.ModelFileError", errors.ModelError),
        ("app.core.translation.llama_backend.ModelLoadError", errors.ModelError),
        ("app.core.translation.chat_templates.ChatTemplateError", errors.ModelError),
        ("app.core.models.bundled.BundledModelMissing", errors.ModelError),
        ("app.core.models.whisper_files.SpeechModelError", errors.ModelError),
        ("app.core.speech.audio.AudioFileError", errors.AudioError),
        ("app.core.speech.microphone.AudioUnavailable", errors.AudioError),
        ("app.core.conversation.history.HistoryError", errors.HistoryError),
        ("app.core.speech.replay.SpeechRunError", errors.SpeechError),
        ("app.core.languages.UnknownLanguageError", errors.InputError),
        ("app.core.translation.engine.EngineTimeout", errors.BackendError),
    ],
)
def test_each_error_sits_on_its_concern_branch(path: str, branch: type[Exception]) -> None:
    module, _, name = path.rpartition(".")
    assert issubclass(getattr(importlib.import_module(module), name), branch)


def test_backend_errors_are_translation_errors() -> None:
    # A caller that handles failed translations also handles a backend that stopped answering.
    assert issubclass(errors.BackendError, errors.TranslationError)

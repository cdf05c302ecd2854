"""Parley's exceptions: one root, one branch per concern, so callers catch what they mean.

Every message is a sentence for the user that says what happened and, where it can, what to do.
Plain data: this module imports nothing.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Anything Parley reports to the user as a sentence."""


class ModelError(ParleyError):
    """A translation or speech model that cannot be found, read, checked or loaded."""


class TranslationError(ParleyError):
    """A translation that could not be made (the model is fine, the request failed)."""


class BackendError(TranslationError):
    """A translation backend (in-process llama.cpp, or a server) that failed or stopped answering."""


class AudioError(ParleyError):
    """Audio that cannot be read: a file, a microphone, a system-audio source."""


class SpeechError(ParleyError):
    """A speech run (recognition and its translation) that could not go on."""


class HistoryError(ParleyError):
    """The conversation history that cannot be opened, read or written."""


class SettingsError(ParleyError):
    """Settings or a saved list that cannot be read or written."""


class InputError(ParleyError, ValueError):
    """A value the user gave (a language code, an option) that Parley cannot use."""

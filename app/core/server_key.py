"""A translation server's API key, kept in the system keychain (keyring), never in the settings.

Without a usable keychain (a minimal Linux desktop has none) the key is not stored at all: the
caller keeps it for the session and tells the user why it will be asked for again.
"""

from __future__ import annotations

import logging

import keyring

from app.core.errors import SettingsError

SERVICE = "parley-translation-server"
log = logging.getLogger("parley.keys")


class KeychainError(SettingsError):
    """The system keychain could not store or read the key; the message says so in a sentence."""


def load_key(address: str) -> str:
    """The key stored for the server at `address`; "" when none is (or no keychain is usable)."""
    try:
        return keyring.get_password(SERVICE, address) or ""
    except Exception as exc:  # keyring raises its own errors and whatever the platform's store does
        log.info("No key read from the keychain for %s: %s", address, type(exc).__name__)
        return ""


def store_key(address: str, key: str) -> None:
    """Keep `key` for `address` in the keychain (an empty key removes it); KeychainError if it cannot."""
    try:
        if key:
            keyring.set_password(SERVICE, address, key)
        elif load_key(address):
            keyring.delete_password(SERVICE, address)
    except Exception as exc:
        raise KeychainError(
            f"The API key could not be kept in the system keychain ({type(exc).__name__}), so it is "
            "used until Parley closes and asked for again next time."
        ) from None

"""The translation server's options: one definition for the settings and the command line."""

from __future__ import annotations

import argparse
import dataclasses

import pytest

from app.core.options import ENDPOINT_URL, OptionError, ServerOptions
from app.core.settings import Settings, field_types


def test_the_local_model_is_the_default_and_fallback_is_off() -> None:
    options = Settings().server_options()
    assert options == ServerOptions() and not options.remote and not options.endpoint_fallback
    assert "endpoint_url" in field_types() and "endpoint_fallback" in field_types()
    # The key belongs to the keychain: the schema has no field that could hold it.
    assert not [f.name for f in dataclasses.fields(Settings) if "key" in f.name]


def test_an_address_must_be_http_or_https() -> None:
    assert ENDPOINT_URL.parse(" http://10.0.0.5:8000 ") == "http://10.0.0.5:8000"
    with pytest.raises(argparse.ArgumentTypeError, match="http:// or https://"):
        ENDPOINT_URL.parse("10.0.0.5:8000")
    with pytest.raises(OptionError):
        ServerOptions(endpoint_url="   ")


def test_a_blank_address_in_the_file_is_no_problem() -> None:
    settings = Settings(endpoint_url="", endpoint_model="")
    assert "endpoint_url" not in settings.problems()
    assert Settings(endpoint_url="http://gpu-box:8000").server_options().remote

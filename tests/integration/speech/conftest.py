"""The real PulseAudio server, started once for the tests that need one and always stopped."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.pulse_server import PulseServer, missing_tools, pulse_server


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseServer]:
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    with pulse_server() as server:
        saved = {k: os.environ.get(k) for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}
        # soundcard connects when first imported, in this process: point it at this server.
        os.environ["PULSE_SERVER"] = server.env["PULSE_SERVER"]
        os.environ["XDG_RUNTIME_DIR"] = server.env["XDG_RUNTIME_DIR"]
        try:
            yield server
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value

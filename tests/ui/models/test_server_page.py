"""Models → Manage models… → Server against a real llama-cpp-python server: test the connection,
translate on it, the panel says where, the key stays out of the settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from app.core.server_key import SERVICE
from app.ui.main_window import MainWindow
from tests.llama_server import Server, llama_server
from tests.ui.windows import make_services, open_window

KEY = "sk-window-test-key-9876"
LOAD_MS = 90_000


class MemoryKeychain(KeyringBackend):
    """A keychain that lives in memory (this machine has no system keychain)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(scope="module")
def server(gemma: Path) -> Iterator[Server]:
    with llama_server(gemma, api_key=KEY) as running:
        yield running


@pytest.fixture
def keychain() -> Iterator[MemoryKeychain]:
    previous = keyring.get_keyring()
    chain = MemoryKeychain()
    keyring.set_keyring(chain)
    yield chain
    keyring.set_keyring(previous)


def test_the_window_translates_on_the_server_it_was_given(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: Server, keychain: MemoryKeychain
) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    settings_file = tmp_path / "settings.ini"
    window: MainWindow = open_window(qtbot, make_services(settings_file))
    qtbot.waitUntil(lambda: window.status_label.text().endswith("ready"), timeout=LOAD_MS)
    page = window.open_models().server_page
    page.url.setText(server.url)
    page.key.setText("not-the-key")
    page.test_button.click()
    qtbot.waitUntil(lambda: "HTTP 401" in page.status.text(), timeout=20_000)
    assert server.url in page.status.text()

    page.key.setText(KEY)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Connected"), timeout=20_000)
    model = page.model.currentText()
    assert model and page.model.count() == 1
    page.use_button.click()
    host = server.url.removeprefix("http://")
    label = f"remote: {host} · {model}"
    qtbot.waitUntil(lambda: window.panel.fields["backend"].text() == label, timeout=30_000)
    assert window.status_label.text() == f"{label} — ready"

    window.source.setPlainText("Good morning, my friend.")
    window.translate_now()
    qtbot.waitUntil(lambda: bool(window.view.toPlainText().strip()), timeout=30_000)
    assert window.view.toPlainText().strip() != "Good morning, my friend."

    assert keychain.secrets == {(SERVICE, server.url): KEY}
    window.services.store.save(window.settings)
    stored = settings_file.read_text()
    assert server.url in stored and KEY not in stored
    assert window.settings.model_path == ""  # the local choice is left as it was
    window.close()


def test_a_server_gone_mid_session_hands_over_to_the_local_model_with_a_notice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gemma: Path
) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    with llama_server(gemma) as own:  # its own server: this test stops it
        changes = {"endpoint_url": own.url, "endpoint_fallback": True}
        window: MainWindow = open_window(qtbot, make_services(tmp_path / "settings.ini", changes))
        qtbot.waitUntil(lambda: window.status_label.text().startswith("remote:"), timeout=LOAD_MS)
        window.source.setPlainText("Good morning.")
        window.translate_now()
        qtbot.waitUntil(lambda: bool(window.view.toPlainText().strip()), timeout=30_000)
        on_the_server = window.view.toPlainText().strip()
        own.process.terminate()
        own.process.wait(10)
        window.source.setPlainText("Where is the station?")
        window.translate_now()
        qtbot.waitUntil(lambda: "translates instead" in window.notice.text(), timeout=60_000)
        assert own.url in window.notice.text()
        qtbot.waitUntil(lambda: window.status_label.text().endswith("ready"), timeout=30_000)
        assert not window.status_label.text().startswith("remote:")
        assert not window.panel.fields["backend"].text().startswith("remote:")
        qtbot.waitUntil(lambda: window.view.toPlainText().strip() not in ("", on_the_server), timeout=30_000)
        assert window.settings.endpoint_url == own.url  # the choice stays the server
        window.close()

"""Models → Manage models… → Server: translate on an OpenAI-compatible server instead of here.

The address, the model and the fallback choice go to the settings; the API key goes to the
system keychain, never to the settings file. *Test connection* lists the server's models on
a background thread, so a server that does not answer never freezes the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.errors import ParleyError
from app.core.options import ENDPOINT_FALLBACK, ENDPOINT_MODEL, ENDPOINT_URL
from app.core.server_key import KeychainError, load_key, store_key
from app.core.settings import Settings
from app.core.translation.remote_backend import Endpoint, RemoteError, list_models
from app.ui.background import Background
from app.ui.i18n import core_text


def endpoint_from_settings(settings: Settings, key: str | None = None) -> Endpoint | None:
    """The server the settings name, its key from the keychain unless given; None: the local model."""
    if not settings.endpoint_url:
        return None
    try:
        address = Endpoint(settings.endpoint_url).address
    except RemoteError:  # not an address (an edited file): the local model, as with none
        return None
    return Endpoint(settings.endpoint_url, settings.endpoint_model, load_key(address) if key is None else key)


class ServerPage(QWidget):
    server_chosen = Signal(object)  # the Endpoint to translate on (its key included), or None: local

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._testing = Background(self)
        self._testing.done.connect(self._tested)
        self.url = QLineEdit(settings.endpoint_url)
        self.url.setPlaceholderText("http://HOST:8000")
        self.model = QComboBox()
        self.model.setEditable(True)
        self.model.setToolTip(self.tr("Empty: the server's first model"))
        self.model.setEditText(settings.endpoint_model)
        self.key = QLineEdit(
            load_key(Endpoint(settings.endpoint_url).address) if settings.endpoint_url else ""
        )
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("none"))
        self.fallback = QCheckBox(core_text(ENDPOINT_FALLBACK.label))
        self.fallback.setChecked(settings.endpoint_fallback)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(self.tr("Use this server"))
        self.use_button.clicked.connect(self.use_server)
        self.local_button = QPushButton(self.tr("Translate on this computer"))
        self.local_button.setToolTip(self.tr("Stop using the server; the local model translates again"))
        self.local_button.clicked.connect(self.use_local)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.local_button)
        buttons.addWidget(self.use_button)
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("Translate on an OpenAI-compatible server (llama-server, vLLM, Ollama…)."))
        )
        form.addRow(core_text(ENDPOINT_URL.label), self.url)
        form.addRow(core_text(ENDPOINT_MODEL.label), self.model)
        form.addRow(self.tr("API key"), self.key)
        form.addRow("", self.fallback)
        form.addRow(buttons)
        form.addRow(self.status)

    def endpoint(self) -> Endpoint:
        """The server the fields describe; ParleyError with a sentence for an address that is not one."""
        url = ENDPOINT_URL.read(self.url.text())  # refuses an address without http:// or https://
        return Endpoint(url, self.model.currentText().strip(), self.key.text().strip())

    @Slot()
    def test_connection(self) -> None:
        try:
            endpoint = self.endpoint()
        except (ParleyError, ValueError) as exc:
            self.status.setText(core_text(exc))
            return
        self.status.setText(self.tr("Asking {address} for its models…").format(address=endpoint.address))
        self._testing.run(lambda: list_models(endpoint))

    @Slot(object, object)
    def _tested(self, models: Any, error: Any) -> None:
        if error is not None:
            self.status.setText(core_text(error))
            return
        chosen = self.model.currentText()
        self.model.clear()
        self.model.addItems(models)
        self.model.setEditText(chosen or (models[0] if models else ""))
        self.status.setText(
            self.tr("Connected. Models on the server: {models}.").format(
                models=", ".join(models) or self.tr("none")
            )
        )

    @Slot()
    def use_server(self) -> None:
        try:
            endpoint = self.endpoint()
        except (ParleyError, ValueError) as exc:
            self.status.setText(core_text(exc))
            return
        s = self.settings
        s.endpoint_url, s.endpoint_model = endpoint.address, endpoint.model
        s.endpoint_fallback = self.fallback.isChecked()
        try:
            store_key(endpoint.address, endpoint.api_key)
            self.status.setText(self.tr("Translating on {address}.").format(address=endpoint.address))
        except KeychainError as exc:  # the key still works for this session, from memory
            self.status.setText(core_text(exc))
        self.server_chosen.emit(endpoint)

    @Slot()
    def use_local(self) -> None:
        self.settings.endpoint_url = ""
        self.status.setText(self.tr("Translating on this computer."))
        self.server_chosen.emit(None)

"""The window's Models menu and the model's life in the window: loading, switching, the status bar.
Mixed into MainWindow, which owns the widgets."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenuBar, QPlainTextEdit, QProgressBar, QWidget

from app.core.models.bundled import bundled_model, is_installed, quality_path
from app.core.models.families import AUTO
from app.core.models.tier import (
    QUALITY_KEY,
    Tier,
    TierDecision,
    TierRecord,
    decide,
    hardware_fingerprint,
    is_tier_model,
    tier_model_path,
)
from app.core.options import ModelOptions
from app.core.settings import Settings
from app.core.translation.backend import ModelInfo
from app.core.translation.engine import TranslationEngine
from app.core.translation.events import ModelSource
from app.core.translation.remote_backend import Endpoint, endpoint_path
from app.ui.background import Background
from app.ui.i18n import core_text, translate
from app.ui.models.model_manager import ModelManager
from app.ui.models.tier_measurer import TierMeasurer
from app.ui.notices import Action
from app.ui.services import Services
from app.ui.speech.speech_controls import SpeechControls
from app.ui.translation.engine_bridge import EngineBridge
from app.ui.translation.latency_panel import LatencyPanel


class ModelMenus:
    # Made by MainWindow before these methods run.
    services: Services
    settings: Settings
    bridge: EngineBridge
    engine: TranslationEngine
    speech: SpeechControls
    panel: LatencyPanel
    progress: QProgressBar
    status_label: QLabel
    source: QPlainTextEdit
    models_dialog: ModelManager | None
    current_id: int | None
    _send_pending: bool

    if TYPE_CHECKING:  # QMainWindow's and MainWindow's; only declared, never defined here

        def menuBar(self) -> QMenuBar: ...

        def show_notice(self, key: str, text: str, action: Action | None = None) -> None: ...

        def translate_now(self) -> None: ...

    def _build_model_menu(self) -> None:
        parent = cast(QWidget, self)
        models = self.menuBar().addMenu(translate("ModelMenus", "&Models"))
        self.manage_models_action = QAction(translate("ModelMenus", "Manage models…"), parent)
        self.manage_models_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        models.addAction(self.manage_models_action)
        self.open_model_action = QAction(translate("ModelMenus", "Open model file…"), parent)
        models.addAction(self.open_model_action)
        self.default_model_action = QAction(translate("ModelMenus", "Use the bundled model"), parent)
        models.addAction(self.default_model_action)

    def _wire_models(self) -> None:
        self.open_model_action.triggered.connect(self.choose_model)
        self.manage_models_action.triggered.connect(self.open_models)
        self.default_model_action.triggered.connect(lambda: self.load_model(None))
        self.bridge.model_loading.connect(self._on_loading)
        self.bridge.model_source.connect(self._on_model_source)
        self.bridge.model_ready.connect(self._on_ready)
        self.bridge.model_failed.connect(self._on_model_failed)
        self._tier_checked = False  # whether this window looked for a current measurement yet
        self._tier_status = ""  # what a measurement in the background is doing now
        self._preparing = Background(cast(QWidget, self))  # a tier's model assembled off the GUI thread
        self._preparing.done.connect(self._tier_prepared)
        if self.services.tier_measurer is not None:
            self._connect_measurer(self.services.tier_measurer)

    @Slot()
    def choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            cast(QWidget, self),
            translate("ModelMenus", "Open a GGUF model"),
            "",
            translate("ModelMenus", "GGUF models (*.gguf);;All files (*)"),
        )
        if path:
            self.load_model(path)

    def model_options(self) -> ModelOptions:
        return self.settings.model_options()

    def load_model(self, path: str | None) -> None:
        """Switch translation models; the engine keeps the current one if the new one fails."""
        self.settings.model_path = path or ""
        self.current_id = None
        self._send_pending = False
        self.engine.load(Path(path) if path else self._tier_path(), self.model_options())

    @Slot()
    def open_models(self) -> ModelManager:
        if self.models_dialog is None:
            window = cast(QWidget, self)
            dialog = ModelManager(self.settings, self.engine.model_info, window, self.services.confirm)
            dialog.translation_chosen.connect(self.use_model)
            dialog.speech_chosen.connect(self.speech.set_model)
            dialog.options_applied.connect(self.apply_options)
            dialog.server_page.server_chosen.connect(self.use_server)
            dialog.tier_chosen.connect(self.choose_tier)
            dialog.measure_requested.connect(self.measure_tiers)
            self.models_dialog = dialog
        else:
            self.models_dialog.active = self.engine.model_info
            self.models_dialog.refresh()
        self.models_dialog.show_tier(self.tier_decision(), self._tier_status)
        if self.models_dialog.isVisible():
            self.models_dialog.raise_()  # already open behind the window: bring it forward
        self.models_dialog.show()
        return self.models_dialog

    @Slot(str, str)
    def use_model(self, setting: str, style: str) -> None:
        self.settings.set_prompt_style(setting, style)
        tier = is_tier_model(setting)
        if tier:  # a bundled tier's model, chosen in the list: the user's choice of tier
            self.choose_tier(tier, reload=True)  # reloaded even if it translates now: its preset may differ
            return
        self.load_model(setting or None)

    @Slot()
    def apply_options(self) -> None:
        """The runtime settings changed: reload the active model with them."""
        server = self.services.server.endpoint
        if server is not None:
            self.use_server(server)
            return
        self.load_model(self.settings.model_path or None)

    @Slot(object)
    def use_server(self, endpoint: Endpoint | None) -> None:
        """Translate on `endpoint` (None: on this computer again); the settings already name it."""
        s = self.settings
        self.services.server.use(endpoint, s.endpoint_fallback, Path(s.model_path) if s.model_path else None)
        if endpoint is None:
            self.load_model(s.model_path or None)
            return
        self.current_id = None
        self._send_pending = False
        self.engine.load(endpoint_path(endpoint), self.model_options())

    # -- engine events about the model (GUI thread) ---------------------------------------

    @Slot(str, float)
    def _on_loading(self, stage: str, fraction: float) -> None:
        self.progress.show()
        self.progress.setValue(int(fraction * 100))
        self.status_label.setText(translate("ModelMenus", "{stage}…").format(stage=core_text(stage)))

    @Slot(object)
    def _on_ready(self, info: ModelInfo) -> None:
        self.progress.hide()
        self.panel.show_model(info)
        self._show_status(info)
        if self.models_dialog is not None:
            self.models_dialog.active = info
        self.show_notice("model", info.notice)  # a model is active: an earlier load failure is over
        if self.source.toPlainText().strip():
            self.translate_now()
        if not self._tier_checked and self.services.measure_on_start:
            self._tier_checked = True  # once the first model is ready, so the two never load at once
            if self.tier_decision().needs_measurement and self.settings.model_tier == Tier.AUTO:
                self.measure_tiers(automatic=True)

    def _show_status(self, info: ModelInfo | None) -> None:
        if info is None:
            self.status_label.setText(translate("ModelMenus", "No model loaded"))
            return
        if info.backend.startswith("remote:"):
            self.status_label.setText(
                translate("ModelMenus", "{backend} — ready").format(backend=info.backend)
            )
            return
        where = (
            translate("ModelMenus", "{backend}, {layers} of {total} layers on the GPU").format(
                backend=info.backend, layers=info.gpu_layers, total=info.n_layers + 1
            )
            if info.gpu_layers
            else translate("ModelMenus", "CPU")
        )
        self.status_label.setText(
            translate("ModelMenus", "{name} · {quantization} · {where} · {threads} threads — ready").format(
                name=info.name, quantization=info.quantization, where=where, threads=info.threads
            )
        )

    @Slot(object)
    def _on_model_source(self, source: ModelSource) -> None:
        """The settings follow the model that is really active (events arrive in order)."""
        if self.services.server.serves(source.path):
            return  # the server is not a model file: the local choice stays as it was
        s, options = self.settings, source.options
        s.model_path = str(source.path) if source.path is not None else ""
        if is_tier_model(s.model_path):
            s.model_path = ""  # a bundled tier's model: kept as the tier, not as a file in the cache
        s.use_model_options(options)
        if self.models_dialog is not None:
            self.models_dialog.active_changed(s.model_path)

    @Slot(str, str)
    def _on_model_failed(self, message: str, kept: str) -> None:
        self.progress.hide()
        if kept:
            self._show_status(self.engine.model_info)
            self.show_notice(
                "model",
                translate("ModelMenus", "{message}. {model} is still active.").format(
                    message=core_text(message), model=kept
                ),
                Action(translate("ModelMenus", "Manage models…"), self.open_models),
            )
            return
        # Nothing is active: start next time with the bundled model rather than a file that failed.
        self.settings.model_path = ""
        if self.models_dialog is not None:
            self.models_dialog.active_changed("")
        self.status_label.setText(translate("ModelMenus", "No model loaded"))
        self.show_notice(
            "model",
            translate(
                "ModelMenus",
                "{message}. Choose another model with Models → Manage models…, or use the bundled one.",
            ).format(message=core_text(message)),
            Action(translate("ModelMenus", "Use the bundled model"), lambda: self.load_model(None)),
        )

    # -- the tier: which bundled model this machine gets (app.core.models.tier) ------------

    def tier_decision(self) -> TierDecision:
        s = self.settings
        return decide(s.model_tier, s.tier_record, hardware_fingerprint())

    def _tier_path(self) -> Path | None:
        path, why = tier_model_path(self.tier_decision().tier)
        self.show_notice("tier-model", why)  # the quality tier's model missing: the fast one stands in
        return path

    def _connect_measurer(self, measurer: TierMeasurer) -> None:
        measurer.setParent(cast(QWidget, self))
        measurer.progress.connect(self._tier_progress)
        measurer.measured.connect(self._tier_measured)
        measurer.failed.connect(self._tier_failed)

    @Slot()
    def measure_tiers(self, automatic: bool = False) -> None:
        """Time the bundled models in the background (on first start, or when the user asks)."""
        measurer = self.services.tier_measurer
        if measurer is None:
            measurer = self.services.tier_measurer = TierMeasurer()
            self._connect_measurer(measurer)
        options = dataclasses.replace(self.settings.model_options(), prompt_style=AUTO)
        if measurer.start(options):
            first = (
                translate("ModelMenus", "Timing the bundled models on this computer, in the background")
                if automatic
                else translate("ModelMenus", "Measuring again, in the background")
            )
            self._tier_progress(first)

    def stop_tier_measurement(self) -> None:
        if self.services.tier_measurer is not None:
            self.services.tier_measurer.stop()

    @Slot(str)
    def _tier_progress(self, text: str) -> None:
        self._tier_status = translate("ModelMenus", "{stage}…").format(stage=text)
        if self.models_dialog is not None:
            self.models_dialog.show_tier(self.tier_decision(), self._tier_status)

    @Slot(object)
    def _tier_measured(self, record: TierRecord) -> None:
        self._tier_status = ""
        self.settings.tier_record = record.to_json()
        self.services.store.save(self.settings)  # a measurement costs seconds: keep it at once
        decision = self.tier_decision()
        if self.models_dialog is not None:
            self.models_dialog.show_tier(decision)
        timing = record.timing(record.chosen)
        tier, reason = core_text(record.chosen), core_text(record.reason)
        if timing is not None and timing.median_ms is not None:
            text = translate(
                "ModelMenus",
                "Parley timed its bundled models on this computer and chose the {tier} tier "
                "({seconds} s for a {words}-word sentence): {reason}.",
            ).format(
                tier=tier, seconds=f"{timing.median_ms / 1000:.2f}", words=record.budget.words, reason=reason
            )
        else:
            text = translate(
                "ModelMenus",
                "Parley timed its bundled models on this computer and chose the {tier} tier: {reason}.",
            ).format(tier=tier, reason=reason)
        self.show_notice("tier", text, Action(translate("ModelMenus", "Manage models…"), self.open_models))
        self._follow_tier()

    @Slot(str)
    def _tier_failed(self, message: str) -> None:
        self._tier_status = ""
        if self.models_dialog is not None:
            self.models_dialog.show_tier(self.tier_decision(), message)
        self.show_notice("tier", message)

    @Slot(str)
    def choose_tier(self, tier: str, reload: bool = False) -> None:
        """The user's override (auto: the measured choice); the bundled model follows it."""
        self.settings.model_tier = Tier.parse(tier).value
        self.settings.model_path = ""
        if self.models_dialog is not None:
            self.models_dialog.show_tier(self.tier_decision())
        self._follow_tier(reload)

    def _follow_tier(self, reload: bool = False) -> None:
        """Load the tier's bundled model if the bundled model is what translates now."""
        if self.settings.model_path or self.services.server.endpoint is not None:
            return  # the user chose a file or a server: a tier changes nothing
        tier = self.tier_decision().tier
        path, _ = tier_model_path(tier)
        if path is None and tier == Tier.QUALITY and is_installed(bundled_model(QUALITY_KEY)):
            self._preparing.run(quality_path)  # assembled once, off the GUI thread
            return
        if reload or path != self.engine.config.model_path:
            self.load_model(None)

    @Slot(object, object)
    def _tier_prepared(self, path: object, error: object) -> None:
        if error is not None:
            unprepared = translate("ModelMenus", "The quality model could not be prepared: {error}")
            self.show_notice(
                "tier-model",
                unprepared.format(error=core_text(error if isinstance(error, BaseException) else str(error))),
            )
            return
        if not self.settings.model_path:
            self.load_model(None)

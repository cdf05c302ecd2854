"""Models → Manage models…: what each model is, which ones are active, and how they run.

The dialog reads headers and checks files on a background thread; it never loads a
model itself. Choices go to the main window as signals, which hands them to the engine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.models.catalog import CatalogEntry, list_models
from app.core.models.families import AUTO, STYLES
from app.core.models.gguf import human_count, human_size
from app.core.models.llama_build import gpu_backend
from app.core.models.memory import check_fit, describe
from app.core.models.registry import add_model, remove_model
from app.core.models.tier import (
    REALTIME_BUDGET,
    TierDecision,
    choose,
    decide,
    describe_record,
    hardware_fingerprint,
    tier_model_path,
)
from app.core.options import (
    ASR_COMPUTE_TYPE,
    ASR_DEVICE,
    FLASH_ATTN,
    GPU_LAYERS,
    N_CTX,
    THREADS,
    ComputeType,
    FlashAttention,
    ModelOptions,
    OptionSpec,
    SpeechDevice,
)
from app.core.settings import Settings
from app.core.translation.backend import ModelInfo
from app.ui.background import Background
from app.ui.i18n import core_text, translate
from app.ui.models.server_page import ServerPage

# Marked here, translated when a table is made (the interface language is known by then).
GGUF_COLUMNS = (
    QT_TRANSLATE_NOOP("ModelManager", "Name"), QT_TRANSLATE_NOOP("ModelManager", "Origin"),
    QT_TRANSLATE_NOOP("ModelManager", "Architecture"), QT_TRANSLATE_NOOP("ModelManager", "Parameters"),
    QT_TRANSLATE_NOOP("ModelManager", "Quantization"), QT_TRANSLATE_NOOP("ModelManager", "Size"),
    QT_TRANSLATE_NOOP("ModelManager", "Context"), QT_TRANSLATE_NOOP("ModelManager", "Chat template"),
    QT_TRANSLATE_NOOP("ModelManager", "Prompt"),
)  # fmt: skip
WHISPER_COLUMNS = (
    QT_TRANSLATE_NOOP("ModelManager", "Name"), QT_TRANSLATE_NOOP("ModelManager", "Origin"),
    QT_TRANSLATE_NOOP("ModelManager", "Languages"), QT_TRANSLATE_NOOP("ModelManager", "Size"),
)  # fmt: skip
TIER_TITLES = {
    "auto": QT_TRANSLATE_NOOP("ModelManager", "Automatic (measured on this computer)"),
    "fast": QT_TRANSLATE_NOOP("ModelManager", "Fast (Gemma 3 270M)"),
    "quality": QT_TRANSLATE_NOOP("ModelManager", "Quality (Qwen2.5-Coder 1.5B)"),
}


def tier_reason(decision: TierDecision) -> str:
    """Why the tier is in effect, as a sentence the window can translate: a stored measurement keeps
    its reason as plain text, so it is made again from the figures when that gives the same text."""
    record = decision.record
    if decision.source == "measured" and record is not None:
        again = choose(record.timings, record.budget)
        if again == (record.chosen, record.reason):
            return again[1]
    return decision.reason


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels([translate("ModelManager", column) for column in columns])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _button_row(left: list[QPushButton], right: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in left:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(right)
    return row


def _page(table: QTableWidget, *parts: QWidget | QHBoxLayout) -> QWidget:
    """A tab: the table takes the spare height, the other parts stack below it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(table, 1)
    for part in parts:
        if isinstance(part, QHBoxLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return page


def _origin(entry: CatalogEntry) -> str:
    """A bundled translation model names its tier: what `parley --model` calls it."""
    origin = core_text(entry.origin)
    return f"{origin} · {entry.tier}" if entry.tier else origin


def _gguf_cells(entry: CatalogEntry) -> list[str]:
    if not entry.available:
        return [entry.name, _origin(entry), translate("ModelManager", "unusable"), "", "", "", "", "", ""]
    return [
        entry.name,
        _origin(entry),
        entry.architecture or "?",
        human_count(entry.parameters or 0),
        entry.quantization or "?",
        human_size(entry.size_bytes or 0),
        f"{entry.context_length:,}" if entry.context_length else "?",
        translate("ModelManager", "yes") if entry.chat_template else translate("ModelManager", "no"),
        core_text(STYLES.get(entry.prompt_style or "", "?")),
    ]


def _whisper_cells(entry: CatalogEntry) -> list[str]:
    size = human_size(entry.size_bytes) if entry.size_bytes else ""
    languages = entry.languages or translate("ModelManager", "unusable")
    return [entry.name, core_text(entry.origin), languages, size]


class ModelManager(QDialog):
    translation_chosen = Signal(str, str)  # the model as settings hold it ("" = bundled), prompt preset
    speech_chosen = Signal(str, str)  # the speech model as settings hold it, its name
    options_applied = Signal()  # the runtime settings changed: reload the active model with them
    tier_chosen = Signal(str)  # the user's tier: auto (the measured choice), fast or quality
    measure_requested = Signal()  # time the bundled models again

    def __init__(self, settings: Settings, active: ModelInfo | None, parent: QWidget | None = None,
                 confirm: Callable[[str], bool] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._confirm = confirm  # None: ask with a message box
        self.setWindowTitle(self.tr("Models"))
        self.resize(980, 560)
        self.settings = settings
        self.active = active
        self.gguf: list[CatalogEntry] = []
        self.whisper: list[CatalogEntry] = []
        self._listing = Background(self)
        self._listing.done.connect(self._listed)
        self._estimating = Background(self)
        self._estimating.done.connect(self._estimated)
        self._adding = Background(self)
        self._adding.done.connect(self._added)
        self._pending_use: CatalogEntry | None = None
        self._checking_apply = Background(self)  # new runtime settings, checked against free memory
        self._checking_apply.done.connect(self._apply_checked)
        self._applying: ModelOptions | None = None
        self._build()
        self.refresh()

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        tabs = QTabWidget()
        tabs.addTab(self._translation_tab(), self.tr("Translation"))
        tabs.addTab(self._speech_tab(), self.tr("Speech"))
        tabs.addTab(self._performance_tab(), self.tr("Performance"))
        self.server_page = ServerPage(self.settings)
        tabs.addTab(self.server_page, self.tr("Server"))
        self.tabs = tabs
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel#problem { color: #8a1c00; }")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _translation_tab(self) -> QWidget:
        self.gguf_table = _table(GGUF_COLUMNS)
        self.gguf_table.itemSelectionChanged.connect(self._gguf_selected)
        self.gguf_detail = QLabel(self.tr("Looking for models…"))
        self.gguf_detail.setWordWrap(True)
        self.gguf_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.style_box = QComboBox()
        self.style_box.setToolTip(
            self.tr("How requests are written for this model; Automatic follows its metadata")
        )
        self.style_box.addItem(self.tr("Automatic"), AUTO)
        for key, title in STYLES.items():
            self.style_box.addItem(core_text(title), key)
        self.memory_label = QLabel("")
        self.memory_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add model…"))
        self.add_button.setToolTip(self.tr("Add a GGUF file from disk; it is checked before it is listed"))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.remove_button.setToolTip(self.tr("Forget a model you added (the file stays on disk)"))
        self.use_button = QPushButton(self.tr("Use this model"))
        self.use_button.setDefault(True)
        self.add_button.clicked.connect(self.choose_gguf)
        self.remove_button.clicked.connect(self.remove_selected)
        self.use_button.clicked.connect(self.use_selected)
        style_row = QHBoxLayout()
        style_row.addWidget(QLabel(self.tr("Prompt:")))
        style_row.addWidget(self.style_box, 1)
        buttons = _button_row([self.add_button, self.remove_button], self.use_button)
        return _page(self.gguf_table, self.gguf_detail, style_row, self.memory_label, buttons,
                     self._tier_box())  # fmt: skip

    def _tier_box(self) -> QGroupBox:
        """Which bundled model this computer gets, the figures it was chosen by, and the override."""
        box = QGroupBox(self.tr("Bundled model for this computer"))
        self.tier_label = QLabel()
        self.tier_label.setWordWrap(True)
        self.tier_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier_status = QLabel()
        self.tier_box = QComboBox()
        self.tier_box.setToolTip(
            self.tr("Automatic uses the best translations that keep up on this computer")
        )
        for tier, title in TIER_TITLES.items():
            self.tier_box.addItem(translate("ModelManager", title), tier)
        self.tier_box.setCurrentIndex(max(0, self.tier_box.findData(self.settings.model_tier)))
        self.tier_box.activated.connect(lambda _: self.tier_chosen.emit(str(self.tier_box.currentData())))
        self.measure_button = QPushButton(self.tr("Measure again"))
        self.measure_button.setToolTip(
            self.tr("Time the bundled models here ({budget})").format(
                budget=core_text(REALTIME_BUDGET.describe())
            )
        )
        self.measure_button.clicked.connect(self.measure_requested)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tier:")))
        row.addWidget(self.tier_box, 1)
        row.addWidget(self.measure_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.tier_label)
        layout.addWidget(self.tier_status)
        layout.addLayout(row)
        self.show_tier(decide(self.settings.model_tier, self.settings.tier_record, hardware_fingerprint()))
        return box

    def show_tier(self, decision: TierDecision, status: str = "") -> None:
        """The tier in effect and why, the measured figures, and what a measurement is doing now."""
        in_use = self.tr("In use: the {tier} tier — {reason}.").format(
            tier=core_text(decision.tier), reason=core_text(tier_reason(decision))
        )
        budget = self.tr("Budget: {budget}.").format(budget=core_text(REALTIME_BUDGET.describe()))
        lines = [in_use, budget, *(core_text(line) for line in describe_record(decision.record))]
        self.tier_label.setText("\n".join(lines))
        self.tier_status.setText(status)
        self.tier_status.setVisible(bool(status))
        self.tier_box.setCurrentIndex(max(0, self.tier_box.findData(self.settings.model_tier)))

    def _speech_tab(self) -> QWidget:
        self.whisper_table = _table(WHISPER_COLUMNS)
        self.whisper_table.itemSelectionChanged.connect(self._whisper_selected)
        self.whisper_detail = QLabel("")
        self.whisper_detail.setWordWrap(True)
        add = QPushButton(self.tr("Add Whisper folder…"))
        add.setToolTip(self.tr("A folder holding a CTranslate2 Whisper model (model.bin, config.json)"))
        add.clicked.connect(self.choose_whisper)
        self.use_speech_button = QPushButton(self.tr("Use this model"))
        self.use_speech_button.clicked.connect(self.use_selected_speech)
        return _page(self.whisper_table, self.whisper_detail, _button_row([add], self.use_speech_button))

    def _performance_tab(self) -> QWidget:
        s = self.settings
        backend = gpu_backend()
        build = (
            self.tr("{backend}: layers can be offloaded to the GPU").format(backend=backend)
            if backend != "CPU"
            else self.tr(
                "CPU only: this llama.cpp build cannot offload (the README says how to install a GPU build)"
            )
        )
        self.backend_label = QLabel(build)
        self.backend_label.setWordWrap(True)
        self.gpu_layers = self._spin_box(GPU_LAYERS, s.gpu_layers)
        self.gpu_layers.setToolTip(self.tr("0 keeps the model on the CPU"))
        self.flash_box = self._choice_box(FLASH_ATTN, s.flash_attn)
        self.threads = self._spin_box(THREADS, s.threads)
        self.context_box = QComboBox()
        for size in sorted({*N_CTX.suggested, s.n_ctx}):
            self.context_box.addItem(self.tr("{size} tokens").format(size=QLocale().toString(size)), size)
        self.context_box.setCurrentIndex(self.context_box.findData(s.n_ctx))
        self.speech_device_box = self._choice_box(ASR_DEVICE, s.asr_device)
        self.compute_box = self._choice_box(ASR_COMPUTE_TYPE, s.asr_compute_type)
        apply = QPushButton(self.tr("Apply"))
        apply.setToolTip(self.tr("Reload the translation model with these settings"))
        apply.clicked.connect(self.apply_options)
        self.apply_button = apply
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("llama.cpp build"), self.backend_label)
        form.addRow(core_text(GPU_LAYERS.label), self.gpu_layers)
        form.addRow(core_text(FLASH_ATTN.label), self.flash_box)
        form.addRow(core_text(THREADS.label), self.threads)
        form.addRow(core_text(N_CTX.label), self.context_box)
        form.addRow(core_text(ASR_DEVICE.label), self.speech_device_box)
        form.addRow(core_text(ASR_COMPUTE_TYPE.label), self.compute_box)
        form.addRow("", apply)
        return page

    @staticmethod
    def _spin_box(spec: OptionSpec[int], current: int) -> QSpinBox:
        """The option's bounds (the same the settings repair and the command line use)."""
        box = QSpinBox()
        low, high = spec.bounds()
        box.setRange(low, high)
        if str(low) in spec.labels:
            box.setSpecialValueText(core_text(spec.labels[str(low)]))
        box.setValue(current)
        return box

    @staticmethod
    def _choice_box(spec: OptionSpec[Any], current: str) -> QComboBox:
        box = QComboBox()
        for choice in spec.choices:
            box.addItem(core_text(spec.label_of(choice)), choice)
        box.setCurrentIndex(max(0, box.findData(str(current))))
        return box

    # -- listing ----------------------------------------------------------------------

    def refresh(self) -> None:
        self._listing.run(list_models)

    @Slot(object, object)
    def _listed(self, entries: Any, error: Any) -> None:
        if error is not None:
            self.show_problem(
                self.tr("The model list could not be read: {error}").format(error=core_text(error))
            )
            return
        self.gguf = [e for e in entries if e.kind == "gguf"]
        self.whisper = [e for e in entries if e.kind == "whisper"]
        self._fill(self.gguf_table, self.gguf, _gguf_cells, self._active_gguf(self.settings.model_path))
        self._fill(self.whisper_table, self.whisper, _whisper_cells, self.settings.asr_model)
        if not self.gguf:
            self.gguf_detail.setText(self.tr("No translation models were found."))

    def _active_gguf(self, setting: str) -> str:
        """The entry to mark: an empty setting is the bundled model of the tier in effect."""
        if setting:
            return setting
        tier = decide(self.settings.model_tier, self.settings.tier_record, hardware_fingerprint()).tier
        entry = next((e for e in self.gguf if e.origin == "bundled" and e.tier == tier and e.available), None)
        return entry.setting if entry is not None and tier_model_path(tier)[0] is not None else ""

    @staticmethod
    def _fill(table: QTableWidget, entries: list[CatalogEntry], cells: Any, active: str) -> None:
        table.setRowCount(len(entries))
        chosen = 0
        for row, entry in enumerate(entries):
            for column, text in enumerate(cells(entry)):
                item = QTableWidgetItem(("● " if column == 0 and entry.setting == active else "") + text)
                item.setToolTip(entry.problem or entry.path or "")
                table.setItem(row, column, item)
            if entry.setting == active:
                chosen = row
        if entries:
            table.selectRow(chosen)

    def _selected(self, table: QTableWidget, entries: list[CatalogEntry]) -> CatalogEntry | None:
        rows = table.selectionModel().selectedRows()
        return entries[rows[0].row()] if rows and rows[0].row() < len(entries) else None

    # -- translation models -------------------------------------------------------------

    @Slot()
    def _gguf_selected(self) -> None:
        entry = self._selected(self.gguf_table, self.gguf)
        self._pending_use = None  # a choice of another row cancels a Use still being estimated
        self.memory_label.setText("")
        if entry is None:
            return
        self.remove_button.setEnabled(entry.origin == "added")
        self.use_button.setEnabled(entry.available)
        self.style_box.setCurrentIndex(
            max(0, self.style_box.findData(self.settings.prompt_style_for(entry.setting)))
        )
        detected = STYLES.get(entry.prompt_style or "", "")
        self.style_box.setItemText(
            0,
            self.tr("Automatic: {style}").format(style=core_text(detected))
            if detected
            else self.tr("Automatic"),
        )
        lines = [entry.path or ""]
        if entry.problem:
            lines.append(self.tr("Cannot be used: {problem}.").format(problem=core_text(entry.problem)))
        elif self.active is not None and entry.path and Path(entry.path) == self.active.path:
            a = self.active
            lines.append(
                self.tr(
                    "Active: {backend}, {layers} of {total} layers on the GPU, {threads} threads, "
                    "prompt {style}."
                ).format(
                    backend=a.backend,
                    layers=a.gpu_layers,
                    total=a.n_layers + 1,
                    threads=a.threads,
                    style=core_text(STYLES.get(a.prompt_style, "")),
                )
            )
        self.gguf_detail.setText("\n".join(line for line in lines if line))
        if entry.available and entry.path:
            self._estimate(entry, entry.path)

    def _estimate(self, entry: CatalogEntry, path: str) -> None:
        """Memory for `entry` with the current settings, off the GUI thread (nvidia-smi can take a while)."""
        n_ctx, layers = self.settings.n_ctx, self.settings.gpu_layers
        self._estimating.run(lambda: (entry, *check_fit(path, n_ctx, layers)))

    @Slot(object, object)
    def _estimated(self, result: Any, error: Any) -> None:
        if error is not None:
            self.memory_label.setText(
                self.tr("Memory could not be estimated: {error}").format(error=core_text(error))
            )
            self._pending_use = None
            return
        entry: CatalogEntry = result[0]
        estimate, warning = result[1], result[2]
        memory = self.tr("Memory: {estimate}.").format(estimate=describe(estimate))
        self.memory_label.setText(memory + (f"\n⚠ {core_text(warning)}" if warning else ""))
        if self._pending_use is entry:
            self._pending_use = None
            if not warning or self.confirm(warning):
                self.translation_chosen.emit(entry.setting, str(self.style_box.currentData()))

    def confirm(self, warning: str) -> bool:
        """Ask before a load that will not fit (the window may hand in who answers)."""
        if self._confirm is not None:
            return self._confirm(warning)
        answer = QMessageBox.warning(
            self, "Parley", self.tr("{warning}\n\nLoad it anyway?").format(warning=core_text(warning)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def use_selected(self) -> None:
        """Estimate memory for the selected model first; a model that will not fit needs a yes."""
        entry = self._selected(self.gguf_table, self.gguf)
        if entry is None or not entry.available or not entry.path:
            return
        self._pending_use = entry
        self._estimate(entry, entry.path)

    def active_changed(self, setting: str) -> None:
        """Mark the model that is really active (after a load ends, well or badly)."""
        rows = self.gguf_table.selectionModel().selectedRows()
        self._fill(self.gguf_table, self.gguf, _gguf_cells, self._active_gguf(setting))
        if rows:
            self.gguf_table.selectRow(rows[0].row())

    @Slot()
    def choose_gguf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a GGUF model"), "", self.tr("GGUF models (*.gguf);;All files (*)")
        )
        if path:
            self.add(path)

    @Slot()
    def choose_whisper(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add a CTranslate2 Whisper folder"))
        if path:
            self.add(path)

    def add(self, path: str) -> None:
        """Check then remember a model file or folder; a refusal is shown and nothing changes."""
        self.show_problem("")
        self.gguf_detail.setText(self.tr("Checking {name}…").format(name=Path(path).name))
        self._adding.run(lambda: add_model(path))

    @Slot(object, object)
    def _added(self, result: Any, error: Any) -> None:
        if error is not None:
            self.gguf_detail.setText("")
            self.show_problem(self.tr("Not added: {error}.").format(error=core_text(error)))
            return
        kind, path, notice = result
        self.tabs.setCurrentIndex(0 if kind == "gguf" else 1)
        self.gguf_detail.setText(self.tr("Added {name}.").format(name=path.name))
        notice = core_text(notice) if notice else ""
        self.show_problem(f"{notice[:1].upper()}{notice[1:]}." if notice else "")
        self.refresh()

    @Slot()
    def remove_selected(self) -> None:
        entry = self._selected(self.gguf_table, self.gguf)
        if entry is not None and entry.origin == "added" and entry.path:
            remove_model(entry.path)
            self.refresh()

    # -- speech models -------------------------------------------------------------------

    @Slot()
    def _whisper_selected(self) -> None:
        entry = self._selected(self.whisper_table, self.whisper)
        if entry is not None:
            self.whisper_detail.setText(core_text(entry.problem) if entry.problem else entry.path or "")
            self.use_speech_button.setEnabled(entry.available)

    @Slot()
    def use_selected_speech(self) -> None:
        entry = self._selected(self.whisper_table, self.whisper)
        if entry is not None and entry.available:
            self.speech_chosen.emit(entry.setting, entry.name)  # the window stores the choice
            self._fill(self.whisper_table, self.whisper, _whisper_cells, entry.setting)

    # -- performance ---------------------------------------------------------------------

    @Slot()
    def apply_options(self) -> None:
        """Store the settings; reload the translation model if its options changed and it will fit."""
        s = self.settings
        s.asr_device = SpeechDevice(self.speech_device_box.currentData())
        s.asr_compute_type = ComputeType(self.compute_box.currentData())
        current = s.model_options()
        wanted = dataclasses.replace(
            current, n_ctx=int(self.context_box.currentData()), threads=self.threads.value(),
            gpu_layers=self.gpu_layers.value(), flash_attn=FlashAttention(self.flash_box.currentData()),
        )  # fmt: skip
        if wanted == current:
            return
        self._applying = wanted
        if self.active is None:
            self._finish_apply("")
            return
        path = str(self.active.path)
        self._checking_apply.run(lambda: check_fit(path, wanted.n_ctx, wanted.gpu_layers))

    @Slot(object, object)
    def _apply_checked(self, result: Any, error: Any) -> None:
        # An estimate that fails (the file moved) is no reason to refuse the settings.
        self._finish_apply(result[1] if error is None else "")

    def _finish_apply(self, warning: str) -> None:
        wanted, self._applying = self._applying, None
        if wanted is None or (warning and not self.confirm(warning)):
            return
        self.settings.use_model_options(wanted)
        self.options_applied.emit()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

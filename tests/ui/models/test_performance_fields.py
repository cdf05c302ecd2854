"""The Performance page offers what the option specs allow, the same bounds the command line
and the settings repair use, and stores what it applies in the settings' own words."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.cli import _parser
from app.core.options import (
    ASR_COMPUTE_TYPE,
    ASR_DEVICE,
    FLASH_ATTN,
    GPU_LAYERS,
    N_CTX,
    THREADS,
    FlashAttention,
    OptionSpec,
)
from app.core.settings import Settings
from app.ui.models.model_manager import ModelManager


@pytest.fixture
def dialog(qtbot: QtBot) -> ModelManager:
    manager = ModelManager(Settings(threads=1, n_ctx=3000), None)
    qtbot.addWidget(manager)
    qtbot.waitUntil(lambda: manager.gguf_table.rowCount() >= 1)  # the listing has come back
    return manager


def _parse(flag: str, value: int) -> int:
    args = _parser().parse_args(["translate", "--to", "fr", flag, str(value), "Hi"])
    return int(getattr(args, flag.lstrip("-").replace("-", "_")))


@pytest.mark.parametrize(("box", "spec", "flag"), [("threads", THREADS, "--threads"),
                                                   ("gpu_layers", GPU_LAYERS, "--gpu-layers")])  # fmt: skip
def test_spin_boxes_have_the_bounds_of_the_command_line_and_the_settings(
    dialog: ModelManager, box: str, spec: OptionSpec[int], flag: str
) -> None:
    spin = getattr(dialog, box)
    low, high = spin.minimum(), spin.maximum()
    assert (low, high) == spec.bounds()
    assert spin.specialValueText() == spec.labels[str(low)]
    assert _parse(flag, high) == high and _parse(flag, low) == low
    with pytest.raises(SystemExit):
        _parse(flag, high + 1)
    assert Settings(**{spec.name: high}).problems() == []
    assert Settings(**{spec.name: high + 1}).problems() == [spec.name]


def test_lists_offer_the_specs_choices_and_keep_an_unusual_context(dialog: ModelManager) -> None:
    for box, spec in ((dialog.flash_box, FLASH_ATTN), (dialog.speech_device_box, ASR_DEVICE),
                      (dialog.compute_box, ASR_COMPUTE_TYPE)):  # fmt: skip
        assert tuple(box.itemData(i) for i in range(box.count())) == spec.choices
        assert box.itemText(0) == "Automatic"
    sizes = [dialog.context_box.itemData(i) for i in range(dialog.context_box.count())]
    assert sizes == sorted({*N_CTX.suggested, 3000}) and dialog.context_box.currentData() == 3000


def test_applying_stores_members_that_are_written_as_words(dialog: ModelManager) -> None:
    dialog.flash_box.setCurrentIndex(dialog.flash_box.findData("off"))
    dialog.speech_device_box.setCurrentIndex(dialog.speech_device_box.findData("cpu"))
    dialog.apply_options()  # no active model: nothing to check against memory
    s = dialog.settings
    assert s.flash_attn is FlashAttention.OFF and f"{s.flash_attn}/{s.asr_device}" == "off/cpu"
    assert (s.threads, s.n_ctx) == (1, 3000)

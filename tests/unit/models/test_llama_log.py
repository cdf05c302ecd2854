"""llama.cpp's log: lines assembled from its pieces, and the offloaded layers read from a real load."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.core.models import llama_build
from app.core.models.llama_build import Offload, capture_native_log, native_log_lock, parse_offload

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "llama" / "load_gemma3_cpu.log"


def _gpu_lines(n_layer: int, on_gpu: int, device: str = "CUDA0") -> list[str]:
    # No GPU build runs here: these lines follow llama-model.cpp's format strings, with its rule
    # that the last `on_gpu` of the n_layer + 1 layers (the output layer last) go to the GPU.
    start = n_layer + 1 - on_gpu
    return [
        f"load_tensors: layer {il:3d} assigned to device {device if il >= start else 'CPU'}, is_swa = 0"
        for il in range(n_layer + 1)
    ]


def test_a_real_cpu_load_says_no_layer_is_offloaded() -> None:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    assert parse_offload(lines) == Offload(gpu_layers=0, layers=19)  # 18 blocks + the output layer


def test_layers_on_a_gpu_are_counted_from_the_per_layer_lines() -> None:
    assert parse_offload(_gpu_lines(18, 10)) == Offload(10, 19, ("CUDA0",))
    assert parse_offload(_gpu_lines(32, 33, "Vulkan0")) == Offload(33, 33, ("Vulkan0",))


def test_the_placement_wins_over_the_summary_line() -> None:
    # The summary only caps the request (min(n_gpu_layers, n_layer + 1)); a build whose GPU
    # is absent places every layer on the CPU while the request was for all of them.
    lines = [*_gpu_lines(18, 0), "load_tensors: offloaded 19/19 layers to GPU"]
    assert parse_offload(lines) == Offload(0, 19)
    assert parse_offload(["load_tensors: offloaded 7/19 layers to GPU"]) == Offload(7, 19)


def test_a_log_that_says_nothing_about_layers_gives_no_figure() -> None:
    assert parse_offload(["print_info: n_layer = 18", "llama_context: n_ctx = 4096"]) is None


def test_pieces_become_lines_at_their_level(caplog: pytest.LogCaptureFixture) -> None:
    # Driven through the real callback that llama.cpp calls: WARN (3) text in two pieces, the
    # second sent as CONT (5), then a load's progress dots, which are dropped.
    callback = llama_build._log_callback
    with (
        caplog.at_level(logging.DEBUG, logger="parley.llama"),
        native_log_lock,
        capture_native_log() as lines,
    ):
        callback(3, b"load: control-looking token: ", None)
        callback(5, b"212 was not control-type\n", None)
        for _ in range(5):
            callback(5, b".", None)
        callback(5, b"\n", None)
        callback(4, b"llama_model_load: error loading model: unknown architecture\n", None)
        callback(2, b"print_info: unfinished", None)
    assert lines == [
        "load: control-looking token: 212 was not control-type",
        "llama_model_load: error loading model: unknown architecture",
        "print_info: unfinished",
    ]
    levels = [(r.levelno, r.getMessage()) for r in caplog.records if r.name == "parley.llama"]
    assert levels == [
        (logging.WARNING, lines[0]),
        (logging.ERROR, lines[1]),
        (logging.DEBUG, lines[2]),
    ]

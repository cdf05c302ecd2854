"""How much memory a model will take, and whether the machine has it free.

The estimate is the weights (the file's tensor data, memory-mapped) plus the KV
cache for the chosen context (keys and values in f16 for every layer) plus a
working allowance for llama.cpp's compute buffers. Offloaded layers move their share
to the GPU. It is an estimate to warn with, not a promise.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

import psutil

from app.core.models.gguf import GGUFInfo, human_size

KV_BYTES = 2  # f16 keys and values, llama.cpp's default cache type
COMPUTE_ALLOWANCE = 200_000_000  # compute buffers and scratch space; about what small models use here


@dataclass(frozen=True)
class MemoryEstimate:
    weights: int
    kv_cache: int
    compute: int
    gpu_share: float  # 0..1: the part of weights and cache on the GPU
    unified: bool = False  # Apple silicon: the GPU's memory is the RAM

    @property
    def needs_ram(self) -> int:
        return self.total if self.unified else self.in_ram

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute

    @property
    def on_gpu(self) -> int:
        return int((self.weights + self.kv_cache) * self.gpu_share)

    @property
    def in_ram(self) -> int:
        return self.total - self.on_gpu


def kv_cache_bytes(info: GGUFInfo, n_ctx: int) -> int:
    layers = info.block_count or 0
    heads = info.hyperparameter("attention.head_count") or 1
    # A per-layer array reads as its length (the header reader skips arrays), which may be wrong:
    # it is capped at the head count, the most KV heads a layer can have.
    kv_heads = min(info.hyperparameter("attention.head_count_kv") or heads, heads)
    head_dim = (info.hyperparameter("embedding_length") or 0) // heads
    key_len = info.hyperparameter("attention.key_length") or head_dim
    value_len = info.hyperparameter("attention.value_length") or head_dim
    return layers * n_ctx * kv_heads * (key_len + value_len) * KV_BYTES


def estimate_memory(
    info: GGUFInfo, n_ctx: int, gpu_layers: int, gpu: bool, unified: bool = False
) -> MemoryEstimate:
    """`gpu_layers` as the settings hold it (-1: all); `gpu` says whether the build can offload.

    The share on the GPU is by layers; llama.cpp keeps the token embeddings in RAM, so with
    offload the RAM part is underestimated by about the embedding table.
    """
    layers = info.block_count or 1
    offloaded = 0 if not gpu else layers + 1 if gpu_layers < 0 else min(gpu_layers, layers + 1)
    return MemoryEstimate(
        weights=info.file_size,
        kv_cache=kv_cache_bytes(info, n_ctx),
        compute=COMPUTE_ALLOWANCE,
        gpu_share=offloaded / (layers + 1),
        unified=unified,
    )


def free_ram() -> int:
    return int(psutil.virtual_memory().available)


def free_vram() -> int | None:
    """Free memory on the first NVIDIA GPU, or None where it cannot be read."""
    tool = shutil.which("nvidia-smi")
    if tool is None:
        return None
    try:
        out = subprocess.run(
            [tool, "--query-gpu=memory.free", "--format=csv,noheader,nounits"],
            capture_output=True,
            text=True,
            timeout=3,
            check=True,
        ).stdout
        return int(out.split()[0]) * 1024 * 1024
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def fit_warning(estimate: MemoryEstimate, ram: int, vram: int | None) -> str:
    """A sentence when the model will not fit in free memory; empty when it should."""
    problems = []
    if estimate.needs_ram > ram:
        problems.append(f"about {human_size(estimate.needs_ram)} of memory but {human_size(ram)} is free")
    if estimate.on_gpu and vram is not None and estimate.on_gpu > vram:
        gpu, free = human_size(estimate.on_gpu), human_size(vram)
        problems.append(f"about {gpu} on the GPU but {free} is free there")
    if not problems:
        return ""
    return (
        f"This model needs {' and '.join(problems)}. Loading may fail or slow the computer down: "
        "choose a smaller context or quantization, offload fewer layers, or close other programs."
    )


def describe(estimate: MemoryEstimate) -> str:
    where = f", {human_size(estimate.on_gpu)} of it on the GPU" if estimate.on_gpu else ""
    return (
        f"about {human_size(estimate.total)} (weights {human_size(estimate.weights)}, "
        f"context cache {human_size(estimate.kv_cache)}){where}"
    )


def check_fit(path: str, n_ctx: int, gpu_layers: int) -> tuple[MemoryEstimate, str]:
    """The estimate for loading `path` with these settings, and a warning when it will not fit."""
    from app.core.models.gguf import read_gguf
    from app.core.models.llama_build import gpu_backend

    info = read_gguf(path)
    backend = gpu_backend()
    estimate = estimate_memory(info, n_ctx, gpu_layers, gpu=backend != "CPU", unified=backend == "Metal")
    vram = free_vram() if estimate.on_gpu and not estimate.unified else None
    return estimate, fit_warning(estimate, free_ram(), vram)

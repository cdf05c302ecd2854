"""The options a user chooses for the models: one definition that every surface derives from."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.models.families import AUTO


@dataclass(frozen=True)
class ModelOptions:
    """How to load a translation model; the settings the user chooses."""

    n_ctx: int = 4096
    threads: int = 0  # 0: automatic
    gpu_layers: int = -1  # -1: every layer the build can offload; 0: CPU only
    flash_attn: str = "auto"  # auto: on when layers are offloaded to a GPU
    prompt_style: str = AUTO  # or a preset from app.core.models.families.STYLES

"""What a translation backend is and reports. Plain data: imports no native library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    name: str
    architecture: str
    quantization: str
    file_size: int
    parameters: int
    n_layers: int
    context: int
    backend: str
    gpu_layers: int  # layers really offloaded
    threads: int
    prompt_style: str
    load_s: float
    notice: str = ""  # e.g. a GPU load that fell back to the CPU
    flash_attn: bool = False
    prompt_style_chosen: bool = False  # the user overrode the detected preset

"""What a translation backend is and reports. Imports no native library.

A backend is one loaded model as the engine uses it: the in-process llama.cpp model today
(app.core.translation.llama_backend), a model behind an OpenAI-compatible server later. The
engine knows backends only through `TranslationBackend` and `BackendLoader`, so another
backend is one more module with a loader, handed to `TranslationEngine(loader=...)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.core.options import ModelOptions
    from app.core.translation.prompts import PromptStyle

# Where a ModelInfo's gpu_layers figure comes from.
REPORTED = "llama.cpp"  # the backend itself said so (its load log, its API)
REQUESTED = "requested"  # it said nothing: the figure is what was asked for, not a measurement


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
    gpu_layers: int  # layers on the GPU, the output layer included; see gpu_layers_source
    threads: int
    prompt_style: str
    load_s: float
    notice: str = ""  # e.g. a GPU load that fell back to the CPU
    flash_attn: bool = False
    prompt_style_chosen: bool = False  # the user overrode the detected preset
    gpu_layers_source: str = REPORTED  # REPORTED or REQUESTED

    def offload_text(self) -> str:
        """The offload figure in words, never presenting a request as a measurement."""
        total = self.n_layers + 1
        if self.gpu_layers_source == REQUESTED:
            return f"{self.gpu_layers} of {total} layers requested on the GPU ({self.backend} did not say)"
        return f"{self.gpu_layers} of {total} layers on the GPU"


class TranslationBackend(Protocol):
    """One loaded model. Only the engine's worker thread calls it: native contexts are not thread-safe."""

    info: ModelInfo
    style: PromptStyle  # renders a request into the text the model continues

    def tokenize(self, text: str) -> list[int]:
        """The model's tokens for `text` (a prompt, or a sentence whose length bounds the output)."""
        ...

    def stream(self, tokens: list[int]) -> Iterator[bytes]:
        """Greedy continuation of `tokens`, one token's bytes at a time, until the model ends.

        Closing the iterator stops generation and leaves the backend usable.
        """
        ...

    def cached_prefix(self, tokens: list[int]) -> int:
        """How many leading `tokens` need no evaluation (0 where the backend cannot tell)."""
        ...

    def close(self) -> None: ...


class BackendLoader(Protocol):
    """Makes backends. `check` runs while the previous model still serves, so a bad source changes nothing."""

    def check(self, path: Path) -> None:
        """Raise a ModelError with a sentence if `path` cannot be loaded; cheap, no weights read."""
        ...

    def load(self, path: Path, options: ModelOptions) -> TranslationBackend:
        """Load `path`; raise a ModelError (or OSError) with a sentence on failure."""
        ...

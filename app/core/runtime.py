"""The loaded llama.cpp model: load, tokenize, greedy token stream, and what it is.

Only the engine's worker thread calls into a LoadedModel: llama.cpp contexts are
not thread-safe.
"""

from __future__ import annotations

import ctypes
import logging
import os
import time
from collections import deque
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

import llama_cpp
from llama_cpp import Llama
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from app.core.gguf import GGUFInfo, read_gguf
from app.core.prompts import ChatTemplateStyle, FewShotStyle, PromptStyle

log = logging.getLogger("parley.llama")

# llama.cpp's own log lines are kept here (not printed): a failed load quotes them.
_native_log: deque[str] = deque(maxlen=50)


@llama_cpp.llama_log_callback
def _log_callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
    line = text.decode("utf-8", errors="replace").rstrip()
    if line:
        _native_log.append(line)
        if level in (2, 3):  # warnings and errors
            log.debug("%s", line)


llama_cpp.llama_log_set(_log_callback, ctypes.c_void_p(0))

_GPU_LIBRARIES = {"cuda": "CUDA", "metal": "Metal", "vulkan": "Vulkan", "hip": "ROCm", "sycl": "SYCL"}


def gpu_backend() -> str:
    """The accelerator this llama.cpp build really has ("CPU" when it cannot offload)."""
    if not llama_cpp.llama_supports_gpu_offload():
        return "CPU"
    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    names = " ".join(p.name.lower() for p in lib_dir.glob("*")) if lib_dir.is_dir() else ""
    for key, label in _GPU_LIBRARIES.items():
        if f"ggml-{key}" in names:
            return label
    return "GPU"


def default_threads() -> int:
    """All cores on small machines; on bigger ones about the physical cores, which decode best."""
    count = os.cpu_count() or 1
    return count if count <= 4 else max(4, count // 2)


class ModelLoadError(Exception):
    """A model that could not be loaded; the message is a sentence for the user."""


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


class LoadedModel:
    def __init__(self, path: Path, n_ctx: int, threads: int, gpu_layers: int) -> None:
        header = read_gguf(path)
        start = time.perf_counter()
        backend = gpu_backend()
        wanted_gpu = 0 if backend == "CPU" else gpu_layers
        notice = ""
        try:
            self.llm = self._load(path, n_ctx, threads, wanted_gpu)
        except ModelLoadError as exc:
            if wanted_gpu == 0:
                raise
            notice = f"Loading on the GPU failed, so the model runs on the CPU ({exc})."
            backend, wanted_gpu = "CPU", 0
            self.llm = self._load(path, n_ctx, threads, 0)
        n_layers = header.block_count or int(llama_cpp.llama_model_n_layer(self.llm.model))
        # -1 asks for every layer; llama.cpp offloads at most the blocks plus the output layer.
        offloaded = (
            0 if backend == "CPU" else min(n_layers + 1 if wanted_gpu < 0 else wanted_gpu, n_layers + 1)
        )
        self.style: PromptStyle = self._style(header)
        self.info = ModelInfo(
            path=path,
            name=header.name,
            architecture=header.architecture,
            quantization=header.quantization,
            file_size=header.file_size,
            parameters=header.parameters,
            n_layers=n_layers,
            context=n_ctx,
            backend=backend,
            gpu_layers=offloaded,
            threads=threads,
            prompt_style=self.style.name,
            load_s=time.perf_counter() - start,
            notice=notice,
        )
        self._vocab = self.llm._model.vocab

    @staticmethod
    def _load(path: Path, n_ctx: int, threads: int, gpu_layers: int) -> Llama:
        _native_log.clear()
        try:
            return Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=threads,
                n_threads_batch=threads,
                n_gpu_layers=gpu_layers,
                # Gemma 3's sliding-window cache must be full-size for prefix reuse to work.
                swa_full=True,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            reason = next(
                (
                    line
                    for line in reversed(_native_log)
                    if "error" in line.lower() or "unknown" in line.lower()
                ),
                str(exc),
            )
            raise ModelLoadError(f"llama.cpp could not load {path}: {reason}") from None

    def _style(self, header: GGUFInfo) -> PromptStyle:
        template = header.chat_template
        if template is None:
            return FewShotStyle()
        model = self.llm._model
        bos = model.token_get_text(model.token_bos()) if model.token_bos() >= 0 else ""
        eos = model.token_get_text(model.token_eos()) if model.token_eos() >= 0 else ""
        formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)

        def render(messages: list[dict[str, str]]) -> str:
            text = formatter(messages=messages).prompt  # type: ignore[arg-type]
            # The tokenizer adds BOS itself when the model wants one.
            return text[len(bos) :] if bos and text.startswith(bos) else text

        return ChatTemplateStyle(render)

    def tokenize(self, text: str) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def stream(self, tokens: list[int]) -> Generator[bytes, None, None]:
        """Greedy decode after `tokens`, one token's bytes at a time, until end of generation.

        The prompt's longest cached prefix is reused. Closing the iterator stops
        generation; the model stays usable.
        """
        for token in self.llm.generate(tokens, temp=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0):
            if llama_cpp.llama_vocab_is_eog(self._vocab, token):
                return
            yield self.llm.detokenize([token])

    def cached_prefix(self, tokens: list[int]) -> int:
        """How many of `tokens` the context already holds (they will not be evaluated again)."""
        held = self.llm.input_ids[: self.llm.n_tokens]
        count = 0
        for a, b in zip(held, tokens):
            if a != b:
                break
            count += 1
        return count

    def close(self) -> None:
        self.llm.close()


def load_model(path: str | os.PathLike[str], n_ctx: int, threads: int, gpu_layers: int) -> LoadedModel:
    """Validate then load; every failure is a ModelFileError or ModelLoadError with a sentence."""
    return LoadedModel(Path(path).expanduser(), n_ctx, threads or default_threads(), gpu_layers)

"""The in-process llama.cpp backend: load, tokenize, greedy token stream, and what it is.

Only the engine's worker thread calls into a LoadedModel: llama.cpp contexts are
not thread-safe.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Generator
from pathlib import Path

import llama_cpp
from llama_cpp import Llama

from app.core.errors import ModelError
from app.core.languages import get_language
from app.core.models.check import check_gguf
from app.core.models.families import AUTO, STYLES, detect_style
from app.core.models.gguf import GGUFInfo, read_gguf
from app.core.models.llama_build import (
    capture_native_log,
    default_threads,
    gpu_backend,
    native_log,
    native_log_lock,
    parse_offload,
)
from app.core.options import ModelOptions
from app.core.translation.backend import REPORTED, REQUESTED, ModelInfo
from app.core.translation.chat_templates import ChatTemplateError
from app.core.translation.presets import build_style
from app.core.translation.prompts import PromptStyle
from app.core.translation.speculative import (
    DRAFT_MODEL,
    PLAIN,
    PROMPT_LOOKUP,
    Drafter,
    DraftLlama,
    choice_key,
    prompt_lookup,
    shares_vocabulary,
    speculative_tokens,
    stored_method,
)

log = logging.getLogger("parley.llama")


class ModelLoadError(ModelError):
    """A model that could not be loaded; the message is a sentence for the user."""


class LoadedModel:
    def __init__(self, path: Path, options: ModelOptions) -> None:
        header = read_gguf(path)
        start = time.perf_counter()
        backend = gpu_backend()
        threads = options.threads or default_threads()
        # A build that cannot offload is asked for none; where the layers went is read from
        # llama.cpp's load log either way.
        wanted_gpu = 0 if backend == "CPU" else options.gpu_layers
        notices = []
        try:
            self.llm, load_log = self._load(path, options.n_ctx, threads, wanted_gpu, options.flash_attn)
        except ModelLoadError as exc:
            if wanted_gpu == 0:
                raise
            notices.append(f"Loading on the GPU failed, so the model runs on the CPU ({exc}).")
            backend, wanted_gpu = "CPU", 0
            self.llm, load_log = self._load(path, options.n_ctx, threads, 0, options.flash_attn)
        n_layers = header.block_count or int(llama_cpp.llama_model_n_layer(self.llm.model))
        offloaded, offload_source = _offloaded(load_log, wanted_gpu, n_layers)
        try:
            self.style, style_notice = self._style(header, options.prompt_style)
        except Exception as exc:  # never leave a loaded context behind a failure
            self.llm.close()
            raise ModelLoadError(f"The prompt for {path.name} could not be prepared: {exc}") from None
        if style_notice:
            notices.append(style_notice)
        self.info = ModelInfo(
            path=path,
            name=header.name,
            architecture=header.architecture,
            quantization=header.quantization,
            file_size=header.file_size,
            parameters=header.parameters,
            n_layers=n_layers,
            context=options.n_ctx,
            backend=backend,
            gpu_layers=offloaded,
            gpu_layers_source=offload_source,
            threads=threads,
            prompt_style=self.style.name,
            load_s=time.perf_counter() - start,
            notice=" ".join(notices),
            flash_attn=_flash_attention(options.flash_attn, wanted_gpu),
            prompt_style_chosen=options.prompt_style != AUTO,
        )
        self._vocab = self.llm._model.vocab
        # The decoding `parley bench --typed --speculative` measured fastest here, output-identical.
        self.decoding, self._drafter = self._open_drafter(stored_method(choice_key(path, backend, threads)))

    def _open_drafter(self, method: str) -> tuple[str, Drafter | None]:
        if method == PROMPT_LOOKUP:
            return method, prompt_lookup()
        if method != DRAFT_MODEL:
            return PLAIN, None
        from app.core.models.bundled import qwen_path

        try:
            draft = Llama(str(qwen_path()), n_ctx=self.info.context, n_threads=self.info.threads,
                          n_threads_batch=self.info.threads, verbose=False)  # fmt: skip
        except Exception as exc:  # no draft model installed, or it does not load: plain decoding
            log.warning("The draft model is not available (%s); decoding without it", exc)
            return PLAIN, None
        if not shares_vocabulary(self.llm, draft):
            draft.close()
            return PLAIN, None
        return method, DraftLlama(draft)

    @staticmethod
    def _load(
        path: Path, n_ctx: int, threads: int, gpu_layers: int, flash_attn: str
    ) -> tuple[Llama, list[str]]:
        """The model and every line llama.cpp logged while loading it."""
        with native_log_lock, capture_native_log() as lines:
            return LoadedModel._load_logged(path, n_ctx, threads, gpu_layers, flash_attn), lines

    @staticmethod
    def _load_logged(path: Path, n_ctx: int, threads: int, gpu_layers: int, flash_attn: str) -> Llama:
        native_log.clear()
        try:
            return Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=threads,
                n_threads_batch=threads,
                n_gpu_layers=gpu_layers,
                flash_attn=_flash_attention(flash_attn, gpu_layers),
                # Gemma 3's sliding-window cache must be full-size for prefix reuse to work.
                swa_full=True,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            reason = next(
                (
                    line
                    for line in reversed(native_log)
                    if "error" in line.lower() or "unknown" in line.lower()
                ),
                str(exc),
            )
            raise ModelLoadError(f"llama.cpp could not load {path}: {reason}") from None

    def _style(self, header: GGUFInfo, chosen: str) -> tuple[PromptStyle, str]:
        """The preset for this model (or the user's choice), checked by rendering a sample once."""
        name = detect_style(header.metadata) if chosen == AUTO or chosen not in STYLES else chosen
        model = self.llm._model
        bos = model.token_get_text(model.token_bos()) if model.token_bos() >= 0 else ""
        eos = model.token_get_text(model.token_eos()) if model.token_eos() >= 0 else ""
        try:
            style = build_style(name, header.chat_template, bos, eos)
            style.render(get_language("en"), get_language("fr"), "Hello.", [])
            return style, ""
        except ChatTemplateError as exc:
            # A template that cannot render must not make the model unusable.
            return build_style(name, None), f"The model's chat template could not be used ({exc}); " + (
                "Parley uses the family's standard format instead."
            )

    def tokenize(self, text: str) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def stream(self, tokens: list[int]) -> Generator[bytes, None, None]:
        """Greedy decode after `tokens`, one token's bytes at a time, until end of generation.

        The prompt's longest cached prefix is reused. Closing the iterator stops
        generation; the model stays usable.
        """
        if self._drafter is not None:
            greedy = speculative_tokens(self.llm, tokens, self._drafter)
        else:
            greedy = self.llm.generate(tokens, temp=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0)
        try:
            for token in greedy:
                if llama_cpp.llama_vocab_is_eog(self._vocab, token):
                    return
                yield self.llm.detokenize([token])
        finally:
            greedy.close()

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
        if isinstance(self._drafter, DraftLlama):
            self._drafter.close()
        self.llm.close()


def _offloaded(load_log: list[str], wanted: int, n_layers: int) -> tuple[int, str]:
    """Layers on the GPU and where that figure comes from (see ModelInfo.gpu_layers_source)."""
    offload = parse_offload(load_log)
    if offload is not None:  # llama.cpp's own placement, from its load log
        return offload.gpu_layers, REPORTED
    # llama.cpp did not say (a build that logs differently): the request, marked as one.
    return (n_layers + 1 if wanted < 0 else min(wanted, n_layers + 1)), REQUESTED


def _flash_attention(choice: str, gpu_layers: int) -> bool:
    # On the CPU llama.cpp's flash attention saves little here; with offload it saves memory and time.
    return choice == "on" or (choice == "auto" and gpu_layers != 0 and gpu_backend() != "CPU")


def load_model(path: str | os.PathLike[str], options: ModelOptions) -> LoadedModel:
    """Validate then load; every failure is a ModelFileError or ModelLoadError with a sentence."""
    return LoadedModel(Path(path).expanduser(), options)


class LlamaLoader:
    """The engine's default BackendLoader: GGUF files run in-process by llama.cpp."""

    def check(self, path: Path) -> None:
        check_gguf(path)

    def load(self, path: Path, options: ModelOptions) -> LoadedModel:
        return load_model(path, options)


LLAMA = LlamaLoader()

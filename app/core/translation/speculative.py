"""Speculative greedy decoding, and the method this machine measured fastest.

A drafter proposes a few tokens; the model evaluates them in one batch and keeps the
longest run that matches its own greedy picks, plus one token of its own. The output is
the model's greedy output whenever the batch's logits pick what one-token decoding picks.

Why Parley runs its own loop instead of `Llama(draft_model=...)` with `Llama.generate`:
- the library turns `logits_all` on for the whole context, so every prompt token pays for
  the output layer (151,936 rows for Qwen) and its logits are copied into Python, and its
  score buffer has only `n_batch` rows unless `logits_all=True` was passed (then it holds
  `n_ctx` rows: 2.5 GB for Qwen at 4096), so a context past 512 tokens fails to copy;
- here the prompt is evaluated exactly as the plain path evaluates it (`Llama.generate`,
  last logits only, same prefix reuse), and only the verification batch asks for every row.

llama.cpp's CPU kernels do not give a batch of tokens bit-for-bit the logits that one-token
decoding gives (measured here: up to ~0.5 in a logit, from the repacked matrix kernels and the
attention over tokens of the same batch), so a near tie can go the other way. Output
identity is therefore measured, per machine, and a method is used only where it held.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import llama_cpp
import numpy as np
import numpy.typing as npt
from llama_cpp import Llama
from llama_cpp.llama_speculative import LlamaDraftModel, LlamaPromptLookupDecoding

from app.core.paths import data_dir

PLAIN = "plain"
PROMPT_LOOKUP = "prompt_lookup"
DRAFT_MODEL = "draft_model"
METHODS = (PROMPT_LOOKUP, DRAFT_MODEL)
# A method must beat plain decoding by this much to be chosen: less is within a run's noise.
MIN_GAIN = 1.05
CHOICES_FILE = "decoding.json"

log = logging.getLogger("parley.speculative")

Drafter = Callable[[npt.NDArray[np.intc]], npt.NDArray[np.intc]]
"""Proposes the tokens that follow `input_ids` (a LlamaDraftModel is one)."""


@dataclass
class DraftStats:
    """What one decode's drafts did: steps are verification batches."""

    steps: int = 0
    drafted: int = 0
    accepted: int = 0

    @property
    def accepted_per_step(self) -> float:
        return self.accepted / self.steps if self.steps else 0.0

    def add(self, other: DraftStats) -> None:
        self.steps += other.steps
        self.drafted += other.drafted
        self.accepted += other.accepted


class DraftLlama(LlamaDraftModel):
    """A smaller model with the same tokenizer drafts greedily, a few tokens at a time.

    It keeps its own context between calls and evaluates only what changed since the last
    one; it stops drafting early once its own top token is unlikely, since a rejected
    draft costs a decode of the small model for nothing.
    """

    def __init__(self, llm: Llama, max_tokens: int = 4, min_probability: float = 0.4) -> None:
        self.llm = llm
        self.max_tokens = max_tokens
        self.min_probability = min_probability

    def __call__(self, input_ids: npt.NDArray[np.intc], /, **kwargs: Any) -> npt.NDArray[np.intc]:
        llm = self.llm
        room = llm.n_ctx() - len(input_ids) - 1
        if room <= 0:
            return np.array([], dtype=np.intc)
        held = llm.input_ids[: llm.n_tokens]
        common = _common_prefix(held, input_ids)
        # The last token is evaluated again when nothing is new: its logits are the ones needed.
        common = min(common, len(input_ids) - 1)
        llm.n_tokens = common
        llm.eval(input_ids[common:].tolist())
        drafts: list[int] = []
        for _ in range(min(self.max_tokens, room)):
            logits = np.ctypeslib.as_array(llm._ctx.get_logits_ith(-1), shape=(llm.n_vocab(),))
            token = int(logits.argmax())
            probability = 1.0 / float(np.exp(logits - logits[token]).sum())
            if probability < self.min_probability:
                break
            drafts.append(token)
            if len(drafts) == self.max_tokens or llama_cpp.llama_vocab_is_eog(llm._model.vocab, token):
                break
            llm.eval([token])
        return np.array(drafts, dtype=np.intc)

    def close(self) -> None:
        self.llm.close()


def prompt_lookup(max_ngram_size: int = 3, num_pred_tokens: int = 3) -> LlamaPromptLookupDecoding:
    """llama-cpp-python's prompt lookup, with a short draft: on a CPU a long rejected batch is not free."""
    return LlamaPromptLookupDecoding(max_ngram_size=max_ngram_size, num_pred_tokens=num_pred_tokens)


def _common_prefix(a: npt.NDArray[np.intc], b: npt.NDArray[np.intc]) -> int:
    n = min(len(a), len(b))
    differ = np.nonzero(a[:n] != b[:n])[0]
    return int(differ[0]) if len(differ) else n


def _verify(llm: Llama, batch: list[int]) -> list[int]:
    """Evaluate `batch` after the context with logits for every row; the greedy pick after each token."""
    n_past = llm.n_tokens
    llm._ctx.kv_cache_seq_rm(-1, n_past, -1)
    llm._batch.set_batch(batch=batch, n_past=n_past, logits_all=True)
    llm._ctx.decode(llm._batch)
    llm.input_ids[n_past : n_past + len(batch)] = batch
    llm.n_tokens = n_past + len(batch)
    llm._requires_eval = False
    rows = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(len(batch), llm.n_vocab()))
    return [int(t) for t in rows.argmax(axis=1)]


def speculative_tokens(
    llm: Llama, tokens: list[int], drafter: Drafter, stats: DraftStats | None = None
) -> Generator[int, None, None]:
    """The model's greedy tokens after `tokens`, drafted by `drafter` and verified in batches.

    Endless, like `Llama.generate`: the caller stops at end of generation. Closing it leaves
    the context holding the prompt and the tokens verified so far, for prefix reuse.
    """
    stats = stats if stats is not None else DraftStats()
    first = llm.generate(tokens, temp=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0)
    try:
        token = next(first)  # the prompt, evaluated exactly as the plain path does
    finally:
        first.close()
    while True:
        yield token
        n_past = llm.n_tokens
        room = llm.n_ctx() - n_past - 1
        if room <= 0:
            return
        context = np.append(llm.input_ids[:n_past], np.intc(token)).astype(np.intc)
        drafts = [int(t) for t in drafter(context)[: room - 1]]
        picks = _verify(llm, [token, *drafts])
        accepted = 0
        while accepted < len(drafts) and drafts[accepted] == picks[accepted]:
            accepted += 1
        keep = n_past + 1 + accepted
        if llm.n_tokens > keep:  # the rejected drafts leave the cache
            llm.n_tokens = keep
            llm._ctx.kv_cache_seq_rm(-1, keep, -1)
        stats.steps += 1
        stats.drafted += len(drafts)
        stats.accepted += accepted
        yield from picks[:accepted]
        token = picks[accepted]


def plain_tokens(llm: Llama, tokens: list[int]) -> Generator[int, None, None]:
    """Greedy one-token decoding, as the app decodes without a drafter."""
    yield from llm.generate(tokens, temp=0.0, top_k=1, top_p=1.0, min_p=0.0, repeat_penalty=1.0)


def shares_vocabulary(model: Llama, draft: Llama) -> bool:
    """Whether `draft` can draft for `model`: the same token ids for the same text."""
    sample = "Bonjour, où est la gare ? 12:30 — Straße, ça coûte 5 €.".encode()
    return model.n_vocab() == draft.n_vocab() and model.tokenize(sample) == draft.tokenize(sample)


# -- the method this machine measured fastest ------------------------------------------


@dataclass(frozen=True)
class MethodFigures:
    """One method against plain decoding, in the same run."""

    decode_ratio: float | None  # its decode tokens/s p50 over plain's
    identical: bool  # every output was plain greedy's


def choose_method(figures: dict[str, MethodFigures], min_gain: float = MIN_GAIN) -> str:
    """The fastest method whose outputs were identical and which beat plain by `min_gain`; else plain."""
    winners = [
        (f.decode_ratio, name)
        for name, f in figures.items()
        if f.identical and f.decode_ratio is not None and f.decode_ratio >= min_gain
    ]
    return max(winners)[1] if winners else PLAIN


def choice_key(model_path: Path, backend: str, threads: int) -> str:
    """A measurement holds for this model file, on this build's backend, with this many threads."""
    try:
        size = model_path.stat().st_size
    except OSError:
        size = 0
    return f"{model_path.name}:{size}:{backend}:{threads}"


def _choices_path() -> Path:
    return data_dir() / CHOICES_FILE


def _read_choices() -> dict[str, Any]:
    try:
        data = json.loads(_choices_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none measured yet, or a damaged file: plain decoding
    return data if isinstance(data, dict) else {}


def stored_method(key: str) -> str:
    """The method measured for `key`, PLAIN when none was measured or it is unknown."""
    entry = _read_choices().get(key)
    method = entry.get("method") if isinstance(entry, dict) else None
    return method if method in METHODS else PLAIN


def store_method(key: str, method: str, figures: dict[str, Any]) -> Path:
    """Remember the measured choice, so the app decodes this model with it."""
    choices = _read_choices()
    choices[key] = {"method": method, "measured": time.strftime("%Y-%m-%d"), "figures": figures}
    path = _choices_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(choices, indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)
    return path

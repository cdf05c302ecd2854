"""Speculative decoding on the real models gives plain greedy output; the engine uses the stored choice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import llama_cpp
import numpy as np
import pytest
from llama_cpp import Llama

from app.core.languages import get_language
from app.core.models.bundled import qwen_path
from app.core.options import ModelOptions
from app.core.translation.llama_backend import LoadedModel, load_model
from app.core.translation.speculative import (
    PLAIN,
    PROMPT_LOOKUP,
    Drafter,
    DraftLlama,
    DraftStats,
    choice_key,
    plain_tokens,
    prompt_lookup,
    speculative_tokens,
    store_method,
)

SENTENCES = ("We are looking for a quiet hotel near the beach.", "My phone battery is almost empty.")
THREADS = 1  # a busy machine stalls two threads that wait on each other at every layer


@pytest.fixture(scope="module")
def model() -> Iterator[LoadedModel]:
    loaded = load_model(qwen_path(), ModelOptions(n_ctx=1024, threads=THREADS))
    yield loaded
    loaded.close()


def _greedy(llm: Llama, stream: Iterator[int], limit: int = 16) -> list[int]:
    out: list[int] = []
    for token in stream:
        if llama_cpp.llama_vocab_is_eog(llm._model.vocab, token) or len(out) >= limit:
            break
        out.append(token)
    getattr(stream, "close", lambda: None)()
    return out


def _text(model: LoadedModel, text: str) -> bytes:
    stream = model.stream(_prompt(model, text))
    pieces = [piece for _, piece in zip(range(16), stream)]
    stream.close()
    return b"".join(pieces)


def _prompt(model: LoadedModel, text: str) -> list[int]:
    return model.tokenize(model.style.render(get_language("en"), get_language("fr"), text, []).text)


# llama.cpp's CPU kernels give a batch of tokens logits up to about 0.5 away from one-token
# decoding's (docs/BENCHMARKS.md), so where plain greedy's top two tokens are closer than this
# a verification batch may rightly pick the other one.
NEAR_TIE = 1.0


def _margins(llm: Llama, prompt: list[int], plain: list[int]) -> list[float]:
    """For each of plain greedy's tokens, how far ahead of the runner-up it came out."""
    llm.reset()
    llm.eval(prompt)
    margins = []
    for token in plain:
        last = np.ctypeslib.as_array(llama_cpp.llama_get_logits_ith(llm.ctx, -1), shape=(llm.n_vocab(),))
        second, top = np.sort(last)[-2:]
        margins.append(float(top - second))
        llm.eval([token])
    return margins


def _check_identical(model: LoadedModel, drafter: Drafter) -> DraftStats:
    """The speculative output is plain greedy's, or leaves it only at a near tie."""
    stats = DraftStats()
    compared = 0
    for text in SENTENCES:
        tokens = _prompt(model, text)
        plain = _greedy(model.llm, plain_tokens(model.llm, tokens))
        drafted = _greedy(model.llm, speculative_tokens(model.llm, tokens, drafter, stats))
        apart = next((i for i, (a, b) in enumerate(zip(plain, drafted)) if a != b), None)
        if apart is None:
            assert drafted == plain, (model.llm.detokenize(plain), model.llm.detokenize(drafted))
            compared += len(plain)
        else:
            margin = _margins(model.llm, tokens, plain)[apart]
            assert margin < NEAR_TIE, (apart, margin, model.llm.detokenize(plain), drafted)
            compared += apart
    # A verification that read the wrong row or kept a rejected token differs within a few tokens.
    assert compared >= 8, compared
    return stats


def test_prompt_lookup_gives_plain_greedy_output(model: LoadedModel) -> None:
    stats = _check_identical(model, prompt_lookup())
    assert stats.steps > 0


def test_a_draft_model_gives_plain_greedy_output_and_its_drafts_are_accepted(model: LoadedModel) -> None:
    # The model drafting for itself: every draft it is confident of is what the model picks, so a
    # verification that read the wrong row, or kept a rejected token, shows as a change in output
    # or in how many drafts were accepted.
    draft = DraftLlama(Llama(str(qwen_path()), n_ctx=1024, n_threads=THREADS, verbose=False))
    try:
        stats = _check_identical(model, draft)
    finally:
        draft.close()
    assert stats.drafted > 0 and stats.accepted >= 0.8 * stats.drafted
    assert stats.accepted_per_step > 1


def test_the_engine_decodes_with_the_stored_method(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path))
    options = ModelOptions(n_ctx=1024, threads=THREADS)
    plain = load_model(qwen_path(), options)
    try:
        assert plain.decoding == PLAIN  # nothing measured: plain decoding
        expected = _text(plain, SENTENCES[1])
        store_method(choice_key(qwen_path(), plain.info.backend, THREADS), PROMPT_LOOKUP, {})
    finally:
        plain.close()
    chosen = load_model(qwen_path(), options)
    try:
        assert chosen.decoding == PROMPT_LOOKUP
        assert _text(chosen, SENTENCES[1]) == expected
    finally:
        chosen.close()


def test_a_context_longer_than_the_batch_decodes() -> None:
    # llama-cpp-python's own speculative path (`Llama(draft_model=...)`) keeps logits for only
    # `n_batch` positions and fails once the context is longer; Parley's loop keeps none.
    llm = Llama(str(qwen_path()), n_ctx=256, n_batch=16, n_ubatch=16, n_threads=THREADS, verbose=False)
    try:
        text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        tokens = llm.tokenize(f"Count on: {text} fifteen sixteen".encode())
        assert len(tokens) > 16
        plain = _greedy(llm, plain_tokens(llm, tokens), limit=8)
        assert _greedy(llm, speculative_tokens(llm, tokens, prompt_lookup()), limit=8) == plain
    finally:
        llm.close()

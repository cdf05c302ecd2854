"""Hostile text and a damaged model on the real bundled Gemma: bounded work, no chunk given another's
translation, what cannot be translated left as written and said so, no translation a failure."""

from __future__ import annotations

import json
import os
import random
import shutil
import string
import time
from pathlib import Path

import gguf

from app.core.translation.engine import NO_WORDS, TranslationEngine
from app.core.translation.events import RequestFinished, TokenEvent, TranslationRequest
from tests.integration.test_cli import parley


def _word(length: int = 5000, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(length))


def test_a_5000_character_word_is_left_as_written_at_once_and_said_so(engine: TranslationEngine) -> None:
    word = _word()
    started = time.monotonic()
    events = list(engine.translate(TranslationRequest(word, "en", "fr")))
    assert time.monotonic() - started < 60  # it ran over 300 s, inventing a sentence per chunk
    final = events[-1]
    assert isinstance(final, RequestFinished)
    # Every chunk is its own source, so none is a copy of another, and nothing is lost.
    assert final.translation == word
    assert "".join(e.piece for e in events if isinstance(e, TokenEvent)) == word
    assert [(u.text, u.reason) for u in final.untranslated] == [(word, NO_WORDS)]
    assert "5000 characters" in final.untranslated[0].sentence()


def test_the_sentences_around_such_a_word_are_translated_and_differ(engine: TranslationEngine) -> None:
    word = _word(4828, seed=2)
    events = list(engine.translate(TranslationRequest(f"Good morning. {word} See you tomorrow.", "en", "fr")))
    final = events[-1]
    assert isinstance(final, RequestFinished)
    assert final.translation.count(word) == 1
    before, after = (part.strip() for part in final.translation.split(word))
    assert before and after and before != after
    assert "Good morning" not in before and "See you tomorrow" not in after
    assert [u.text for u in final.untranslated] == [word]


def test_the_command_line_says_what_was_left_as_written(tmp_path: Path) -> None:
    word = _word(1000, seed=3)
    plain = parley("translate", "--to", "fr", word)
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout == word + "\n"
    assert "was left as it is: there is no word in it to translate" in plain.stderr
    lines = tmp_path / "in.txt"
    lines.write_text(f"Thank you.\n{word}\n", encoding="utf-8")
    batch = parley("translate", "--to", "fr", "--jsonl", "--file", str(lines))
    assert batch.returncode == 0, batch.stderr
    first, second = (json.loads(line) for line in batch.stdout.splitlines())
    assert "untranslated" not in first
    assert second["translation"] == word
    assert second["untranslated"] == [{"text": word, "reason": NO_WORDS}]
    assert "line 2: " in batch.stderr


def _damaged_copy(model: Path, path: Path) -> Path:
    """The model with most of its weights overwritten by noise: it loads, and answers with nothing."""
    shutil.copyfile(model, path)
    data = min(t.data_offset for t in gguf.GGUFReader(str(model)).tensors)
    size = os.path.getsize(path) - data
    with path.open("r+b") as handle:
        handle.seek(data + size // 10)
        handle.write(random.Random(17).randbytes(size * 8 // 10))
    return path


def test_a_damaged_model_answering_nothing_is_a_failure_with_a_sentence(tmp_path: Path, gemma: Path) -> None:
    damaged = _damaged_copy(gemma, tmp_path / "damaged.gguf")
    started = time.monotonic()
    text = "Where can I buy a ticket?"
    result = parley("translate", "--model", str(damaged), "--to", "fr", text, timeout=280)
    elapsed = time.monotonic() - started
    assert result.returncode == 2, (result.stdout, result.stderr)  # it was an empty success, exit 0
    assert result.stdout.strip() == ""
    assert "The model gave no translation of this text" in result.stderr
    assert "choose another model" in result.stderr
    assert elapsed < 240, elapsed


def test_what_needs_no_translation_is_copied_whole_without_a_word(engine: TranslationEngine) -> None:
    word = _word(300, seed=4)
    final = list(engine.translate(TranslationRequest(f"Hello. {word}", "en", "en")))[-1]
    assert isinstance(final, RequestFinished)
    assert final.translation == f"Hello. {word}" and final.untranslated == ()
    digits = "".join(str(n % 10) for n in range(600))  # no letter: copied, whole, without a word
    final = list(engine.translate(TranslationRequest(digits, "en", "fr")))[-1]
    assert isinstance(final, RequestFinished)
    assert final.translation == digits and final.untranslated == ()

"""Unusual input on the command line: bytes that are not UTF-8, a reader that goes away."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LINES = [b"Good night.", b"caf\xe9 au lait, s'il vous pla\xeet", b"Thank you very much."]


def parley_bytes(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True,
                          timeout=180, env={**os.environ, "PYTHONIOENCODING": ""})  # fmt: skip


def test_invalid_utf8_is_replaced_and_the_batch_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes(b"\n".join(LINES) + b"\n")
    from_file = parley_bytes("translate", "--to", "de", "--jsonl", "--file", str(source))
    from_stdin = parley_bytes("translate", "--to", "de", "--jsonl", stdin=b"\n".join(LINES) + b"\n")
    for result, name in ((from_file, str(source)), (from_stdin, "the standard input")):
        stderr = result.stderr.decode()
        assert result.returncode == 0, stderr
        assert "Traceback" not in stderr and "surrogates" not in stderr
        assert f"line 2 of {name} is not valid UTF-8" in stderr
        records = [json.loads(line) for line in result.stdout.decode().splitlines()]
        assert [r["source"] for r in records] == [
            "Good night.", "caf\N{REPLACEMENT CHARACTER} au lait, s'il vous pla\N{REPLACEMENT CHARACTER}t",
            "Thank you very much.",
        ]  # fmt: skip
        assert all(r["translation"] for r in records)


def test_invalid_utf8_in_an_argument_is_translated() -> None:
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"app", b"translate", b"--to", b"fr", b"caf\xe9 noir, please"],
        capture_output=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.strip() and b"surrogates" not in result.stderr


def test_a_folder_as_the_input_file_is_named() -> None:
    result = parley_bytes("translate", "--to", "fr", "--jsonl", "--file", str(Path(__file__).parent))
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert b"is a folder" in result.stderr


def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    # Like `parley translate --jsonl < many.txt | head -1`.
    lines = b"".join(b"Line number %d.\n" % n for n in range(40))
    command = [sys.executable, "-m", "app", "translate", "--to", "fr", "--jsonl"]
    pipe = subprocess.PIPE
    with subprocess.Popen(command, stdin=pipe, stdout=pipe, stderr=pipe) as proc:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        proc.stdin.write(lines)
        proc.stdin.close()
        assert json.loads(proc.stdout.readline())["source"] == "Line number 0."
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
    assert code == 141

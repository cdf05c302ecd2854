"""Nothing leaves the machine: the commands that load every model open no network socket.

Each command runs under `strace -f -e trace=network` (all threads and child processes), with
HOME pointing at an empty folder so that anything a library writes into the home folder shows
up. The bundled models' cache stays where the test session already assembled it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.paths import cache_dir
from tests.speech_clips import clip

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="needs strace (apt-get install strace)")

# `socket(AF_INET, ...`, `socketpair(AF_UNIX, ...` and any address passed to connect/sendto/bind.
_FAMILY = re.compile(r"\b(?:socket|socketpair)\((AF_\w+)|sa_family=(AF_\w+)")

COMMANDS = {
    "transcribe": ["transcribe", str(clip("thanks")), "--translate-to", "es"],
    "translate": ["translate", "--from", "en", "--to", "fr", "Where", "is", "the", "station?"],
    "self-test": ["self-test"],
}


def foreign_sockets(trace: str) -> list[str]:
    """The trace lines that use any address family other than local (AF_UNIX) sockets."""
    lines = []
    for line in trace.splitlines():
        families = {a or b for a, b in _FAMILY.findall(line)}
        if families - {"AF_UNIX", "AF_LOCAL"}:
            lines.append(line.strip())
    return lines


def test_foreign_sockets_are_recognised() -> None:
    trace = (
        '8956  socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP <unfinished ...>\n'
        '8957  connect(12, {sa_family=AF_INET6, sin6_port=htons(443)}, 28) = 0\n'
        '9332  socket(AF_UNIX, SOCK_STREAM, 0)   = 12\n'
        '9332  connect(12, {sa_family=AF_UNIX, sun_path="/dev/shm/jack_default_0_0"}, 110) = -1\n'
    )  # fmt: skip
    assert [line.split()[0] for line in foreign_sockets(trace)] == ["8956", "8957"]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_command_opens_no_network_socket(command: str, gemma: Path, tmp_path: Path) -> None:
    assert STRACE is not None
    home = tmp_path / "home"
    home.mkdir()
    trace_file = tmp_path / "trace.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    # The app itself must switch onnxruntime's telemetry off, not the environment it was started in.
    env.pop("ORT_DISABLE_TELEMETRY", None)
    env.update(
        HOME=str(home), PARLEY_CACHE_DIR=str(cache_dir()), PARLEY_DATA_DIR=str(tmp_path / "data")
    )  # fmt: skip
    result = subprocess.run(
        [STRACE, "-f", "-qq", "-e", "trace=network", "-o", str(trace_file),
         sys.executable, "-m", "app", *COMMANDS[command]],
        capture_output=True, text=True, timeout=280, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip()
    assert foreign_sockets(trace_file.read_text(errors="replace")) == []
    written = sorted(str(p.relative_to(home)) for p in (home / ".cache" / "Microsoft").rglob("*"))
    assert not (home / ".cache" / "Microsoft").exists(), f"onnxruntime wrote {written}"

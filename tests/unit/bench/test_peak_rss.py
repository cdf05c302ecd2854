"""The typed benchmark imports and measures its peak memory where there is no `resource`
module (Windows), not only on POSIX."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# The libraries are loaded first as the real platform needs them; then the module is imported as
# Windows would see it: no `resource`, and sys.platform "win32".
AS_WINDOWS = """
import sys
import llama_cpp, psutil
import app.core.translation.engine
sys.modules["resource"] = None
sys.platform = "win32"
from app.core.bench.typed import peak_rss_mb
print(peak_rss_mb())
"""


def test_peak_rss_without_the_resource_module() -> None:
    result = subprocess.run([sys.executable, "-c", AS_WINDOWS], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip()) > 10.0  # MiB: a Python with llama.cpp loaded is bigger


def test_peak_rss_on_this_machine() -> None:
    from app.core.bench.typed import peak_rss_mb

    assert peak_rss_mb() > 10.0

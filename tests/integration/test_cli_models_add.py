"""`parley models add` lists only a model llama.cpp can load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.models.bundled import qwen_path
from tests.gguf_files import without_weights


def test_a_gguf_whose_weights_do_not_load_is_not_added(tmp_path: Path) -> None:
    env = {**os.environ, "PARLEY_DATA_DIR": str(tmp_path / "data")}
    hollow = without_weights(qwen_path(), tmp_path / "hollow.gguf")
    result = subprocess.run([sys.executable, "-m", "app", "models", "add", str(hollow)], capture_output=True,
                            text=True, timeout=120, env=env)  # fmt: skip
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert lines[0].startswith("parley: not added: llama.cpp cannot load the weights in")
    assert str(hollow) in lines[0] and "wrong shape" in lines[0]
    assert not (tmp_path / "data" / "models.json").exists()
    listed = subprocess.run([sys.executable, "-m", "app", "models", "--json"], capture_output=True,
                            text=True, timeout=120, env=env)  # fmt: skip
    assert all(m["origin"] != "added" for m in json.loads(listed.stdout)["models"])

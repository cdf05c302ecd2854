"""`parley --verbose`: the log on stderr as well as in the file, and stdout still only the translation."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_cli import parley


def test_verbose_prints_the_log_to_stderr_and_keeps_stdout_clean(tmp_path: Path) -> None:
    env = {"PARLEY_DATA_DIR": str(tmp_path)}
    quiet = parley("translate", "--to", "fr", "Good morning.", env=env)
    assert quiet.returncode == 0, quiet.stderr
    assert "parley.llama" not in quiet.stderr and "parley.engine" not in quiet.stderr
    logged = (tmp_path / "parley.log").read_text(encoding="utf-8")
    assert "parley.engine" in logged and "layers on the GPU" in logged

    loud = parley("--verbose", "translate", "--to", "fr", "Good morning.", env=env)
    assert loud.returncode == 0, loud.stderr
    assert loud.stdout == quiet.stdout  # the log never mixes into the translation
    assert "DEBUG   parley.llama" in loud.stderr and "load_tensors: layer" in loud.stderr
    assert "INFO    parley.engine" in loud.stderr

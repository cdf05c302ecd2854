"""`parley models` and `parley self-test` say which tier translates here, and why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.models.tier import REALTIME_BUDGET, TierTiming, hardware_fingerprint, measured
from app.ui.settings_store import SettingsStore

TIMINGS = (
    TierTiming("quality", "Qwen", (800.0, 900.0), (250.0, 260.0)),
    TierTiming("fast", "Gemma", (200.0,), (40.0,)),
)


def run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(config)}  # the window's settings file lives here
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=240, env=env)


def store_record(config: Path) -> None:
    store = SettingsStore(config / "Parley" / "parley.ini")
    settings = store.load()
    settings.tier_record = measured(TIMINGS, hardware_fingerprint(), REALTIME_BUDGET).to_json()
    assert store.save(settings) == ""


def test_parley_models_shows_the_measured_tier_and_the_override_wins(tmp_path: Path) -> None:
    fresh = run(tmp_path, "-m", "app", "models")
    assert fresh.returncode == 0, fresh.stderr
    assert "tier in use: fast (default): not measured on this machine yet" in fresh.stdout
    assert "parley models --measure" in fresh.stdout
    store_record(tmp_path)
    result = run(tmp_path, "-m", "app", "models")
    assert result.returncode == 0, result.stderr
    assert "tier in use: quality (measured): the best translations that meet the budget" in result.stdout
    assert "budget: a 12-word sentence translated within 1 s" in result.stdout
    assert "quality (Qwen): 0.85 s for a 12-word sentence (first token 255 ms), meets the 1 s budget" in (
        result.stdout
    )
    assert "tier fast (--model fast)" in result.stdout and "tier quality (--model quality)" in result.stdout
    forced = run(tmp_path, "-m", "app", "models", "--tier", "fast", "--json")
    assert forced.returncode == 0, forced.stderr
    tier = json.loads(forced.stdout)["tier"]
    assert (tier["tier"], tier["source"], tier["override"]) == ("fast", "override", "fast")
    assert any("meets the 1 s budget" in line for line in tier["figures"])  # the figures stay shown
    again = run(tmp_path, "-m", "app", "models")  # the override was kept in the settings
    assert "tier in use: fast (override): chosen by you" in again.stdout


def test_the_self_test_shows_the_tier(tmp_path: Path) -> None:
    store_record(tmp_path)
    code = "from app.selftest import CHECKS, _tier; print(_tier()); print(('tier', _tier, False) in CHECKS)"
    result = run(tmp_path, "-c", code)
    assert result.returncode == 0, result.stderr
    line, name = result.stdout.splitlines()
    assert line.startswith("quality (measured): the best translations that meet the budget")
    assert "measured " in line and "fast (Gemma): 0.20 s" in line and name == "True"

"""The window in every interface language on a real X server (Xvfb): a screenshot per language, no text
cut off, the window no wider than the screen, Arabic right to left, and the shortcuts working.

Screenshots go to $PARLEY_I18N_SCREENSHOTS when it is set (CI keeps them), else to the test's tmp_path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.i18n.tools import ROOT, TOOLS
from tests.ui.test_xcb_smoke import display  # noqa: F401 - the Xvfb fixture

LANGUAGES = ["en", *TOOLS.LANGUAGES]


def test_every_language_fits_the_window(display: str, tmp_path: Path) -> None:  # noqa: F811
    shots = Path(os.environ.get("PARLEY_I18N_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    script = Path(__file__).with_name("languages_app.py")
    result = subprocess.run(
        [sys.executable, str(script), str(shots), *LANGUAGES],
        env=env, capture_output=True, text=True, timeout=240, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["language"] for r in reports] == LANGUAGES, result.stdout + result.stderr
    for report in reports:
        language = report["language"]
        assert not report["cut"], f"{language}: cut off: {report['cut']}"
        assert report["minimum"][0] <= report["screen"][0], f"{language}: the window is wider than the screen"
        assert report["direction"] == ("rtl" if language == "ar" else "ltr")
        assert report["shortcuts_opened"] == ["HistoryDialog", "ModelManager"], language
        shot = shots / f"window-{language}.png"
        assert shot.is_file() and shot.stat().st_size > 10_000, shot

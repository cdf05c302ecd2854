"""A throw-away PulseAudio server for one test session: a null sink as the default output
("what this computer plays") and a virtual microphone fed by a second null sink.

`paplay -d SINK clip` plays into either; Parley captures the first sink's monitor (system
audio) and the virtual microphone through the real server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SPEAKERS = "parley_speakers"  # the default output; its monitor is system audio
MIC_FEED = "parley_mic_feed"  # what is played here comes out of the virtual microphone
MICROPHONE = "parley_microphone"


@dataclass
class PulseServer:
    env: dict[str, str]

    def pactl(self, *args: str) -> str:
        done = subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def play(self, sink: str, clip: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["paplay", "--latency-msec=30", "-d", sink, str(clip)], env=self.env)


def missing_tools() -> str | None:
    missing = [tool for tool in ("pulseaudio", "pactl", "paplay") if shutil.which(tool) is None]
    if missing:
        return (
            f"{', '.join(missing)} not installed: these tests need a real PulseAudio server "
            "(Debian: apt-get install pulseaudio pulseaudio-utils; .ci/run installs them)"
        )
    return None


@contextmanager
def pulse_server() -> Iterator[PulseServer]:
    """Start a private server (it works as root in its own runtime dir) and always stop it."""
    runtime = tempfile.mkdtemp(prefix="parley-pulse-")
    env = {**os.environ, "XDG_RUNTIME_DIR": runtime, "PULSE_SERVER": f"unix:{runtime}/pulse/native"}
    env.pop("PULSE_SINK", None)
    env.pop("PULSE_SOURCE", None)
    command = [
        "pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1", "--disallow-exit",
        "-L", "module-native-protocol-unix",
        "-L", f"module-null-sink sink_name={SPEAKERS} sink_properties=device.description=Parley-speakers",
        "-L", f"module-null-sink sink_name={MIC_FEED} sink_properties=device.description=Parley-mic-feed",
        "-L", f"module-remap-source master={MIC_FEED}.monitor source_name={MICROPHONE} "
              "source_properties=device.description=Parley-microphone",
    ]  # fmt: skip
    started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
    server = PulseServer(env)
    try:
        assert started.returncode == 0, f"pulseaudio did not start: {started.stderr}"
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
            assert time.monotonic() < deadline, "pulseaudio started but does not answer"
            time.sleep(0.1)
        server.pactl("set-default-sink", SPEAKERS)
        server.pactl("set-default-source", MICROPHONE)
        yield server
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=10)
        shutil.rmtree(runtime, ignore_errors=True)

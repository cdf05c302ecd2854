"""Parley: an offline translator for live conversations."""

import os
from importlib.metadata import PackageNotFoundError, version

# onnxruntime (faster-whisper's Silero VAD) has telemetry on by default: on import it writes a
# device id and an event queue under ~/.cache/Microsoft and uploads them. Only this variable,
# read once when its library loads, stops that; disable_telemetry_events() comes too late. It
# is set here, in the package every entry point (command line, window, tests, bundle) imports
# first, so no import order can load onnxruntime before it. Forced, not defaulted: Parley
# promises that nothing leaves the machine.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

try:
    __version__ = version("parley")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

"""The options a user chooses for the models: one definition that every surface derives from.

Each option is described once (`OptionSpec`: name, default, bounds or choices, help text and
its key in the settings file). The settings schema and its repair, the command line, the
model manager's Performance page and the engine's configuration all read these specs, so a
bound or a default cannot differ between them.

Plain data: imports nothing that loads a model library.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from app.core.choices import Choice
from app.core.errors import InputError
from app.core.languages import spoken_language
from app.core.models.families import AUTO, STYLES, StyleName
from app.core.models.whisper_files import DEFAULT_SPEECH_MODEL

T = TypeVar("T")


class FlashAttention(Choice):
    AUTO = "auto"  # on when layers are offloaded to a GPU
    ON = "on"
    OFF = "off"


class SpeechDevice(Choice):
    AUTO = "auto"  # CUDA when CTranslate2 sees a GPU, else the CPU
    CPU = "cpu"
    CUDA = "cuda"


class ComputeType(Choice):
    AUTO = "auto"  # float16 on CUDA, int8 on the CPU
    INT8 = "int8"
    INT8_FLOAT16 = "int8_float16"
    FLOAT16 = "float16"
    FLOAT32 = "float32"


def machine_threads() -> int:
    """The CPU threads this process may use: more only makes llama.cpp's threads wait on each
    other (asking for 10000 stalls a load for minutes)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        return max(1, len(affinity(0)))
    return os.cpu_count() or 1


class OptionError(InputError):
    """An option value out of its bounds or not among its choices; the message says what is allowed."""


@dataclass(frozen=True)
class OptionSpec(Generic[T]):
    """One option, described once."""

    name: str  # the field in ModelOptions or SpeechOptions
    flag: str  # on the command line
    default: T
    read: Callable[[str], T]  # a command-line word to a value (raises ValueError)
    help: str
    label: str = ""  # on the Performance page
    setting: str | None = None  # the key in the settings file; None: not kept there as one value
    low: int | None = None
    high: int | Callable[[], int] | None = None  # a callable: bounded by the machine
    choices: tuple[str, ...] = ()  # a closed set; empty: any value within the bounds
    labels: Mapping[str, str] = field(default_factory=dict)  # words for a choice or a special number
    suggested: tuple[int, ...] = ()  # the values a list offers (the context sizes)
    hint: str = ""  # ends a refusal: what a special value means, where the bound comes from
    optional: bool = False  # None is a value (not given: the model decides)

    def bounds(self) -> tuple[int, int]:
        if self.low is None or self.high is None:
            raise TypeError(f"{self.name} has no numeric bounds")
        return self.low, self.high() if callable(self.high) else self.high

    def label_of(self, value: object) -> str:
        return self.labels.get(str(value), str(value))

    def allowed(self) -> str:
        """What the option accepts, to follow its name in a sentence."""
        if self.choices:
            return "must be one of " + ", ".join(self.choices)
        if self.low is not None and self.high is not None:
            low, high = self.bounds()
            hint = f" ({self.hint.format(low=low, high=high)})" if self.hint else ""
            return f"must be a whole number from {low} to {high}{hint}"
        return "needs a value"

    def valid(self, value: object) -> bool:
        if value is None or value == "":
            return self.optional
        if self.choices:
            return str(value) in self.choices
        if self.low is not None and self.high is not None:
            low, high = self.bounds()
            return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return not isinstance(value, str) or bool(value.strip())

    def check(self, value: T) -> T:
        """`value` itself, or OptionError with a sentence that names the option and what it accepts."""
        if not self.valid(value):
            raise OptionError(f"{self.flag} {self.allowed()}, not {value}")
        return value

    def parse(self, text: str) -> T:
        """A command-line word as a checked value; argparse reports the sentence of an ArgumentTypeError."""
        try:
            value = self.read(text)
        except ValueError as exc:
            # A free value's reader knows best what went wrong (an unknown language lists the known).
            reason = f"{self.allowed()}, not {text!r}" if self.choices or self.low is not None else str(exc)
            raise argparse.ArgumentTypeError(reason) from None
        if not self.valid(value):
            raise argparse.ArgumentTypeError(f"{self.allowed()}, not {text!r}")
        return value


def _whole(text: str) -> int:
    return int(text.strip())


def _word(text: str) -> str:
    return text.strip()


N_CTX = OptionSpec(
    "n_ctx", "--ctx", 4096, _whole, "context size in tokens (default 4096)",
    label="Context size", setting="n_ctx", low=256, high=262144,
    suggested=(1024, 2048, 4096, 8192, 16384, 32768),
)  # fmt: skip
THREADS = OptionSpec(
    "threads", "--threads", 0, _whole, "CPU threads (0: automatic; at most this machine's)",
    label="CPU threads", setting="threads", low=0, high=machine_threads, labels={"0": "Automatic"},
    hint="0 chooses for you; this machine runs {high} threads at once",
)  # fmt: skip
GPU_LAYERS = OptionSpec(
    "gpu_layers", "--gpu-layers", -1, _whole, "layers to offload (-1: all the build can; 0: CPU only)",
    label="GPU layers", setting="gpu_layers", low=-1, high=1000,
    labels={"-1": "Automatic (every layer the build can offload)"},
    hint="-1: every layer the build can offload; 0: the CPU only",
)  # fmt: skip
FLASH_ATTN = OptionSpec(
    "flash_attn", "--flash-attn", FlashAttention.AUTO, FlashAttention.parse,
    "flash attention (auto: on when layers are offloaded)",
    label="Flash attention", setting="flash_attn", choices=FlashAttention.values(),
    labels={"auto": "Automatic"},
)  # fmt: skip
# Kept per model in the settings (Settings.prompt_styles), so not under one key.
PROMPT_STYLE = OptionSpec(
    "prompt_style", "--prompt-style", AUTO, StyleName.parse,
    "prompt preset (auto: chosen from the model's metadata)",
    label="Prompt", choices=StyleName.values(), labels={"auto": "Automatic", **STYLES},
)  # fmt: skip

ASR_MODEL = OptionSpec(
    "asr_model", "--asr-model", DEFAULT_SPEECH_MODEL, _word, "tiny.en, base, or a CTranslate2 Whisper folder",
    label="Speech model", setting="asr_model",
)  # fmt: skip
ASR_DEVICE = OptionSpec(
    "device", "--asr-device", SpeechDevice.AUTO, SpeechDevice.parse,
    "where speech is recognised (auto: CUDA when CTranslate2 sees a GPU)",
    label="Speech device", setting="asr_device", choices=SpeechDevice.values(), labels={"auto": "Automatic"},
)  # fmt: skip
ASR_COMPUTE_TYPE = OptionSpec(
    "compute_type", "--asr-compute-type", ComputeType.AUTO, ComputeType.parse,
    "speech model precision (auto: float16 on CUDA, int8 on the CPU)",
    label="Speech compute type", setting="asr_compute_type", choices=ComputeType.values(),
    labels={"auto": "Automatic"},
)  # fmt: skip
LANGUAGE: OptionSpec[str | None] = OptionSpec(
    "language", "--language", None, spoken_language,
    "the spoken language (default: detected; tiny.en is English only)", optional=True,
)  # fmt: skip
ENDPOINT_MS = OptionSpec(
    "endpoint_ms", "--endpoint-ms", 300, _whole, "silence that ends an utterance, in ms (default 300)",
    low=100, high=3000, hint="in milliseconds",
)  # fmt: skip


def _address(text: str) -> str:
    text = text.strip()
    if text and not text.lower().startswith(("http://", "https://")):
        raise ValueError(f"a server address starts with http:// or https://, not {text!r}")
    return text


def _yes(text: str) -> bool:
    return text.strip().lower() in ("1", "yes", "true", "on")


# A translation server; empty address: the local model. Its API key is never an option: it is
# kept in the system keychain (the window) or read from PARLEY_API_KEY (the command line).
ENDPOINT_URL = OptionSpec(
    "endpoint_url", "--endpoint", "", _address,
    "translate on an OpenAI-compatible server at this base URL (key from $PARLEY_API_KEY)",
    label="Server address", setting="endpoint_url", optional=True,
)  # fmt: skip
ENDPOINT_MODEL = OptionSpec(
    "endpoint_model", "--endpoint-model", "", _word, "the server's model to use (default: its first)",
    label="Model on the server", setting="endpoint_model", optional=True,
)  # fmt: skip
ENDPOINT_FALLBACK = OptionSpec(
    "endpoint_fallback", "--endpoint-fallback", False, _yes,
    "use the local model when the server cannot be reached (default: no)",
    label="Use the local model when the server cannot be reached", setting="endpoint_fallback",
)  # fmt: skip

MODEL_OPTIONS: tuple[OptionSpec[Any], ...] = (N_CTX, THREADS, GPU_LAYERS, FLASH_ATTN, PROMPT_STYLE)
SERVER_OPTIONS: tuple[OptionSpec[Any], ...] = (ENDPOINT_URL, ENDPOINT_MODEL, ENDPOINT_FALLBACK)
# Only `parley bench --speech` takes it: the app gives Whisper its share of the cores
# (app.core.speech.cores); a benchmark may compare other counts.
ASR_THREADS = OptionSpec(
    "asr_threads", "--asr-threads", 0, _whole,
    "--speech: Whisper's CPU threads (0: the app's own share of the cores)",
    low=0, high=machine_threads, hint="0 is the app's own choice; this machine runs {high} threads at once",
)  # fmt: skip
SPEECH_OPTIONS: tuple[OptionSpec[Any], ...] = (ASR_MODEL, ASR_DEVICE, ASR_COMPUTE_TYPE, LANGUAGE, ENDPOINT_MS)


@dataclass(frozen=True)
class ModelOptions:
    """How to load a translation model; the settings the user chooses."""

    n_ctx: int = N_CTX.default
    threads: int = THREADS.default
    gpu_layers: int = GPU_LAYERS.default
    flash_attn: FlashAttention = FLASH_ATTN.default
    prompt_style: StyleName = PROMPT_STYLE.default

    def __post_init__(self) -> None:
        _checked(self, MODEL_OPTIONS)


@dataclass(frozen=True)
class SpeechOptions:
    """How to recognise speech: the model, where it runs, the language and when an utterance ends."""

    asr_model: str = ASR_MODEL.default
    device: SpeechDevice = ASR_DEVICE.default
    compute_type: ComputeType = ASR_COMPUTE_TYPE.default
    language: str | None = LANGUAGE.default
    endpoint_ms: int = ENDPOINT_MS.default

    def __post_init__(self) -> None:
        _checked(self, SPEECH_OPTIONS)


@dataclass(frozen=True)
class ServerOptions:
    """Where translation runs when it does not run here: an OpenAI-compatible server."""

    endpoint_url: str = ENDPOINT_URL.default  # empty: the local model
    endpoint_model: str = ENDPOINT_MODEL.default
    endpoint_fallback: bool = ENDPOINT_FALLBACK.default

    def __post_init__(self) -> None:
        _checked(self, SERVER_OPTIONS)

    @property
    def remote(self) -> bool:
        return bool(self.endpoint_url)


def _checked(options: object, specs: tuple[OptionSpec[Any], ...]) -> None:
    """Refuse a value out of its spec (OptionError), whoever builds the options; a word of a closed
    set given as a plain string becomes its member."""
    for spec in specs:
        value = spec.check(getattr(options, spec.name))
        if spec.choices and isinstance(value, str):
            object.__setattr__(options, spec.name, spec.read(value))  # frozen: set once, here


def add_cli_arguments(parser: argparse.ArgumentParser, specs: Iterable[OptionSpec[Any]]) -> None:
    """One argument per spec: its flag, default, help and a type that refuses out-of-range values."""
    for spec in specs:
        many = len(spec.choices) > 4  # a long list reads better in the help than in the usage line
        metavar = spec.flag.lstrip("-").upper() if many or not spec.choices else "|".join(spec.choices)
        text = f"{spec.help}; one of {', '.join(spec.choices)}" if many else spec.help
        parser.add_argument(spec.flag, dest=spec.name, type=spec.parse, default=spec.default, metavar=metavar,
                            help=text)  # fmt: skip


def _values(args: argparse.Namespace, specs: tuple[OptionSpec[Any], ...]) -> dict[str, Any]:
    return {s.name: getattr(args, s.name, s.default) for s in specs}


def model_options_from_args(args: argparse.Namespace) -> ModelOptions:
    """The model options a command was given (OptionError for a value out of its spec)."""
    return ModelOptions(**_values(args, MODEL_OPTIONS))


def speech_options_from_args(args: argparse.Namespace) -> SpeechOptions:
    """The speech options a command was given (OptionError for a value out of its spec)."""
    return SpeechOptions(**_values(args, SPEECH_OPTIONS))

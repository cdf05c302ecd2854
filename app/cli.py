"""The `parley` command: the window by default; translate, transcribe, devices, models, history,
bench, self-test.

Only plain data is imported here, so `parley --help`, a refused option and `parley history`
answer at once; a command imports llama.cpp, Whisper or Qt when it needs a model or a window.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from app import __version__
from app.core import logs
from app.core.bench.sentences import SENTENCES
from app.core.conversation.export import export
from app.core.conversation.history import HistoryError, HistoryStore, default_path
from app.core.errors import ParleyError
from app.core.languages import UnknownLanguageError, get_language, language_codes
from app.core.models.gguf import ModelFileError, human_count, human_size
from app.core.models.tier import Tier
from app.core.options import (
    ASR_THREADS,
    MODEL_OPTIONS,
    SPEECH_OPTIONS,
    ModelOptions,
    OptionError,
    SpeechOptions,
    add_cli_arguments,
    model_options_from_args,
    speech_options_from_args,
)
from app.core.speech.events import UtteranceRecord
from app.core.translation.events import RequestFailed, RequestFinished, TokenEvent, TranslationRequest
from app.remote_cli import add_endpoint_arguments, bench_on_server, print_remote_models, remote_engine

if TYPE_CHECKING:  # these load llama.cpp or Whisper: imported by the commands that run a model
    from app.core.speech.audio import AudioSource
    from app.core.speech.recognizer import RecognizerConfig
    from app.core.speech.replay import FileRun
    from app.core.translation.engine import TranslationEngine

EXIT_USAGE = 2  # also: a model file that cannot be used
EXIT_FAILED = 1  # some lines of a batch could not be translated (the others were)
EXIT_PIPE_CLOSED = 141  # what a shell reports for a program whose reader went away (128 + SIGPIPE)


class CliError(ParleyError):
    """One line for stderr, and exit code 2."""


class _Parser(argparse.ArgumentParser):
    """A refused argument is one line on stderr, like every other refusal of the command."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _language(value: str) -> str:
    try:
        return get_language(value).code
    except UnknownLanguageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="parley", description="Offline translator for live conversations.")
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    parser.add_argument("--verbose", action="store_true", help="also print the log to stderr, in detail")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument(
        "--model",
        type=Path,
        help="GGUF model to load instead of the remembered one, or a tier: fast, quality",
    )

    def model_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--model",
            type=Path,
            help="GGUF model file, or a bundled tier: fast (Gemma 3 270M, the default) or quality "
            "(Qwen2.5-Coder 1.5B)",
        )
        add_cli_arguments(p, MODEL_OPTIONS)

    tr = sub.add_parser("translate", help="translate text, streaming to stdout")
    tr.add_argument(
        "--from", dest="source", type=_language, default="en", help="source language (default en)"
    )
    tr.add_argument("--to", dest="target", type=_language, required=True,
                    help="target language: " + ", ".join(language_codes()))  # fmt: skip
    model_options(tr)
    tr.add_argument(
        "--jsonl", action="store_true", help="one text per input line in, one JSON object per line out"
    )
    tr.add_argument("--file", type=Path, help="with --jsonl: read the texts from this file (default stdin)")
    tr.add_argument("text", nargs="*", help="the text to translate")
    add_endpoint_arguments(tr, fallback=True)

    tx = sub.add_parser(
        "transcribe", help="listen to an audio file or a device: live transcript and translation"
    )
    tx.add_argument("audio", type=Path, nargs="?", help="audio file (wav, flac, mp3, ogg, m4a)")
    tx.add_argument("--device", dest="live_device", metavar="NAME|system|default",
                    help="listen live instead: system = what this computer plays, default = the default "
                         "microphone, or a device's name or id (see `parley devices`)")  # fmt: skip
    tx.add_argument(
        "--seconds", type=float, help="with --device: stop after this many seconds (Ctrl+C stops too)"
    )
    tx.add_argument("--call", action="store_true",
                    help="a call: the microphone (--device, default: the default one) is you, speaking "
                         "--language (default en); what this computer plays (--system-device) is the "
                         "other side, speaking --translate-to; both at once, each translated into the "
                         "other's language")  # fmt: skip
    tx.add_argument("--system-device", metavar="NAME|system",
                    help="with --call: the output whose sound is the other side (default: system, "
                         "what the default output plays)")  # fmt: skip
    add_cli_arguments(tx, SPEECH_OPTIONS)
    tx.add_argument("--translate-to", type=_language, help="translate into this language")
    tx.add_argument("--realtime", action="store_true", help="replay at speaking pace, as from a microphone")
    tx.add_argument("--jsonl", action="store_true", help="one JSON object per utterance")
    model_options(tx)
    add_endpoint_arguments(tx, fallback=True)  # translation on a server; speech stays here

    devices = sub.add_parser("devices", help="list microphones and system-audio sources")
    devices.add_argument("--json", action="store_true", help="machine-readable output")

    models = sub.add_parser("models", help="list the available models; add or remove your own")
    models.add_argument("--json", action="store_true", help="machine-readable output")
    add_endpoint_arguments(models, model=False)
    models.add_argument("--measure", action="store_true",
                        help="time the bundled models on this machine now and choose the tier")  # fmt: skip
    models.add_argument("--tier", choices=Tier.values(),
                        help="which bundled model translates: auto (measured), fast or quality")  # fmt: skip
    models_sub = models.add_subparsers(dest="models_command")
    add = models_sub.add_parser("add", help="check a GGUF file or a Whisper folder, then list it")
    add.add_argument("path", type=Path)
    remove = models_sub.add_parser("remove", help="forget a model you added (the file stays on disk)")
    remove.add_argument("path", type=Path)

    history = sub.add_parser("history", help="kept conversations: list, search, export")
    history_sub = history.add_subparsers(dest="history_command", required=True)
    listing = history_sub.add_parser("list", help="list kept conversations, newest first")
    listing.add_argument("--search", default="", help="only conversations whose text or names contain this")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    exporting = history_sub.add_parser("export", help="write one conversation as text or subtitles")
    exporting.add_argument("id", type=int, help="the conversation's number (see `parley history list`)")
    exporting.add_argument("--format", choices=("txt", "srt", "vtt", "json"), default="txt")
    exporting.add_argument("--output", type=Path, help="write to this file (default: stdout)")
    history_sub.add_parser(
        "recover", help="save what can be read of a damaged history into a new one; the damaged file is kept"
    )

    bench = sub.add_parser("bench", help="measure latency and throughput")
    bench.add_argument(
        "--typed", action="store_true", help="typed input: the app against a bare llama.cpp loop"
    )
    bench.add_argument(
        "--speech", action="store_true", help="speech: recorded clips replayed at speaking pace"
    )
    bench.add_argument("--audio", nargs="+", metavar="CLIP",
                       help="--speech: audio files, each optionally PATH@START-END in seconds "
                            "(default: recorded speech shipped with Parley)")  # fmt: skip
    bench.add_argument("--minutes", type=float, default=10.0, help="--speech: length of the replay")
    bench.add_argument("--refine", action="store_true",
                       help="--speech: draft and refine (the fast model drafts, --model, by default the "
                            "quality model, translates each finished utterance) next to plain quality mode, "
                            "interleaved")  # fmt: skip
    bench.add_argument("--cpus", type=int, metavar="N",
                       help="--speech: run the whole replay on N cores (Linux)")  # fmt: skip
    add_cli_arguments(bench, (ASR_THREADS,))
    add_cli_arguments(bench, SPEECH_OPTIONS)
    model_options(bench)
    bench.add_argument("--from", dest="source", type=_language, default="en")
    bench.add_argument("--to", dest="target", type=_language, default="fr")
    bench.add_argument("--sentences", type=Path, help="sentences to use: a text file, one per line")
    bench.add_argument("--references", type=Path, metavar="TSV",
                       help="--typed: a TSV with a header of language codes (en, fr, …); translates the "
                       "--from column and scores chrF against the --to column")  # fmt: skip
    bench.add_argument("--json", dest="json_out", type=Path, help="also write the figures to this JSON file")
    bench.add_argument("--speculative", action="store_true",
                       help="--typed: also decode against the memory-bandwidth bound, plain and with "
                            "each speculative method; keep the fastest output-identical one")  # fmt: skip
    add_endpoint_arguments(bench)
    bench.add_argument("--clients", type=int, nargs="+", metavar="N", default=[],
                       help="--endpoint: also a load test with N clients at once, per N")  # fmt: skip

    sub.add_parser("self-test", help="check every part offline; non-zero exit names what failed")
    return parser


def _resolve_model_name(args: argparse.Namespace) -> None:
    """`--model quality` (or `fast`, or a bundled model's key) becomes that bundled model's file.

    An existing file of the same name wins: a name is only a name when no such file is there.
    """
    from app.core.models.bundled import BundledModelMissing, bundled_path, tier_model

    value = getattr(args, "model", None)
    if value is None or value.exists():
        return
    model = tier_model(str(value))
    if model is None:
        return  # a path: _require_model says what is wrong with it
    try:
        args.model = bundled_path(model.key)
    except BundledModelMissing as exc:
        raise CliError(f"--model {value}: {exc}") from None


def _require_model(args: argparse.Namespace) -> None:
    """Refuse bad options and files llama.cpp cannot use before anything loads; warn if it will not fit."""
    from app.core.models.check import check_gguf  # loads llama.cpp
    from app.core.models.memory import check_fit

    if args.model is not None:
        try:
            check_gguf(args.model)
        except ModelFileError as exc:
            raise CliError(str(exc)) from None
        _, warning = check_fit(str(args.model), args.n_ctx, args.gpu_layers)
        if warning:
            print(f"parley: {warning}", file=sys.stderr)


def _model_options(args: argparse.Namespace) -> ModelOptions:
    try:
        return model_options_from_args(args)
    except OptionError as exc:
        raise CliError(str(exc)) from None


def _engine(args: argparse.Namespace, source: str, target: str) -> TranslationEngine:
    """A started engine with its model loaded, or CliError with the reason."""
    if getattr(args, "endpoint_fallback", False) and not getattr(args, "endpoint_url", None):
        raise CliError("--endpoint-fallback works with --endpoint")
    if getattr(args, "endpoint_url", None):
        try:
            return remote_engine(args, source, target)
        except ParleyError as exc:
            raise CliError(str(exc)) from None
    from app.core.translation.engine import EngineConfig, TranslationEngine  # loads llama.cpp

    _require_model(args)
    engine = TranslationEngine(EngineConfig(args.model, _model_options(args), warm_pair=(source, target)))
    engine.start()
    engine.wait_ready()
    if engine.model_info is None:
        engine.close()
        raise CliError(engine.load_error or "the model did not load")
    if engine.model_info.notice:
        print(f"parley: {engine.model_info.notice}", file=sys.stderr)
    return engine


def _decoded(lines: Iterable[bytes], name: str) -> Iterator[str]:
    """Each line as text; bytes that are not UTF-8 become U+FFFD, said once per line, and the
    batch goes on (a line never ends it, nor hides the lines after it)."""
    for number, raw in enumerate(lines, 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            print(f"parley: line {number} of {name} is not valid UTF-8; its invalid bytes are "
                  "translated as \N{REPLACEMENT CHARACTER}", file=sys.stderr)  # fmt: skip
        if number == 1:
            text = text.removeprefix("\ufeff")  # a byte-order mark is not text to translate
        yield text.rstrip("\r\n")


def _texts(args: argparse.Namespace) -> Iterable[str]:
    if args.file is not None:
        try:
            with args.file.open("rb") as handle:
                yield from _decoded(handle, str(args.file))
        except IsADirectoryError:
            raise CliError(f"cannot read {args.file}: it is a folder, not a text file") from None
        except OSError as exc:
            raise CliError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    else:
        yield from _decoded(sys.stdin.buffer, "the standard input")


def _argument_text(words: Sequence[str]) -> str:
    """The text given as arguments; bytes that are not UTF-8 (Python keeps them as surrogates,
    which llama.cpp refuses) become U+FFFD."""
    text = " ".join(words)
    return text.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")


def cmd_translate(args: argparse.Namespace) -> int:
    if not args.jsonl and not args.text:
        raise CliError("nothing to translate: give the text as arguments, or use --jsonl")
    if args.file is not None and not args.jsonl:
        raise CliError("--file works with --jsonl")
    engine = _engine(args, args.source, args.target)
    try:
        if not args.jsonl:
            request = TranslationRequest(_argument_text(args.text), args.source, args.target)
            for event in engine.translate(request):
                if isinstance(event, TokenEvent):
                    sys.stdout.write(event.piece)
                    sys.stdout.flush()
                elif isinstance(event, RequestFailed):
                    raise CliError(event.message)
                elif isinstance(event, RequestFinished):
                    _say_untranslated(event, "")
            sys.stdout.write("\n")
            return 0
        failed = 0
        for number, text in enumerate(_texts(args), 1):
            for event in engine.translate(TranslationRequest(text, args.source, args.target)):
                record: dict[str, Any] | None = None
                if isinstance(event, RequestFailed):
                    # One line that fails keeps its place in the output; the batch goes on.
                    failed += 1
                    print(f"parley: line {number}: {event.message}", file=sys.stderr)
                    record = {"source": text, "error": event.message}
                elif isinstance(event, RequestFinished):
                    record = {
                        "source": text,
                        "translation": event.translation,
                        "metrics": event.metrics.as_json(),
                    }
                    if event.untranslated:
                        record["untranslated"] = [
                            {"text": u.text, "reason": u.reason} for u in event.untranslated
                        ]
                        _say_untranslated(event, f"line {number}: ")
                if record is not None:
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                    sys.stdout.flush()
        return EXIT_FAILED if failed else 0
    finally:
        engine.close()


def _say_untranslated(event: RequestFinished, where: str) -> None:
    """What was left as written goes to stderr, so the translation on stdout stays clean."""
    for piece in event.untranslated:
        print(f"parley: {where}{piece.sentence()}", file=sys.stderr)


def cmd_models(args: argparse.Namespace) -> int:
    from app.core.models.catalog import list_models  # these load llama.cpp
    from app.core.models.llama_build import gpu_backend
    from app.core.models.registry import add_model, remove_model

    if args.endpoint_url and args.models_command is None:
        try:
            return print_remote_models(args)
        except ParleyError as exc:
            raise CliError(str(exc)) from None
    if args.models_command == "add":
        try:
            kind, path, notice = add_model(args.path)
        except ModelFileError as exc:
            raise CliError(f"not added: {exc}") from None
        if notice:
            print(f"parley: {notice}", file=sys.stderr)
        print(f"added {'translation' if kind == 'gguf' else 'speech'} model {path}")
        return 0
    if args.models_command == "remove":
        try:
            removed = remove_model(args.path)
        except ModelFileError as exc:
            raise CliError(f"not removed: {exc}") from None
        if not removed:
            raise CliError(f"{args.path} is not in the list of added models")
        print(f"removed {args.path} from the list (the file stays on disk)")
        return 0
    tier = _models_tier(args)
    entries = list_models()
    backend = gpu_backend()
    if args.json:
        print(json.dumps({"backend": backend, "tier": tier, "models": [e.as_json() for e in entries]},
                         indent=2))  # fmt: skip
        return 0
    offload = (
        "layers can be offloaded to the GPU" if backend != "CPU" else "this build cannot offload to a GPU"
    )
    print(f"llama.cpp backend: {backend} ({offload})")
    for e in entries:
        size = human_size(e.size_bytes) if e.size_bytes else "—"
        if not e.available:
            detail = f"[unavailable] {e.problem or ''}"
        elif e.kind == "gguf":
            template = "chat template" if e.chat_template else "no chat template"
            detail = (
                f"{e.architecture}, {human_count(e.parameters or 0)} params, {e.quantization}, "
                f"context {e.context_length or '?'}, {template}, prompt: {e.prompt_style}"
            )
        else:
            detail = e.languages or ""
        if e.tier:
            detail = f"tier {e.tier} (--model {e.tier}); {detail}"
        print(f"{e.kind:8} {e.origin:14} {e.name:32} {size:>9}  {detail}")
        if e.path:
            print(f"{'':24}{e.path}")
    print(f"tier in use: {tier['tier']} ({tier['source']}): {tier['reason']}")
    print(f"budget: {tier['budget']}")
    for line in tier["figures"]:
        print(f"  {line}")
    if tier["source"] == "default":
        print("  run `parley models --measure` to time the bundled models here (the window does it itself)")
    return 0


def _models_tier(args: argparse.Namespace) -> dict[str, Any]:
    """The tier in effect, after `--tier` and `--measure` changed it; stored in the settings the
    window reads."""
    from app.core.bench.tier_probe import measure_tiers
    from app.core.models.families import AUTO
    from app.core.models.tier import REALTIME_BUDGET, decide, describe_record, hardware_fingerprint
    from app.ui.settings_store import SettingsStore  # Qt's settings file, no display needed

    store = SettingsStore()
    settings = store.load()
    changed = False
    if args.tier is not None:
        settings.model_tier, changed = args.tier, True
    if args.measure:
        options = dataclasses.replace(settings.model_options(), prompt_style=AUTO)
        record = measure_tiers(options, progress=lambda text: print(f"parley: {text}…", file=sys.stderr))
        settings.tier_record, changed = record.to_json(), True
    if changed:
        problem = store.save(settings)
        if problem:
            print(f"parley: {problem}", file=sys.stderr)
    decision = decide(settings.model_tier, settings.tier_record, hardware_fingerprint())
    return {
        "tier": decision.tier,
        "source": decision.source,
        "reason": decision.reason,
        "override": settings.model_tier,
        "budget": REALTIME_BUDGET.describe(),
        "figures": describe_record(decision.record),
    }


def cmd_bench(args: argparse.Namespace) -> int:
    from app.core.bench.typed import bench_typed, format_report, read_references  # loads llama.cpp

    if args.typed == args.speech:
        raise CliError("choose one benchmark: --typed or --speech")
    if args.refine and not args.speech:
        raise CliError("--refine measures speech: use it with --speech")
    if args.speculative and (args.speech or args.endpoint_url):
        raise CliError("--speculative measures a local model with --typed, not --speech or --endpoint")
    if args.sentences is not None and args.references is not None:
        raise CliError("give --sentences or --references, not both")
    if args.references is not None:
        try:
            import sacrebleu  # noqa: F401  (checked before minutes of benchmarking, not after)
        except ImportError:
            raise CliError("scoring chrF needs sacrebleu: pip install sacrebleu") from None
    if not args.endpoint_url:
        _require_model(args)
    if args.speech:
        return _bench_speech(args)
    sentences: Sequence[str] = SENTENCES
    references: list[str] | None = None
    try:
        if args.sentences is not None:
            lines = args.sentences.read_text(encoding="utf-8").splitlines()
            sentences = [s.strip() for s in lines if s.strip()]
        elif args.references is not None:
            sentences, references = read_references(args.references, args.source, args.target)
    except OSError as exc:
        raise CliError(f"cannot read {args.sentences or args.references}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if args.endpoint_url:
        try:
            return bench_on_server(args, sentences, references)
        except ParleyError as exc:
            raise CliError(str(exc)) from None
    try:
        options = _model_options(args)
        result = bench_typed(args.model, sentences, args.source, args.target, options, references,
                             speculative=args.speculative)  # fmt: skip
    except RuntimeError as exc:
        raise CliError(str(exc)) from None
    return _report(format_report(result), result, args.json_out)


def _report(text: str, result: dict[str, Any], json_out: Path | None) -> int:
    """A benchmark's report on stdout, and its figures as JSON where asked."""
    print(text)
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def _recognizer_config(args: argparse.Namespace) -> RecognizerConfig:
    from app.core.speech.recognizer import RecognizerConfig  # loads Whisper

    try:
        speech = speech_options_from_args(args)
    except OptionError as exc:
        raise CliError(str(exc)) from None
    return RecognizerConfig(endpoint_silence_s=speech.endpoint_ms / 1000.0)


def _check_spoken_language(asr_model: str, language: str | None) -> None:
    """Refuse a language the speech model cannot hear before minutes of audio are read."""
    from app.core.models.whisper_files import EnglishOnlyError, SpeechModelError, check_spoken_language

    try:
        check_spoken_language(asr_model, language)
    except EnglishOnlyError as exc:
        raise CliError(f"{exc} (--asr-model base)") from None
    except SpeechModelError as exc:
        raise CliError(str(exc)) from None


def _live_source(args: argparse.Namespace) -> tuple[AudioSource, str]:
    from app.core.speech.audio import AudioError
    from app.core.speech.devices import capture_devices, open_device

    if args.seconds is not None and args.seconds <= 0:
        raise CliError("--seconds must be more than 0")
    found = capture_devices()
    try:
        source = open_device(found, args.live_device)
    except AudioError as exc:
        raise CliError(str(exc)) from None
    device = getattr(source, "device", None)
    kind = getattr(device, "kind", "microphone")
    return source, kind


def cmd_devices(args: argparse.Namespace) -> int:
    from app.core.speech.devices import capture_devices

    found = capture_devices()
    if args.json:
        print(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
        return 0
    for device in found.devices:
        mark = "*" if device.is_default else " "
        print(f"{device.kind:12} {mark} {device.name}  ({device.id})")
    if found.devices:
        print("* the default of its kind; --device takes a name or an id, or system / default")
    for problem in found.problems:
        print(f"parley: {problem}", file=sys.stderr)
    return 0


def cmd_transcribe(args: argparse.Namespace) -> int:
    from app.core.speech.audio import AudioFileError, FileSource  # these load Whisper
    from app.core.speech.replay import transcribe_source
    from app.core.speech.service import SessionConfig

    recognizer = _recognizer_config(args)  # refuse bad options before anything loads
    speech = speech_options_from_args(args)
    _check_spoken_language(speech.asr_model, speech.language)
    if args.call:
        return _transcribe_call(args, speech, recognizer)
    if args.system_device is not None:
        raise CliError("--system-device works with --call")
    if args.audio is None and args.live_device is None:
        raise CliError("give an audio file to transcribe, or --device to listen live (see `parley devices`)")
    if args.audio is not None and args.live_device is not None:
        raise CliError("give an audio file or --device, not both")
    if args.seconds is not None and args.live_device is None:
        raise CliError("--seconds works with --device")
    source: AudioSource
    if args.live_device is not None:
        source, kind = _live_source(args)
    else:
        try:
            source, kind = FileSource(args.audio, realtime=args.realtime), "file"
        except AudioFileError as exc:
            raise CliError(str(exc)) from None
    name = source.name
    engine = _engine(args, args.language or "en", args.translate_to) if args.translate_to else None

    def show(record: UtteranceRecord) -> None:
        if args.jsonl:
            line = {**record.as_json(), "input": {"name": name, "kind": kind}}
            print(json.dumps(line, ensure_ascii=False), flush=True)
            return
        print(f"[{record.start_s:7.2f} – {record.end_s:7.2f}] {record.source}", flush=True)
        if args.translate_to:
            print(f"{'':20}→ {record.translation}", flush=True)

    config = SessionConfig(
        target=args.translate_to or "",
        asr_model=speech.asr_model,
        language=speech.language,
        device=speech.device,
        compute_type=speech.compute_type,
        recognizer=recognizer,
    )
    return _run_speech(
        engine, lambda e: transcribe_source(e, source, config, on_record=show, seconds=args.seconds)
    )


def _run_speech(engine: TranslationEngine | None, listen: Callable[[TranslationEngine], FileRun]) -> int:
    """Run a listening command with `engine` (None: transcription alone), then say its notices."""
    from app.core.speech.replay import SpeechRunError
    from app.core.translation.engine import EngineConfig, TranslationEngine

    try:
        # Transcription alone still runs through the pipeline; an engine without a model costs nothing.
        run = listen(engine or TranslationEngine(EngineConfig()))
    except SpeechRunError as exc:
        raise CliError(str(exc)) from None
    finally:
        if engine is not None:
            engine.close()
    for notice in run.notices:
        print(f"parley: {notice}", file=sys.stderr)
    return 0


def _transcribe_call(args: argparse.Namespace, speech: SpeechOptions, recognizer: RecognizerConfig) -> int:
    """`parley transcribe --call`: the microphone is you (side a), what this computer plays is the
    other side (b); one JSON line (or two text lines) per utterance of either, with its side."""
    from dataclasses import replace

    from app.core.conversation.parties import Conversation
    from app.core.speech.audio import AudioError
    from app.core.speech.call import FixedSide
    from app.core.speech.devices import capture_devices, open_device
    from app.core.speech.directions import Side
    from app.core.speech.events import ListeningStarted, SpeechEvent
    from app.core.speech.replay import listen_call
    from app.core.speech.service import SessionConfig
    from app.core.speech.system_audio import MICROPHONE, SYSTEM_AUDIO

    if args.audio is not None:
        raise CliError("--call listens live: give no audio file")
    if args.seconds is not None and args.seconds <= 0:
        raise CliError("--seconds must be more than 0")
    mine = speech.language or "en"
    theirs = args.translate_to
    _check_spoken_language(speech.asr_model, theirs)  # the other side speaks the target language
    found = capture_devices()
    try:
        mic = open_device(found, args.live_device or "default")
        other = open_device(found, args.system_device or "system")
    except AudioError as exc:
        raise CliError(str(exc)) from None
    inputs = {}
    for side, source, kind, who in (
        ("a", mic, MICROPHONE, "you"),
        ("b", other, SYSTEM_AUDIO, "the other side"),
    ):
        found_kind = getattr(getattr(source, "device", None), "kind", MICROPHONE)
        if found_kind != kind:
            flag = "--device" if side == "a" else "--system-device"
            raise CliError(f"{flag} “{source.name}” is {found_kind}: in a call it must be {kind}")
        inputs[side] = {"name": source.name, "kind": kind, "party": who}
    conversation = Conversation.between(mine, theirs or mine)
    base = SessionConfig(asr_model=speech.asr_model, device=speech.device, compute_type=speech.compute_type,
                         recognizer=recognizer)  # fmt: skip
    translate = theirs is not None
    mine_config = replace(base, conversation=FixedSide(conversation, Side.A, translate), language=mine,
                          target=theirs or "")  # fmt: skip
    theirs_config = replace(base, conversation=FixedSide(conversation, Side.B, translate), language=theirs,
                            target=mine if translate else "")  # fmt: skip
    engine = _engine(args, mine, theirs) if translate else None

    def show(record: UtteranceRecord) -> None:
        side = record.side or "a"
        if args.jsonl:
            line = {**record.as_json(), "side": side, "input": inputs[side]}
            print(json.dumps(line, ensure_ascii=False), flush=True)
            return
        print(f"[{record.start_s:7.2f} – {record.end_s:7.2f}] {inputs[side]['party']}: {record.source}",
              flush=True)  # fmt: skip
        if translate:
            print(f"{'':20}→ {record.translation}", flush=True)

    said: list[str] = []

    def started(event: SpeechEvent) -> None:
        if isinstance(event, ListeningStarted) and not said:  # once both sides are open
            said.append(event.source)
            stop = f"for {args.seconds:g} s" if args.seconds else "until Ctrl+C"
            print(f"parley: listening to “{mic.name}” (you) and “{other.name}” (the other side) {stop}",
                  file=sys.stderr, flush=True)  # fmt: skip

    def listen(e: TranslationEngine) -> FileRun:
        return listen_call(e, (mic, mine_config), (other, theirs_config), on_record=show, on_event=started,
                           seconds=args.seconds)  # fmt: skip

    return _run_speech(engine, listen)


def _bench_speech(args: argparse.Namespace) -> int:
    from app.core.bench.speech import Clip, bench_speech, default_clips, format_speech_report
    from app.core.speech.audio import AudioFileError

    _check_spoken_language(args.asr_model, args.language)
    clips = [Clip.parse(a) for a in args.audio] if args.audio else default_clips()
    if args.refine:
        return _bench_refine(args, clips)
    try:
        result = bench_speech(clips, args.asr_model, args.minutes, args.target, args.language, args.model,
                              _model_options(args), _recognizer_config(args), args.cpus,
                              asr_threads=args.asr_threads)  # fmt: skip
    except (AudioFileError, OSError) as exc:
        raise CliError(str(exc)) from None
    return _report(format_speech_report(result), result, args.json_out)


def _bench_refine(args: argparse.Namespace, clips: list[Any]) -> int:
    from app.core.bench.speech import bench_refine, format_refine_report
    from app.core.models.bundled import BundledModelMissing
    from app.core.speech.audio import AudioFileError

    try:
        result = bench_refine(clips, args.asr_model, args.minutes, args.target, args.language, args.model,
                              _model_options(args), _recognizer_config(args),
                              asr_threads=args.asr_threads)  # fmt: skip
    except (AudioFileError, BundledModelMissing) as exc:
        raise CliError(str(exc)) from None
    return _report(format_refine_report(result), result, args.json_out)


def _recover_history() -> int:
    from app.core.conversation.history_recovery import damaged, recover

    path = default_path()
    if not path.exists():
        print("There is no conversation history to recover: nothing has been kept yet.")
        return 0
    if not damaged(path):
        print(f"The conversation history ({path}) is not damaged: there is nothing to recover.")
        return 0
    try:
        print(recover(path).sentence())
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    if args.history_command == "recover":
        return _recover_history()
    if not default_path().exists():
        if args.history_command == "export":
            raise CliError(f"there is no conversation {args.id}: nothing has been kept yet")
        print("[]" if args.json else "No conversations have been kept yet.")
        return 0
    try:
        store = HistoryStore()
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    try:
        if args.history_command == "list":
            sessions = store.sessions(args.search)
            if args.json:
                print(json.dumps([s.as_json() for s in sessions], ensure_ascii=False, indent=2))
                return 0
            for s in sessions:
                when = dt.datetime.fromtimestamp(s.started_at).strftime("%Y-%m-%d %H:%M")
                c = s.conversation
                title = f" {s.title}" if s.title else ""
                print(f"{s.id:5}  {when}  {c.a.language}↔{c.b.language}  {s.turns:4} turns {title}".rstrip())
            return 0
        session = store.session(args.id)
        if session is None:
            raise CliError(f"there is no conversation {args.id} (see `parley history list`)")
        text = export(session, store.turns(args.id), args.format)
    except HistoryError as exc:  # a damaged file: a sentence, not a traceback
        raise CliError(str(exc)) from None
    finally:
        store.close()
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from app.selftest import run_self_test

    return run_self_test()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.setup(verbose=args.verbose)
    commands = {
        "translate": cmd_translate,
        "transcribe": cmd_transcribe,
        "models": cmd_models,
        "devices": cmd_devices,
        "history": cmd_history,
        "bench": cmd_bench,
        "self-test": cmd_self_test,
    }
    try:
        _resolve_model_name(args)
        if args.command in commands:
            return commands[args.command](args)
        from app.ui.app import run_gui

        return run_gui(getattr(args, "model", None))
    except CliError as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ParleyError as exc:  # e.g. an engine that stopped answering: a sentence, not a traceback
        print(f"parley: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as command-line tools do. Output still
        # buffered would fail again at exit, so stdout now points at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PIPE_CLOSED

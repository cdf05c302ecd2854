"""The `parley` command: the window by default; translate, transcribe, devices, models, bench, self-test."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.languages import UnknownLanguageError, get_language, language_codes
from app.core.models.families import AUTO, STYLES
from app.core.settings import FLASH_ATTENTION

if TYPE_CHECKING:
    from app.core.options import ModelOptions
    from app.core.speech.audio import AudioSource
    from app.core.speech.recognizer import RecognizerConfig
    from app.core.translation.engine import EngineConfig, TranslationEngine

EXIT_USAGE = 2  # also: a model file that cannot be used


class CliError(Exception):
    """One line for stderr, and exit code 2."""


def _language(value: str) -> str:
    try:
        return get_language(value).code
    except UnknownLanguageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parley", description="Offline translator for live conversations.")
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--model", type=Path, help="GGUF model to load instead of the remembered one")

    def model_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--model", type=Path, help="GGUF model file (default: the bundled Gemma 3 270M)")
        p.add_argument("--gpu-layers", type=int, default=-1, help="layers to offload (-1: all the build can)")
        p.add_argument("--threads", type=int, default=0, help="CPU threads (0: automatic)")
        p.add_argument("--ctx", type=int, default=4096, help="context size in tokens (default 4096)")
        p.add_argument("--flash-attn", choices=FLASH_ATTENTION, default="auto",
                       help="flash attention (auto: on when layers are offloaded)")  # fmt: skip
        p.add_argument("--prompt-style", choices=(AUTO, *STYLES), default=AUTO,
                       help="prompt preset (auto: chosen from the model's metadata)")  # fmt: skip

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

    tx = sub.add_parser(
        "transcribe", help="listen to an audio file or a device: live transcript and translation"
    )
    tx.add_argument("audio", type=Path, nargs="?", help="audio file (wav, flac, mp3, ogg, m4a)")
    tx.add_argument("--device", metavar="NAME|system|default",
                    help="listen live instead: system = what this computer plays, default = the default "
                         "microphone, or a device's name or id (see `parley devices`)")  # fmt: skip
    tx.add_argument(
        "--seconds", type=float, help="with --device: stop after this many seconds (Ctrl+C stops too)"
    )
    tx.add_argument("--asr-model", default="tiny.en", help="tiny.en, base, or a CTranslate2 Whisper folder")
    tx.add_argument("--language", help="the spoken language (default: detected; tiny.en is English only)")
    tx.add_argument("--translate-to", type=_language, help="translate into this language")
    tx.add_argument("--realtime", action="store_true", help="replay at speaking pace, as from a microphone")
    tx.add_argument("--jsonl", action="store_true", help="one JSON object per utterance")
    tx.add_argument(
        "--endpoint-ms", type=int, default=300, help="silence that ends an utterance (default 300)"
    )
    model_options(tx)

    devices = sub.add_parser("devices", help="list microphones and system-audio sources")
    devices.add_argument("--json", action="store_true", help="machine-readable output")

    models = sub.add_parser("models", help="list the available models; add or remove your own")
    models.add_argument("--json", action="store_true", help="machine-readable output")
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
    bench.add_argument("--asr-model", default="tiny.en", help="--speech: tiny.en, base, or a Whisper folder")
    bench.add_argument("--language", help="--speech: the spoken language (default: detected)")
    bench.add_argument("--minutes", type=float, default=10.0, help="--speech: length of the replay")
    bench.add_argument(
        "--endpoint-ms", type=int, default=300, help="--speech: silence that ends an utterance"
    )
    model_options(bench)
    bench.add_argument("--from", dest="source", type=_language, default="en")
    bench.add_argument("--to", dest="target", type=_language, default="fr")
    bench.add_argument("--sentences", type=Path, help="sentences to use: a text file, one per line")
    bench.add_argument("--references", type=Path, metavar="TSV",
                       help="--typed: a TSV with a header of language codes (en, fr, …); translates the "
                       "--from column and scores chrF against the --to column")  # fmt: skip
    bench.add_argument("--json", dest="json_out", type=Path, help="also write the figures to this JSON file")

    sub.add_parser("self-test", help="check every part offline; non-zero exit names what failed")
    return parser


def _require_model(args: argparse.Namespace) -> None:
    """Refuse bad options and files llama.cpp cannot use before anything loads; warn if it will not fit."""
    from app.core.models.check import check_gguf
    from app.core.models.gguf import ModelFileError
    from app.core.models.memory import check_fit

    if not 256 <= args.ctx <= 262144:
        raise CliError("--ctx must be between 256 and 262144")
    if args.model is not None:
        try:
            check_gguf(args.model)
        except ModelFileError as exc:
            raise CliError(str(exc)) from None
        _, warning = check_fit(str(args.model), args.ctx, args.gpu_layers)
        if warning:
            print(f"parley: {warning}", file=sys.stderr)


def _model_options(args: argparse.Namespace) -> ModelOptions:
    from app.core.options import ModelOptions

    return ModelOptions(args.ctx, args.threads, args.gpu_layers, args.flash_attn, args.prompt_style)


def _engine_config(args: argparse.Namespace, source: str, target: str) -> EngineConfig:
    from app.core.translation.engine import EngineConfig

    return EngineConfig.of(args.model, _model_options(args), (source, target))


def _engine(args: argparse.Namespace, source: str, target: str) -> TranslationEngine:
    """A started engine with its model loaded, or CliError with the reason."""
    from app.core.translation.engine import TranslationEngine

    _require_model(args)
    engine = TranslationEngine(_engine_config(args, source, target))
    engine.start()
    engine.wait_ready()
    if engine.model_info is None:
        engine.close()
        raise CliError(engine.load_error or "the model did not load")
    if engine.model_info.notice:
        print(f"parley: {engine.model_info.notice}", file=sys.stderr)
    return engine


def _texts(args: argparse.Namespace) -> Iterable[str]:
    if args.file is not None:
        try:
            with args.file.open(encoding="utf-8") as handle:
                yield from (line.rstrip("\r\n") for line in handle)
        except OSError as exc:
            raise CliError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    else:
        yield from (line.rstrip("\r\n") for line in sys.stdin)


def cmd_translate(args: argparse.Namespace) -> int:
    from app.core.translation.events import RequestFailed, RequestFinished, TokenEvent, TranslationRequest

    if not args.jsonl and not args.text:
        raise CliError("nothing to translate: give the text as arguments, or use --jsonl")
    if args.file is not None and not args.jsonl:
        raise CliError("--file works with --jsonl")
    engine = _engine(args, args.source, args.target)
    try:
        if not args.jsonl:
            for event in engine.translate(TranslationRequest(" ".join(args.text), args.source, args.target)):
                if isinstance(event, TokenEvent):
                    sys.stdout.write(event.piece)
                    sys.stdout.flush()
                elif isinstance(event, RequestFailed):
                    raise CliError(event.message)
            sys.stdout.write("\n")
            return 0
        for text in _texts(args):
            for event in engine.translate(TranslationRequest(text, args.source, args.target)):
                if isinstance(event, RequestFailed):
                    raise CliError(event.message)
                if isinstance(event, RequestFinished):
                    record = {
                        "source": text,
                        "translation": event.translation,
                        "metrics": event.metrics.as_json(),
                    }
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                    sys.stdout.flush()
        return 0
    finally:
        engine.close()


def cmd_models(args: argparse.Namespace) -> int:
    from app.core.models.catalog import list_models
    from app.core.models.gguf import ModelFileError, human_count, human_size
    from app.core.models.llama_build import gpu_backend
    from app.core.models.registry import add_model, remove_model

    if args.models_command == "add":
        try:
            kind, path = add_model(args.path)
        except ModelFileError as exc:
            raise CliError(f"not added: {exc}") from None
        print(f"added {'translation' if kind == 'gguf' else 'speech'} model {path}")
        return 0
    if args.models_command == "remove":
        if not remove_model(args.path):
            raise CliError(f"{args.path} is not in the list of added models")
        print(f"removed {args.path} from the list (the file stays on disk)")
        return 0
    entries = list_models()
    backend = gpu_backend()
    if args.json:
        print(json.dumps({"backend": backend, "models": [e.as_json() for e in entries]}, indent=2))
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
        print(f"{e.kind:8} {e.origin:14} {e.name:32} {size:>9}  {detail}")
        if e.path:
            print(f"{'':24}{e.path}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from app.core.bench.sentences import SENTENCES
    from app.core.bench.typed import bench_typed, format_report, read_references

    if args.typed == args.speech:
        raise CliError("choose one benchmark: --typed or --speech")
    if args.sentences is not None and args.references is not None:
        raise CliError("give --sentences or --references, not both")
    if args.references is not None:
        try:
            import sacrebleu  # noqa: F401  (checked before minutes of benchmarking, not after)
        except ImportError:
            raise CliError("scoring chrF needs sacrebleu: pip install sacrebleu") from None
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
    try:
        options = _model_options(args)
        result = bench_typed(args.model, sentences, args.source, args.target, options, references)
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
    from app.core.speech.recognizer import RecognizerConfig

    if not 100 <= args.endpoint_ms <= 3000:
        raise CliError("--endpoint-ms must be between 100 and 3000")
    return RecognizerConfig(endpoint_silence_s=args.endpoint_ms / 1000.0)


def _live_source(args: argparse.Namespace) -> tuple[AudioSource, str]:
    from app.core.speech.audio import AudioError
    from app.core.speech.devices import capture_devices, open_device

    if args.seconds is not None and args.seconds <= 0:
        raise CliError("--seconds must be more than 0")
    found = capture_devices()
    try:
        source = open_device(found, args.device)
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
    from app.core.speech.audio import AudioFileError, FileSource
    from app.core.speech.events import UtteranceRecord
    from app.core.speech.replay import SpeechRunError, transcribe_source
    from app.core.speech.service import SessionConfig

    recognizer = _recognizer_config(args)  # refuse bad options before anything loads
    if args.audio is None and args.device is None:
        raise CliError("give an audio file to transcribe, or --device to listen live (see `parley devices`)")
    if args.audio is not None and args.device is not None:
        raise CliError("give an audio file or --device, not both")
    if args.seconds is not None and args.device is None:
        raise CliError("--seconds works with --device")
    source: AudioSource
    if args.device is not None:
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
        asr_model=args.asr_model,
        language=args.language,
        recognizer=recognizer,
    )
    try:
        from app.core.translation.engine import EngineConfig, TranslationEngine

        # Transcription alone still runs through the pipeline; an engine without a model costs nothing.
        run = transcribe_source(engine or TranslationEngine(EngineConfig()), source, config, on_record=show,
                                seconds=args.seconds)  # fmt: skip
    except SpeechRunError as exc:
        raise CliError(str(exc)) from None
    finally:
        if engine is not None:
            engine.close()
    for notice in run.notices:
        print(f"parley: {notice}", file=sys.stderr)
    return 0


def _bench_speech(args: argparse.Namespace) -> int:
    from app.core.bench.speech import Clip, bench_speech, default_clips, format_speech_report
    from app.core.speech.audio import AudioFileError

    clips = [Clip.parse(a) for a in args.audio] if args.audio else default_clips()
    try:
        result = bench_speech(clips, args.asr_model, args.minutes, args.target, args.language, args.model,
                              _model_options(args), _recognizer_config(args))  # fmt: skip
    except AudioFileError as exc:
        raise CliError(str(exc)) from None
    return _report(format_speech_report(result), result, args.json_out)


def cmd_history(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.core.conversation.export import export
    from app.core.conversation.history import HistoryError, HistoryStore, default_path

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
        if args.command in commands:
            return commands[args.command](args)
        from app.ui.app import run_gui

        return run_gui(getattr(args, "model", None))
    except CliError as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130

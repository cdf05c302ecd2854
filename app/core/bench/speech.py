"""`parley bench --speech`: the whole speech pipeline on recorded speech replayed at speaking pace.

The replay is built from the given clips (by default the recorded speech shipped in
app/resources), joined with pauses and repeated up to the requested length. Latency is
measured on the replay clock, so the time the machine spends recognising and translating
counts. The baseline, measured in the same run on the same utterances, is the plain way to
do it: end a stretch of speech once faster-whisper's default 2 s of silence follow it (found
on the audio with the same Silero model, so a pause shorter than that makes it wait for the
next one), transcribe the stretch once with faster-whisper's default settings, then
translate it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from app.core.bench.typed import machine_facts, peak_rss_mb
from app.core.metrics import SpeechStats, percentile
from app.core.models.bundled import quality_path
from app.core.options import ModelOptions
from app.core.speech.audio import SAMPLE_RATE, AudioFileError, FileSource, Samples, load_file
from app.core.speech.cores import available_cores, limit_cores, thread_plan
from app.core.speech.events import PipelineStatus, SpeechEvent, TranscriptChanged, UtteranceRecord
from app.core.speech.lagging import average_lagging, word_delays
from app.core.speech.recognizer import RecognizerConfig
from app.core.speech.refine import RefiningTranslator
from app.core.speech.replay import transcribe_source
from app.core.speech.service import SessionConfig, TranslatorFactory
from app.core.speech.translation import SpeechTranslator
from app.core.speech.vad import FRAME, StreamingVad
from app.core.speech.whisper import load_speech_model
from app.core.translation.engine import EngineConfig, TranslationEngine
from app.core.translation.events import RequestFailed, RequestFinished, TranslationRequest
from app.core.translation.refine import draft_config

GAP_S = 2.0  # pause between clips: at least the baseline's silence, so its stretches end each round
BASELINE_SILENCE_S = 2.0  # faster-whisper's default VAD: min_silence_duration_ms
BASELINE_THRESHOLD = 0.5  # ...threshold: speech starts here
BASELINE_NEG_THRESHOLD = 0.35  # ...and silence starts below threshold - 0.15
BASELINE_PAD_S = 0.4  # ...speech_pad_ms
BASELINE_UTTERANCES = 20
RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
# Recorded speech shipped with Parley (see resources/NOTICE-speech.md): an installed bundle has no tests.
DEFAULT_CLIPS = ("jfk.flac",)
_CLIP = re.compile(r"^(?P<path>.+?)(@(?P<start>[\d.]+)-(?P<end>[\d.]+))?$")


@dataclass(frozen=True)
class Clip:
    path: Path
    start_s: float | None = None
    end_s: float | None = None

    @classmethod
    def parse(cls, text: str) -> Clip:
        """PATH, or PATH@START-END in seconds to use part of a file."""
        match = _CLIP.match(text)
        assert match is not None
        start, end = match.group("start"), match.group("end")
        return cls(Path(match.group("path")), float(start) if start else None, float(end) if end else None)

    def load(self) -> Samples:
        audio = load_file(self.path)
        first = int((self.start_s or 0.0) * SAMPLE_RATE)
        last = int(self.end_s * SAMPLE_RATE) if self.end_s is not None else audio.size
        return audio[first:last]

    def __str__(self) -> str:
        span = (
            f"@{self.start_s:g}-{self.end_s:g}" if self.start_s is not None and self.end_s is not None else ""
        )
        return f"{self.path.name}{span}"


@dataclass(frozen=True)
class Replay:
    """The clips with pauses between them, repeated: one round is kept, the rest is made on demand."""

    round: Samples
    rounds: int

    @classmethod
    def build(cls, clips: list[Clip], seconds: float) -> Replay:
        gap = np.zeros(int(GAP_S * SAMPLE_RATE), np.float32)
        one_round = np.concatenate([piece for clip in clips for piece in (clip.load(), gap)])
        if one_round.size == gap.size * len(clips):
            raise AudioFileError("The benchmark clips hold no audio.")
        return cls(one_round, max(1, int(np.ceil(seconds * SAMPLE_RATE / one_round.size))))

    @property
    def seconds(self) -> float:
        return self.round.size * self.rounds / SAMPLE_RATE

    def pieces(self) -> Iterator[Samples]:
        for _ in range(self.rounds):
            yield self.round

    def span(self, start_s: float, end_s: float) -> Samples:
        indices = np.arange(int(max(0.0, start_s) * SAMPLE_RATE), int(end_s * SAMPLE_RATE))
        return self.round.take(indices, mode="wrap")


def default_clips() -> list[Clip]:
    """The clips `parley bench --speech` replays when given none."""
    return [Clip(RESOURCES / name) for name in DEFAULT_CLIPS]


@dataclass(frozen=True)
class Stretch:
    """A stretch of speech as the baseline's endpointing sees it (seconds on the audio)."""

    start_s: float
    end_s: float  # where the silence that ended it began
    known_s: float  # when that silence had lasted long enough: the baseline starts work here


def baseline_stretches(audio: Samples, silence_s: float = BASELINE_SILENCE_S) -> list[Stretch]:
    """faster-whisper's default endpointing run over `audio` as it streams in.

    As in its get_speech_timestamps: speech starts at a frame of probability >= 0.5;
    silence starts at a frame below 0.35 and is cancelled by a frame >= 0.5; a silence
    of `silence_s` ends the stretch. A stretch still open when the audio ends is known
    only then.
    """
    frame_s = FRAME / SAMPLE_RATE
    stretches: list[Stretch] = []
    start: float | None = None
    silent_since: float | None = None
    for index, prob in enumerate(StreamingVad().feed(audio)):
        t0 = index * frame_s
        if start is None:
            if prob >= BASELINE_THRESHOLD:
                start, silent_since = t0, None
            continue
        if prob >= BASELINE_THRESHOLD:
            silent_since = None
        elif prob < BASELINE_NEG_THRESHOLD and silent_since is None:
            silent_since = t0
        if silent_since is not None and t0 + frame_s - silent_since >= silence_s:
            stretches.append(Stretch(start, silent_since, t0 + frame_s))
            start = silent_since = None
    if start is not None:
        end = audio.size / SAMPLE_RATE
        stretches.append(Stretch(start, silent_since if silent_since is not None else end, end))
    return stretches


def _rss_mb() -> float | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


def _per_minute(samples: list[tuple[float, float]]) -> list[float]:
    """Mean RSS in each minute of the replay: flat if nothing accumulates."""
    if not samples:
        return []
    start = samples[0][0]
    minutes: dict[int, list[float]] = {}
    for at, mb in samples:
        minutes.setdefault(int((at - start) // 60), []).append(mb)
    return [round(float(np.mean(v)), 1) for _, v in sorted(minutes.items())]


def _p(values: list[float]) -> dict[str, float | None]:
    def r(v: float | None) -> float | None:
        return None if v is None else round(v, 1)

    return {"p50": r(percentile(values, 50)), "p90": r(percentile(values, 90))}


def _by_ending(records: list[Any]) -> dict[str, Any]:
    """The figures split by what closed each utterance: a pause, or a full stop mid-speech."""
    out: dict[str, Any] = {}
    for ending in sorted({r.ended_by for r in records}):
        group = [r.latency_ms() for r in records if r.ended_by == ending]
        figures = ("final_transcript_ms", "first_token_ms", "translation_done_ms")
        out[ending] = {"utterances": len(group)}
        out[ending].update({k: _p([g[k] for g in group if g[k] is not None]) for k in figures})
    return out


def utterance_lagging_ms(record: UtteranceRecord) -> float | None:
    """AL of one final translation, the utterance being the source (ms of audio on the replay
    clock since its first voiced frame); None when it has no translation."""
    words = len(record.translation.split())
    if not words or record.final_done_at is None or record.end_s <= record.start_s:
        return None
    delays = word_delays(record.final_pieces, record.final_done_at, words)
    source_ms = (record.end_s - record.start_s) * 1000.0
    return average_lagging([(t - record.start_s) * 1000.0 for t in delays], source_ms)


def stream_lagging_ms(records: list[UtteranceRecord], audio_s: float) -> float | None:
    """AL with the whole replay as one source and every final translation, in order, as its target."""
    delays: list[float] = []
    for record in sorted(records, key=lambda r: r.start_s):
        words = len(record.translation.split())
        if words and record.final_done_at is not None:
            delays.extend(t * 1000.0 for t in word_delays(record.final_pieces, record.final_done_at, words))
    if not delays or audio_s <= 0:
        return None
    return average_lagging(sorted(delays), audio_s * 1000.0)


def _lagging(records: list[UtteranceRecord], audio_s: float) -> dict[str, Any]:
    per = [v for v in (utterance_lagging_ms(r) for r in records) if v is not None]
    stream = stream_lagging_ms(records, audio_s)
    return {
        "average_lagging_ms": round(float(np.mean(per)), 1) if per else None,
        "average_lagging_p50_ms": _p(per)["p50"],
        "average_lagging_stream_ms": None if stream is None else round(stream, 1),
    }


def _lag_trace(samples: list[tuple[float, float]], step_s: float = 10.0) -> list[float]:
    """The worst lag in each `step_s` of the replay: it may rise under load, but must come back down."""
    out: dict[int, float] = {}
    for at, lag in samples:
        out[int(at // step_s)] = max(out.get(int(at // step_s), 0.0), lag)
    return [round(v) for _, v in sorted(out.items())]


def _baseline(engine: TranslationEngine, asr_model: str, replay: Replay, records: list[Any], target: str,
              language: str | None) -> dict[str, Any]:  # fmt: skip
    """Per utterance: the wait for its stretch's endpoint, measured on the audio, then one default
    faster-whisper decode of the stretch and an uncached translation of it."""
    from faster_whisper import WhisperModel

    model = load_speech_model(asr_model)
    whisper = WhisperModel(str(model.path), device=model.device, compute_type=model.compute_type)
    # Two rounds, so a stretch running over the end of one round ends as it does in the replay.
    round_s = replay.round.size / SAMPLE_RATE
    timeline = replay.round if replay.rounds == 1 else np.concatenate([replay.round, replay.round])
    stretches = baseline_stretches(timeline)
    work_s: dict[Stretch, float] = {}  # decode + translation, once per stretch
    step = max(1, len(records) // BASELINE_UTTERANCES)
    done: list[float] = []
    waits: list[float] = []
    for record in records[::step][:BASELINE_UTTERANCES]:
        end = record.end_s % round_s
        stretch = next((s for s in stretches if s.known_s > end), None)
        if stretch is None or stretch.start_s > end:
            continue  # speech the baseline's endpointing did not hear as speech
        if stretch not in work_s:
            audio = replay.span(stretch.start_s - BASELINE_PAD_S, stretch.end_s + BASELINE_PAD_S)
            started = time.perf_counter()
            segments, info = whisper.transcribe(audio, language=language if model.multilingual else "en")
            text = " ".join(s.text.strip() for s in segments)
            engine.forget()
            for event in engine.translate(TranslationRequest(text or ".", info.language or "en", target)):
                if isinstance(event, (RequestFinished, RequestFailed)):
                    break
            work_s[stretch] = time.perf_counter() - started
        waits.append((stretch.known_s - end) * 1000.0)
        done.append(waits[-1] + work_s[stretch] * 1000.0)
    return {
        "translation_done_ms": _p(done),
        "endpoint_wait_ms": _p(waits),
        "silence_ms": round(BASELINE_SILENCE_S * 1000),
        "utterances": len(done),
    }


def bench_speech(
    clips: list[Clip],
    asr_model: str,
    minutes: float,
    target: str,
    language: str | None,
    model_path: Path | None = None,
    options: ModelOptions | None = None,
    recognizer: RecognizerConfig | None = None,
    cpus: int | None = None,
    adaptive: bool = True,
    asr_threads: int = 0,
) -> dict[str, Any]:
    """`cpus`: run the whole replay (both models, every thread) on that many cores.
    `adaptive` False: the pipeline's fixed cadence and buffer, as before it adapted to load.
    `asr_threads`: Whisper's threads; 0, the app's own share of the cores."""
    cores_used = limit_cores(cpus) if cpus is not None else None
    replay = Replay.build(clips, minutes * 60.0)
    options = options or ModelOptions()
    plan = thread_plan()
    if not options.threads:  # llama.cpp's share of the cores, leaving Whisper its own
        options = replace(options, threads=plan.llama)
    engine_config = EngineConfig(model_path, options, warm_pair=(language or "en", target))
    engine = TranslationEngine(engine_config)
    engine.start()
    engine.wait_ready()
    if engine.model_info is None:
        raise RuntimeError(engine.load_error or "the model did not load")
    rss: list[tuple[float, float]] = []
    lags: list[tuple[float, float]] = []
    started = time.perf_counter()

    def watch(event: SpeechEvent) -> None:
        if isinstance(event, PipelineStatus):
            lags.append((time.perf_counter() - started, event.lag_ms))
            now = _rss_mb()
            if now is not None and (not rss or time.perf_counter() - rss[-1][0] >= 5.0):
                rss.append((time.perf_counter(), now))

    source = FileSource(samples=replay.pieces(), realtime=True, name="replay")
    config = SessionConfig(target=target, asr_model=asr_model, language=language, adaptive=adaptive,
                           asr_threads=asr_threads)  # fmt: skip
    if recognizer is not None:
        config.recognizer = recognizer
    run = transcribe_source(engine, source, config, on_event=watch)
    peak = peak_rss_mb()
    stats = SpeechStats(window=len(run.records) or 1)
    for record in run.records:
        stats.add(record.latency_ms())
    baseline = _baseline(engine, asr_model, replay, run.records, target, language)
    info = engine.model_info
    engine.close()
    speech: dict[str, Any] = dict(stats.summary())
    speech.update(rtf=None if run.rtf is None else round(run.rtf, 3), utterances=len(run.records),
                  max_lag_ms=run.max_lag_ms)  # fmt: skip
    speech.update(_lagging(run.records, run.audio_s or replay.seconds))
    speech["lag_ms_per_10s"] = _lag_trace(lags)
    speech["breakdown"] = run.breakdown
    minute = [mb for _, mb in rss[: max(1, len(rss) // 10)]]
    last = [mb for _, mb in rss[-max(1, len(rss) // 10) :]]
    ours, theirs = speech["translation_done_ms"]["p50"], baseline["translation_done_ms"]["p50"]
    return {
        "date": dt.date.today().isoformat(),
        "machine": machine_facts(),
        "asr_model": run.model.name if run.model else asr_model,
        "asr_device": f"{run.model.device} {run.model.compute_type}" if run.model else None,
        "translation_model": {"name": info.name, "quantization": info.quantization, "backend": info.backend},
        "audio": {
            "clips": [str(c) for c in clips],
            "replay_s": round(replay.seconds, 1),
            "language": language or "detected",
            "endpoint_ms": round(config.recognizer.endpoint_silence_s * 1000),
            "target": target,
        },
        "cpus": {"asked": cpus, "used": cores_used, "available": available_cores()},
        "adaptive": adaptive,
        "speech": speech,
        "baseline": baseline,
        "ratios": {
            "translation_done_p50_baseline_over_app": round(theirs / ours, 2) if ours and theirs else None
        },
        "resources": {
            "peak_rss_mb": round(peak, 1),
            "rss_mb_first_tenth": round(float(np.mean(minute)), 1) if rss else None,
            "rss_mb_last_tenth": round(float(np.mean(last)), 1) if rss else None,
            "rss_mb_per_minute": _per_minute(rss),
        },
        "by_ending": _by_ending(run.records),
        "utterances": [{**r.as_json(), "ended_by": r.ended_by} for r in run.records],
    }


def format_speech_report(result: dict[str, Any]) -> str:
    s, b, res = result["speech"], result["baseline"], result["resources"]
    per_minute = ", ".join(f"{mb:.0f}" for mb in res["rss_mb_per_minute"])

    def row(label: str, key: str) -> str:
        return f"{label:28}{s[key]['p50'] or 0:>10.0f}{s[key]['p90'] or 0:>10.0f}"

    return "\n".join([
        f"Speech benchmark — {result['asr_model']} ({result['asr_device']}) "
        f"+ {result['translation_model']['name']}, "
        f"{result['audio']['replay_s']:.0f} s replayed at speaking pace, {s['utterances']} utterances",
        f"{'(ms)':28}{'p50':>10}{'p90':>10}",
        row("speech start → first word", "start_offset_ms"),
        row("speech end → final transcript", "final_transcript_ms"),
        row("speech end → first token", "first_token_ms"),
        row("speech end → translation done", "translation_done_ms"),
        f"baseline (an end after {b['silence_ms'] / 1000:g} s of silence, waited for p50 "
        f"{b['endpoint_wait_ms']['p50'] or 0:.0f} ms on this audio; default decode; then translate):",
        f"    translation done p50 {b['translation_done_ms']['p50'] or 0:.0f} ms "
        f"over {b['utterances']} utterances "
        f"({result['ratios']['translation_done_p50_baseline_over_app'] or 0:.1f}× Parley's)",
        f"ASR real-time factor {s['rtf']}; worst lag {s['max_lag_ms']:.0f} ms",
        *_breakdown_lines(result),
        f"RSS: peak {res['peak_rss_mb']} MB; per minute {per_minute} MB",
    ])  # fmt: skip


# -- draft and refine against plain quality mode ------------------------------------------------

# Plain quality mode; drafts of all partial text; drafts of the tentative tail only, committed
# clauses on the quality model (its final then often finds them cached).
REFINE_MODES = ("quality", "refine", "refine_committed")
_REFINE_FIGURES = ("draft_first_token_ms", "first_token_ms", "translation_done_ms", "final_transcript_ms",
                   "start_offset_ms", "transcript_to_draft_ms", "transcript_to_done_ms")  # fmt: skip


def _after_transcript(row: dict[str, float | None], key: str) -> float | None:
    """A figure counted from the final transcript instead of the end of speech: translation alone."""
    value, transcript = row[key], row["final_transcript_ms"]
    return None if value is None or transcript is None else round(value - transcript, 1)


def _refine_summary(records: list[Any], max_lag_ms: float) -> dict[str, Any]:
    rows: list[dict[str, float | None]] = [{**r.latency_ms(), **r.refine_latency_ms()} for r in records]
    for row in rows:
        row["transcript_to_draft_ms"] = _after_transcript(row, "draft_first_token_ms")
        row["transcript_to_done_ms"] = _after_transcript(row, "translation_done_ms")
    out: dict[str, Any] = {k: _p([v for row in rows if (v := row[k]) is not None]) for k in _REFINE_FIGURES}
    out.update(utterances=len(records), max_lag_ms=round(max_lag_ms, 1))
    return out


def bench_refine(
    clips: list[Clip],
    asr_model: str,
    minutes: float,
    target: str,
    language: str | None,
    model_path: Path | None = None,
    options: ModelOptions | None = None,
    recognizer: RecognizerConfig | None = None,
    rounds: int = 2,
    asr_threads: int = 0,
) -> dict[str, Any]:
    """Plain quality mode (the quality model translates everything) against draft and refine (the
    fast model drafts, the quality model translates each finished utterance), on the same two
    engines, interleaved: `rounds` turns each, each a replay of minutes / rounds.

    Each utterance is translated uncached: the replay repeats its clips, and a translation cached
    from an earlier round would hide what translating costs."""
    replay = Replay.build(clips, minutes * 60.0 / max(1, rounds))
    path = model_path if model_path is not None else quality_path()
    quality = TranslationEngine(
        EngineConfig(path, options or ModelOptions(), warm_pair=(language or "en", target))
    )
    fast = TranslationEngine(draft_config(quality.config))
    for engine in (quality, fast):
        engine.start()
    for engine in (quality, fast):
        engine.wait_ready()
        if engine.model_info is None:
            raise RuntimeError(engine.load_error or "the model did not load")

    def uncached(event: SpeechEvent) -> None:
        if isinstance(event, TranscriptChanged) and not (event.committed or event.tentative or event.final):
            quality.forget()  # a new utterance: earlier rounds' translations are forgotten
            fast.forget()

    def refining(engine: TranslationEngine, emit: Any) -> SpeechTranslator:
        return RefiningTranslator(engine, emit, drafts=fast)

    def refining_committed(engine: TranslationEngine, emit: Any) -> SpeechTranslator:
        return RefiningTranslator(engine, emit, drafts=fast, committed_on_main=True)

    factories: dict[str, TranslatorFactory] = {
        "quality": SpeechTranslator, "refine": refining, "refine_committed": refining_committed,
    }  # fmt: skip
    records: dict[str, list[Any]] = {mode: [] for mode in REFINE_MODES}
    lag = dict.fromkeys(REFINE_MODES, 0.0)
    asr: Any = None
    config = SessionConfig(target=target, asr_model=asr_model, language=language, asr_threads=asr_threads)
    if recognizer is not None:
        config.recognizer = recognizer
    for _ in range(max(1, rounds)):
        for mode in REFINE_MODES:
            source = FileSource(samples=replay.pieces(), realtime=True, name="replay")
            run = transcribe_source(quality, source, config, on_event=uncached, translator=factories[mode])
            records[mode].extend(run.records)
            lag[mode] = max(lag[mode], run.max_lag_ms)
            asr = run.model or asr
    infos = {"quality": quality.model_info, "draft": fast.model_info}
    peak = peak_rss_mb()
    quality.close()
    fast.close()
    modes = {mode: _refine_summary(records[mode], lag[mode]) for mode in REFINE_MODES}

    def ratio(key: str, mode: str = "refine") -> float | None:
        ours, theirs = modes[mode][key]["p50"], modes["quality"][key]["p50"]
        return round(ours / theirs, 2) if ours and theirs else None

    return {
        "date": dt.date.today().isoformat(),
        "machine": machine_facts(),
        "asr_model": asr.name if asr else asr_model,
        "asr_device": f"{asr.device} {asr.compute_type}" if asr else None,
        "models": {
            role: {"name": info.name, "quantization": info.quantization, "backend": info.backend}
            for role, info in infos.items()
            if info is not None
        },
        "audio": {
            "clips": [str(c) for c in clips],
            "replay_s_per_turn": round(replay.seconds, 1),
            "turns_per_mode": max(1, rounds),
            "language": language or "detected",
            "endpoint_ms": round(config.recognizer.endpoint_silence_s * 1000),
            "target": target,
        },
        "modes": modes,
        "ratios_over_quality": {
            mode: {
                "draft_first_token_p50": ratio("draft_first_token_ms", mode),
                "translation_done_p50": ratio("translation_done_ms", mode),
            }
            for mode in REFINE_MODES[1:]
        },
        "resources": {"peak_rss_mb": round(peak, 1)},
        "utterances": {
            mode: [{**r.as_json(), "refine": r.refine_latency_ms()} for r in records[mode]]
            for mode in REFINE_MODES
        },
    }


def format_refine_report(result: dict[str, Any]) -> str:
    modes, models = result["modes"], result["models"]

    def row(label: str, key: str) -> str:
        cells = [modes[m][key][p] for m in REFINE_MODES for p in ("p50", "p90")]
        return f"{label:38}" + "".join(f"{c or 0:>9.0f}" for c in cells)

    short = {"quality": "quality", "refine": "refine", "refine_committed": "committed"}
    heads = "".join(f"{short[m]:>18}" for m in REFINE_MODES)
    p_heads = "".join(f"{'p50':>9}{'p90':>9}" for _ in REFINE_MODES)
    lines = [
        f"Draft and refine — {result['asr_model']} ({result['asr_device']}); quality "
        f"{models['quality']['name']}, drafts {models['draft']['name']}; "
        f"{result['audio']['turns_per_mode']} turns of {result['audio']['replay_s_per_turn']:.0f} s "
        "per mode, interleaved",
        "modes: quality = the quality model alone; refine = drafts of all partial text; committed = "
        "drafts of the tentative tail, committed clauses on the quality model",
        f"{'':38}{heads}",
        f"{'(ms after the end of speech)':38}{p_heads}",
        row("first draft token", "draft_first_token_ms"),
        row("final first token", "first_token_ms"),
        row("final translation done", "translation_done_ms"),
        row("final transcript", "final_transcript_ms"),
        row("start → first word (from start)", "start_offset_ms"),
        row("final transcript → first draft token", "transcript_to_draft_ms"),
        row("final transcript → final done", "transcript_to_done_ms"),
        "utterances: " + ", ".join(f"{m} {modes[m]['utterances']}" for m in REFINE_MODES)
        + "; worst lag: " + ", ".join(f"{m} {modes[m]['max_lag_ms']:.0f} ms" for m in REFINE_MODES),
    ]  # fmt: skip
    for mode, r in result["ratios_over_quality"].items():
        lines.append(f"{mode} / quality, p50: first draft token {r['draft_first_token_p50']}, "
                     f"final done {r['translation_done_p50']}")  # fmt: skip
    return "\n".join(lines)


def _breakdown_lines(result: dict[str, Any]) -> list[str]:
    """Average lagging and where the time went, for the text report."""
    s = result["speech"]
    al, stream = s.get("average_lagging_ms"), s.get("average_lagging_stream_ms")
    lines = [f"average lagging (AL, final translations): {al or 0:.0f} ms per utterance, "
             f"{stream or 0:.0f} ms over the whole replay"]  # fmt: skip
    b = s.get("breakdown") or {}
    asr, tr, threads = b.get("asr") or {}, b.get("translation") or {}, b.get("threads") or {}
    if threads:
        lines.append(f"cores {threads.get('cores')}: Whisper {threads.get('whisper')} threads, "
                     f"llama.cpp {threads.get('llama')} threads")  # fmt: skip
    for kind, k in (asr.get("by_kind") or {}).items():
        lines.append(f"ASR {kind}: {k['decodes']} decodes, {k['decode_s']:.1f} s, mean {k['mean_ms']:.0f} ms")
    if asr.get("redone_full_window"):
        redone = asr["redone_full_window"]
        lines.append(f"ASR: {redone} quick decodes repeated themselves, done again in full")
    for kind, k in (tr.get("by_kind") or {}).items():
        lines.append(f"translation {kind}: {k['requests']} requests ({k['superseded']} superseded), "
                     f"{k['seconds']:.1f} s")  # fmt: skip
    pacing = b.get("pacing")
    if pacing:
        lines.append(f"behind {pacing['behind_times']} times, {pacing['behind_s']:.0f} s in all; "
                     f"re-decode every {pacing['decode_interval_s']:.2f} s at the end")  # fmt: skip
    if tr:
        q, w = tr["final_queue_ms"], tr["final_engine_wait_ms"]
        lines.append(f"finals waiting: in the queue p50 {q['p50'] or 0:.0f} / p90 {q['p90'] or 0:.0f} ms, "
                     f"behind the running request p50 {w['p50'] or 0:.0f} / p90 {w['p90'] or 0:.0f} ms; "
                     f"tentative skipped {tr['tentative_skipped']}")  # fmt: skip
    return lines

"""The speech pipeline: audio source → streaming recognizer → speech translator.

One worker thread owns the Whisper model and runs one listening session at a time;
starting a session stops the one running (the newest wins). Events go to the listener
from this thread and from the translation engine's thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from app.core.models.whisper_files import SpeechModelError, english_only_message
from app.core.options import ASR_COMPUTE_TYPE, ASR_DEVICE, ASR_MODEL, ASR_THREADS
from app.core.speech.audio import AudioBlock, AudioError, AudioSource
from app.core.speech.cores import available_cores, thread_plan
from app.core.speech.directions import Directions
from app.core.speech.events import (
    AudioLevel,
    CaptureFailed,
    ListeningStarted,
    PipelineNotice,
    PipelinePace,
    PipelineStatus,
    SessionEnded,
    SpeechEvent,
    SpeechModelFailed,
    SpeechModelLoading,
    SpeechModelReady,
    TranscriptChanged,
)
from app.core.speech.pacing import PacingConfig, PacingPolicy
from app.core.speech.recognizer import (
    Hypothesis,
    RecognizerConfig,
    RecognizerEvent,
    SpeechStarted,
    StreamingRecognizer,
    UtteranceEnded,
)
from app.core.speech.translation import COMMITTED, TENTATIVE, SpeechTranslator
from app.core.speech.whisper import SpeechModel, load_speech_model
from app.core.translation.engine import TranslationEngine
from app.core.translation.glossary import Glossary

STATUS_EVERY_S = 0.1  # level meter and lag refresh
FINALS_GRACE_S = 60.0  # at the end of a file, how long to wait for the last translations
_CLAUSE_END = (".", "!", "?", ",", ";", ":", "。", "！", "？", "，", "、")

Listener = Callable[[SpeechEvent], None]


@dataclass
class SessionConfig:
    target: str = "fr"  # empty: transcribe only
    # A conversation: each utterance goes into the other party's language (overrides `target`).
    conversation: Directions | None = None
    glossary: Glossary = field(default_factory=Glossary)  # terms for the prompt and the recogniser
    asr_model: str = ASR_MODEL.default  # "tiny.en", "base" or a folder
    language: str | None = None  # None: detect (multilingual models); English models are always "en"
    device: str = ASR_DEVICE.default
    compute_type: str = ASR_COMPUTE_TYPE.default
    recognizer: RecognizerConfig = field(default_factory=RecognizerConfig)
    translate_tentative: bool = True
    # Adapt to the machine's load (see app.core.speech.pacing); False: fixed cadence and buffer.
    adaptive: bool = True
    pacing: PacingConfig = field(default_factory=PacingConfig)
    asr_threads: int = ASR_THREADS.default  # Whisper's CPU threads; 0: its share (app.core.speech.cores)


@dataclass
class _Session:
    id: int
    source: AudioSource
    config: SessionConfig
    stop: threading.Event = field(default_factory=threading.Event)
    partner: _Session | None = None  # a call: the other side, listened to at the same time

    @property
    def sides(self) -> list[_Session]:
        return [self] if self.partner is None else [self, self.partner]


TranslatorFactory = Callable[[TranslationEngine, Listener], SpeechTranslator]


class SpeechService:
    def __init__(self, engine: TranslationEngine, listener: Listener,
                 translator: TranslatorFactory = SpeechTranslator) -> None:  # fmt: skip
        self.engine = engine
        self._emit = listener
        # `translator`: e.g. a RefiningTranslator, which drafts on a second engine.
        self.translator = translator(engine, listener)
        self._cond = threading.Condition()
        self._pending: _Session | None = None
        self._current: _Session | None = None
        self._closing = False
        self._next_id = 1
        self._model: SpeechModel | None = None
        self._model_key: tuple[str, str, str, int] | None = None
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    # -- any thread --------------------------------------------------------------

    def start_session(self, source: AudioSource, config: SessionConfig) -> int:
        """Listen to `source`, which the service now owns (it starts, stops and closes it).

        A running session stops first (what it heard is still finished)."""
        with self._cond:
            self._stop_current()
            self._drop_pending()
            self._pending = _Session(self._next_id, source, config)
            self._next_id += 1
            self._cond.notify_all()
            return self._pending.id

    def start_call(self, mine: AudioSource, mine_config: SessionConfig,
                   theirs: AudioSource, theirs_config: SessionConfig) -> tuple[int, int]:  # fmt: skip
        """Listen to two sources at once, each its own session (ids returned: mine, theirs).

        In a call the microphone is one party and what the computer plays is the other; the
        microphone is gated while the other side is heard (see app.core.speech.call)."""
        with self._cond:
            self._stop_current()
            self._drop_pending()
            session = _Session(self._next_id, mine, mine_config)
            session.partner = _Session(self._next_id + 1, theirs, theirs_config)
            self._next_id += 2
            self._pending = session
            self._cond.notify_all()
            return session.id, session.partner.id

    def stop_session(self) -> None:
        """Stop listening; what was heard is still transcribed and translated."""
        with self._cond:
            self._drop_pending()
            self._stop_current()

    def _drop_pending(self) -> None:
        """A session replaced before it began: no thread reads its source, so it is closed here."""
        if self._pending is not None:
            for side in self._pending.sides:
                side.source.close()
            self._pending = None

    def _stop_current(self) -> None:
        if self._current is not None:
            for side in self._current.sides:
                side.stop.set()
                side.source.stop()  # a flag: the speech thread drains what was captured

    @property
    def active(self) -> bool:
        return self._pending is not None or self._current is not None

    def close(self, timeout: float = 2.0) -> bool:
        with self._cond:
            self._closing = True
            self._drop_pending()
            self._stop_current()
            self._cond.notify_all()
        self.translator.close()
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- worker thread --------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                # Between sessions, keep the shared translator going (it resumes after typed input).
                self._cond.wait_for(
                    lambda: self._closing or self._pending is not None,
                    0.05 if self.translator.has_work() else None,
                )
                if self._closing:
                    return
                session, self._pending = self._pending, None
                self._current = session
            if session is None:
                self.translator.poll()
                continue
            try:
                self._serve(session)
            finally:
                with self._cond:
                    self._current = None
                    self._cond.notify_all()
            del session  # waiting for the next one must not keep this one's source alive

    def _ensure_model(self, config: SessionConfig) -> SpeechModel | None:
        plan = thread_plan()
        # Transcribing only, Whisper has the cores to itself; translating, it leaves llama.cpp its share.
        alone = not config.target and config.conversation is None
        threads = config.asr_threads or (min(4, plan.cores) if alone else plan.whisper)
        key = (config.asr_model, config.device, config.compute_type, threads)
        if self._model is not None and self._model_key == key:
            return self._model
        self._model = self._model_key = None
        self._emit(SpeechModelLoading(config.asr_model))
        try:
            model = load_speech_model(config.asr_model, config.device, config.compute_type, threads)
        except SpeechModelError as exc:
            self._emit(SpeechModelFailed(str(exc)))
            return None
        self._model, self._model_key = model, key
        notice = None
        if model.fallback_reason:
            notice = (
                f"The GPU could not run the speech model, so it runs on the CPU ({model.fallback_reason})."
            )
        self._emit(
            SpeechModelReady(
                model.name, model.device, model.compute_type, model.multilingual, model.load_s, notice
            )
        )
        return model

    def _serve(self, session: _Session) -> None:
        runs: list[_Run] = []
        try:
            model = self._ensure_model(session.config)
            if model is None:
                return
            for side in session.sides:
                language = side.config.language
                if language and model.multilingual and language not in model.languages:
                    self._emit(
                        SpeechModelFailed(f"{model.name} does not know the language code “{language}”.")
                    )
                    return
                if language and not model.multilingual and language != "en":
                    # It would write English words for any other speech: say so instead.
                    self._emit(SpeechModelFailed(english_only_message(model.name, language)))
                    return
            for side in session.sides:
                side.source.start()
                runs.append(_Run(self, side, model))
            if len(runs) == 1:
                runs[0].run()
            else:
                from app.core.speech.call import run_call

                run_call(runs[0], runs[1])
        except AudioError as exc:
            self._emit(CaptureFailed(session.id, str(exc)))
        except Exception as exc:  # a native failure must not kill the speech thread
            self._emit(CaptureFailed(session.id, f"Speech input stopped after an internal error: {exc}"))
        finally:
            for index, side in enumerate(session.sides):
                _drain(side.source)
                side.source.close()
                completed = self.translator.session_over(side.id)
                stats = runs[index].recognizer.stats if index < len(runs) else None
                self._emit(
                    SessionEnded(
                        side.id, stats.audio_s if stats else 0.0, stats.rtf if stats else None, completed,
                        self._breakdown(runs[index]) if index < len(runs) else None,
                    )
                )  # fmt: skip

    def _breakdown(self, run: _Run) -> dict[str, object]:
        """Where a session's time went: Whisper's decodes, the translations, the threads each used."""
        info = self.engine.model_info
        return {
            "asr": run.recognizer.stats.as_json(),
            "translation": self.translator.times.as_json(),
            "pacing": run.pacing_json(),
            "threads": {
                "cores": available_cores(),
                "whisper": run.recognizer.model.threads,
                "llama": info.threads if info is not None else None,
            },
        }


def _drain(source: AudioSource) -> None:
    """Stop a source and let it release its device (on this thread, which reads it)."""
    source.stop()
    for _ in range(10_000):
        try:
            if source.read(0) is None and source.finished:
                return
        except AudioError:
            return


class _Run:
    """One listening session on the worker thread."""

    def __init__(self, service: SpeechService, session: _Session, model: SpeechModel) -> None:
        self.service = service
        self.session = session
        self.source = session.source
        self.config = session.config
        self.emit = service._emit
        language = "en" if not model.multilingual else session.config.language
        glossary = session.config.glossary
        # Glossary terms of the languages this session can hear are hints for the recogniser.
        heard = (
            [language]
            if language
            else list(session.config.conversation.pair)
            if session.config.conversation
            else []
        )
        hotwords = " ".join(w for w in (glossary.hotwords(code) for code in heard) if w)
        rec = replace(
            session.config.recognizer,
            language=language or None,
            hotwords=hotwords or session.config.recognizer.hotwords,
        )
        self.pacing = PacingPolicy(session.config.pacing) if session.config.adaptive else None
        self.recognizer = StreamingRecognizer(model, rec, self.pacing)
        self._behind_since: float | None = None
        self._behind_s = 0.0
        self._behind_times = 0
        self.translator = service.translator
        self.translator.set_glossary(session.id, glossary)
        self._last_status = -1.0
        self._committed: dict[int, str] = {}

    def run(self) -> None:
        self.emit(ListeningStarted(self.session.id, self.source.name))
        while not self.done:
            self.feed(self.take(0.05))
        self.finish()
        self.wait_finals()

    done = False  # the source has ended (or failed); what it gave is recognised

    def take(self, timeout: float) -> list[np.ndarray]:
        """What the source has now, waiting up to `timeout` for the first block."""
        return [block.samples for block in self.take_blocks(timeout)]

    def take_blocks(self, timeout: float) -> list[AudioBlock]:
        """`take`, each block with its place on the source's clock."""
        blocks: list[AudioBlock] = []
        try:
            block = self.source.read(timeout)
            if block is None:
                self.done = self.source.finished
                return blocks
            blocks.append(block)
            # Everything that piled up while the last decode ran is taken at once.
            while (more := self.source.read(0)) is not None:
                blocks.append(more)
        except AudioError as exc:
            self.done = True  # what arrived before the failure is still recognised
            self.emit(CaptureFailed(self.session.id, str(exc)))
        return blocks

    def feed(self, pieces: list[np.ndarray]) -> None:
        self.recognizer.final_running = self.translator.final_running()
        if pieces:
            self._handle(self.recognizer.process(np.concatenate(pieces)))
        self._status()

    def finish(self) -> None:
        self._handle(self.recognizer.finish())

    def wait_finals(self) -> None:
        """Wait for this session's last translations, unless a newer session is waiting:
        the shared translator finishes them either way."""
        deadline = time.perf_counter() + FINALS_GRACE_S
        progress = self.translator.progress
        while time.perf_counter() < deadline and not self.translator.wait_finals(self.session.id, 0.05):
            if self.service._pending is not None or self.service._closing:
                break
            if self.translator.progress != progress:
                # Still translating on a slow machine: wait on, a final is never dropped.
                deadline, progress = time.perf_counter() + FINALS_GRACE_S, self.translator.progress
            self._status()

    def _handle(self, events: list[RecognizerEvent]) -> None:
        sid = self.session.id
        for event in events:
            if isinstance(event, SpeechStarted):
                self.translator.begin(
                    sid, event.utterance, event.start_s, self.config.target, self.source.now,
                    self.config.conversation,
                )  # fmt: skip
                self.emit(TranscriptChanged(sid, event.utterance, "", "", "", False))
            elif isinstance(event, Hypothesis):
                self.emit(
                    TranscriptChanged(
                        sid, event.utterance, event.committed, event.tentative, event.language, False
                    )
                )
                self._offer(event)
            elif isinstance(event, UtteranceEnded):
                now = self.source.now()
                self._committed.pop(event.utterance, None)
                self.emit(TranscriptChanged(sid, event.utterance, event.text, "", event.language, True))
                self.translator.end(
                    sid, event.utterance, event.text, event.end_s, event.language, now, event.ended_by
                )

    def _offer(self, event: Hypothesis) -> None:
        language = event.language
        if not language:
            return
        sid = self.session.id
        # Committed text is translated up to its last clause end; the tail waits for more words.
        committed = event.committed
        cut = max(committed.rfind(mark) for mark in _CLAUSE_END)
        clause_text = committed[: cut + 1] if cut >= 0 else ""
        if clause_text and clause_text != self._committed.get(event.utterance):
            self._committed[event.utterance] = clause_text
            self.translator.offer(sid, event.utterance, COMMITTED, clause_text, language)
        if self.config.translate_tentative and (event.tentative or committed != clause_text):
            pacing = self.pacing
            if pacing is not None and not pacing.tentative_allowed(self.translator.pending_finals()):
                self.translator.skip_tentative()
                return
            text = f"{committed} {event.tentative}".strip()
            self.translator.offer(sid, event.utterance, TENTATIVE, text, language)

    def _status(self) -> None:
        self.translator.poll()
        take_notice = getattr(self.source, "take_notice", None)  # a live source that switched device
        notice = take_notice() if take_notice is not None else None
        if notice:
            self.emit(PipelineNotice(self.session.id, notice))
        now = self.source.now()
        if now - self._last_status < STATUS_EVERY_S:
            return
        self._last_status = now
        sid = self.session.id
        self.emit(AudioLevel(sid, self.source.level_db))
        # Lag: audio heard but not yet recognised, or the oldest finished utterance still untranslated.
        # Once the source has ended, its clock runs on with nothing more to hear.
        lag = 0.0 if self.done else max(0.0, now - self.recognizer.position_s)
        oldest = self.translator.oldest_pending_end(sid)
        if oldest is not None:
            lag = max(lag, now - oldest)
        pending = self.translator.pending_finals(sid)
        self.emit(PipelineStatus(sid, round(lag * 1000.0, 1), pending, self.recognizer.stats.rtf))
        self._pace(now, lag)

    def _pace(self, now: float, lag: float) -> None:
        """Tell the pacing how far behind the pipeline is; say so when what it does changes."""
        if self.pacing is None:
            return
        was_behind = self.pacing.behind
        changed = self.pacing.observe(now, lag, self.translator.pending_finals())
        if self.pacing.behind and not was_behind:
            self._behind_since, self._behind_times = now, self._behind_times + 1
        elif was_behind and not self.pacing.behind and self._behind_since is not None:
            self._behind_s += now - self._behind_since
            self._behind_since = None
        if changed is not None:
            self.emit(PipelinePace(self.session.id, changed.behind, changed.actions, changed.message,
                                   changed.lag_ms))  # fmt: skip

    def pacing_json(self) -> dict[str, object] | None:
        """How often and how long the session was behind, and the cadence it ended with."""
        if self.pacing is None:
            return None
        behind_s, mean_s = self._behind_s, self.pacing.decode_s
        if self._behind_since is not None:
            behind_s += self.source.now() - self._behind_since
        return {
            "behind_times": self._behind_times,
            "behind_s": round(behind_s, 1),
            "decode_interval_s": round(self.pacing.decode_interval_s(), 2),
            "redecode_mean_ms": None if mean_s is None else round(mean_s * 1000, 1),
        }

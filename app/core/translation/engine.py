"""The translation engine: one worker thread owns the model and runs every request.

The newest request wins: submitting a request replaces any request still waiting and
makes the running one stop at its next token. Events go to the listener (or a
request's own sink) on the worker thread; a UI must hand them to its own thread.

Every request ends with exactly one terminal event (RequestFinished or RequestFailed),
whatever fails on the way: the model, the backend, or a listener. The worker outlives
each failure, and `translate()` stops waiting when no event comes.
"""

from __future__ import annotations

import codecs
import dataclasses
import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core import logs
from app.core.errors import BackendError, ModelError, ParleyError, TranslationError
from app.core.i18n import QT_TRANSLATE_NOOP, Message, sentence_of
from app.core.languages import get_language
from app.core.metrics import RequestMetrics, RequestTimer
from app.core.models.bundled import GEMMA_FILE, gemma_path
from app.core.models.families import AUTO
from app.core.options import ModelOptions
from app.core.translation.backend import BackendLoader, ModelInfo, TranslationBackend
from app.core.translation.cleaning import StreamCleaner, degenerate
from app.core.translation.events import (
    EngineEvent,
    ModelEvent,
    ModelFailed,
    ModelLoading,
    ModelReady,
    ModelSource,
    RequestEvent,
    RequestFailed,
    RequestFinished,
    TokenEvent,
    TranslationRequest,
    Untranslated,
)
from app.core.translation.glossary import Terms, matching_terms
from app.core.translation.llama_backend import LLAMA
from app.core.translation.prompts import Context, PromptStyle
from app.core.translation.segmenter import joiner, segment

Sink = Callable[[RequestEvent], None]
Listener = Callable[[EngineEvent], None]

CACHE_ENTRIES = 4096
# translate() gives up when a request sends nothing for this long (a model load does not count):
# far longer than any one token or sentence prefill takes, short enough that a stuck worker fails.
STALL_TIMEOUT_S = 120.0
# One sentence's output stops after this long from its first token, however few tokens came:
# a healthy model needs a fraction of it even on a machine loaded many times over (a loaded
# two-core machine decoded 0.4 tokens/s); a damaged one can crawl for ever. Output with nothing
# in it to show yet stops far sooner.
DECODE_BASE_S = 120.0
DECODE_S_PER_CHAR = 1.0
EMPTY_BASE_S = 30.0
EMPTY_S_PER_CHAR = 0.25
# Tokens that leave nothing to show (a damaged model's empty pieces): past this many, it stops.
NOTHING_AFTER_TOKENS = 16

NO_WORDS = Message(QT_TRANSLATE_NOOP("core", "there is no word in it to translate"))
COPY = Message(QT_TRANSLATE_NOOP("core", "the model gave it the translation of another part of the text"))

log = logging.getLogger("parley.engine")


class EngineTimeout(BackendError):
    """translate() waited too long for a request that sent nothing."""


@dataclass
class EngineConfig:
    model_path: Path | None = None  # None: the bundled default model
    options: ModelOptions = field(default_factory=ModelOptions)
    context_sentences: int = 1  # earlier sentences shown to the model with each new one
    warm_pair: tuple[str, str] | None = ("en", "fr")  # prompt prefix to evaluate right after loading


@dataclass
class _Job:
    id: int
    request: TranslationRequest
    sink: Sink | None
    timer: RequestTimer
    warm_only: bool = False
    ended: bool = False  # its terminal event was sent: nothing more goes to its sink
    untranslated: list[Untranslated] = field(default_factory=list)
    # Text held back from the sink: after a sentence the model gave no translation of, nothing
    # is shown until one it did translate, so a request that fails shows nothing of the source.
    deferred: list[str] | None = None


@dataclass
class _Outcome:
    """One sentence's result: its translation, or (`passed`) why it stays as it was written."""

    text: str
    passed: str | None = None
    problem: str | None = None  # why the model's output was no translation, when it was none


@dataclass
class _Cancelled(Exception):
    translated: list[str] = field(default_factory=list)


class _ListenerFailed(Exception):
    """A sink or listener raised on one of the request's events: the request stops."""


def _terminal(event: RequestEvent) -> bool:
    return isinstance(event, (RequestFinished, RequestFailed))


class TranslationEngine:
    def __init__(
        self, config: EngineConfig, listener: Listener | None = None, loader: BackendLoader = LLAMA
    ) -> None:
        self.config = config
        self._listener = listener
        self._loader = loader
        self._cond = threading.Condition()
        self._pending: _Job | None = None
        self._pending_load: ModelSource | None = None
        self._running: _Job | None = None
        self._latest_id = 0
        self._stopping = False
        self._loading = False
        self._thread: threading.Thread | None = None
        self._model: TranslationBackend | None = None
        self._active: ModelSource | None = None  # what the loaded model was loaded from, to restore it
        self._load_error: str | None = None
        self._cache: OrderedDict[tuple[str, ...], str] = OrderedDict()
        self.model_info: ModelInfo | None = None

    # -- public API (any thread) --------------------------------------------

    def start(self) -> None:
        """Start the worker and load the configured model on it."""
        self.load(self.config.model_path, self.config.options)
        # A daemon thread: a native model load cannot be interrupted, and must not keep the
        # process alive after the window has closed.
        self._thread = threading.Thread(target=self._run, name="translation-engine", daemon=True)
        self._thread.start()

    def load(self, path: Path | None, options: ModelOptions | None = None) -> None:
        """Load another model (None: the bundled one) on the worker; the running request is cancelled.

        If the new model cannot be used, the one loaded before stays active. Without `options`
        the current ones apply, except the prompt preset, which belongs to the model.
        """
        with self._cond:
            new = None if path is None else Path(path)
            if options is None:
                options = self.config.options
                if new != self.config.model_path:
                    options = dataclasses.replace(options, prompt_style=AUTO)
            self._pending_load = ModelSource(new, options)
            dropped, self._pending = self._pending, None
            self._interrupt_running()
            self._cond.notify_all()
        self._dropped(dropped)

    def submit(self, request: TranslationRequest, sink: Sink | None = None) -> int:
        """Queue a request; it supersedes any request waiting or running. Returns its id."""
        with self._cond:
            dropped = self._pending
            request_id = self._enqueue(request, sink, warm_only=False)
            self._interrupt_running()
        self._dropped(dropped)
        return request_id

    def prewarm(self, source: str, target: str) -> None:
        """Evaluate the fixed prompt part for a language pair, when nothing else is waiting."""
        with self._cond:
            if self._pending is None and self._running is None:
                self._enqueue(TranslationRequest("Hello.", source, target), None, warm_only=True)

    def forget(self) -> None:
        """Drop the sentence cache (benchmarks measuring uncached translation)."""
        with self._cond:
            self._cache.clear()

    def cancel(self) -> None:
        """Stop the running request and drop the waiting one."""
        with self._cond:
            self._latest_id += 1
            dropped, self._pending = self._pending, None
            self._interrupt_running()
            self._cond.notify_all()
        self._dropped(dropped)

    def cancel_request(self, request_id: int) -> None:
        """Stop one request, if it is still waiting or running; others are left alone."""
        with self._cond:
            dropped = None
            if self._pending is not None and self._pending.id == request_id:
                dropped, self._pending = self._pending, None
            elif self._running is not None and self._running.id == request_id and self._pending is None:
                self._latest_id += 1  # the running request sees it is superseded at its next token
                self._interrupt_running()
            self._cond.notify_all()
        self._dropped(dropped)

    def current_request(self) -> int | None:
        """The id of the request waiting, else of the one running; None when idle."""
        job = self._pending or self._running
        return job.id if job is not None else None

    def translate(self, request: TranslationRequest, timeout: float | None = None) -> Iterator[RequestEvent]:
        """Submit and yield this request's events until it finishes (for the CLI and tests).

        Raises EngineTimeout when the request sends nothing for `timeout` seconds (default
        STALL_TIMEOUT_S; time spent loading a model does not count), and BackendError when
        the worker is not running. Leaving the loop early cancels the request.
        """
        limit = STALL_TIMEOUT_S if timeout is None else timeout
        events: queue.SimpleQueue[RequestEvent] = queue.SimpleQueue()
        request_id = self.submit(request, events.put)
        ended = False
        last = time.monotonic()
        try:
            while True:
                try:
                    event = events.get(timeout=min(0.25, max(limit, 0.01)))
                except queue.Empty:
                    now = time.monotonic()
                    if self._thread is None or not self._thread.is_alive():
                        raise BackendError(
                            "The translation engine is not running, so nothing was translated."
                            f"{logs.details()} Restart Parley."
                        ) from None
                    if self._loading or self._pending_load is not None:
                        last = now  # a model load can take minutes; the request has not stalled
                    elif now - last > limit:
                        raise EngineTimeout(
                            f"The translation engine sent nothing for {limit:g} s, so Parley stopped "
                            f"waiting for it.{logs.details()} Try again, or restart Parley."
                        ) from None
                    continue
                last = time.monotonic()
                ended = _terminal(event)
                yield event
                if ended:
                    return
        finally:
            if not ended:
                self.cancel_request(request_id)

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait for the pending model load to end (ready or failed)."""
        return self._wait(lambda: self._pending_load is None and not self._loading, timeout)

    def wait_idle(self, timeout: float | None = None) -> bool:
        return self._wait(lambda: self.idle, timeout)

    @property
    def idle(self) -> bool:
        """Nothing waiting and nothing running."""
        return self._pending is None and self._running is None and self._pending_load is None

    @property
    def pending_count(self) -> int:
        return int(self._pending is not None) + int(self._running is not None)

    @property
    def prompt_style(self) -> PromptStyle | None:
        """The loaded model's prompt style (pure Python: safe to use from any thread)."""
        return self._model.style if self._model is not None else None

    @property
    def load_error(self) -> str | None:
        return self._load_error

    def close(self, timeout: float = 2.0) -> bool:
        """Stop the worker; True if it ended within `timeout` (a native load may not)."""
        with self._cond:
            self._stopping = True
            dropped, self._pending = self._pending, None
            self._pending_load = None
            self._interrupt_running()
            self._cond.notify_all()
        self._dropped(dropped)
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- worker thread --------------------------------------------------------

    def _wait(self, condition: Callable[[], bool], timeout: float | None) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: condition() or self._stopping, timeout)

    def _interrupt_running(self) -> None:
        """The running request was just superseded (the caller holds the lock, so the worker cannot
        have moved on to another): a backend that waits on a network can stop waiting now rather
        than at its next token. The in-process model answers in milliseconds and has no such call."""
        interrupt = getattr(self._model, "interrupt", None)
        if interrupt is not None and self._running is not None:
            interrupt()

    def _enqueue(self, request: TranslationRequest, sink: Sink | None, warm_only: bool) -> int:
        self._latest_id += 1
        timer = RequestTimer(submitted=time.perf_counter())
        self._pending = _Job(self._latest_id, request, sink, timer, warm_only)
        self._cond.notify_all()
        return self._latest_id

    def _dropped(self, job: _Job | None) -> None:
        """A request replaced before it started still ends, cancelled, so its listener is not left waiting."""
        if job is not None and not job.warm_only:
            metrics = RequestMetrics.from_timer(job.id, job.timer, cancelled=True)
            self._send(job, RequestFinished(job.id, "", metrics))

    def _emit(self, event: ModelEvent) -> None:
        """A model event to the listener; a listener that raises is logged, and the engine goes on."""
        if self._listener is None:
            return
        try:
            self._listener(event)
        except Exception:
            log.exception("The engine's listener failed on %s", type(event).__name__)

    def _send(self, job: _Job, event: RequestEvent) -> None:
        """One of a request's events to its sink (or the listener); after its terminal event, nothing.

        A sink that raises on a piece stops the request (_ListenerFailed), which then ends
        with RequestFailed; one that raises on the terminal event is only logged.
        """
        if job.ended or job.warm_only:
            return
        job.ended = _terminal(event)
        target = job.sink or self._listener
        if target is None:
            return
        try:
            target(event)
        except Exception as exc:
            log.exception("A listener failed on %s of request %d", type(event).__name__, job.id)
            if not job.ended:
                raise _ListenerFailed(str(exc) or type(exc).__name__) from exc

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stopping or self._pending_load or self._pending)
                if self._stopping:
                    break
                load, self._pending_load = self._pending_load, None
                job = None
                if load is None:
                    job, self._pending = self._pending, None
                    self._running = job
                else:
                    self._loading = True
            try:
                if load is not None:
                    self._load(load)
                elif job is not None:
                    self._serve(job)
                    self._republish()
            except Exception as exc:  # the worker must outlive any one failure
                log.exception("The translation engine hit an error")
                if load is not None:
                    failed = load.path or Path(GEMMA_FILE)
                    self._emit(ModelFailed(failed, _sentence("loading the model", exc)))
                if job is not None:
                    self._send(job, RequestFailed(job.id, _sentence("translating", exc)))
            finally:
                if job is not None and not job.ended and not job.warm_only:
                    # Not even an exception (a BaseException got here): the request still ends.
                    self._send(job, RequestFailed(job.id, "The translation was interrupted. Try again."))
                with self._cond:
                    self._running = None
                    self._loading = False
                    self._cond.notify_all()
        if self._model is not None:
            try:
                self._model.close()
            except Exception:
                log.exception("Closing the model failed")
            self._model = None

    def _load(self, load: ModelSource) -> None:
        path = load.path
        previous = self.model_info
        try:
            if path is None:
                self._emit(
                    ModelLoading(
                        Path(GEMMA_FILE), QT_TRANSLATE_NOOP("core", "Preparing the bundled model"), 0.1
                    )
                )
                path = gemma_path()
            # Checked while the old model still serves: a bad file changes nothing.
            if load.path is not None:  # the bundled file was verified when it was assembled
                self._emit(ModelLoading(path, QT_TRANSLATE_NOOP("core", "Checking the model"), 0.2))
                self._loader.check(path)
            if self._model is not None:
                self._emit(
                    ModelLoading(
                        path,
                        Message(QT_TRANSLATE_NOOP("core", "Unloading {name}"), name=self._model.info.name),
                        0.3,
                    )
                )
                self._unload()
            self._emit(ModelLoading(path, QT_TRANSLATE_NOOP("core", "Loading the model"), 0.4))
            model = self._loader.load(path, load.options)
        except (ModelError, OSError) as exc:
            log.warning("The model %s could not be used: %s", path or GEMMA_FILE, exc)
            self._failed(path or Path(GEMMA_FILE), sentence_of(exc), previous)
            return
        except Exception as exc:  # anything else from native code or a model's data: still a sentence
            log.exception("Loading %s failed", path or GEMMA_FILE)
            unloadable = QT_TRANSLATE_NOOP("core", "The model could not be loaded: {error}")
            self._failed(path or Path(GEMMA_FILE), Message(unloadable, error=str(exc)), previous)
            return
        self._ready(model, load)

    def _unload(self) -> None:
        self._cache.clear()  # translations belong to the model that made them
        if self._model is not None:
            self._model.close()
        self._model = None
        self.model_info = None

    def _ready(self, model: TranslationBackend, load: ModelSource) -> None:
        with self._cond:
            self._model, self._load_error, self._active = model, None, load
            self.config.model_path = load.path
            self.config.options = load.options
        if self.config.warm_pair is not None:
            self._emit(ModelLoading(model.info.path, QT_TRANSLATE_NOOP("core", "Warming up"), 0.8))
            source, target = self.config.warm_pair
            self._warm(model, TranslationRequest("Hello.", source, target))
        info = model.info
        log.info("Loaded %s (%s, %s) in %.1f s: %s, %s (%s), %d threads, prompt %s",
                 info.name, info.quantization, info.path, info.load_s, info.backend,
                 info.offload_text(), info.gpu_layers_source, info.threads, info.prompt_style)  # fmt: skip
        self.model_info = info  # published once the model is warm, with its ready event
        self._emit(ModelReady(info, load))

    def _republish(self) -> None:
        """A backend that changed while serving (a server that handed over to the local model
        when it could no longer be reached) is announced, with its notice, like a new model."""
        model = self._model
        if model is not None and self.model_info is not None and model.info is not self.model_info:
            self.model_info = model.info
            self._emit(ModelReady(model.info, self._active))

    def _failed(self, path: Path, message: str, previous: ModelInfo | None) -> None:
        """The new model failed: bring the previous one back if it was unloaded, and say so."""
        if previous is not None and self._model is None and self._active is not None:
            self._emit(
                ModelLoading(
                    previous.path,
                    Message(QT_TRANSLATE_NOOP("core", "Restoring {name}"), name=previous.name),
                    0.6,
                )
            )
            try:
                self._ready(self._loader.load(previous.path, self._active.options), self._active)
            except Exception as exc:  # the old model may no longer fit, or be gone
                log.exception("Restoring %s failed", previous.path)
                again = QT_TRANSLATE_NOOP(
                    "core", "{message}. {name} could not be loaded again either ({error})"
                )
                message = Message(again, message=message, name=previous.name, error=str(exc))
                self._active = None
        if self._model is None:
            self._load_error = message
            self._emit(ModelFailed(path, message))
            return
        self._emit(ModelFailed(path, message, self._model.info.name, self._active))

    def _warm(self, model: TranslationBackend, request: TranslationRequest) -> None:
        try:
            prompt = model.style.render(get_language(request.source), get_language(request.target), "", [])
            stream = model.stream(model.tokenize(prompt.text))
            try:
                next(stream, None)  # evaluates the prompt: its prefix stays in the cache
            finally:
                _close(stream)
        except Exception:  # warming only saves time; a failure here shows up on the first request
            log.debug("Warming the prompt up failed", exc_info=True)

    def _superseded(self, job: _Job) -> bool:
        return job.id != self._latest_id or self._stopping or self._pending_load is not None

    def _serve(self, job: _Job) -> None:
        job.timer.started = time.perf_counter()
        model = self._model
        if model is None:
            message = self._load_error or "No translation model is loaded yet."
            self._send(job, RequestFailed(job.id, message))
            return
        if job.warm_only:
            self._warm(model, job.request)
            return
        try:
            translation = self._translate(model, job)
            cancelled = False
        except _Cancelled as stop:
            translation, cancelled = "".join(stop.translated), True
        except _ListenerFailed as exc:
            message = f"Showing the translation failed ({exc}), so it was stopped.{logs.details()}"
            self._send(job, RequestFailed(job.id, message))
            return
        except ParleyError as exc:  # e.g. an unknown language code: already a sentence
            self._send(job, RequestFailed(job.id, sentence_of(exc)))
            return
        except Exception as exc:  # a native failure mid-request must not kill the worker
            log.exception("Request %d failed", job.id)
            self._send(job, RequestFailed(job.id, _sentence("translating", exc)))
            return
        job.timer.finished = time.perf_counter()
        metrics = RequestMetrics.from_timer(job.id, job.timer, cancelled)
        self._send(job, RequestFinished(job.id, translation, metrics, tuple(job.untranslated)))

    def _translate(self, model: TranslationBackend, job: _Job) -> str:
        request = job.request
        source, target = get_language(request.source), get_language(request.target)
        parts: list[str] = []
        history: list[tuple[str, str]] = []
        paragraph: list[tuple[str, str]] = []  # since the last line break
        segments = segment(request.text)
        job.timer.segments = len(segments)
        tried = failed = 0  # sentences sent to the model, and those it gave no translation of
        problem = ""
        continues = False  # the segment before was left as written, and this one continues its run
        # A style shows earlier sentences only where measurement said they help its models.
        shown = self.config.context_sentences if model.style.shows_context else 0
        for seg in segments:
            context = history[-shown:] if shown else []
            terms = matching_terms(seg.text, request.terms, source.spaceless)
            key = (str(model.info.path), source.code, target.code, *(s for s, _ in context), seg.text,
                   *(f"{a}={b}" for a, b in terms))  # fmt: skip
            cached = seg.text if source.code == target.code else self._cache.get(key)
            # This paragraph's earlier sentences and the context, where their sources differ:
            # this sentence must not come out as their translation.
            # A source made of the same words (a cut through a repeated phrase) may share its translation.
            words = _words(seg.text)
            others = tuple(dict.fromkeys(t for s, t in (*paragraph, *context) if _words(s) != words))
            if cached is not None and context and source.code != target.code and _copies(cached, others):
                cached = None  # cached under another paragraph: checked against this one's sentences
            passed: str | None = None
            if seg.verbatim and source.code != target.code:  # numbers, symbols, a run too long for a word
                cached, passed = seg.text, NO_WORDS if seg.lettered else None
                self._piece(job, cached)
            elif cached is not None:
                if key in self._cache:
                    self._cache.move_to_end(key)
                job.timer.cached_segments += 1
                self._piece(job, cached)
            else:
                try:
                    outcome = self._generate(model, job, seg.text, context, terms, others, seg.cut)
                except _Cancelled as stop:
                    stop.translated[:0] = parts
                    raise
                tried += 1
                cached, passed = outcome.text, outcome.passed
                if outcome.problem is not None:
                    failed += 1
                    problem = problem or outcome.problem
                    if failed == tried and job.deferred is None:
                        job.deferred = []
                elif job.deferred is not None:
                    self._flush(job)
                if passed is None:
                    self._cache[key] = cached
                    while len(self._cache) > CACHE_ENTRIES:
                        self._cache.popitem(last=False)
                else:
                    self._piece(job, cached)  # the source, in its place in what is shown
            if passed is not None:
                last = job.untranslated[-1] if job.untranslated else None
                if last is not None and continues and last.reason == passed:  # one run, one report
                    job.untranslated[-1] = Untranslated(last.text + seg.text, passed)
                elif seg.lettered:
                    job.untranslated.append(Untranslated(seg.text, passed))
            else:  # what was passed through is no context for the next sentence, nor a translation
                history.append((seg.text, cached))
                paragraph.append((seg.text, cached))
            if seg.newlines:
                paragraph.clear()
            glue = joiner(seg, target.spaceless, as_written=passed is not None or seg.verbatim)
            continues = passed is not None and seg.joined
            self._piece(job, glue)
            parts.append(cached + glue)
        if tried and failed == tried:
            # Not an empty success: every sentence the model saw came back as no translation.
            raise TranslationError(
                f"The model gave no translation of this text ({problem}). Its file may be damaged, "
                "or it may not suit translation: choose another model (Models in the window, --model "
                "on the command line), or reinstall Parley to restore the bundled one."
            )
        self._flush(job)
        return "".join(parts)

    def _flush(self, job: _Job) -> None:
        held, job.deferred = job.deferred, None
        if held:
            self._piece(job, "".join(held))

    def _piece(self, job: _Job, text: str) -> None:
        if not text:
            return
        if job.deferred is not None:
            job.deferred.append(text)
            return
        now = time.perf_counter()
        if job.timer.first_piece is None:
            job.timer.first_piece = now
        self._send(job, TokenEvent(job.id, text, job.timer.completion_tokens, now))

    def _generate(
        self,
        model: TranslationBackend,
        job: _Job,
        text: str,
        context: Context,
        terms: Terms = (),
        others: tuple[str, ...] = (),
        cut: bool = False,
    ) -> _Outcome:
        """Translate one sentence, streaming it; `others` are the translations it must not repeat.

        A small model shown the previous sentence as context sometimes repeats that sentence's
        translation instead of translating its own. While the output could still become one of
        `others` it is held back; if it does, the sentence is translated again without context.
        A piece of a cut sentence (`cut`) that still comes out as another's translation, and an
        output that is no translation at all (empty, punctuation, a loop), stay as written.
        The work is bounded by the sentence's length: in tokens, and in time from the first token.
        """
        source, target = get_language(job.request.source), get_language(job.request.target)
        prompt = model.style.render(source, target, text, context, terms)
        tokens = model.tokenize(prompt.text)
        room = self.config.options.n_ctx - len(tokens) - 1
        if room < 64 and context:
            return self._generate(model, job, text, [], terms, others, cut)
        # Without context there is nothing to retry without: only a cut piece is watched then.
        watch = bool(others and (context or cut))
        held: list[str] = []
        # Bounded output: a translation is rarely more than three times its source.
        limit = min(room, 3 * len(model.tokenize(text)) + 24, 2 * len(text) + 24)
        timer = job.timer
        timer.prompt_tokens += len(tokens)
        timer.prompt_tokens_reused += model.cached_prefix(tokens)
        cleaner = StreamCleaner(prompt.labels, text)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        started = time.perf_counter()
        first = last = deadline = empty_deadline = started
        count = 0
        stream = model.stream(tokens)
        try:
            for raw in stream:
                last = time.perf_counter()
                count += 1
                if count == 1:
                    first = last
                    timer.prefill_s += last - started
                    deadline = first + DECODE_BASE_S + DECODE_S_PER_CHAR * len(text)
                    empty_deadline = first + EMPTY_BASE_S + EMPTY_S_PER_CHAR * len(text)
                if self._superseded(job):
                    raise _Cancelled([cleaner.text])
                piece = cleaner.feed(decoder.decode(raw))
                # Held back: what may still become an earlier translation, and what has no letter
                # or digit yet (it may turn out to be no translation at all).
                if (watch and _may_copy(cleaner.text, others)) or not _alnum(cleaner.text):
                    held.append(piece)
                else:
                    watch = False  # it diverged from every earlier translation: show what was held
                    self._piece(job, "".join(held) + piece)
                    held.clear()
                timer.completion_tokens += 1
                if cleaner.done or count >= limit:
                    break
                if (count >= NOTHING_AFTER_TOKENS or last > empty_deadline) and not _alnum(cleaner.text):
                    break  # token after token and nothing to show: it will not get better
                if last > deadline:
                    log.warning("Request %d: a sentence of %d characters was still being "
                                "translated after %.0f s; it was cut there",
                                job.id, len(text), last - first)  # fmt: skip
                    break
        finally:
            _close(stream)
            if count > 1:
                timer.decode_s += last - first
                timer.decode_tokens += count - 1
        tail = cleaner.feed(decoder.decode(b"", final=True)) + cleaner.finish()
        if watch and _copies(cleaner.text, others):
            if context:
                log.info("Request %d: a sentence came out as an earlier one's translation; "
                         "translating it again without context", job.id)  # fmt: skip
                return self._generate(model, job, text, [], terms, others, cut)
            log.info("Request %d: a piece of a long sentence came out as another piece's "
                     "translation; it stays as written", job.id)  # fmt: skip
            return _Outcome(text, COPY)
        problem = degenerate(text, cleaner.text, cleaner.looped)
        if problem is not None:
            log.warning("Request %d: the model's output for a sentence of %d characters was no "
                        "translation (%s): it stays as written", job.id, len(text), problem)  # fmt: skip
            no_translation = QT_TRANSLATE_NOOP("core", "the model gave no translation of it ({problem})")
            return _Outcome(text, Message(no_translation, problem=problem), problem)
        self._piece(job, "".join(held) + tail)
        return _Outcome(cleaner.text)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip(_EDGES) for w in _normal(text).split()) - {""}


def _alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


_EDGES = " \t\n.,;:!?¡¿…。、！？\"'«»“”„()"


def _may_copy(partial: str, others: tuple[str, ...]) -> bool:
    """Whether a translation that starts with `partial` could still end as one of `others`."""
    start = _normal(partial).strip(_EDGES)  # "… souhaite !" may still end as "… souhaite."
    return any(_normal(other).strip(_EDGES).startswith(start) for other in others)


def _copies(translation: str, others: tuple[str, ...]) -> bool:
    """Whether `translation` is one of `others`, give or take case, spaces and punctuation."""
    own = _normal(translation).strip(_EDGES)
    return bool(own) and any(_normal(other).strip(_EDGES) == own for other in others)


def _close(stream: Iterator[bytes]) -> None:
    """Stops a backend's stream (a generator, or any iterator with close())."""
    close = getattr(stream, "close", None)
    if close is not None:
        close()


def _sentence(doing: str, exc: BaseException) -> str:
    """An unexpected failure as a sentence for the user, pointing at the log."""
    return f"Parley hit an error while {doing} ({type(exc).__name__}: {exc}).{logs.details()} Try again."

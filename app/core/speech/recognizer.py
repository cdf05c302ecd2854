"""Streaming recognition: voice activity endpointing plus LocalAgreement-2 over re-decodes.

While someone speaks, the utterance's audio is re-decoded about every half second; a
word is committed once two consecutive hypotheses agree on it, and the rest is shown as
tentative. A short silence ends the utterance and commits everything. To make that final
step quick, the audio up to the last voiced frame is decoded as soon as the silence
starts; if no speech follows, that decode is the final one. Long speech is cut at a
committed sentence end, or, once the buffer is full, after the newest decode's words that
have a second of audio after them (the decodes may have stopped agreeing on a hard word).

All times are seconds on the stream's audio clock (sample count / 16 kHz).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from app.core.options import ENDPOINT_MS
from app.core.speech.audio import SAMPLE_RATE, Samples
from app.core.speech.events import EndedBy
from app.core.speech.pacing import PacingPolicy
from app.core.speech.vad import FRAME, StreamingVad
from app.core.speech.whisper import SpeechModel, Word, join_words

_FRAME_S = FRAME / SAMPLE_RATE
_SENTENCE_END = re.compile(r"[.!?。！？]['\")\]]*$")


@dataclass
class RecognizerConfig:
    decode_interval_s: float = 0.5  # re-decode cadence while speech goes on
    endpoint_silence_s: float = ENDPOINT_MS.default / 1000.0  # silence that ends an utterance
    early_decode_silence_s: float = 0.1  # silence after which the likely-final decode starts
    speech_threshold: float = 0.5  # Silero probability that starts speech
    silence_threshold: float = 0.35  # ...and below which a frame counts as silence (hysteresis)
    min_speech_s: float = 0.25  # shorter bursts are clicks or breaths, not words
    preroll_s: float = 0.3  # audio kept before the first voiced frame
    tail_pad_s: float = 0.25  # audio kept after the last voiced frame
    sentence_cut_s: float = 1.0  # with this much audio held, a committed sentence end closes the utterance
    max_buffer_s: float = 10.0  # with this much, the utterance is cut at its last committed word...
    # ...or at the newest decode's last word with this much audio after it: a decode's unsure
    # words are those near the end of the audio it heard.
    settled_s: float = 1.0
    min_detect_s: float = 1.0  # audio needed before trusting language detection
    language: str | None = None  # None: detect per utterance (multilingual models)
    hotwords: str | None = None


@dataclass(frozen=True)
class SpeechStarted:
    utterance: int
    start_s: float


@dataclass(frozen=True)
class Hypothesis:
    utterance: int
    committed: str
    tentative: str
    language: str


@dataclass(frozen=True)
class UtteranceEnded:
    utterance: int
    text: str  # empty when the burst held no words
    start_s: float  # first voiced frame
    end_s: float  # last voiced frame
    language: str
    ended_by: EndedBy = EndedBy.PAUSE


RecognizerEvent = SpeechStarted | Hypothesis | UtteranceEnded


ROLLING, EARLY, FINAL = "rolling", "early", "final"  # why a decode ran (see RecognizerStats)


@dataclass
class RecognizerStats:
    audio_s: float = 0.0  # audio fed
    decode_s: float = 0.0  # time spent decoding
    decodes: int = 0
    # Where decoding time goes: re-decodes of the rolling buffer while speech goes on, the
    # decode when a silence starts, and the final decode when that one was not enough.
    decodes_by: dict[str, int] = field(default_factory=dict)
    decode_s_by: dict[str, float] = field(default_factory=dict)
    decoded_audio_s: float = 0.0  # audio passed to Whisper, re-decodes included
    redone: int = 0  # quick decodes that repeated themselves and were done again with the full window

    @property
    def rtf(self) -> float | None:
        """Real-time factor: decoding time per second of audio heard."""
        return self.decode_s / self.audio_s if self.audio_s > 0 else None

    def add(self, kind: str, audio_s: float, decode_s: float) -> None:
        self.decode_s += decode_s
        self.decodes += 1
        self.decodes_by[kind] = self.decodes_by.get(kind, 0) + 1
        self.decode_s_by[kind] = self.decode_s_by.get(kind, 0.0) + decode_s
        self.decoded_audio_s += audio_s

    def as_json(self) -> dict[str, object]:
        return {
            "audio_s": round(self.audio_s, 1),
            "decode_s": round(self.decode_s, 2),
            "decodes": self.decodes,
            "decoded_audio_s": round(self.decoded_audio_s, 1),
            "mean_decoded_audio_s": round(self.decoded_audio_s / self.decodes, 2) if self.decodes else None,
            "redone_full_window": self.redone,
            "by_kind": {
                kind: {"decodes": n, "decode_s": round(self.decode_s_by.get(kind, 0.0), 2),
                       "mean_ms": round(self.decode_s_by.get(kind, 0.0) * 1000 / n, 1)}
                for kind, n in sorted(self.decodes_by.items())
            },
        }  # fmt: skip


class AudioBuffer:
    """The samples held for decoding, in one array reused for the whole stream.

    Appending a block to a fresh array every 50 ms churns the allocator for hours; here
    blocks are copied into place and the array only moves its live part to the front.
    """

    def __init__(self, capacity_s: float = 32.0) -> None:
        self._data = np.zeros(int(capacity_s * SAMPLE_RATE), np.float32)
        self._start = 0
        self._end = 0

    @property
    def size(self) -> int:
        return self._end - self._start

    def view(self) -> Samples:
        return self._data[self._start : self._end]

    def append(self, samples: Samples) -> None:
        n, live = samples.size, self.size
        if self._end + n > self._data.size:
            if live + n > self._data.size:  # long speech with nothing committed: grow
                grown = np.zeros(max(2 * self._data.size, live + n), np.float32)
                grown[:live] = self.view()
                self._data = grown
            else:
                self._data[:live] = self._data[self._start : self._end].copy()
            self._start, self._end = 0, live
        self._data[self._end : self._end + n] = samples
        self._end += n

    def drop(self, count: int) -> None:
        self._start += max(0, min(count, self.size))


def _norm(word: Word) -> str:
    return word.text.strip().lower()


@dataclass
class _Utterance:
    id: int
    start_s: float
    last_voiced_s: float
    voiced_s: float = 0.0
    language: str | None = None
    committed: list[Word] = field(default_factory=list)
    pending: list[Word] = field(default_factory=list)  # the previous hypothesis' uncommitted words
    last_decode_s: float = 0.0
    early: tuple[float, list[Word]] | None = None  # (last voiced time it was made for, words)
    floor_s: float | None = None  # words ending before this belong to an earlier utterance

    @property
    def committed_end(self) -> float:
        if self.committed:
            return self.committed[-1].end
        return self.floor_s if self.floor_s is not None else self.start_s - 1.0


class StreamingRecognizer:
    """Feed it audio with `process`; it returns what changed. One thread only (it drives the model)."""

    def __init__(self, model: SpeechModel, config: RecognizerConfig | None = None,
                 pacing: PacingPolicy | None = None) -> None:  # fmt: skip
        self.model = model
        self.config = config or RecognizerConfig()
        self.pacing = pacing  # None: the fixed cadence and buffer of `config`
        self.final_running = False  # set by the pipeline: a final translation holds the engine
        self.stats = RecognizerStats()
        self._vad = StreamingVad()
        self._audio = AudioBuffer()
        self._audio_start_s = 0.0  # stream time of the first sample held
        self._fed = 0  # samples fed in total
        self._vad_pos = 0  # stream sample index of the next VAD frame
        self._utt: _Utterance | None = None
        self._next_id = 1

    @property
    def buffered_s(self) -> float:
        """Audio held for decoding; bounded however long the stream runs."""
        return self._audio.size / SAMPLE_RATE

    @property
    def position_s(self) -> float:
        return self._fed / SAMPLE_RATE

    # -- feeding ---------------------------------------------------------------

    def process(self, samples: Samples) -> list[RecognizerEvent]:
        """Take new audio; decode when due. Returns the events in order."""
        events: list[RecognizerEvent] = []
        self._audio.append(samples.astype(np.float32, copy=False))
        self._fed += samples.size
        self.stats.audio_s += samples.size / SAMPLE_RATE
        cfg = self.config
        for prob in self._vad.feed(samples):
            t0 = self._vad_pos / SAMPLE_RATE
            t1 = t0 + _FRAME_S
            self._vad_pos += FRAME
            utt = self._utt
            if utt is None:
                if prob >= cfg.speech_threshold:
                    self._utt = _Utterance(self._next_id, t0, t1, _FRAME_S, cfg.language, last_decode_s=t0)
                    self._next_id += 1
                    self._trim_to(t0 - cfg.preroll_s)
                    events.append(SpeechStarted(self._utt.id, t0))
                else:
                    self._trim_to(t1 - cfg.preroll_s)
            elif prob >= cfg.silence_threshold:
                utt.last_voiced_s = t1
                utt.voiced_s += _FRAME_S
            elif t1 - utt.last_voiced_s >= cfg.endpoint_silence_s:
                events.extend(self._finish_utterance(utt, EndedBy.PAUSE))
                self._trim_to(t1 - cfg.preroll_s)
        utt = self._utt
        if utt is not None:
            silence = self.position_s - utt.last_voiced_s
            if silence >= cfg.early_decode_silence_s:
                if utt.early is None or utt.early[0] != utt.last_voiced_s:
                    words = self._decode(utt, utt.last_voiced_s + cfg.tail_pad_s, kind=EARLY)
                    if words is not None:
                        utt.early = (utt.last_voiced_s, words)
                        events.extend(self._agree(utt, words))
            elif self.position_s - utt.last_decode_s >= self._interval_s() and self._may_redecode():
                decoded_before = self.stats.decode_s
                words = self._decode(utt, self.position_s)
                if self.pacing is not None and self.stats.decode_s > decoded_before:
                    self.pacing.decoded(self.stats.decode_s - decoded_before)
                if words is not None:
                    events.extend(self._agree(utt, words))
                    events.extend(self._cut_long(utt))
        return events

    def finish(self) -> list[RecognizerEvent]:
        """End of stream: commit whatever is being said."""
        if self._utt is None:
            return []
        return self._finish_utterance(self._utt, EndedBy.END)

    # -- internals ---------------------------------------------------------------

    def _interval_s(self) -> float:
        return self.pacing.decode_interval_s() if self.pacing is not None else self.config.decode_interval_s

    def _may_redecode(self) -> bool:
        return self.pacing is None or self.pacing.redecode_allowed(self.position_s, self.final_running)

    def _max_buffer_s(self) -> float:
        cap = self.config.max_buffer_s
        return self.pacing.buffer_cap_s(cap) if self.pacing is not None else cap

    def _trim_to(self, time_s: float) -> None:
        drop = round((time_s - self._audio_start_s) * SAMPLE_RATE)
        if drop > 0:
            drop = min(drop, self._audio.size)
            self._audio.drop(drop)
            self._audio_start_s += drop / SAMPLE_RATE

    def _decode(self, utt: _Utterance, end_s: float, final: bool = False, kind: str = ROLLING
                ) -> list[Word] | None:  # fmt: skip
        """Words of the buffer up to `end_s`, in stream time; None while language detection must wait."""
        end = round((min(end_s, self.position_s) - self._audio_start_s) * SAMPLE_RATE)
        audio = self._audio.view()[: max(end, 0)]
        utt.last_decode_s = self.position_s
        if audio.size == 0:
            return []
        detecting = utt.language is None and self.model.multilingual
        if detecting and not final and audio.size < self.config.min_detect_s * SAMPLE_RATE:
            return None
        # The language an utterance keeps is detected on the full window; every other decode is quick.
        quick = not detecting
        result = self.model.transcribe(audio, utt.language, self.config.hotwords, quick=quick)
        self.stats.add(FINAL if final else kind, audio.size / SAMPLE_RATE, result.decode_s)
        self.stats.redone += result.redone
        if detecting:
            utt.language = result.language
        offset = self._audio_start_s
        return [Word(w.text, w.start + offset, w.end + offset) for w in result.words]

    def _fresh(self, utt: _Utterance, words: list[Word]) -> list[Word]:
        """The words of a hypothesis that come after what is already committed."""
        fresh = [w for w in words if w.start > utt.committed_end - 0.1]
        # Whisper may repeat the last committed words at the edge: drop the overlap.
        tail = [_norm(w) for w in utt.committed[-5:]]
        for n in range(min(len(tail), len(fresh)), 0, -1):
            if tail[-n:] == [_norm(w) for w in fresh[:n]]:
                return fresh[n:]
        return fresh

    def _agree(self, utt: _Utterance, words: list[Word]) -> list[RecognizerEvent]:
        fresh = self._fresh(utt, words)
        agreed = 0
        for new, old in zip(fresh, utt.pending):
            if _norm(new) != _norm(old):
                break
            agreed += 1
        utt.committed.extend(fresh[:agreed])
        utt.pending = fresh[agreed:]
        return [Hypothesis(utt.id, join_words(utt.committed), join_words(utt.pending), self._language(utt))]

    def _language(self, utt: _Utterance) -> str:
        return utt.language or ("en" if not self.model.multilingual else "")

    def _finish_utterance(self, utt: _Utterance, ended_by: EndedBy) -> list[RecognizerEvent]:
        self._utt = None
        if utt.voiced_s < self.config.min_speech_s:
            return [UtteranceEnded(utt.id, "", utt.start_s, utt.last_voiced_s, self._language(utt), ended_by)]
        if utt.early is not None and utt.early[0] == utt.last_voiced_s:
            words = utt.early[1]
        else:
            words = self._decode(utt, utt.last_voiced_s + self.config.tail_pad_s, final=True) or []
        final = utt.committed + self._fresh(utt, words)
        text = join_words(final)
        return [UtteranceEnded(utt.id, text, utt.start_s, utt.last_voiced_s, self._language(utt), ended_by)]

    def _settle(self, utt: _Utterance) -> None:
        """The buffer is full and the decodes have stopped agreeing: commit the newest decode's
        words that have `settled_s` of audio after them. A cut at the last agreed word alone ended
        utterances 3–5 s back on a busy machine, while the words after it were long spoken."""
        settled = 0
        for word in utt.pending:
            if word.end > utt.last_decode_s - self.config.settled_s:
                break
            settled += 1
        utt.committed.extend(utt.pending[:settled])
        utt.pending = utt.pending[settled:]

    def _cut_long(self, utt: _Utterance) -> list[RecognizerEvent]:
        """Keep decodes short and finals coming during long speech: close the utterance at a
        committed sentence end once a few seconds are held, or, when the buffer is full, at
        the last committed or settled word (see `_settle`)."""
        buffered = self.position_s - self._audio_start_s
        if buffered <= self.config.sentence_cut_s:
            return []
        max_buffer_s = self._max_buffer_s()
        ends = [i for i, w in enumerate(utt.committed) if _SENTENCE_END.search(w.text)]
        if ends:
            cut, ended_by = ends[-1], EndedBy.SENTENCE
        elif buffered > max_buffer_s:
            self._settle(utt)
            if not utt.committed:
                if buffered <= 2 * max_buffer_s:
                    return []
                # Nothing agreed and nothing settled: end it rather than let it grow.
                return self._finish_utterance(utt, EndedBy.LENGTH)
            cut, ended_by = len(utt.committed) - 1, EndedBy.LENGTH
        else:
            return []
        head, rest = utt.committed[: cut + 1], utt.committed[cut + 1 :]
        end_s = head[-1].end
        events: list[RecognizerEvent] = [
            UtteranceEnded(utt.id, join_words(head), utt.start_s, end_s, self._language(utt), ended_by)
        ]
        follow = _Utterance(
            self._next_id,
            end_s,
            utt.last_voiced_s,
            utt.voiced_s,
            utt.language,
            rest,
            utt.pending,
            floor_s=end_s,
        )
        follow.last_decode_s = utt.last_decode_s
        self._next_id += 1
        self._utt = follow
        self._trim_to(end_s)
        events.append(SpeechStarted(follow.id, end_s))
        events.append(
            Hypothesis(follow.id, join_words(rest), join_words(follow.pending), self._language(follow))
        )
        return events

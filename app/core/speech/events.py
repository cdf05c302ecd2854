"""What the speech pipeline tells its listener. Plain data, safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.choices import Choice


class EndedBy(Choice):
    """What closed an utterance."""

    PAUSE = "pause"  # the speaker paused
    SENTENCE = "sentence"  # cut at a committed full stop while speech went on
    LENGTH = "length"  # it grew too long to hold
    END = "end"  # the audio ended


@dataclass(frozen=True)
class SpeechModelLoading:
    name: str


@dataclass(frozen=True)
class SpeechModelReady:
    name: str
    device: str
    compute_type: str
    multilingual: bool
    load_s: float
    notice: str | None = None  # e.g. a GPU that could not be used


@dataclass(frozen=True)
class SpeechModelFailed:
    message: str


@dataclass(frozen=True)
class ListeningStarted:
    session: int
    source: str


@dataclass(frozen=True)
class AudioLevel:
    session: int
    level_db: float


@dataclass(frozen=True)
class TranscriptChanged:
    session: int
    utterance: int
    committed: str
    tentative: str  # shown differently: it may still change
    language: str
    final: bool


@dataclass(frozen=True)
class TranslationChanged:
    session: int
    utterance: int
    text: str
    kind: str  # "tentative", "committed" or "final"
    done: bool


@dataclass
class UtteranceRecord:
    """One utterance and its latency figures, on the source's clock (seconds)."""

    utterance: int
    start_s: float  # first voiced frame
    end_s: float = 0.0  # last voiced frame
    source: str = ""
    translation: str = ""
    language: str = ""
    target: str = ""
    side: str = ""  # in a conversation: who spoke ("a" or "b")
    ended_by: str = ""  # an EndedBy once it has ended
    first_shown_at: float | None = None  # first translated token on screen, any kind
    final_transcript_at: float | None = None
    final_first_token_at: float | None = None
    final_done_at: float | None = None
    # Draft and refine: the first token of the first translation of the whole utterance (draft or final).
    draft_first_token_at: float | None = None
    # The final translation as it streamed: (time, piece), on the same clock (for average lagging).
    final_pieces: list[tuple[float, str]] = field(default_factory=list)

    def latency_ms(self) -> dict[str, float | None]:
        def ms(at: float | None, since: float) -> float | None:
            return None if at is None else round((at - since) * 1000.0, 1)

        return {
            "start_offset_ms": ms(self.first_shown_at, self.start_s),
            "final_transcript_ms": ms(self.final_transcript_at, self.end_s),
            "first_token_ms": ms(self.final_first_token_at, self.end_s),
            "translation_done_ms": ms(self.final_done_at, self.end_s),
        }

    def refine_latency_ms(self) -> dict[str, float | None]:
        """Draft and refine's two figures after the end of speech: the first draft token (or the
        final's, if it came first, or without drafts), and the final translation done."""
        first = self.draft_first_token_at
        if first is None:
            first = self.final_first_token_at
        return {
            "draft_first_token_ms": None if first is None else round((first - self.end_s) * 1000.0, 1),
            "translation_done_ms": self.latency_ms()["translation_done_ms"],
        }

    def as_json(self) -> dict[str, object]:
        return {
            "start_s": round(self.start_s, 3),
            "end_s": round(self.end_s, 3),
            "source": self.source,
            "translation": self.translation,
            "language": self.language,
            "latency": self.latency_ms(),
        }


@dataclass(frozen=True)
class UtteranceDone:
    session: int
    record: UtteranceRecord


@dataclass(frozen=True)
class PipelineStatus:
    session: int
    lag_ms: float  # how far the newest text trails the audio clock
    pending_finals: int  # finished utterances still waiting for their translation
    rtf: float | None  # speech decoding time per second of audio


@dataclass(frozen=True)
class PipelinePace:
    """The pipeline fell behind or caught up, or changed what it does about it (app.core.speech.pacing)."""

    session: int
    behind: bool
    actions: tuple[str, ...]  # e.g. "tentative text paused"
    message: str  # for the panel: "Keeping up", or "Busy: " and the actions
    lag_ms: float


@dataclass(frozen=True)
class PipelineNotice:
    session: int
    message: str  # a sentence for the user; the session goes on


@dataclass(frozen=True)
class CaptureFailed:
    session: int
    message: str  # capture stopped; what was transcribed is kept


@dataclass(frozen=True)
class SessionEnded:
    session: int
    audio_s: float
    rtf: float | None
    utterances: int
    breakdown: dict[str, object] | None = None  # where the time went (see SpeechService)


SpeechEvent = (
    SpeechModelLoading
    | SpeechModelReady
    | SpeechModelFailed
    | ListeningStarted
    | AudioLevel
    | TranscriptChanged
    | TranslationChanged
    | UtteranceDone
    | PipelineStatus
    | PipelinePace
    | PipelineNotice
    | CaptureFailed
    | SessionEnded
)

"""Which bundled translation model a machine gets: the best quality that keeps up in real time.

The choice is made by measurement (app.core.bench.tier_probe times each bundled model here) and
kept with the hardware it was measured on, so a new CPU or a GPU build of llama.cpp measures
again. This module is plain data and rules: the real-time budget, the hardware fingerprint, the
measured record and the decision every surface (window, model manager, `parley models`,
`parley self-test`) shows. It loads no model library at import.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.core.choices import Choice
from app.core.i18n import QT_TRANSLATE_NOOP, Message, listed


class Tier(Choice):
    """What the user asked for: the measured choice, or one tier whatever the measurement says."""

    AUTO = "auto"
    FAST = "fast"
    QUALITY = "quality"


# The tiers from the best translations to the fastest: the first that meets the budget is chosen.
BY_QUALITY: tuple[str, ...] = (Tier.QUALITY.value, Tier.FAST.value)
FALLBACK = Tier.FAST.value  # when nothing meets the budget, or nothing was measured yet
# The tiers' names as the sentences give them (marked, so the window shows them translated).
TIER_NAMES = (QT_TRANSLATE_NOOP("core", "fast"), QT_TRANSLATE_NOOP("core", "quality"))


@dataclass(frozen=True)
class Budget:
    """Real time for a conversation: a sentence of `words` words translated, first token included,
    within `seconds`."""

    words: int
    seconds: float

    def describe(self) -> str:
        return Message(
            QT_TRANSLATE_NOOP("core", "a {words}-word sentence translated within {seconds} s"),
            words=self.words, seconds=f"{self.seconds:g}",
        )  # fmt: skip


# The one definition of "fast enough" that every surface derives from.
REALTIME_BUDGET = Budget(words=12, seconds=1.0)

# Sentences of about the budget's length, of the kinds a conversation has (en → fr).
PROBE_PAIR = ("en", "fr")
PROBE_SENTENCES: tuple[str, ...] = (
    "Could you tell me where the nearest train station is, please?",
    "My flight was cancelled and I need a hotel room for tonight.",
    "We would like a table for four people at eight o'clock this evening.",
)


@dataclass(frozen=True)
class Fingerprint:
    """What the speed of a model depends on; a change means the measurement is out of date."""

    cpu: str
    cpus: int
    backend: str  # llama.cpp's: CPU, CUDA, Metal, Vulkan…

    def describe(self) -> str:
        return Message(
            QT_TRANSLATE_NOOP("core", "{cpu}, {cpus} CPU threads, llama.cpp {backend}"),
            cpu=self.cpu, cpus=self.cpus, backend=self.backend,
        )  # fmt: skip


def cpu_model() -> str:
    """The processor's name as the system gives it ("" when it does not)."""
    if sys.platform.startswith("linux"):
        try:
            for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
                key, _, value = line.partition(":")
                if key.strip() in ("model name", "Model", "Hardware") and value.strip():
                    return value.strip()
        except OSError:
            pass
    return platform.processor() or platform.machine()


def hardware_fingerprint(backend: str | None = None) -> Fingerprint:
    """This machine's fingerprint; `backend` defaults to the installed llama.cpp build's."""
    if backend is None:
        from app.core.models.llama_build import gpu_backend  # loads llama.cpp

        backend = gpu_backend()
    return Fingerprint(cpu_model(), os.cpu_count() or 1, backend)


@dataclass(frozen=True)
class TierTiming:
    """One bundled model timed on the probe sentences."""

    tier: str
    model: str  # its title
    sentence_ms: tuple[float, ...] = ()  # each sentence's total, scaled to the budget's word count
    ttft_ms: tuple[float, ...] = ()
    problem: str = ""  # why it could not be timed (not installed, did not load)

    @property
    def median_ms(self) -> float | None:
        return statistics.median(self.sentence_ms) if self.sentence_ms else None

    @property
    def median_ttft_ms(self) -> float | None:
        return statistics.median(self.ttft_ms) if self.ttft_ms else None

    def meets(self, budget: Budget) -> bool:
        median = self.median_ms
        return not self.problem and median is not None and median <= budget.seconds * 1000

    def describe(self, budget: Budget) -> str:
        if self.problem or self.median_ms is None:
            problem = self.problem or Message(QT_TRANSLATE_NOOP("core", "no result"))
            return Message(
                QT_TRANSLATE_NOOP("core", "{tier} ({model}): not measured: {problem}"),
                tier=Message(self.tier), model=self.model, problem=problem,
            )  # fmt: skip
        template = (
            QT_TRANSLATE_NOOP(
                "core",
                "{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), "
                "meets the {budget} s budget",
            )
            if self.meets(budget)
            else QT_TRANSLATE_NOOP(
                "core",
                "{tier} ({model}): {seconds} s for a {words}-word sentence (first token {ttft} ms), "
                "misses the {budget} s budget",
            )
        )
        return Message(
            template, tier=Message(self.tier), model=self.model, seconds=f"{self.median_ms / 1000:.2f}",
            words=budget.words, ttft=f"{self.median_ttft_ms or 0:.0f}", budget=f"{budget.seconds:g}",
        )  # fmt: skip


def scaled_ms(total_ms: float, words: int, budget: Budget) -> float:
    """A sentence's time as if it had the budget's word count (time grows with the output)."""
    return total_ms * budget.words / max(1, words)


def choose(timings: Sequence[TierTiming], budget: Budget) -> tuple[str, str]:
    """The best-quality tier whose median meets `budget`, and the sentence that says why."""
    by_tier = {t.tier: t for t in timings}
    for tier in BY_QUALITY:
        timing = by_tier.get(tier)
        if timing is not None and timing.meets(budget):
            better = [t for t in BY_QUALITY[: BY_QUALITY.index(tier)] if t in by_tier]
            if not better:
                best = QT_TRANSLATE_NOOP("core", "the best translations that meet the budget ({budget})")
                return tier, Message(best, budget=budget.describe())
            slower = QT_TRANSLATE_NOOP(
                "core", "the best translations that meet the budget ({budget}); {slower} is too slow here"
            )
            return tier, Message(slower, budget=budget.describe(), slower=listed(better))
    none = QT_TRANSLATE_NOOP("core", "no bundled model meets the budget ({budget}) here: the fastest is used")
    return FALLBACK, Message(none, budget=budget.describe())


@dataclass(frozen=True)
class TierRecord:
    """A measurement as the settings keep it: what was measured, on what, and what was chosen."""

    fingerprint: Fingerprint
    budget: Budget
    timings: tuple[TierTiming, ...]
    chosen: str
    reason: str
    measured_at: float = field(default_factory=time.time)  # seconds since the epoch

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TierRecord | None:
        """The stored record; None when there is none or it is damaged (then it is measured again)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(
                fingerprint=Fingerprint(**data["fingerprint"]),
                budget=Budget(**data["budget"]),
                timings=tuple(
                    TierTiming(
                        t["tier"], t["model"], tuple(t["sentence_ms"]), tuple(t["ttft_ms"]), t["problem"]
                    )
                    for t in data["timings"]
                ),
                chosen=str(data["chosen"]),
                reason=str(data["reason"]),
                measured_at=float(data["measured_at"]),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def timing(self, tier: str) -> TierTiming | None:
        return next((t for t in self.timings if t.tier == tier), None)


def measured(timings: Sequence[TierTiming], fingerprint: Fingerprint, budget: Budget) -> TierRecord:
    chosen, reason = choose(timings, budget)
    return TierRecord(fingerprint, budget, tuple(timings), chosen, reason)


@dataclass(frozen=True)
class TierDecision:
    """The tier in effect, where it comes from and why."""

    tier: str
    source: str  # "override", "measured" or "default" (not measured on this machine yet)
    reason: str
    record: TierRecord | None  # the measurement on this machine, if any is current
    needs_measurement: bool  # no current record: measure (in the background) when the user lets it

    def describe(self) -> str:
        return f"{self.tier} ({self.source}): {self.reason}"


def decide(override: str, record_text: str, fingerprint: Fingerprint) -> TierDecision:
    """The tier in effect: the user's override wins, then a measurement made on this hardware (its
    choice was made against the budget it records); otherwise the fast tier until one is made."""
    record = TierRecord.from_json(record_text)
    current = record if record and record.fingerprint == fingerprint else None
    if override in (Tier.FAST, Tier.QUALITY):
        return TierDecision(
            str(override), "override", Message(QT_TRANSLATE_NOOP("core", "chosen by you")), current, False
        )
    if current is not None:
        return TierDecision(current.chosen, "measured", current.reason, current, False)
    why = Message(
        QT_TRANSLATE_NOOP("core", "not measured on this machine yet; the fast tier translates until it is")
        if current or record is None
        else QT_TRANSLATE_NOOP(
            "core",
            "not measured on this machine yet (it was measured on other hardware); the fast tier "
            "translates until it is",
        )
    )
    return TierDecision(FALLBACK, "default", why, None, True)


def describe_record(record: TierRecord | None) -> list[str]:
    """The figures as lines, for the model manager, `parley models` and the self-test."""
    if record is None:
        return []
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.measured_at))
    lines: list[str] = [
        Message(
            QT_TRANSLATE_NOOP("core", "measured {when} on {machine}"),
            when=when,
            machine=record.fingerprint.describe(),
        )
    ]
    lines += [t.describe(record.budget) for t in record.timings]
    return lines


QUALITY_KEY = "qwen2.5-1.5b-instruct"


def tier_model_path(tier: str) -> tuple[Path | None, str]:
    """The file to load for `tier`, found without assembling anything (the GUI thread may ask):
    None is the engine's bundled default, the fast model. The sentence says why a quality tier
    falls back to it ("" when it does not)."""
    if tier != Tier.QUALITY:
        return None, ""
    from app.core.models.bundled import bundled_model, is_installed, ready_path

    path = ready_path(QUALITY_KEY)
    if path is not None:
        return path, ""
    model = bundled_model(QUALITY_KEY)
    if not is_installed(model):
        missing = QT_TRANSLATE_NOOP(
            "core", "the quality model ({title}) is not installed; the fast model translates"
        )
        return None, Message(missing, title=model.title)
    unready = QT_TRANSLATE_NOOP(
        "core", "the quality model ({title}) is not prepared yet; the fast model translates"
    )
    return None, Message(unready, title=model.title)


def is_tier_model(path: str) -> str:
    """The tier whose bundled file `path` is ("" for any other file), so a choice of the bundled
    quality model is kept as the tier rather than as a path into the cache."""
    if not path:
        return Tier.FAST.value
    from app.core.models.bundled import ready_path

    for tier, key in ((Tier.QUALITY.value, QUALITY_KEY), (Tier.FAST.value, "gemma3-270m")):
        ready = ready_path(key)
        if ready is not None and _same(Path(path), ready):
            return tier
    return ""


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False

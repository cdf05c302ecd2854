"""The latency and throughput panel: typed requests and spoken utterances, p50/p90, live charts, models."""

from __future__ import annotations

import math
from collections import deque

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.core.metrics import RequestMetrics, RollingStats, SpeechStats, percentile
from app.core.models.gguf import human_count, human_size
from app.core.speech.events import SpeechModelReady, UtteranceRecord
from app.core.translation.backend import ModelInfo
from app.core.translation.refine import RefineFigures

REFINE_WINDOW = 500  # draft-and-refine figures: the p50/p90 are over this many most recent
CHART_POINTS = 100  # each chart keeps this many most recent requests or utterances
Y_STEP = 20  # the y-axis top is a multiple of this, so its 5 ticks are whole numbers of ms


def _y_top(peak: float) -> float:
    return max(2.0, math.ceil(peak * 1.1 / Y_STEP)) * Y_STEP


def fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} ms"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def fmt_tps(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} tok/s"


class LatencyChart(QChartView):
    """Recent values of a few series against the request (or utterance) number."""

    def __init__(self, title: str, names: list[str], parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.x_axis = QValueAxis()
        self.x_axis.setLabelFormat("%d")
        # Whole-number ticks: request numbers, not 1, 1.25, 1.5 shown as "1 1 1".
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(1)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTickCount(5)
        # Before any data: Qt's default 0..1 range would label the ticks "0 0 0 0 1".
        self.y_axis.setRange(0, _y_top(0.0))
        self.x_axis.setTickInterval(1)
        self.x_axis.setRange(1, 2)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series: list[QLineSeries] = []
        for name in names:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)  # the first value is a point before it is a line
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
            self.series.append(series)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(340, 180)

    def add(self, n: int, values: list[float | None]) -> None:
        for series, value in zip(self.series, values):
            series.append(n, value or 0.0)
            if series.count() > CHART_POINTS:
                series.removePoints(0, series.count() - CHART_POINTS)
        first = max(1, n - CHART_POINTS + 1)
        last = max(first + 1, n)
        self.x_axis.setTickInterval(max(1, math.ceil((last - first) / 5)))
        self.x_axis.setRange(first, last)
        peak = max((p.y() for s in self.series for p in s.points()), default=0.0)
        self.y_axis.setRange(0, _y_top(peak))


class LatencyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats = RollingStats()
        self.speech_stats = SpeechStats()
        self.last: RequestMetrics | None = None
        self.last_utterance: UtteranceRecord | None = None
        self.fields: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._group(self.tr("Typed: this request"), [
            ("queue", self.tr("Queue wait")), ("prefill", self.tr("Prefill")),
            ("ttft", self.tr("First token")), ("tps", self.tr("Decode")), ("tokens", self.tr("Tokens")),
            ("total", self.tr("Total")),
        ]))  # fmt: skip
        layout.addWidget(self._group(self.tr("Typed: session"), [
            ("ttft_p", self.tr("First token p50 / p90")), ("total_p", self.tr("Total p50 / p90")),
            ("tps_p", self.tr("Decode p50")), ("count", self.tr("Requests")),
        ]))  # fmt: skip
        layout.addWidget(self._group(self.tr("Speech: after the end of speech (last · p50 / p90)"), [
            ("sp_final_transcript", self.tr("Final transcript")), ("sp_first_token", self.tr("First token")),
            ("sp_translation_done", self.tr("Translation done")),
            ("sp_start_offset", self.tr("Start → first word")),
            ("sp_rtf", self.tr("Speech real-time factor")), ("sp_lag", self.tr("Lag")),
            ("sp_count", self.tr("Utterances")),
        ]))  # fmt: skip
        self.chart = LatencyChart(
            self.tr("Typed: latency per request"), [self.tr("First token (ms)"), self.tr("Total (ms)")], self
        )
        self.speech_chart = LatencyChart(
            self.tr("Speech: latency per utterance"),
            [self.tr("First token (ms)"), self.tr("Translation done (ms)")],
            self,
        )
        layout.addWidget(self._build_refine_group())
        layout.addWidget(self.chart, stretch=1)
        layout.addWidget(self.speech_chart, stretch=1)
        layout.addWidget(self._group(self.tr("Models"), [
            ("model", self.tr("Model")), ("size", self.tr("Size")), ("quant", self.tr("Quantization")),
            ("backend", self.tr("Backend")), ("gpu", self.tr("GPU layers")), ("threads", self.tr("Threads")),
            ("load", self.tr("Load time")), ("speech_model", self.tr("Speech model")),
        ]))  # fmt: skip
        self._add_pace_row()

    def _build_refine_group(self) -> QGroupBox:
        """Draft and refine: when the first draft showed, and when the refined text was done."""
        self.refine_figures: dict[str, deque[float]] = {}
        box = self._group(self.tr("Draft and refine (last · p50 / p90)"), [
            ("rf_typed_draft", self.tr("Typed: first draft token")),
            ("rf_typed_done", self.tr("Typed: refined done")),
            ("rf_speech_draft", self.tr("Speech: first draft token")),
            ("rf_speech_done", self.tr("Speech: final done")),
        ])  # fmt: skip
        box.setToolTip(
            self.tr(
                "Typed: from the pause in typing; speech: from the end of speech. The draft is the fast "
                "model's; the refined or final translation is the model in use."
            )
        )
        return box

    def _refine_row(self, key: str, value: float | None) -> None:
        values = self.refine_figures.setdefault(key, deque(maxlen=REFINE_WINDOW))
        if value is not None:
            values.append(value)
        p50, p90 = percentile(list(values), 50), percentile(list(values), 90)
        self.fields[key].setText(f"{_num(value)} · {_num(p50)} / {_num(p90)} ms")

    def add_typed_refine(self, figures: RefineFigures) -> None:
        """Typed text refined: its first draft token and refined done, since typing paused."""
        self._refine_row("rf_typed_draft", figures.draft_first_token_ms)
        self._refine_row("rf_typed_done", figures.refined_done_ms)

    def add_speech_refine(self, record: UtteranceRecord) -> None:
        """A spoken utterance with drafts on: its first draft token and final done, after speech."""
        figures = record.refine_latency_ms()
        self._refine_row("rf_speech_draft", figures["draft_first_token_ms"])
        self._refine_row("rf_speech_done", figures["translation_done_ms"])

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for key, label in rows:
            value = QLabel("—", box)
            value.setObjectName(f"metric_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.fields[key] = value
        return box

    def add(self, metrics: RequestMetrics) -> None:
        """A finished typed request: show it, fold it into the session figures, plot it."""
        self.last = metrics
        self.stats.add(metrics)
        f = self.fields
        f["queue"].setText(fmt_ms(metrics.queue_wait_ms))
        # English's singular is chosen here, so the window reads right with no translation loaded;
        # the plural entry carries every plural form of the other languages.
        tokens = metrics.prompt_tokens
        prompt = self.tr("1 prompt token") if tokens == 1 else self.tr("%n prompt tokens", "", tokens)
        f["prefill"].setText(f"{fmt_ms(metrics.prefill_ms)} ({prompt})")
        f["ttft"].setText(fmt_ms(metrics.ttft_ms))
        f["tps"].setText(fmt_tps(metrics.decode_tokens_per_s))
        segments = metrics.segments
        cached = (
            ", "
            + self.tr("{cached} of %n sentences cached", "", segments).format(cached=metrics.cached_segments)
            if metrics.cached_segments
            else ""
        )
        f["tokens"].setText(f"{metrics.completion_tokens}{cached}")
        f["total"].setText(fmt_ms(metrics.total_ms))
        s = self.stats.summary()
        f["ttft_p"].setText(f"{fmt_ms(s['ttft_p50'])} / {fmt_ms(s['ttft_p90'])}")
        f["total_p"].setText(f"{fmt_ms(s['total_p50'])} / {fmt_ms(s['total_p90'])}")
        f["tps_p"].setText(fmt_tps(s["tps_p50"]))
        f["count"].setText(str(self.stats.count))
        self.chart.add(self.stats.count, [metrics.ttft_ms, metrics.total_ms])

    def add_utterance(self, record: UtteranceRecord) -> None:
        """A finished utterance: its four figures, the session's p50/p90, and the chart."""
        self.last_utterance = record
        latency = record.latency_ms()
        self.speech_stats.add(latency)
        summary = self.speech_stats.summary()
        for key, value in latency.items():
            p = summary[key]
            self.fields[f"sp_{key.removesuffix('_ms')}"].setText(
                f"{_num(value)} · {_num(p['p50'])} / {_num(p['p90'])} ms"
            )
        self.fields["sp_count"].setText(str(self.speech_stats.count))
        self.speech_chart.add(
            self.speech_stats.count, [latency["first_token_ms"], latency["translation_done_ms"]]
        )
        if record.draft_first_token_at is not None:  # drafted on the fast model
            self.add_speech_refine(record)

    def show_speech_status(self, lag_ms: float, pending: int, rtf: float | None) -> None:
        waiting = ""
        if pending:
            waiting = ", " + (
                self.tr("1 utterance waiting")
                if pending == 1
                else self.tr("%n utterances waiting", "", pending)
            )
        self.fields["sp_lag"].setText(f"{fmt_ms(lag_ms)}{waiting}")
        if rtf is not None:
            self.fields["sp_rtf"].setText(f"{rtf:.2f}")

    def show_speech_model(self, ready: SpeechModelReady) -> None:
        self.fields["speech_model"].setText(
            self.tr("{name} · {device} {compute_type} · loaded in {seconds} s").format(
                name=ready.name,
                device=ready.device,
                compute_type=ready.compute_type,
                seconds=f"{ready.load_s:.2f}",
            )
        )

    def show_model(self, info: ModelInfo) -> None:
        f = self.fields
        f["model"].setText(f"{info.name} ({human_count(info.parameters)}, {info.prompt_style})")
        f["size"].setText(human_size(info.file_size))
        f["quant"].setText(info.quantization)
        f["backend"].setText(info.backend)
        f["gpu"].setText(
            self.tr("{layers} of {total}").format(layers=info.gpu_layers, total=info.n_layers + 1)
        )
        f["threads"].setText(str(info.threads))
        f["load"].setText(f"{info.load_s:.2f} s")

    # -- falling behind (app.core.speech.pacing) ------------------------------------------

    def _add_pace_row(self) -> None:
        """A row under the speech lag that says when Parley falls behind and what it does about it."""
        box = self.fields["sp_lag"].parentWidget()
        form = box.layout() if box is not None else None
        assert isinstance(form, QFormLayout)
        value = QLabel("—", self)
        value.setObjectName("metric_sp_pace")
        value.setWordWrap(True)
        value.setToolTip(
            self.tr(
                "When the machine cannot keep up, Parley translates the final text first: it pauses "
                "the tentative translation, re-decodes the speech less often and holds less audio."
            )
        )
        form.insertRow(form.rowCount() - 1, self.tr("Pace"), value)  # above the utterance count
        self.fields["sp_pace"] = value

    def show_speech_pace(self, behind: bool, message: str) -> None:
        """Keeping up, or busy and what is being done about it; busy stands out."""
        label = self.fields["sp_pace"]
        label.setText(message)
        label.setProperty("behind", behind)
        label.setStyleSheet("font-weight: bold; color: #b35900;" if behind else "")

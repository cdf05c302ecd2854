"""The latency and throughput panel: this request, the session's p50/p90, a live chart, the model."""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.core.gguf import human_count, human_size
from app.core.metrics import RequestMetrics, RollingStats
from app.core.runtime import ModelInfo

CHART_POINTS = 100  # the chart keeps this many most recent requests


def fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} ms"


def fmt_tps(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} tok/s"


class LatencyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats = RollingStats()
        self.last: RequestMetrics | None = None
        self.fields: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._group("This request", [
            ("queue", "Queue wait"), ("prefill", "Prefill"), ("ttft", "First token"),
            ("tps", "Decode"), ("tokens", "Tokens"), ("total", "Total"),
        ]))  # fmt: skip
        layout.addWidget(self._group("Session", [
            ("ttft_p", "First token p50 / p90"), ("total_p", "Total p50 / p90"),
            ("tps_p", "Decode p50"), ("count", "Requests"),
        ]))  # fmt: skip
        layout.addWidget(self._chart(), stretch=1)
        layout.addWidget(self._group("Model", [
            ("model", "Model"), ("size", "Size"), ("quant", "Quantization"), ("backend", "Backend"),
            ("gpu", "GPU layers"), ("threads", "Threads"), ("load", "Load time"),
        ]))  # fmt: skip

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

    def _chart(self) -> QChartView:
        self.ttft_series = QLineSeries()
        self.ttft_series.setName("First token (ms)")
        self.total_series = QLineSeries()
        self.total_series.setName("Total (ms)")
        chart = QChart()
        chart.setTitle("Latency per request")
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QValueAxis()
        self.x_axis.setLabelFormat("%d")
        # Whole-number ticks: request numbers, not 1, 1.25, 1.5 shown as "1 1 1".
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(1)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTickCount(5)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.ttft_series, self.total_series):
            series.setPointsVisible(True)  # the first request is a point before it is a line
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.chart_view = QChartView(chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(340, 200)
        return self.chart_view

    def add(self, metrics: RequestMetrics) -> None:
        """A finished request: show it, fold it into the session figures, plot it."""
        self.last = metrics
        self.stats.add(metrics)
        f = self.fields
        f["queue"].setText(fmt_ms(metrics.queue_wait_ms))
        f["prefill"].setText(f"{fmt_ms(metrics.prefill_ms)} ({metrics.prompt_tokens} prompt tokens)")
        f["ttft"].setText(fmt_ms(metrics.ttft_ms))
        f["tps"].setText(fmt_tps(metrics.decode_tokens_per_s))
        cached = (
            f", {metrics.cached_segments} of {metrics.segments} sentences cached"
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
        self._plot(metrics)

    def _plot(self, metrics: RequestMetrics) -> None:
        n = self.stats.count
        for series, value in ((self.ttft_series, metrics.ttft_ms), (self.total_series, metrics.total_ms)):
            series.append(n, value or 0.0)
            if series.count() > CHART_POINTS:
                series.removePoints(0, series.count() - CHART_POINTS)
        first = max(1, n - CHART_POINTS + 1)
        last = max(first + 1, n)
        self.x_axis.setTickInterval(max(1, math.ceil((last - first) / 5)))
        self.x_axis.setRange(first, last)
        peak = max((p.y() for p in self.total_series.points()), default=100.0)
        self.y_axis.setRange(0, max(50.0, peak * 1.1))

    def show_model(self, info: ModelInfo) -> None:
        f = self.fields
        f["model"].setText(f"{info.name} ({human_count(info.parameters)}, {info.prompt_style})")
        f["size"].setText(human_size(info.file_size))
        f["quant"].setText(info.quantization)
        f["backend"].setText(info.backend)
        f["gpu"].setText(f"{info.gpu_layers} of {info.n_layers + 1}")
        f["threads"].setText(str(info.threads))
        f["load"].setText(f"{info.load_s:.2f} s")

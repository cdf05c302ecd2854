"""The latency panel's session figures and chart, fed with recorded metrics."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.metrics import RequestMetrics, RequestTimer
from app.ui.latency_panel import CHART_POINTS, LatencyPanel


def metrics(n: int, ttft_ms: float) -> RequestMetrics:
    timer = RequestTimer(submitted=0.0, started=0.001, first_piece=ttft_ms / 1000, finished=0.2)
    timer.completion_tokens, timer.decode_tokens, timer.decode_s = 10, 9, 0.1
    return RequestMetrics.from_timer(n, timer, cancelled=False)


def test_chart_keeps_the_latest_requests_and_session_percentiles(qtbot: QtBot) -> None:
    panel = LatencyPanel()
    qtbot.addWidget(panel)
    for n in range(1, 131):
        panel.add(metrics(n, float(n)))
    assert CHART_POINTS >= 50
    assert panel.ttft_series.count() == CHART_POINTS == panel.total_series.count()
    xs = [p.x() for p in panel.ttft_series.points()]
    assert xs[0] == 130 - CHART_POINTS + 1 and xs[-1] == 130
    assert panel.x_axis.max() == 130
    assert panel.fields["count"].text() == "130"
    assert panel.fields["ttft_p"].text() == "66 ms / 117 ms"  # p50 65.5 and p90 117.1 of 1..130
    assert panel.fields["tps_p"].text() == "90.0 tok/s"

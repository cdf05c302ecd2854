"""The latency panel's session figures and chart, fed with recorded metrics."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.metrics import RequestMetrics, RequestTimer
from app.core.speech.events import UtteranceRecord
from app.ui.translation.latency_panel import CHART_POINTS, LatencyChart, LatencyPanel


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
    assert [s.count() for s in panel.chart.series] == [CHART_POINTS, CHART_POINTS]
    xs = [p.x() for p in panel.chart.series[0].points()]
    assert xs[0] == 130 - CHART_POINTS + 1 and xs[-1] == 130
    assert panel.chart.x_axis.max() == 130
    assert panel.fields["count"].text() == "130"
    assert panel.fields["ttft_p"].text() == "66 ms / 117 ms"  # p50 65.5 and p90 117.1 of 1..130
    assert panel.fields["tps_p"].text() == "90.0 tok/s"


def test_speech_figures_and_chart(qtbot: QtBot) -> None:
    panel = LatencyPanel()
    qtbot.addWidget(panel)
    for n in range(1, 11):
        # Speech ends at 2 s; transcript, first token and done follow it by n*10, n*20 and n*30 ms.
        record = UtteranceRecord(n, start_s=1.0, end_s=2.0, source="hi", translation="salut")
        record.first_shown_at = 1.5
        record.final_transcript_at = 2.0 + n * 0.01
        record.final_first_token_at = 2.0 + n * 0.02
        record.final_done_at = 2.0 + n * 0.03
        panel.add_utterance(record)
    f = panel.fields
    assert f["sp_count"].text() == "10"
    assert f["sp_first_token"].text() == "200 · 110 / 182 ms"
    assert f["sp_translation_done"].text().startswith("300 · 165 / ")
    assert f["sp_start_offset"].text() == "500 · 500 / 500 ms"
    assert [s.count() for s in panel.speech_chart.series] == [10, 10]
    panel.show_speech_status(1250.0, 2, 0.31)
    assert f["sp_lag"].text() == "1250 ms, 2 utterances waiting" and f["sp_rtf"].text() == "0.31"


def y_labels(chart: LatencyChart) -> list[str]:
    """The labels QValueAxis draws: evenly spaced values in the axis format ("%d")."""
    axis, ticks = chart.y_axis, chart.y_axis.tickCount()
    return [
        axis.labelFormat() % (axis.min() + i * (axis.max() - axis.min()) / (ticks - 1)) for i in range(ticks)
    ]


def test_the_charts_y_axis_reads_as_distinct_whole_numbers(qtbot: QtBot) -> None:
    panel = LatencyPanel()
    qtbot.addWidget(panel)
    for chart in (panel.chart, panel.speech_chart):
        labels = y_labels(chart)
        assert len(set(labels)) == len(labels) == 5, labels  # before any data: not "0 0 0 0 1"
    panel.add(metrics(1, 3.0))
    labels = y_labels(panel.chart)
    assert len(set(labels)) == 5 and all(float(label) % 5 == 0 for label in labels), labels

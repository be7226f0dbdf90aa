"""Charts: pure DataFrame → Figure, told apart without colour (dash, symbol, pattern, text)."""

import pandas as pd

from dashboard import charts


def test_trend_marks_approximate_values_hollow_and_dashes_references():
    figure = charts.trend(pd.DataFrame({
        "period": ["2025-10", "2025-11", "2025-12"], "value": [100.0, 120.0, 140.0],
        "is_approximate": [False, False, True], "target_value": [130.0, 130.0, 130.0],
        "peer_median": [110.0, 115.0, 118.0]}), "志愿者", "人")
    community, target, median = figure.data
    assert community.marker.symbol == ("circle", "circle", "circle-open")
    assert (target.name, target.line.dash) == ("目标", "dash")
    assert (median.name, median.line.dash) == ("同类社区中位数", "dot")
    assert "Noto Sans CJK SC" in figure.layout.font.family


def test_radar_gives_each_community_its_own_dash_and_symbol():
    frame = pd.DataFrame({"办结率": [1.0, 0.5], "就业": [0.2, 0.9]}, index=["建设街", "商业街"])
    first, second = charts.radar(frame).data
    assert list(first.r) == [1.0, 0.2, 1.0]  # closed polygon
    assert (first.line.dash, second.line.dash) == ("solid", "dash")
    assert (first.marker.symbol, second.marker.symbol) == ("circle", "square")


def test_submission_matrix_prints_a_symbol_in_every_cell():
    frame = pd.DataFrame({"2025年11月": ["missing", "reported"], "2025年12月": ["partial", "reported"]},
                         index=["哈尔墩", "建设街"])
    (heatmap,) = charts.submission_matrix(frame).data
    assert heatmap.text.tolist() == [["✗", "△"], ["✓", "✓"]]
    assert heatmap.z.tolist() == [[0, 1], [2, 2]]


def test_rank_intervals_draw_a_bar_from_low_to_high_and_the_rank_as_a_mark():
    frame = pd.DataFrame({"community_name": ["建设街", "商业街"], "rank": [1, 2],
                          "rank_p05": [1, 1], "rank_p95": [3, 4]})
    bars, marks = charts.rank_intervals(frame).data
    assert list(bars.y) == ["商业街", "建设街"]
    assert list(bars.base) == [1.0, 1.0] and list(bars.x) == [3.0, 2.0]
    assert list(marks.x) == [2, 1] and marks.marker.symbol == "diamond"


def test_received_vs_resolved_uses_a_pattern_for_received():
    figure = charts.received_vs_resolved(pd.DataFrame({
        "period": ["2025-11", "2025-12"], "petitions_received": [48, 50],
        "petitions_resolved": [46, 49]}))
    received, resolved = figure.data
    assert received.marker.pattern.shape == "/"
    assert list(resolved.y) == [46, 49]


def test_rank_axis_ticks_every_rank_only_over_a_short_range():
    few = pd.DataFrame({"community_name": ["建设街", "商业街"], "rank": [1, 2],
                        "rank_p05": [1, 1], "rank_p95": [3, 4]})
    assert charts.rank_intervals(few).layout.xaxis.dtick == 1
    # the first and last of 3,000: one tick per rank would be 3,000 ticks and grid lines
    many = pd.DataFrame({"community_name": ["甲", "乙"], "rank": [1, 3000],
                         "rank_p05": [1, 2950], "rank_p95": [4, 3000]})
    figure = charts.rank_intervals(many)
    assert figure.layout.xaxis.dtick is None
    assert figure.layout.xaxis.tickformat == "d"

"""差距 view: heatmap against target / peer median, weakest indicators, missing reports."""

import json

from dashboard_apptest import chart_data, metric, open_page, rows
from warehouse_fixture import warehouse_home  # noqa: F401


def test_heatmap_of_gaps_to_target(warehouse_home):
    app = open_page("gaps")
    assert not app.exception
    (heatmap,) = chart_data(app.get("plotly_chart")[0])
    assert heatmap["x"] == ["新增就业岗位数", "诉求办结率", "治安案件数"]
    assert len(heatmap["y"]) == 21
    row = heatmap["y"].index("建设街社区居委会")
    # 7 jobs against ≥ 8; 98.0% against ≥ 90; 0 cases against ≤ 2 (positive = better)
    assert heatmap["text"][row] == ["-1", "8", "2"]
    # communities furthest behind on average first (z arrives flat, one row per community)
    width = len(heatmap["x"])
    z = [heatmap["z"][start:start + width] for start in range(0, len(heatmap["z"]), width)]
    means = [sum(v for v in r if v == v) / sum(1 for v in r if v == v) for r in z]
    assert len(means) == 21 and means == sorted(means) and means[0] < 0 < means[-1]
    assert "gap_chart_rows" not in [box.key for box in app.selectbox]  # 21: drawn whole
    weakest = {r["社区"]: r["最弱指标"] for r in rows(app, "社区", "最弱指标")}
    assert weakest["建设街社区居委会"] == "新增就业岗位数"
    assert weakest["宏图街社区居委会"] == "诉求办结率"


def test_missing_reports_are_listed_as_gaps(warehouse_home):
    app = open_page("gaps")
    assert metric(app, "未报送的社区×指标") == "1"
    assert rows(app, "未报指标数") == [
        {"社区": "宏图街社区居委会", "街道": "杜别克街道", "未报指标数": 1, "未报指标": "治安案件数"}]
    app.sidebar.selectbox(key="period_month").set_value("2025-11").run()
    assert metric(app, "未报送的社区×指标") == "12"
    assert [(r["社区"], r["未报指标数"]) for r in rows(app, "未报指标数")] == [
        ("拜格托别街社区居委会", 6), ("哈尔墩社区居委会", 6)]


def test_peer_median_reference_and_per_thousand_toggle(warehouse_home):
    app = open_page("gaps")
    app.radio(key="gap_reference").set_value("peer").run()
    (heatmap,) = chart_data(app.get("plotly_chart")[0])
    assert "民情诉求受理数" not in heatmap["x"]  # neutral indicators have no better side
    assert "诉求办结率" in heatmap["x"]
    app.toggle(key="gap_per_thousand").set_value(True).run()
    (per_thousand,) = chart_data(app.get("plotly_chart")[0])
    title = json.loads(app.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert title == "2025年12月 与同类社区中位数的差距（每千人）（正数=优于参照）"
    row = per_thousand["y"].index("建设街社区居委会")
    column = per_thousand["x"].index("新增就业岗位数")
    # 中小型社区 jobs 7,7,8,8,9,9,10,11,12,13 → median 9; 建设街 7 → −2 per 3,000 residents
    assert per_thousand["text"][row][column] == "-0.67"

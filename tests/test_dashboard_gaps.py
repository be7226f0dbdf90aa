"""差距 view: heatmap against target / peer median, weakest indicators, missing reports."""

import json

from dashboard_apptest import chart_data, metric, open_page, rows
from warehouse_fixture import warehouse_home  # noqa: F401


def test_heatmap_of_gaps_to_target(warehouse_home):
    app = open_page("gaps")
    assert not app.exception
    app.selectbox(key="gap_domain").set_value("全部").run()
    heatmap, cells = chart_data(app.get("plotly_chart")[0])
    # one click target per cell, 宏图街's unreported security_cases too (shown as 未报送)
    assert len(cells["x"]) == len(cells["y"]) == 21 * 3
    assert heatmap["x"] == ["诉求办结率", "新增就业岗位数", "治安案件数"]  # by domain
    assert len(heatmap["y"]) == 21
    row = heatmap["y"].index("建设街社区居委会")
    # 7 jobs against ≥ 8; 98.0% against ≥ 90; 0 cases against ≤ 2 (positive = better)
    assert heatmap["text"][row] == ["8", "-1", "2"]
    # communities furthest behind on average first (z arrives flat, one row per community)
    width = len(heatmap["x"])
    z = [heatmap["z"][start:start + width] for start in range(0, len(heatmap["z"]), width)]
    means = [sum(v for v in r if v == v) / sum(1 for v in r if v == v) for r in z]
    assert len(means) == 21 and means == sorted(means) and means[0] < 1 < means[-1]
    assert "gap_chart_rows" not in [box.key for box in app.selectbox]  # 21: drawn whole
    weakest = {r["社区"]: r["最弱指标"] for r in rows(app, "社区", "最弱指标")}
    assert weakest["建设街社区居委会"] == "新增就业岗位数"
    # 宏图街 did not report 治安案件数: the gap says so first, never “无” or nothing.
    assert weakest["宏图街社区居委会"] == "治安案件数（未报送）、诉求办结率"
    row = heatmap["y"].index("宏图街社区居委会")
    assert heatmap["text"][row][heatmap["x"].index("治安案件数")] == "未报送"


def test_a_community_that_reported_nothing_is_weakest_on_every_indicator_not_none(warehouse_home):
    app = open_page("gaps")
    app.sidebar.selectbox(key="period_month").set_value("2025-11").run()
    weakest = {r["社区"]: r["最弱指标"] for r in rows(app, "社区", "最弱指标")}
    assert weakest["哈尔墩社区居委会"] == "新增就业岗位数（未报送）、诉求办结率（未报送）、治安案件数（未报送）"
    app.radio(key="gap_reference").set_value("peer").run()
    weakest = {r["社区"]: r["最弱指标"] for r in rows(app, "社区", "最弱指标")}
    assert weakest["哈尔墩社区居委会"].count("（未报送）") == 3
    assert "无" not in weakest["哈尔墩社区居委会"]


def test_missing_reports_are_listed_as_gaps(warehouse_home):
    app = open_page("gaps")
    assert metric(app, "未报送的社区×指标") == "1"
    assert rows(app, "未报指标数") == [
        {"社区": "宏图街社区居委会", "街道": "杜别克街道", "未报指标数": 1, "未报指标": "治安案件数"}]
    app.sidebar.selectbox(key="period_month").set_value("2025-11").run()
    assert metric(app, "未报送的社区×指标") == "12"
    assert [(r["社区"], r["未报指标数"]) for r in rows(app, "未报指标数")] == [
        ("拜格托别街社区居委会", 6), ("哈尔墩社区居委会", 6)]


def test_one_domain_per_heatmap_coloured_by_ratio_to_target_with_value_and_unit_in_hover(
        warehouse_home):
    app = open_page("gaps")
    assert app.selectbox(key="gap_domain").options == ["民情诉求", "就业", "平安", "全部"]
    heatmap, cells = chart_data(app.get("plotly_chart")[0])
    assert heatmap["x"] == ["诉求办结率"]  # the first domain by default, not every indicator
    assert (heatmap["zmin"], heatmap["zmax"]) == (0.5, 1.5)
    app.selectbox(key="gap_domain").set_value("平安").run()
    heatmap, cells = chart_data(app.get("plotly_chart")[0])
    assert heatmap["x"] == ["治安案件数"] and len(cells["x"]) == 21
    hover = dict(zip(cells["y"], cells["hovertext"]))
    # 0 cases against ≤ 2: on the best side of the scale; 2 cases: exactly on target (1.0).
    assert hover["建设街社区居委会"] == "0 起（目标 ≤2 起）"
    assert hover["宏图街社区居委会"] == "未报送（目标 ≤2 起）"
    colour = dict(zip(heatmap["y"], heatmap["z"]))
    assert colour["建设街社区居委会"] == 1.5 and colour["宏图街社区居委会"] == 0.5
    assert colour["伊宁街社区居委会"] == 1.0
    app.selectbox(key="gap_domain").set_value("全部").run()
    heatmap, cells = chart_data(app.get("plotly_chart")[0])
    width = len(heatmap["x"])
    z = dict(zip(heatmap["y"], [heatmap["z"][start:start + width]
                                for start in range(0, len(heatmap["z"]), width)]))
    # one scale in every column: 建设街 98 % of ≥ 90 → 1.09; 7 jobs of ≥ 8 → 0.875
    assert [round(v, 3) for v in z["建设街社区居委会"][:2]] == [1.089, 0.875]
    hover = {(y, x): h for x, y, h in zip(cells["x"], cells["y"], cells["hovertext"])}
    assert hover[("建设街社区居委会", "诉求办结率")] == "98.0%（目标 ≥90.0%）"
    assert hover[("建设街社区居委会", "新增就业岗位数")] == "7 个（目标 ≥8 个）"


def test_peer_reference_colours_by_percentile_among_the_viewers_communities(warehouse_home):
    app = open_page("gaps")
    app.radio(key="gap_reference").set_value("peer").run()
    app.selectbox(key="gap_domain").set_value("平安").run()
    heatmap, cells = chart_data(app.get("plotly_chart")[0])
    assert (heatmap["zmin"], heatmap["zmax"]) == (0.0, 1.0)
    colour = dict(zip(heatmap["y"], heatmap["z"]))
    assert colour["宏图街社区居委会"] == 0.0  # not reported: the worst colour
    assert max(colour.values()) <= 1.0 and min(colour.values()) >= 0.0
    hover = dict(zip(cells["y"], cells["hovertext"]))
    assert hover["建设街社区居委会"].startswith("0 起（同类社区中位数 ")


def test_peer_median_reference_and_per_thousand_toggle(warehouse_home):
    app = open_page("gaps")
    app.radio(key="gap_reference").set_value("peer").run()
    app.selectbox(key="gap_domain").set_value("全部").run()
    heatmap, _ = chart_data(app.get("plotly_chart")[0])  # and the cells' click targets
    assert "民情诉求受理数" not in heatmap["x"]  # neutral indicators have no better side
    assert "诉求办结率" in heatmap["x"]
    app.toggle(key="gap_per_thousand").set_value(True).run()
    per_thousand, _ = chart_data(app.get("plotly_chart")[0])
    title = json.loads(app.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert title == "2025年12月 与同类社区中位数的差距（每千人）（正数=优于参照）"
    row = per_thousand["y"].index("建设街社区居委会")
    column = per_thousand["x"].index("新增就业岗位数")
    # 中小型社区 jobs 7,7,8,8,9,9,10,11,12,13 → median 9; 建设街 7 → −2 per 3,000 residents
    assert per_thousand["text"][row][column] == "-0.67"

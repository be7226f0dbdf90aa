"""社区画像 view: indicators with 口径 and approximate marks, lineage with superseded versions."""

from dashboard_apptest import chart_data, open_page, rows
from warehouse_fixture import warehouse_home  # noqa: F401


def test_every_indicator_with_its_definition_and_approximate_values_marked(warehouse_home):
    app = open_page("profile")
    app.sidebar.selectbox(key="community").set_value("654201001003").run()
    assert not app.exception
    assert app.subheader[0].value == "商业街社区居委会 · 2025年12月"
    table = {row["指标"]: row for row in rows(app, "指标", "口径")}
    assert len(table) == 33
    assert table["注册志愿者人数"]["数值"] == "≈140 人"
    assert table["注册志愿者人数"]["约数"] == "是"
    assert table["诉求办结率"] == {
        "指标": "诉求办结率", "数值": "92.5%", "约数": "", "目标": "≥90.0%", "是否达标": "达标",
        "同类社区中位数": "89.0%",  # 中小型社区: median of 88.0 and 90.0
        "口径": "诉求办结率 = 办结数 ÷ 受理数 × 100（按期间汇总后重新计算，不对比率取平均）"}
    assert table["文化活动场次"]["数值"] == "—"
    assert [(m.label, m.value) for m in app.metric] == [
        ("民情诉求受理数", "40 件"), ("民情诉求办结数", "37 件"), ("诉求办结率", "92.5%"),
        ("注册志愿者人数", "≈140 人")]


def test_lineage_shows_file_sheet_cell_raw_text_and_superseded_versions(warehouse_home):
    app = open_page("profile")
    assert app.sidebar.selectbox(key="community").value == "654201001001"
    app.selectbox(key="lineage_indicator").set_value("petitions_received").run()
    lineage = rows(app, "状态", "原始文本", "单元格")
    assert [(row["状态"], row["数值"], row["原始文本"], row["文件"], row["工作表"], row["单元格"])
            for row in lineage] == [
        ("当前采用", 50.0, "50", "和平街道2025-12月报.xlsx", "Sheet1", "C4"),
        ("已被替代", 45.0, "45", "和平街道2025-12月报（初稿）.xlsx", "Sheet1", "C4")]


def test_trend_against_target_and_peer_median_and_received_vs_resolved(warehouse_home):
    app = open_page("profile")
    assert app.selectbox(key="trend_indicator").value == "petition_resolution_rate"
    charts = app.get("plotly_chart")
    assert len(charts) == 2
    trend = chart_data(charts[0])
    assert [series["name"] for series in trend] == ["本社区", "目标", "同类社区中位数"]
    assert trend[0]["x"] == ["2025-10", "2025-11", "2025-12"]
    assert trend[0]["y"][-1] == 98.0
    assert trend[1]["y"] == [90.0, 90.0, 90.0]
    bars = chart_data(charts[1])
    assert [(bar["name"], bar["y"]) for bar in bars] == [("受理数", [46.0, 48.0, 50.0]),
                                                         ("办结数", [43.0, 46.0, 49.0])]


def test_derived_indicator_lineage_explains_the_formula(warehouse_home):
    app = open_page("profile")
    app.selectbox(key="lineage_indicator").set_value("petition_resolution_rate").run()
    assert any("是计算指标" in caption.value for caption in app.caption)


def test_quarter_lineage_lists_each_month(warehouse_home):
    app = open_page("profile")
    app.sidebar.radio(key="grain").set_value("quarter").run()
    app.selectbox(key="lineage_indicator").set_value("jobs_created").run()
    lineage = rows(app, "状态", "原始文本", "单元格")
    assert [row["月份"] for row in lineage] == ["2025年10月", "2025年11月", "2025年12月"]
    assert [row["数值"] for row in lineage] == [5.0, 6.0, 7.0]

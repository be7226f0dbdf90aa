"""对比 view: two to five communities side by side."""

from dashboard_apptest import chart_data, open_page, rows
from warehouse_fixture import warehouse_home  # noqa: F401


def test_three_communities_by_default_as_radar_and_table(warehouse_home):
    app = open_page("compare")
    assert not app.exception
    radar = chart_data(app.get("plotly_chart")[0])
    assert [trace["name"] for trace in radar] == ["建设街社区居委会", "商业街社区居委会", "文化街社区居委会"]
    table = {row["指标"]: row for row in rows(app, "指标", "建设街社区居委会")}
    assert table["诉求办结率"] == {"指标": "诉求办结率", "建设街社区居委会": "98.0%",
                              "商业街社区居委会": "92.5%", "文化街社区居委会": "90.0%"}
    assert table["注册志愿者人数"]["商业街社区居委会"] == "≈140 人"


def test_radar_scales_to_best_in_scope(warehouse_home):
    app = open_page("compare")
    radar = {trace["name"]: dict(zip(trace["theta"], trace["r"])) for trace in
             chart_data(app.get("plotly_chart")[0])}
    assert radar["建设街社区居委会"]["诉求办结率"] == 1.0  # the city's best rate
    assert radar["建设街社区居委会"]["治安案件数"] == 1.0  # 0 cases: best, lower is better


def test_fewer_than_two_asks_for_more(warehouse_home):
    app = open_page("compare")
    app.multiselect(key="compare_communities").set_value(["654201001001"]).run()
    assert [info.value for info in app.info] == ["请至少选择 2 个社区进行对比。"]
    app.multiselect(key="compare_communities").set_value(
        ["654201001001", "654201003008"]).run()
    assert list(rows(app, "指标")[0]) == ["指标", "建设街社区居委会", "哈尔墩社区居委会"]

"""排名 view on the fixture warehouse: leaders, league tables, street and peer scope."""

from dashboard_apptest import metric, open_page, rows
from warehouse_fixture import empty_home, warehouse_home  # noqa: F401


def test_leader_of_the_demo_month_by_resolution_rate(warehouse_home):
    app = open_page("ranking")
    assert not app.exception
    assert metric(app, "2025年12月诉求办结率第一") == "建设街社区居委会"
    table = rows(app, "办结率", "街道内名次")
    assert len(table) == 21
    assert table[0] == {"社区": "建设街社区居委会", "街道": "和平街道", "受理数": "50", "办结数": "49",
                        "办结率": "98.0%", "街道内名次": 1, "全市名次": 1}
    assert [row["社区"] for row in table[1:3]] == ["杜别克街社区居委会", "伊宁街社区居委会"]


def test_league_table_shows_score_rank_change_coverage_interval_and_drivers(warehouse_home):
    app = open_page("ranking")
    app.sidebar.radio(key="method").set_value("composite").run()
    assert metric(app, "2025年12月综合得分第一") == "伊宁街社区居委会"
    table = rows(app, "名次", "得分", "名次区间")
    assert len(table) == 21
    assert table[0] == {"名次": 1, "社区": "伊宁街社区居委会", "街道": "新城街道", "得分": "73.91",
                        "名次变化": "↑1", "覆盖率": "100%", "名次区间": "第1–3名",
                        "主要加分项": "诉求办结率", "主要拖累项": "治安案件数"}
    assert len(app.get("plotly_chart")) == 2


def test_choosing_a_street_ranks_within_it(warehouse_home):
    app = open_page("ranking")
    app.sidebar.selectbox(key="street").set_value("654201003").run()
    # target ratio = resolution rate: 伊宁 95.45 > 边城 91.18 > 新城 90.38 > 爱国 89.13 > …
    table = rows(app, "名次", "得分", "名次区间")
    assert [row["社区"] for row in table] == [
        "伊宁街社区居委会", "边城街社区居委会", "新城街社区居委会", "爱国街社区居委会",
        "东门外街社区居委会", "哈尔墩社区居委会"]
    assert [row["名次"] for row in table] == [1, 2, 3, 4, 5, 6]
    assert metric(app, "2025年12月诉求办结率第一") == "伊宁街社区居委会"


def test_peer_group_and_quarter(warehouse_home):
    app = open_page("ranking")
    app.sidebar.radio(key="grain").set_value("quarter").run()
    assert app.sidebar.selectbox(key="period_quarter").value == "2025-Q4"
    app.sidebar.selectbox(key="peer_group").set_value("large").run()
    table = rows(app, "名次", "得分", "名次区间")
    assert len(table) == 11  # residents ≥ 4000
    assert table[0]["名次"] == 1
    assert any("按月显示" in caption.value for caption in app.caption)


def test_empty_state_says_why(empty_home):
    app = open_page("ranking")
    assert not app.exception
    assert [info.value for info in app.info] == ["尚未发布数据仓：请先运行 jiedao ingest 与 jiedao build"]

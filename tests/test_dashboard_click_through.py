"""Click-through on the fixture warehouse: a bar of a ranking chart, a heatmap cell on 差距 or a
row of a ranking table opens 社区画像 for that community (and indicator) in the same period; a
label outside the viewer's scope opens nothing."""

from __future__ import annotations

from dashboard_apptest import open_page, rows
from dashboard_selection import click_point, click_row
from warehouse_fixture import warehouse_home  # noqa: F401

HONGTU = "654201002007"  # 宏图街社区居委会, 杜别克街道


def assert_profile(app, community_name: str, period: str = "2025年12月") -> None:
    assert not app.exception
    assert app.title[0].value == "社区画像"
    assert app.subheader[0].value == f"{community_name} · {period}"


def test_a_bar_of_the_resolution_rate_chart_opens_that_profile(warehouse_home):
    app = click_point(open_page("ranking"), "petition_chart", y="宏图街社区居委会", x=77.27)
    assert_profile(app, "宏图街社区居委会")
    assert app.query_params["community"] == HONGTU
    assert app.selectbox(key="trend_indicator").value == "petition_resolution_rate"


def test_a_bar_of_the_rank_interval_chart_opens_that_profile(warehouse_home):
    app = click_point(open_page("ranking"), "league_chart", y="伊宁街社区居委会")
    assert_profile(app, "伊宁街社区居委会")


def test_a_row_of_the_league_table_opens_that_profile_in_the_chosen_period(warehouse_home):
    app = open_page("ranking")
    app.sidebar.selectbox(key="period_month").set_value("2025-11").run()
    table = rows(app, "名次", "得分", "名次区间")
    app = click_row(app, "league_table", 4)
    assert_profile(app, table[4]["社区"], "2025年11月")
    assert app.sidebar.selectbox(key="period_month").value == "2025-11"


def test_a_row_of_the_resolution_rate_table_opens_that_profile(warehouse_home):
    app = open_page("ranking")
    app = click_row(app, "petition_table", 0)
    assert_profile(app, "建设街社区居委会")


def test_a_heatmap_cell_on_gaps_opens_the_profile_at_that_indicator(warehouse_home):
    app = click_point(open_page("gaps"), "gap_heatmap", y="宏图街社区居委会", x="治安案件数")
    assert_profile(app, "宏图街社区居委会")
    assert app.selectbox(key="trend_indicator").value == "security_cases"
    assert app.selectbox(key="lineage_indicator").value == "security_cases"


def test_a_row_of_the_weakest_indicator_table_opens_that_profile(warehouse_home):
    app = open_page("gaps")
    name = rows(app, "社区", "最弱指标")[3]["社区"]
    assert_profile(click_row(app, "weakest_table", 3), name)


def test_a_label_outside_the_scope_opens_nothing(warehouse_home):
    app = open_page("ranking", role="street_leader", scope_code="654201001")
    app = click_point(app, "petition_chart", y="宏图街社区居委会")  # another street's community
    assert not app.exception
    assert app.title[0].value == "排名"

"""总览 on the fixture warehouse: the default page, its numbers against the warehouse itself
(headline totals = sums in fct_indicator_period; green/amber/red = a direct count in
mart_target_gaps), scope, and clicks through to 社区画像."""

from __future__ import annotations

import duckdb
import pytest

from dashboard.data.overview import target_status
from dashboard_apptest import metric, open_page, rows, signed_in_app
from dashboard_scope_checks import OTHERS, OWN, leaks, rendered_text
from dashboard_selection import click_point, click_row
from warehouse_fixture import warehouse_home  # noqa: F401


def warehouse_value(home, sql: str, params: tuple = ()) -> object:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        return con.execute(sql, list(params)).fetchone()[0]


def community_sum(home, indicator: str, period: str = "2025-12") -> float:
    return warehouse_value(
        home, "select sum(value) from fct_indicator_period where level = 'community' "
        "and grain = 'month' and period = ? and indicator_code = ?", (period, indicator))


def test_overview_is_the_first_page_and_opens_after_sign_in(warehouse_home):
    app = signed_in_app().run()
    assert not app.exception
    assert app.title[0].value == "总览"


def test_headline_totals_are_the_sums_in_the_warehouse(warehouse_home):
    app = open_page("overview")
    assert not app.exception
    received = community_sum(warehouse_home, "petitions_received")
    resolved = community_sum(warehouse_home, "petitions_resolved")
    jobs = community_sum(warehouse_home, "jobs_created")
    assert received == 803  # the fixture's December petitions, summed by hand
    assert metric(app, "民情诉求受理数") == f"{received:,.0f} 件"
    assert metric(app, "民情诉求办结数") == f"{resolved:,.0f} 件"
    assert metric(app, "新增就业岗位数") == f"{jobs:,.0f} 个"
    assert metric(app, "诉求办结率") == f"{resolved / received * 100:.1f}%"
    table = {row["指标"]: row for row in rows(app, "指标", "本期", "环比", "同比")}
    before = community_sum(warehouse_home, "petitions_received", "2025-11")
    assert table["民情诉求受理数"]["上期"] == f"{before:,.0f} 件"
    assert table["民情诉求受理数"]["环比"] == f"{(received - before) / before * 100:+.1f}%"
    assert table["民情诉求受理数"]["同比"] == "—"  # the fixture has no 2024-12


def test_target_colours_are_a_direct_count_of_the_target_gaps(warehouse_home):
    app = open_page("overview")
    counted = {status: warehouse_value(warehouse_home, (
        "select count(*) from mart_target_gaps where grain = 'month' and period = '2025-12' and "
        + condition)) for status, condition in {
            "green": "meets_target",
            "amber": "not meets_target and case when target_operator = '<=' "
                     "then value <= target_value * 1.1 else value >= target_value * 0.9 end",
            "red": "not meets_target and case when target_operator = '<=' "
                   "then value > target_value * 1.1 else value < target_value * 0.9 end"}.items()}
    assert counted["amber"] > 0 and counted["red"] > 0  # all three colours occur
    assert metric(app, "达标（绿）") == str(counted["green"])
    assert metric(app, "接近目标（黄，差距在10%以内）") == str(counted["amber"])
    assert metric(app, "落后（红）") == str(counted["red"])
    behind = rows(app, "社区", "指标", "数值", "目标")
    assert len(behind) == counted["red"]


@pytest.mark.parametrize(("value", "target", "operator", "status"), [
    (90, 90, ">=", "green"), (81, 90, ">=", "amber"), (80.9, 90, ">=", "red"),
    (2, 2, "<=", "green"), (2.2, 2, "<=", "amber"), (3, 2, "<=", "red"),
    (0, 0, "<=", "green"), (1, 0, "<=", "red"), (None, 90, ">=", "missing")])
def test_one_rule_for_green_amber_red(value, target, operator, status):
    assert target_status(value, target, operator) == status


def test_completeness_per_street_and_findings_of_the_period(warehouse_home):
    app = open_page("overview")
    streets = {row["街道"]: row for row in rows(app, "街道", "社区数", "部分报送")}
    assert streets["杜别克街道"]["部分报送"] == 1  # 宏图街 left out security_cases in December
    assert sum(row["社区数"] for row in streets.values()) == 21
    assert metric(app, "数据截至") == "2025年12月"
    findings = rows(app, "严重程度", "说明")
    assert [row["社区"] for row in findings] == ["公园街社区居委会"]  # the 2025-11 one is not new


def test_community_staff_see_only_their_community(warehouse_home):
    app = open_page("overview", role="community_staff", scope_code=OWN)
    assert not app.exception
    text = rendered_text(app)
    assert "公园街社区居委会" in text
    assert leaks(text, OTHERS) == []
    assert metric(app, "民情诉求受理数") == "48 件"  # their own figure, not the city's
    assert [row["社区数"] for row in rows(app, "街道", "社区数")] == [1]


def test_street_leader_sees_their_street_totals(warehouse_home):
    app = open_page("overview", role="street_leader", scope_code="654201001")
    received = warehouse_value(
        warehouse_home, "select value from fct_indicator_period where level = 'street' and "
        "grain = 'month' and period = '2025-12' and unit_code = '654201001' and "
        "indicator_code = 'petitions_received'")
    assert metric(app, "民情诉求受理数") == f"{received:,.0f} 件"
    assert [row["街道"] for row in rows(app, "街道", "社区数")] == ["和平街道"]


def test_clicking_a_mover_bar_opens_its_profile(warehouse_home):
    app = open_page("overview")
    app = click_point(app, "overview_movers_chart", y="宏图街社区居委会", x=-7)
    assert not app.exception
    assert app.title[0].value == "社区画像"
    assert app.subheader[0].value == "宏图街社区居委会 · 2025年12月"
    assert app.query_params["community"] == "654201002007"


def test_clicking_a_row_behind_target_opens_the_profile_at_that_indicator(warehouse_home):
    app = open_page("overview")
    behind = rows(app, "社区", "指标", "数值", "目标")
    position = next(i for i, row in enumerate(behind) if row["指标"] == "治安案件数")
    app = click_row(app, "overview_behind", position)
    assert app.title[0].value == "社区画像"
    assert app.subheader[0].value == f"{behind[position]['社区']} · 2025年12月"
    assert app.selectbox(key="trend_indicator").value == "security_cases"
    assert app.selectbox(key="lineage_indicator").value == "security_cases"


def test_alerts_are_the_briefings_rules_for_the_viewers_scope(warehouse_home):
    from jiedao.briefing.alerts import evaluate_alerts, read_rules
    from jiedao.settings import Settings

    app = open_page("overview", role="street_leader", scope_code="654201001")
    assert not app.exception
    shown = rows(app, "社区", "预警", "来源")
    with duckdb.connect(str(warehouse_home / "warehouse.duckdb"), read_only=True) as con:
        expected = evaluate_alerts(lambda sql, params: con.execute(sql, list(params)).fetchall(),
                                   read_rules(Settings(home=warehouse_home).seeds_dir), "654201001", "2025-12")
    assert expected, "the fixture month trips some rule"
    assert [(row["社区"], row["预警"]) for row in shown] == [(a.community_name, a.message) for a in expected]
    staff = open_page("overview", role="community_staff", scope_code=OWN)
    mine = [row["社区"] for row in rows(staff, "社区", "预警", "来源")] if any(
        "预警" in frame.value.columns for frame in staff.dataframe) else []
    own_name = warehouse_value(warehouse_home, "select community_name from dim_community where community_code = ?",
                               (OWN,))
    assert set(mine) <= {own_name}

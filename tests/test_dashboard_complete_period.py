"""The default period is the latest complete one (≥90 % of the viewer's communities reported it);
a newer month a few communities have sent stays selectable, marked （进行中）, and every page says
数据截至 the latest complete month."""

from __future__ import annotations

import duckdb
import pytest

from dashboard_apptest import open_page
from dashboard_scope_checks import VIEWS
from warehouse_fixture import warehouse_home  # noqa: F401

EARLY = ("654201001001", "654201001003")  # the only two communities that sent 2026-01 so far


@pytest.fixture
def early_month_home(warehouse_home):
    """The fixture warehouse plus 2026-01 (and its quarter and year) from two communities only."""
    with duckdb.connect(str(warehouse_home / "warehouse.duckdb")) as con:
        codes = ", ".join(f"'{code}'" for code in EARLY)
        for grain, period in (("month", "2026-01"), ("quarter", "2026-Q1"), ("year", "2026")):
            con.execute(
                f"insert into fct_indicator_period select * replace ('{grain}' as grain, "
                f"'{period}' as period) from fct_indicator_period where grain = 'month' and "
                f"period = '2025-12' and level = 'community' and unit_code in ({codes})")
            con.execute(
                f"insert into mart_scores select * replace ('{grain}' as grain, '{period}' as "
                "period, 1 as rank_in_city, 1 as rank_in_street, 1 as rank_in_peer) "
                f"from mart_scores where grain = 'month' and period = '2025-12' "
                f"and community_code in ({codes})")
        con.execute(
            "insert into mart_submission_completeness select community_code, '2026-01', "
            "indicators_expected, case when community_code in (" + codes + ") "
            "then indicators_expected else 0 end, case when community_code in (" + codes + ") "
            "then 'reported' else 'missing' end from mart_submission_completeness "
            "where period = '2025-12'")
    return warehouse_home


def test_ranking_opens_on_the_latest_complete_month_not_the_newest(early_month_home):
    app = open_page("ranking")
    assert not app.exception
    period = app.sidebar.selectbox(key="period_month")
    assert period.value == "2025-12"
    assert period.options[:2] == ["2026年1月（进行中）", "2025年12月"]
    assert [m.label[:8] for m in app.metric] == ["2025年12月", "2025年12月"]  # scores, petitions
    period.set_value("2026-01").run()  # still selectable
    assert app.sidebar.selectbox(key="period_month").value == "2026-01"
    assert not app.exception


def test_quarters_and_years_are_complete_when_their_months_are(early_month_home):
    app = open_page("ranking")
    app.sidebar.radio(key="grain").set_value("quarter").run()
    quarter = app.sidebar.selectbox(key="period_quarter")
    assert quarter.value == "2025-Q4"
    assert quarter.options == ["2026年第1季度（进行中）", "2025年第4季度"]
    app.sidebar.radio(key="grain").set_value("year").run()
    year = app.sidebar.selectbox(key="period_year")
    # 2025 holds only three months here, so no year is complete: the newest is shown, marked
    assert year.options == ["2026年（进行中）", "2025年（进行中）"]


def test_community_staff_of_a_community_that_reported_early_see_the_new_month(early_month_home):
    app = open_page("ranking", role="community_staff", scope_code=EARLY[0])
    assert app.sidebar.selectbox(key="period_month").value == "2026-01"
    assert "数据截至 2026年1月" in [caption.value for caption in app.caption]


@pytest.mark.parametrize("page", VIEWS)
def test_every_page_says_data_as_of_the_latest_complete_month(early_month_home, page):
    app = open_page(page)
    assert not app.exception
    assert app.caption[0].value == "数据截至 2025年12月"


def test_the_share_that_makes_a_month_complete_is_configurable(early_month_home, monkeypatch):
    monkeypatch.setenv("JIEDAO_COMPLETE_SHARE", "10")  # 2 of 21 communities are 9.5 %
    app = open_page("ranking")
    assert app.sidebar.selectbox(key="period_month").value == "2025-12"
    monkeypatch.setenv("JIEDAO_COMPLETE_SHARE", "9")
    app = open_page("ranking")
    assert app.sidebar.selectbox(key="period_month").value == "2026-01"
    assert app.caption[0].value == "数据截至 2026年1月"

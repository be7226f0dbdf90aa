"""The data layer: scopes enforced in SQL, read-only per query, a republished warehouse shows."""

import os

import pytest

from dashboard import data
from warehouse_fixture import build_fixture_warehouse, empty_home, warehouse_home  # noqa: F401


def test_scope_limits_rows_in_sql(warehouse_home):
    assert len(data.communities(data.CITY)) == 21
    assert data.communities(data.Scope("street", "654201001"))["community_code"].tolist() == [
        "654201001001", "654201001003", "654201001004", "654201001006", "654201001007",
        "654201001008", "654201001009"]
    community = data.Scope("community", "654201003008")
    assert data.petition_ranking(community, "2025-12")["community_name"].tolist() == ["哈尔墩社区居委会"]
    assert data.submission_matrix(community)["status"].tolist() == ["missing", "missing", "reported"]
    assert data.lineage(community, "654201001001", ("2025-12",), "petitions_received").empty
    assert data.ingest_problems(data.Scope("street", "654201002"))["cell_ref"].tolist() == ["G7"]
    assert data.ingest_problems(data.Scope("street", "654201001")).empty


def test_scope_requires_a_code_below_city():
    with pytest.raises(ValueError):
        data.Scope("street")
    with pytest.raises(ValueError):
        data.Scope("province", "65")


def test_narrow_never_widens_a_role(warehouse_home):
    own = data.Scope("community", "654201001001")
    assert data.narrow(own, "654201002") == own
    assert data.narrow(data.CITY, "654201002") == data.Scope("street", "654201002")
    assert data.narrow(data.CITY, None) == data.CITY


def test_missing_warehouse_says_why(empty_home):
    assert not data.warehouse_exists()
    with pytest.raises(data.WarehouseUnavailable, match="尚未发布数据仓：请先运行 jiedao ingest 与 jiedao build"):
        data.communities()


def test_missing_table_says_rebuild(warehouse_home):
    import duckdb
    with duckdb.connect(str(warehouse_home / "warehouse.duckdb")) as con:
        con.execute("drop table mart_scores")
    with pytest.raises(data.WarehouseUnavailable, match="请重新运行 jiedao build"):
        data.scores(data.CITY, "month", "2025-12", "composite")


def test_a_republished_warehouse_shows_without_restart(warehouse_home, tmp_path):
    assert data.months(data.CITY) == ["2025-12", "2025-11", "2025-10"]
    # A build writes a new file and publishes it with os.replace, as jiedao build does.
    staged = tmp_path / "staged"
    build_fixture_warehouse(staged)
    import duckdb
    with duckdb.connect(str(staged / "warehouse.duckdb")) as con:
        con.execute("delete from fct_indicator_period where period = '2025-12'")
    os.replace(staged / "warehouse.duckdb", warehouse_home / "warehouse.duckdb")
    assert data.months(data.CITY) == ["2025-11", "2025-10"]


def test_queries_leave_no_connection_open(warehouse_home):
    import duckdb
    data.communities()
    with duckdb.connect(str(warehouse_home / "warehouse.duckdb")) as writer:  # would fail if locked
        writer.execute("create table probe as select 1 as x")


def test_months_in_a_period():
    assert data.months_in("month", "2025-12") == ("2025-12",)
    assert data.months_in("quarter", "2025-Q4") == ("2025-10", "2025-11", "2025-12")
    assert data.months_in("year", "2025")[::11] == ("2025-01", "2025-12")




def test_score_drivers_split_indicators_into_those_that_help_and_those_that_hurt(warehouse_home):
    contributions = data.score_contributions(data.CITY, "month", "2025-12", "composite")
    contributions = contributions.assign(
        loss=lambda frame: frame["weight"] * (1 - frame["normalized_value"]))
    rows = data.driver_rows(data.CITY, "month", "2025-12", "composite")
    for code, group in contributions.groupby("community_code"):
        score = group["contribution"].sum() / group["weight"].sum()
        helps = group[(group["normalized_value"] >= score) & (group["contribution"] > 0)]
        helps = helps.sort_values(["contribution", "indicator_code"], ascending=[False, True])
        hurts = group.drop(helps.index).sort_values(["loss", "indicator_code"],
                                                    ascending=[False, True])
        mine = rows[rows["community_code"] == code]
        assert mine.loc[mine["side"] == "help", "indicator_code"].tolist() == \
            helps["indicator_code"].head(3).tolist()
        assert mine.loc[mine["side"] == "hurt", "indicator_code"].tolist() == \
            hurts["indicator_code"].head(3).tolist()
    drivers = data.score_drivers(data.CITY, "month", "2025-12", "composite")
    assert len(drivers) == 21
    named = {row.community_code: (row.best, row.worst) for row in drivers.itertuples()}
    # 宏图街 did not report 治安案件数: it scores below the worst, costs most and says so.
    assert named["654201002007"] == ("新增就业岗位数、千人志愿者数", "治安案件数（未报送）、诉求办结率")
    assert named["654201003005"] == ("诉求办结率、千人志愿者数", "治安案件数、新增就业岗位数")
    street = data.score_drivers(data.Scope("street", "654201003"), "month", "2025-12", "composite")
    assert street["community_code"].str.startswith("654201003").all() and len(street) == 6


def test_directional_values_are_those_with_a_better_side(warehouse_home):
    every = data.community_values(data.CITY, "month", "2025-12")
    directional = data.community_values(data.CITY, "month", "2025-12", directional=True)
    expected = every[every["direction"].isin(["higher_better", "lower_better"])]
    assert len(directional) == len(expected) > 0
    assert "petitions_received" in set(every["indicator_code"]) - set(directional["indicator_code"])
    assert directional.reset_index(drop=True).equals(expected.reset_index(drop=True))

"""Serving from PostgreSQL (issue 18): the dashboard's data layer and `jiedao export` read the
warehouse `jiedao build --target postgres` published, through jiedao/warehouse_reader.py, and give
what they give on DuckDB; a dashboard account's own database role (`jiedao pg-role`) sees only
its scope's rows in psql, through row-level security that every publish puts back.

The PostgreSQL home has no warehouse.duckdb: whatever is read there came from the server.
Marker `engines`; fails, never skips, without Debian's postgresql.
"""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from dashboard import data
from jiedao.warehouse_reader import PostgresWarehouse, adapt, to_pyformat
from test_dashboard_scope_data import data_layer_frames
from tests.postgres_cluster import PORT, SCRIPT, Cluster, build_demo_on, jiedao, throwaway_cluster

pytestmark = pytest.mark.engines

OWN = "654201001001"  # 建设街社区居委会 of 和平街道 (654201001): the demo's account jianshe_shequ
STREET = "654201001"  # the demo's account heping_lingdao
SCOPES = (data.CITY, data.Scope("street", STREET), data.Scope("community", OWN))
SCOPED_TABLES = ("dim_community", "fct_indicator_monthly", "mart_scores", "mart_target_gaps",
                 "mart_quality_findings", "mart_submission_completeness", "mart_value_history")
with open(Path(__file__).resolve().parent.parent / "seeds" / "registry_communities.csv",
          encoding="utf-8") as handle:
    ALL_COMMUNITIES = {row["community_code"] for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with throwaway_cluster() as started:
        yield started


@pytest.fixture(scope="module")
def pg_home(cluster: Cluster, demo_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo built and published on the cluster, in a home without warehouse.duckdb."""
    home = build_demo_on(cluster, demo_home, tmp_path_factory.mktemp("pg-serving") / "home")
    assert not (home / "warehouse.duckdb").exists()
    return home


def serving_frames(scope: data.Scope) -> dict[str, pd.DataFrame]:
    frames = data_layer_frames(scope, "654201002001")
    frames["months"] = pd.DataFrame({"month": data.months(scope)})
    frames["headline_totals"] = data.headline_totals(scope, "month", "2025-12")
    frames["street_completeness"] = data.street_completeness(scope, "month", "2025-12")
    frames["alerts"] = data.alerts(scope, "2025-12")
    frames["as_of"] = pd.DataFrame({"as_of": [data.data_as_of(scope), data.latest_complete_month(scope),
                                              data.scope_name(scope)]})
    frames["targets"] = data.targets()
    frames["indicators"] = data.indicators()
    return frames


def test_every_data_layer_function_gives_duckdbs_rows_on_postgres(
        cluster: Cluster, pg_home: Path, demo_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for scope in SCOPES:
        monkeypatch.setenv("JIEDAO_HOME", str(demo_home))
        monkeypatch.setenv("JIEDAO_ENGINE", "duckdb")
        expected = serving_frames(scope)
        monkeypatch.setenv("JIEDAO_HOME", str(pg_home))
        monkeypatch.setenv("JIEDAO_ENGINE", "postgres")
        for name, value in cluster.environment().items():
            monkeypatch.setenv(name, value)
        assert data.current_warehouse()[0].startswith("PostgreSQL postgres@")
        actual = serving_frames(scope)
        for name, frame in expected.items():
            # Values and order equal; integer widths may differ (a model's bigint on PostgreSQL).
            pd.testing.assert_frame_equal(actual[name].reset_index(drop=True), frame.reset_index(drop=True),
                                          check_dtype=False, rtol=1e-9, obj=f"{scope} {name}")
        assert len(actual["scores_target"]) > 0 and len(actual["community_values"]) > 0
        assert len(actual["standardized_indicators"]) > 100


def test_export_reads_postgres_and_writes_what_duckdb_gives(cluster: Cluster, pg_home: Path,
                                                           demo_home: Path, tmp_path: Path) -> None:
    for table, filters in (("scores", ()), ("indicators", ("--community", OWN, "--period", "2025-12")),
                           ("quality", ()), ("files", ())):
        on_postgres = jiedao(cluster, pg_home, "export", table, "--target", "postgres",
                             "--out", str(tmp_path / f"{table}-pg.csv"), *filters)
        assert on_postgres.returncode == 0, on_postgres.stderr
        on_duckdb = jiedao(cluster, demo_home, "export", table, "--out", str(tmp_path / f"{table}-duck.csv"),
                           *filters)
        assert on_duckdb.returncode == 0, on_duckdb.stderr
        pg = pd.read_csv(tmp_path / f"{table}-pg.csv", dtype=str, keep_default_na=False)
        duck = pd.read_csv(tmp_path / f"{table}-duck.csv", dtype=str, keep_default_na=False)
        assert len(pg) == len(duck) > 0, table
        assert list(pg.columns) == list(duck.columns), table
        for column in pg.columns:
            numbers = pd.to_numeric(duck[column], errors="coerce")
            if numbers.notna().any() and not column.endswith("_code"):
                pd.testing.assert_series_equal(pd.to_numeric(pg[column], errors="coerce"), numbers,
                                               rtol=1e-9, obj=f"{table}.{column}")
            else:
                assert pg[column].tolist() == duck[column].tolist(), f"{table}.{column}"
    indicators = pd.read_csv(tmp_path / "indicators-pg.csv", dtype=str)
    assert set(indicators["community_code"]) == {OWN}  # 12-digit text, never a number


def test_status_describes_the_warehouse_on_the_server(cluster: Cluster, pg_home: Path) -> None:
    shown = jiedao(cluster, pg_home, "status", env={"JIEDAO_ENGINE": "postgres"})
    assert shown.returncode == 0, shown.stderr
    rows = cluster.psql("postgres", "select count(*) from jiedao.fct_indicator_monthly").stdout.strip()
    assert "数据仓：PostgreSQL postgres@" in shown.stdout
    assert f"月度指标 {rows} 行：社区 21 个" in shown.stdout and int(rows) > 10_000


def test_a_serving_engine_that_cannot_be_read_is_named_in_chinese(tmp_path: Path) -> None:
    nowhere = Cluster(tmp_path)  # no server listens there
    unreachable = jiedao(nowhere, tmp_path, "export", "scores", "--target", "postgres")
    assert unreachable.returncode == 1 and "无法连接 PostgreSQL" in unreachable.stderr
    missing = jiedao(nowhere, tmp_path, "export", "scores")
    assert missing.returncode == 1 and "尚无可导出的数据" in missing.stderr
    spark = jiedao(nowhere, tmp_path, "export", "scores", env={"JIEDAO_ENGINE": "spark"})
    assert spark.returncode == 1 and "暂不直接读取 Spark" in spark.stderr
    bogus = jiedao(nowhere, tmp_path, "build", env={"JIEDAO_ENGINE": "oracle"})
    assert bogus.returncode == 2 and "JIEDAO_ENGINE" in bogus.stderr


def counts(cluster: Cluster, role: str, table: str) -> tuple[int, set[str]]:
    """(rows, community codes) of a published table, as `psql` run as the role sees them."""
    result = cluster.psql(role, f"select community_code from jiedao.{table}")
    assert result.returncode == 0, result.stderr
    codes = result.stdout.split()
    return len(codes), set(codes)


def test_psql_as_an_accounts_database_role_sees_only_its_scopes_rows(cluster: Cluster, pg_home: Path) -> None:
    for account, role in (("jianshe_shequ", "jianshe_db"), ("heping_lingdao", "heping_db")):
        granted = jiedao(cluster, pg_home, "pg-role", account, "--db-role", role)
        assert granted.returncode == 0, granted.stderr
        assert "只能读取" in granted.stdout
    for table in SCOPED_TABLES:
        everything, all_codes = counts(cluster, "postgres", table)
        rows, codes = counts(cluster, "jianshe_db", table)
        assert codes == {OWN} and 0 < rows < everything, table
        street_rows, street_codes = counts(cluster, "heping_db", table)
        assert street_codes == {c for c in all_codes if c.startswith(STREET)} and len(street_codes) > 1, table
        assert rows < street_rows < everything, table
    assert counts(cluster, "postgres", "dim_community")[1] == ALL_COMMUNITIES
    totals = cluster.psql("jianshe_db", "select distinct level || ':' || unit_code from jiedao.fct_indicator_period")
    assert sorted(totals.stdout.split()) == ["city:654201", f"community:{OWN}", f"street:{STREET}"]
    for forbidden in ("jiedao.mart_problems", "jiedao.mart_files", "jiedao_raw.observations",
                      "jiedao.stg_raw__observations"):
        refused = cluster.psql("jianshe_db", f"select count(*) from {forbidden}")
        assert refused.returncode != 0 and "permission denied" in refused.stderr, forbidden
    mapping = cluster.psql("jianshe_db", "select role_name, level, code from jiedao_access.role_scopes")
    assert mapping.stdout.split() == [f"jianshe_db|community|{OWN}"]  # never another role's row


def test_a_rebuild_publishes_with_row_level_security_and_a_revoked_role_reads_nothing(
        cluster: Cluster, pg_home: Path) -> None:
    granted = jiedao(cluster, pg_home, "pg-role", "jianshe_shequ", "--db-role", "rebuilt_db")
    assert granted.returncode == 0, granted.stderr
    reader = PostgresWarehouse(cluster.target())  # its pooled connections stay open, idle
    before = reader.identity()
    assert len(reader.read("select community_code from mart_scores")) > 0
    rebuilt = jiedao(cluster, pg_home, "build", "--target", "postgres")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr  # the swap was not blocked
    assert reader.identity() != before  # a new schema: the dashboard's cache misses
    for table in SCOPED_TABLES:
        rows, codes = counts(cluster, "rebuilt_db", table)
        assert codes == {OWN} and rows > 0, table
    revoked = jiedao(cluster, pg_home, "pg-role", "jianshe_shequ", "--db-role", "rebuilt_db", "--revoke")
    assert revoked.returncode == 0, revoked.stderr
    refused = cluster.psql("rebuilt_db", "select count(*) from jiedao.mart_scores")
    assert refused.returncode != 0 and "permission denied" in refused.stderr


def test_pg_role_refuses_in_chinese_what_it_cannot_do(cluster: Cluster, pg_home: Path) -> None:
    unknown = jiedao(cluster, pg_home, "pg-role", "nobody_here")
    assert unknown.returncode == 2 and "没有账号「nobody_here」" in unknown.stderr
    bad_name = jiedao(cluster, pg_home, "pg-role", "jianshe_shequ", "--db-role", "Jianshe; drop")
    assert bad_name.returncode == 2 and "数据库角色名" in bad_name.stderr
    superuser = jiedao(cluster, pg_home, "pg-role", "jianshe_shequ", "--db-role", "postgres")
    assert superuser.returncode == 1 and "超级用户" in superuser.stderr


def test_reads_go_on_after_the_server_restarts(cluster: Cluster, pg_home: Path) -> None:
    """A pooled connection the server dropped is replaced, not shown to the user as an error."""
    reader = PostgresWarehouse(cluster.target())
    expected = reader.read("select count(*) as n from dim_community where street_code = ?", (STREET,))
    assert int(expected["n"].iloc[0]) > 1
    for action in ("stop", "start"):
        restarted = subprocess.run(["bash", str(SCRIPT), action, str(cluster.folder), str(PORT)],
                                   capture_output=True, text=True)
        assert restarted.returncode == 0, restarted.stderr
    again = reader.read("select count(*) as n from dim_community where street_code = ?", (STREET,))
    pd.testing.assert_frame_equal(again, expected)


def test_placeholders_become_psycopg2s_outside_quotes_only() -> None:
    assert to_pyformat("select '?%' || x from t where a = ? and b like ? || '%'") == \
        "select '?%%' || x from t where a = %s and b like %s || '%%'"
    assert to_pyformat('select "a?b" from t where c = ?') == 'select "a?b" from t where c = %s'
    assert adapt(("2025-11", "2025-12")) == ["2025-11", "2025-12"]
    assert adapt(pd.Series([7]).iloc[0]) == 7 and type(adapt(pd.Series([7]).iloc[0])) is int

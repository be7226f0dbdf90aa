"""The same warehouse on PostgreSQL: `jiedao build --target postgres` on the demo's raw store,
into a throwaway cluster (scripts/throwaway-postgres.sh), gives every table and view DuckDB's
demo build gives — the same rows, text equal, numbers to 1e-9 — and publishes by a schema swap.

Marker `engines`; part of the default run (`make test`). Without Debian's postgresql the fixture
fails, never skips: an engine that was not checked must not look like one that passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from jiedao.engines import EngineSettingsError, PostgresTarget
from jiedao.publish_postgres import build_on_postgres, swap_schemas
from jiedao.settings import Settings
from tests.engine_compare import assert_same_rows, duckdb_relations, sort_key
from tests.postgres_cluster import Cluster, build_demo_on, throwaway_cluster

pytestmark = pytest.mark.engines


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster in a temporary folder for this session, stopped and removed after."""
    with throwaway_cluster() as started:
        yield started


@pytest.fixture(scope="session")
def postgres_home(cluster: Cluster, demo_home: Path, tmp_path_factory) -> Path:
    """The demo's raw store built and published on PostgreSQL with the command, once."""
    return build_demo_on(cluster, demo_home, tmp_path_factory.mktemp("postgres-home"))


def test_every_table_and_view_equals_duckdbs(cluster: Cluster, postgres_home: Path,
                                            demo_home: Path) -> None:
    relations = duckdb_relations(demo_home / "warehouse.duckdb")
    assert {"mart_scores", "int_rank_intervals", "mart_quality_findings"} <= set(relations)
    connection = cluster.connect()
    try:
        with duckdb.connect(str(demo_home / "warehouse.duckdb"), read_only=True) as duck:
            for name in relations:
                columns = [column for (column,) in duck.execute(
                    "select column_name from information_schema.columns where table_schema = 'main' "
                    "and table_name = ? order by ordinal_position", [name]).fetchall()]
                listed = ", ".join(f'"{column}"' for column in columns)
                expected = duck.execute(f'select {listed} from main."{name}"').fetchall()
                with connection.cursor() as cursor:
                    cursor.execute(f'select {listed} from jiedao."{name}"')
                    actual = cursor.fetchall()
                assert_same_rows(name, expected, actual)
    finally:
        connection.close()


def test_the_raw_copy_keeps_every_value(cluster: Cluster, postgres_home: Path) -> None:
    """NULL and '' stay apart, doubles keep every digit, codes stay text."""
    connection = cluster.connect()
    try:
        with duckdb.connect(str(postgres_home / "raw.duckdb"), read_only=True) as duck:
            for table in ("observations", "problems", "files", "registry_communities"):
                expected = duck.execute(f"select * from main.{table}").fetchall()
                with connection.cursor() as cursor:
                    cursor.execute(f"select * from jiedao_raw.{table}")
                    actual = cursor.fetchall()
                assert sorted(map(sort_key, actual)) == sorted(map(sort_key, expected)), table
        with connection.cursor() as cursor:
            cursor.execute("select data_type from information_schema.columns "
                           "where table_schema = 'jiedao_raw' and table_name = 'observations' "
                           "and column_name = 'community_code'")
            assert cursor.fetchone() == ("text",)
    finally:
        connection.close()


def test_the_published_pair_replaces_the_old_and_nothing_of_a_build_is_left(
        cluster: Cluster, postgres_home: Path) -> None:
    connection = cluster.connect()
    try:
        with connection.cursor() as cursor:
            cursor.execute("select nspname from pg_namespace where nspname like 'jiedao%' order by 1")
            assert [name for (name,) in cursor.fetchall()] == ["jiedao", "jiedao_raw"]
            # The staging views still read the published raw copy after the rename.
            cursor.execute("select count(*) from jiedao.stg_raw__observations")
            assert cursor.fetchone()[0] > 10_000
    finally:
        connection.close()


def test_a_swap_is_one_transaction_that_drops_the_old_pair(cluster: Cluster) -> None:
    target = cluster.target(schema="swapped")
    connection = cluster.connect()
    try:
        for generation in ("old", "new"):
            with connection.cursor() as cursor:
                for schema in (f"swapped_build_{generation}", f"swapped_rawbuild_{generation}"):
                    cursor.execute(f"create schema {schema}")
                    cursor.execute(f"create table {schema}.t as select '{generation}' as generation")
            connection.commit()
            swap_schemas(connection, target, f"swapped_build_{generation}",
                         f"swapped_rawbuild_{generation}")
        with connection.cursor() as cursor:
            cursor.execute("select nspname from pg_namespace where nspname like 'swapped%' order by 1")
            assert [name for (name,) in cursor.fetchall()] == ["swapped", "swapped_raw"]
            cursor.execute("select (select generation from swapped.t), (select generation from swapped_raw.t)")
            assert cursor.fetchone() == ("new", "new")
    finally:
        connection.close()


def test_an_unreachable_server_is_named_in_chinese_and_publishes_nothing(tmp_path: Path) -> None:
    target = PostgresTarget(host=str(tmp_path), port=1, user="nobody", database="jiedao")
    report = build_on_postgres(Settings.from_env(tmp_path / "home"), target=target)
    assert not report.ok
    assert report.message.startswith(f"无法连接 PostgreSQL nobody@{tmp_path}:1/jiedao")


def test_settings_come_from_the_environment_and_a_bad_schema_is_refused() -> None:
    target = PostgresTarget.from_env({"JIEDAO_PG_HOST": "db.example", "JIEDAO_PG_PORT": "6543",
                                      "JIEDAO_PG_USER": "jiedao", "JIEDAO_PG_SCHEMA": "street_a"})
    assert (target.host, target.port, target.user, target.database, target.schema,
            target.raw_schema) == ("db.example", 6543, "jiedao", "jiedao", "street_a", "street_a_raw")
    assert "password" not in target.connect_arguments()  # libpq reads ~/.pgpass
    with pytest.raises(EngineSettingsError, match="JIEDAO_PG_SCHEMA"):
        PostgresTarget.from_env({"JIEDAO_PG_SCHEMA": "Jiedao; drop"})
    with pytest.raises(EngineSettingsError, match="JIEDAO_PG_PORT"):
        PostgresTarget.from_env({"JIEDAO_PG_PORT": "五四三二"})

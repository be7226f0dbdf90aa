"""The same warehouse on Spark: `jiedao build --target spark` on the demo's raw store, with
dbt-spark's session method on local[2], gives every table and view DuckDB's demo build gives —
the same rows, text equal, numbers to 1e-9 — and publishes by the pointer view
jiedao.published_build.

Marker `engines`; part of the default run (`make test`). One build per session (the fixture
`spark_home`), read back once by tests/spark_dump.py in its own process. Without Java or
pyspark the fixture fails, never skips: an engine that was not checked must not look like one
that passed (`make test` installs both: scripts/ensure-engine-deps.sh, pyproject's test extra).
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from jiedao.cli import main
from jiedao.engines import EngineSettingsError, SparkTarget
from jiedao.publish import BuildReport
from jiedao.publish_spark import build_on_spark
from jiedao.settings import Settings
from tests.engine_compare import assert_same_rows, duckdb_relations, sort_key

pytestmark = pytest.mark.engines

DUMP = Path(__file__).with_name("spark_dump.py")
STALE_RAW = "jiedao_rawbuild_19700101000000_killed"  # what a killed build leaves in build/spark-raw


def require_spark() -> None:
    for module, package in (("pyspark", "pyspark"), ("dbt.adapters.spark", "dbt-spark")):
        if importlib.util.find_spec(module) is None:
            pytest.fail(f"未安装 {package}：请运行 make test（pyproject 的 test 依赖含 dbt-spark[session] 与 pyspark）")
    java_home = os.environ.get("JAVA_HOME", "")
    if shutil.which("java") is None and not (java_home and Path(java_home, "bin", "java").exists()):
        pytest.fail("找不到 Java：请运行 make test（scripts/ensure-engine-deps.sh 安装 openjdk-17-jre-headless）")


@dataclass(frozen=True)
class SparkBuilds:
    home: Path
    published_build: str    # the database the command's build published
    failed: BuildReport     # a second build, one that cannot pass


@pytest.fixture(scope="session")
def spark_builds(demo_home: Path, tmp_path_factory) -> SparkBuilds:
    """The demo's raw store built and published on Spark local[2] with the command, once; then
    a build that fails (one model alone, without the views it reads, in a new database)."""
    require_spark()
    home = tmp_path_factory.mktemp("spark-home")
    shutil.copy(demo_home / "raw.duckdb", home / "raw.duckdb")
    (home / "build" / "spark-raw" / STALE_RAW).mkdir(parents=True)
    saved = {name: os.environ.pop(name) for name in list(os.environ) if name.startswith("JIEDAO_SPARK_")}
    started = time.perf_counter()
    try:
        assert main(["--home", str(home), "build", "--target", "spark"]) == 0
        print(f"\nSpark 构建用时 {time.perf_counter() - started:.1f} 秒")
        built = [path.name.removesuffix(".db") for path in (home / "spark" / "warehouse").glob("jiedao_build_*.db")]
        assert len(built) == 1, built
        failed = build_on_spark(Settings.from_env(home), dbt_args=("--select", "int_file_corrections"))
    finally:
        os.environ.update(saved)
    return SparkBuilds(home, built[0], failed)


@pytest.fixture(scope="session")
def spark_home(spark_builds: SparkBuilds) -> Path:
    return spark_builds.home


def parquet_rows(relation: dict) -> list[tuple]:
    """A published table's rows, read from its Parquet files with DuckDB (none when it is empty);
    a view's rows as Spark gave them."""
    if "location" not in relation:
        return relation["rows"]
    files = sorted(str(path) for path in Path(relation["location"]).glob("*.parquet"))
    if not files:
        return []
    listed = ", ".join(f'"{column}"' for column in relation["columns"])
    with duckdb.connect() as con:
        return con.execute(f"select {listed} from read_parquet(?)", [files]).fetchall()


@pytest.fixture(scope="session")
def published(spark_home: Path) -> dict:
    """What the pointer names, read back in a separate process (tests/spark_dump.py)."""
    out = spark_home / "dump.pickle"
    done = subprocess.run([sys.executable, str(DUMP), str(spark_home / "spark"), "jiedao", str(out)],
                          capture_output=True, text=True, env=dict(os.environ, TZ="UTC"), timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    with open(out, "rb") as handle:
        return pickle.load(handle)


def test_every_table_and_view_equals_duckdbs(published: dict, demo_home: Path) -> None:
    relations = duckdb_relations(demo_home / "warehouse.duckdb")
    assert {"mart_scores", "int_rank_intervals", "mart_quality_findings"} <= set(relations)
    built = published["build"]
    assert set(relations) <= set(built), sorted(set(relations) - set(built))
    with duckdb.connect(str(demo_home / "warehouse.duckdb"), read_only=True) as duck:
        for name in relations:
            columns = [column for (column,) in duck.execute(
                "select column_name from information_schema.columns where table_schema = 'main' "
                "and table_name = ? order by ordinal_position", [name]).fetchall()]
            assert built[name]["columns"] == columns, name
            listed = ", ".join(f'"{column}"' for column in columns)
            expected = duck.execute(f'select {listed} from main."{name}"').fetchall()
            assert_same_rows(name, expected, parquet_rows(built[name]), engine="Spark")


def test_codes_stay_text(published: dict) -> None:
    for table, column in (("mart_scores", "community_code"), ("dim_community", "street_code"),
                          ("fct_indicator_period", "unit_code"), ("dim_indicator", "indicator_code")):
        assert published["build"][table]["types"][column] == "string", (table, column)
    codes = {row[0] for row in parquet_rows(published["build"]["dim_community"])}
    assert len(codes) == 21 and all(len(code) == 12 and code.isdigit() for code in codes)


def test_the_raw_copy_keeps_every_value(published: dict, spark_home: Path) -> None:
    """NULL and '' stay apart, doubles keep every bit, timestamps their microseconds, codes stay text."""
    raw = published["raw"]
    with duckdb.connect(str(spark_home / "raw.duckdb"), read_only=True) as duck:
        for table in ("observations", "problems", "files", "registry_communities", "batches"):
            expected = duck.execute(f"select * from main.{table}").fetchall()
            assert sorted(map(sort_key, parquet_rows(raw[table]))) == sorted(map(sort_key, expected)), table
    assert raw["observations"]["types"]["community_code"] == "string"


def test_the_pointer_names_the_only_build_left(published: dict, spark_home: Path) -> None:
    build, raw = published["pointer"]
    assert build.startswith("jiedao_build_") and raw == build.replace("_build_", "_rawbuild_")
    assert published["databases"] == sorted(["default", "jiedao", build, raw])
    # The staging views read the build's own raw copy.
    assert published["build"]["stg_raw__observations"]["kind"] == "VIEW"
    assert published["build"]["stg_raw__observations"]["count"] > 10_000
    assert published["build"]["mart_scores"]["location"].startswith(str(spark_home / "spark" / "warehouse"))
    # Parquet written for the build and a killed build's leftovers are gone.
    assert list((spark_home / "build" / "spark-raw").iterdir()) == []


def test_a_failed_build_leaves_the_published_pair_and_drops_its_own(
        spark_builds: SparkBuilds, published: dict) -> None:
    assert not spark_builds.failed.ok
    assert spark_builds.failed.message.startswith("构建失败（dbt 未全部通过）"), spark_builds.failed.message
    build, raw = published["pointer"]
    assert build == spark_builds.published_build
    folders = sorted(path.name for path in (spark_builds.home / "spark" / "warehouse").iterdir())
    assert folders == sorted([f"{build}.db", f"{raw}.db", "jiedao.db"])


def test_without_java_the_build_says_so_in_chinese_and_publishes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    report = build_on_spark(Settings.from_env(tmp_path / "home"), target=SparkTarget())
    assert not report.ok
    assert report.message.startswith("找不到 Java（Spark 需要 Java 17）")
    assert not (tmp_path / "home" / "spark").exists()


def test_settings_come_from_the_environment_and_bad_ones_are_refused() -> None:
    target = SparkTarget.from_env({"JIEDAO_SPARK_METHOD": "thrift", "JIEDAO_SPARK_HOST": "spark.example",
                                   "JIEDAO_SPARK_PORT": "10009", "JIEDAO_SPARK_USER": "etl",
                                   "JIEDAO_SPARK_SCHEMA": "street_a"})
    assert (target.dbt_target, target.host, target.port, target.user, target.schema) == (
        "spark_thrift", "spark.example", 10009, "etl", "street_a")
    assert SparkTarget.from_env({}).dbt_target == "spark"
    assert SparkTarget.from_env({}).master == "local[2]"
    with pytest.raises(EngineSettingsError, match="JIEDAO_SPARK_METHOD"):
        SparkTarget.from_env({"JIEDAO_SPARK_METHOD": "livy"})
    with pytest.raises(EngineSettingsError, match="JIEDAO_SPARK_SCHEMA"):
        SparkTarget.from_env({"JIEDAO_SPARK_SCHEMA": "Jiedao; drop"})
    with pytest.raises(EngineSettingsError, match="JIEDAO_SPARK_MEMORY"):
        SparkTarget.from_env({"JIEDAO_SPARK_MEMORY": "两个G"})

"""Build the warehouse on Spark and publish it by a pointer: ``jiedao build --target spark``.

The raw store's source tables are written as Parquet (DuckDB's COPY: codes stay strings, doubles
keep every bit), then one child process (jiedao/spark_build.py) copies them into a new raw
database, runs ``dbt build`` into a new build database and, only when every model and test
passed, replaces the view <schema>.published_build so that it names the new pair. A reader that
reads the pointer sees the old warehouse or the new one; a failed build drops its databases and
leaves the pointer as it was; what a killed build left is dropped by the next. The child never
outlives jiedao (jiedao/child_process.py), and nothing is downloaded: Spark runs from pyspark's
own jars on the machine's Java.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import time
import uuid
from pathlib import Path

import duckdb

from jiedao.child_process import run_in_group
from jiedao.engines import EngineSettingsError, SparkTarget
from jiedao.locking import home_lock
from jiedao.postgres_raw import quote, source_tables
from jiedao.publish import BuildReport, ensure_raw_store
from jiedao.settings import Settings
from jiedao.spark_build import BUILD_FAILED, PREPARE_FAILED, PUBLISHED, SparkJob, command


def build_names(target: SparkTarget) -> tuple[str, str]:
    """(models, raw copy) databases of one build: <schema>_build_<time>_<id>, <schema>_rawbuild_…"""
    suffix = f"{time.strftime('%Y%m%d%H%M%S')}_{uuid.uuid4().hex[:8]}"
    return f"{target.schema}_build_{suffix}", f"{target.schema}_rawbuild_{suffix}"


def spark_dir(settings: Settings, target: SparkTarget) -> Path:
    """The session method's metastore and table files."""
    return Path(target.spark_dir).resolve() if target.spark_dir else settings.home / "spark"


def raw_parent(settings: Settings, target: SparkTarget) -> Path:
    return Path(target.raw_dir).resolve() if target.raw_dir else settings.build_dir / "spark-raw"


def export_raw_parquet(raw_db: Path, folder: Path, project_dir: Path) -> list[str]:
    """Each source table of raw_db as folder/<table>/data.parquet; returns the tables written."""
    written = []
    source = duckdb.connect(str(raw_db), read_only=True)
    try:
        present = {name for (name,) in source.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}
        for table in source_tables(project_dir):
            if table not in present:
                continue
            (folder / table).mkdir(parents=True, exist_ok=True)
            path = str(folder / table / "data.parquet").replace("'", "''")
            source.execute(f"copy (select * from main.{quote(table)}) to '{path}' (format parquet)")
            written.append(table)
    finally:
        source.close()
    return written


def missing_requirements(target: SparkTarget) -> str:
    """What this machine lacks for the chosen method, in Chinese ('' when nothing)."""
    if importlib.util.find_spec("dbt.adapters.spark") is None:
        return "未安装 Spark 支持：请运行 .venv/bin/pip install -e '.[spark]'（dbt-spark、pyspark）"
    if target.method == "session":
        if importlib.util.find_spec("pyspark") is None:
            return "未安装 pyspark：请运行 .venv/bin/pip install -e '.[spark]'"
        java_home = os.environ.get("JAVA_HOME", "")
        if not (java_home and Path(java_home, "bin", "java").exists()) and shutil.which("java") is None:
            return "找不到 Java（Spark 需要 Java 17）：请安装 Debian 的 openjdk-17-jre-headless 或设置 JAVA_HOME"
    elif importlib.util.find_spec("pyhive") is None:
        return "thrift 方式需要 PyHive：请运行 .venv/bin/pip install 'dbt-spark[PyHive]==1.11.0'"
    return ""


def build_on_spark(settings: Settings, *, dbt_args: tuple[str, ...] = (),
                   target: SparkTarget | None = None) -> BuildReport:
    """Raw tables to Parquet, then the child: raw copy, dbt build, pointer to the new pair."""
    started = time.perf_counter()

    def report(ok: bool, message: str, tail: str = "") -> BuildReport:
        return BuildReport(ok, message, None, time.perf_counter() - started, tail)

    try:
        target = target or SparkTarget.from_env()
    except EngineSettingsError as error:
        return report(False, str(error))
    missing = missing_requirements(target)
    if missing:
        return report(False, missing)
    settings.build_dir.mkdir(parents=True, exist_ok=True)
    with home_lock(settings.home):
        ensure_raw_store(settings)
        build_schema, raw_schema = build_names(target)
        parent = raw_parent(settings, target)
        for stale in parent.glob(f"{target.schema}_rawbuild_*"):  # a killed build's files
            shutil.rmtree(stale, ignore_errors=True)
        raw_dir = parent / raw_schema
        try:
            export_raw_parquet(settings.raw_db, raw_dir, settings.project_dir)
            job = SparkJob(str(settings.project_dir), str(settings.build_dir), target.dbt_target,
                           target.schema, build_schema, raw_schema, str(raw_dir), dbt_args)
            environment = dict(os.environ, DO_NOT_TRACK="1", DBT_SEND_ANONYMOUS_USAGE_STATS="false",
                               JIEDAO_RAW_SCHEMA=raw_schema,
                               **target.dbt_environment(str(spark_dir(settings, target)), build_schema))
            result = run_in_group(command(job), env=environment, cwd=settings.project_dir)
        finally:
            shutil.rmtree(raw_dir, ignore_errors=True)
    tail = "\n".join(result.output.strip().splitlines()[-40:])
    where = target.describe()
    if result.stopped_by is not None:
        return report(False, f"构建已中断（收到信号 {signal.Signals(result.stopped_by).name}），未发布；"
                             f"{where} 仍是上一次发布的数据仓", tail)
    if result.returncode == PUBLISHED:
        return report(True, f"数据仓已发布：{where}，构建 {build_schema}（{target.schema}.published_build 指向它）", tail)
    if result.returncode == PREPARE_FAILED:
        return report(False, f"原始数据载入 {where} 失败，未构建；仍使用上一次发布的数据仓", tail)
    if result.returncode == BUILD_FAILED:
        return report(False, f"构建失败（dbt 未全部通过），{where} 仍是上一次发布的数据仓", tail)
    return report(False, f"构建未能发布（子进程退出码 {result.returncode}），{where} 仍是上一次发布的数据仓", tail)

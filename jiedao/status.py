"""A short account of a data home, for ``jiedao status``."""

from __future__ import annotations

import datetime as dt

import duckdb

from jiedao.engines import EngineSettingsError
from jiedao.settings import Settings
from jiedao.warehouse_reader import MissingRelation, WarehouseMissing, published_warehouse


REJECTED_FILES = "select count(*) from files where status = 'rejected'"


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    try:
        (value,) = con.execute(sql).fetchone()
    except duckdb.CatalogException:
        return 0
    return int(value or 0)


def describe_home(settings: Settings) -> str:
    lines = [f"数据目录：{settings.home}"]
    if settings.raw_db.exists():
        con = duckdb.connect(str(settings.raw_db), read_only=True)
        try:
            lines += [
                f"原始库：{settings.raw_db}",
                f"  导入批次 {_count(con, 'select count(*) from batches')} 个，"
                f"文件 {_count(con, 'select count(*) from files')} 个"
                f"（拒收 {_count(con, REJECTED_FILES)}）",
                f"  载入值 {_count(con, 'select count(*) from observations')} 个，"
                f"问题 {_count(con, 'select count(*) from problems')} 个",
                f"  区划：街道 {_count(con, 'select count(*) from registry_streets')} 个，"
                f"社区 {_count(con, 'select count(*) from registry_communities')} 个",
            ]
        finally:
            con.close()
    else:
        lines.append("原始库：尚未导入（运行 jiedao ingest PATH 或 jiedao demo）")
    return "\n".join(lines + describe_warehouse(settings))


WAREHOUSE_COUNTS = ("select count(*) as n, count(distinct community_code) as c, "
                    "count(distinct period) as m from fct_indicator_monthly")


def describe_warehouse(settings: Settings) -> list[str]:
    """The published warehouse where the settings point (JIEDAO_ENGINE: the file, or the
    PostgreSQL schema), through the reader the dashboard uses."""
    try:
        warehouse = published_warehouse(settings)
        identity = warehouse.identity()
    except (EngineSettingsError, WarehouseMissing) as error:
        return [f"数据仓：{error}"]
    if identity is None:
        return ["数据仓：尚未发布（运行 jiedao build）"]
    try:
        counts = warehouse.read(WAREHOUSE_COUNTS).iloc[0]
        rows, communities, months = (int(counts[name]) for name in ("n", "c", "m"))
    except MissingRelation:
        rows = communities = months = 0
    if settings.engine == "duckdb":
        published = dt.datetime.fromtimestamp(settings.warehouse_db.stat().st_mtime)
        where = f"{settings.warehouse_db}（发布于 {published:%Y-%m-%d %H:%M:%S}）"
    else:
        where = warehouse.describe()
    return [f"数据仓：{where}", f"  月度指标 {rows} 行：社区 {communities} 个 × 月份 {months} 个"]

"""A short account of a data home, for ``jiedao status``."""

from __future__ import annotations

import datetime as dt

import duckdb

from jiedao.settings import Settings


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
    if settings.warehouse_db.exists():
        published = dt.datetime.fromtimestamp(settings.warehouse_db.stat().st_mtime)
        con = duckdb.connect(str(settings.warehouse_db), read_only=True)
        try:
            rows = _count(con, "select count(*) from fct_indicator_monthly")
            communities = _count(con, "select count(distinct community_code) from fct_indicator_monthly")
            months = _count(con, "select count(distinct period) from fct_indicator_monthly")
        finally:
            con.close()
        lines += [
            f"数据仓：{settings.warehouse_db}（发布于 {published:%Y-%m-%d %H:%M:%S}）",
            f"  月度指标 {rows} 行：社区 {communities} 个 × 月份 {months} 个",
        ]
    else:
        lines.append("数据仓：尚未发布（运行 jiedao build）")
    return "\n".join(lines)

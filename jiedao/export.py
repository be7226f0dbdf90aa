"""The tables ``jiedao export`` offers, and how each is read (bound parameters only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from jiedao.engines import EngineSettingsError
from jiedao.export_columns import for_people, indicator_labels
from jiedao.settings import Settings
from jiedao.spreadsheet_writer import write_table
from jiedao.warehouse_reader import DuckDBWarehouse, MissingRelation, WarehouseMissing, published_warehouse


@dataclass(frozen=True)
class ExportTable:
    name: str
    description: str
    database: str  # "warehouse" (published) or "raw" (the ingest store)
    query: str
    filterable: tuple[str, ...]  # columns that --period/--street/--community/--indicator narrow
    order_by: str


EXPORT_TABLES: dict[str, ExportTable] = {
    table.name: table
    for table in (
        ExportTable(
            "indicators",
            "标准化月度指标表：每个社区×月份×指标一行（口径统一后的值及来源）",
            "warehouse",
            "select community_code, community_name, street_code, street_name, period, indicator_code,"
            " indicator_name, value, unit, source_file, source_sheet, source_cell from fct_indicator_monthly",
            ("period", "street_code", "community_code", "indicator_code"),
            "community_code, period, indicator_code",
        ),
        ExportTable(
            "scores",
            "综合得分与排名：每个社区×期间×方法一行，含排名区间、覆盖率、是否参与排名及说明",
            "warehouse",
            "select community_code, community_name, street_code, street_name, grain, period, method, score,"
            " rank_in_street, rank_in_city, rank_p05, rank_median, rank_p95, coverage, eligible,"
            " eligibility_reason from mart_scores",
            ("period", "street_code", "community_code"),
            "grain, period, method, rank_in_city, community_code",
        ),
        ExportTable(
            "quality",
            "数据质量发现：一致性与异常检查结果，含来源文件、工作表、单元格",
            "warehouse",
            "select finding_type, rule_code, severity, community_code, period, indicator_code, message, value,"
            " source_file, source_sheet, source_cell from mart_quality_findings",
            ("period", "community_code", "indicator_code"),
            "finding_type, rule_code, community_code, period, indicator_code, source_file, source_sheet, source_cell",
        ),
        ExportTable(
            "files",
            "已接收文件：文件名、SHA-256、状态（loaded/partial/rejected）、载入值数、问题数",
            "raw",
            "select file_name, file_sha256, status, values_loaded, problems, file_format, size_bytes,"
            " batch_id, ingested_at from files",
            (),
            "batch_id, file_name",
        ),
        ExportTable(
            "problems",
            "导入问题清单：文件、工作表、单元格、问题代码、中文说明、原始文本",
            "raw",
            "select file_name, sheet, cell_ref, problem_code, severity, message, raw_text from problems",
            (),
            "file_name, sheet, cell_ref, problem_code",
        ),
    )
}


class ExportUnavailable(Exception):
    """The database an export needs does not exist yet; the message says what to run."""


def read_export(settings: Settings, table: ExportTable, filters: dict[str, str | None]) -> pd.DataFrame:
    """The table's rows, narrowed by the filters: warehouse tables from the engine the settings
    point to (jiedao/warehouse_reader.py), the ingest store's (files, problems) from raw.duckdb."""
    try:
        source = (published_warehouse(settings) if table.database == "warehouse"
                  else DuckDBWarehouse(settings.raw_db))
    except EngineSettingsError as error:
        raise ExportUnavailable(str(error)) from error
    clauses, params = [], []
    for column, value in filters.items():
        if value is None:
            continue
        if column not in table.filterable:
            raise ExportUnavailable(f"表 {table.name} 不能按 {column} 筛选")
        clauses.append(f"{column} = ?")
        params.append(value)
    where = f" where {' and '.join(clauses)}" if clauses else ""
    sql = f"select * from ({table.query}) as exported{where} order by {table.order_by}"
    try:
        if source.identity() is None:
            hint = "jiedao build" if table.database == "warehouse" else "jiedao ingest"
            raise ExportUnavailable(f"尚无可导出的数据：{source.describe()} 不存在，请先运行 {hint}")
        return source.read(sql, params)
    except WarehouseMissing as error:
        raise ExportUnavailable(str(error)) from error
    except MissingRelation as error:
        raise ExportUnavailable(f"数据仓中没有表 {table.name} 所需的数据（{error}）；请重新运行 jiedao build") from error


def default_export_path(settings: Settings, name: str, file_format: str) -> Path:
    return settings.exports_dir / f"{name}.{file_format}"


def write_export(settings: Settings, frame: pd.DataFrame, out: Path, *, file_format: str,
                 headers: str = "machine") -> None:
    """headers "machine": column names and values as stored, for scripts. "zh": for people, as the
    dashboard downloads (Chinese headers, numbers rounded by unit, codes as text)."""
    if headers == "zh":
        people = for_people(frame, indicator_labels(settings.seeds_dir))
        write_table(people.frame, out, file_format=file_format, text_columns=people.text_columns)
    else:
        write_table(frame, out, file_format=file_format)

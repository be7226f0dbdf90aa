"""Tables for people: Chinese headers, rounded numbers, codes kept as text.

The one mapping of column name → Chinese header (COLUMNS) and of unit → decimals
(UNIT_DECIMALS), used by `jiedao export --headers zh` and by every dashboard download.
Machine exports (`jiedao export` without --headers) keep the column names and values as they are.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pandas as pd

# code: codes and periods, written as text (never 6.54201E+11, never a date)
# text: as it is · count: whole number · decimal1: one decimal
# share: a 0–1 share written as a percentage with one decimal · value: decimals by the row's unit
# label: an English code shown with its Chinese label (VALUE_LABELS)
KINDS = ("code", "text", "count", "decimal1", "share", "value", "label")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"


COLUMNS: dict[str, Column] = {
    "community_code": Column("社区代码", "code"),
    "community_name": Column("社区名称"),
    "street_code": Column("街道代码", "code"),
    "street_name": Column("街道名称"),
    "peer_group": Column("同类组"),
    "grain": Column("周期", "label"),
    "period": Column("期间", "code"),
    "indicator_code": Column("指标代码"),
    "indicator_name": Column("指标名称"),
    "value": Column("数值", "value"),
    "unit": Column("单位"),
    "source_file": Column("来源文件"),
    "source_sheet": Column("来源工作表"),
    "source_cell": Column("来源单元格"),
    "method": Column("计分方法", "label"),
    "score": Column("得分（百分制）", "share"),  # 0–1 in the warehouse, 0–100 on the ranking page
    "rank_in_street": Column("街道内排名", "count"),
    "rank_in_city": Column("全市排名", "count"),
    "rank_in_peer": Column("同类组内排名", "count"),
    "rank_change": Column("全市排名变化（正数为上升）", "count"),
    "rank_p05": Column("排名区间（P05）", "count"),
    "rank_median": Column("排名中位数", "decimal1"),
    "rank_p95": Column("排名区间（P95）", "count"),
    "coverage": Column("指标覆盖率（%）", "share"),
    "eligible": Column("参与排名", "label"),
    "eligibility_reason": Column("排名说明"),
    "finding_type": Column("发现类型", "label"),
    "rule_code": Column("规则代码"),
    "severity": Column("严重程度", "label"),
    "message": Column("说明"),
    "file_name": Column("文件名"),
    "file_sha256": Column("文件 SHA-256"),
    "status": Column("状态", "label"),
    "values_loaded": Column("载入值数", "count"),
    "problems": Column("问题数", "count"),
    "file_format": Column("文件格式"),
    "size_bytes": Column("文件大小（字节）", "count"),
    "batch_id": Column("批次号", "code"),
    "ingested_at": Column("导入时间"),
    "sheet": Column("工作表"),
    "cell_ref": Column("单元格"),
    "problem_code": Column("问题代码"),
    "raw_text": Column("原始文本"),
    "范围": Column("范围", "code"),  # the audit log's scope code, already in Chinese
}

VALUE_LABELS: dict[str, dict[str, str]] = {
    "grain": {"month": "月", "quarter": "季度", "year": "年"},
    "method": {"target_ratio": "目标达成率", "composite": "综合得分"},
    "eligible": {"True": "是", "False": "否"},
    "finding_type": {"consistency": "一致性", "anomaly": "异常"},
    "severity": {"error": "错误", "warning": "警告", "info": "提示"},
    "status": {"loaded": "已载入", "partial": "部分载入", "rejected": "已拒收"},
}

# Decimals by unit: counts as whole numbers, money to the fen, rates to one decimal.
UNIT_DECIMALS: dict[str, int] = {
    "件": 0, "起": 0, "个": 0, "人": 0, "人次": 0, "场": 0, "对": 0, "户": 0, "次": 0,
    "元": 2,
    "%": 1, "人/千人": 1,
}
DEFAULT_DECIMALS = 2  # a unit not listed above


@dataclass(frozen=True)
class IndicatorLabel:
    name: str
    unit: str


@dataclass(frozen=True)
class PeopleTable:
    """A table ready for a person: Chinese headers, rounded values (Decimal, int), labels.

    text_columns are the headers whose cells are codes, written as text."""
    frame: pd.DataFrame
    text_columns: tuple[str, ...]


def header(name: str) -> str:
    column = COLUMNS.get(name)
    return column.header if column else name


def indicator_labels(seeds_dir: Path) -> dict[str, IndicatorLabel]:
    """The catalogue (seeds/indicators.csv): code → name and unit."""
    with open(seeds_dir / "indicators.csv", encoding="utf-8", newline="") as handle:
        return {row["indicator_code"]: IndicatorLabel(row["indicator_name"], row["unit"])
                for row in csv.DictReader(handle)}


def round_to(value: object, decimals: int) -> int | Decimal | None:
    """Half up, as a person rounds (2.675 → 2.68): a whole number for 0 decimals."""
    if _is_missing(value):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        try:
            value = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    exact = Decimal(str(value))
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0.0"
    return int(rounded) if decimals == 0 else rounded


def unit_decimals(unit: object) -> int:
    return UNIT_DECIMALS.get(str(unit), DEFAULT_DECIMALS) if not _is_missing(unit) else DEFAULT_DECIMALS


def for_people(frame: pd.DataFrame,
               indicators: Mapping[str, IndicatorLabel] | None = None) -> PeopleTable:
    """Chinese headers, numbers rounded to their unit's precision, codes as text.

    With the catalogue, a table naming indicators by code only gains 指标名称 beside the code,
    and 单位 beside a value that has none."""
    table = frame.reset_index(drop=True).copy()
    catalogue = indicators or {}
    if catalogue and "indicator_code" in table.columns:
        codes = table["indicator_code"]
        if "indicator_name" not in table.columns:
            names = [catalogue[code].name if code in catalogue else None for code in codes]
            table.insert(table.columns.get_loc("indicator_code") + 1, "indicator_name", names)
        if "value" in table.columns and "unit" not in table.columns:
            units = [catalogue[code].unit if code in catalogue else None for code in codes]
            table.insert(table.columns.get_loc("value") + 1, "unit", units)
    out: dict[str, list[object]] = {}
    text_columns = []
    for name in table.columns:
        column = COLUMNS.get(str(name), Column(str(name)))
        out[column.header] = _cells(table, str(name), column.kind)
        if column.kind == "code":
            text_columns.append(column.header)
    people = pd.DataFrame(out, columns=list(out), dtype=object)
    return PeopleTable(people, tuple(text_columns))


def _cells(table: pd.DataFrame, name: str, kind: str) -> list[object]:
    values = list(table[name])
    if kind == "count":
        return [round_to(value, 0) for value in values]
    if kind == "decimal1":
        return [round_to(value, 1) for value in values]
    if kind == "share":
        return [None if _is_missing(value) else round_to(float(value) * 100, 1)  # type: ignore[arg-type]
                for value in values]
    if kind == "value":
        units = list(table["unit"]) if "unit" in table.columns else [None] * len(values)
        return [round_to(value, unit_decimals(unit)) for value, unit in zip(values, units)]
    if kind == "label":
        labels = VALUE_LABELS.get(name, {})
        return [None if _is_missing(value) else labels.get(str(value), value) for value in values]
    if kind == "code":
        return [None if _is_missing(value) else _code_text(value) for value in values]
    return [None if _is_missing(value) else value for value in values]


def _code_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False

"""The check as tables for people: the findings (community, project, rule, the figures, the
deadline) and fund use per community against its allocation — the same tables on the 经费 page
and in ``jiedao fund check --out F.xlsx`` (two sheets, codes as text, formulas neutralized)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import pandas as pd
import xlsxwriter

from jiedao.fund.model import CheckResult
from jiedao.fund.usage import FundUse
from jiedao.spreadsheet_writer import neutralize

FINDING_COLUMNS = ["社区代码", "社区", "年度", "项目编号", "项目", "规则", "实际情况", "规定", "截止日期", "依据"]
USE_COLUMNS = ["社区代码", "社区", "年度", "年度经费（元）", "已安排（元）", "已完成（元）", "结余（元）", "使用率（%）",
               "小组/团队（元）", "项目数", "问题数"]
TEXT_COLUMNS = {"社区代码", "项目编号", "截止日期"}
NO_DEADLINE = "—"


def findings_frame(result: CheckResult) -> pd.DataFrame:
    rows = [[f.community_code, f.community_name, f.year, f.project_id or NO_DEADLINE, f.project_name, f.rule_name,
             f.actual, f.required, f.deadline.isoformat() if f.deadline else NO_DEADLINE, f.basis]
            for f in result.findings]
    return pd.DataFrame(rows, columns=FINDING_COLUMNS)


def use_frame(rows: Sequence[FundUse]) -> pd.DataFrame:
    data = [[row.community_code, row.community_name, row.year, _number(row.allocation), float(row.planned),
             float(row.completed), _number(row.remaining),
             None if row.used_percent is None else round(row.used_percent, 1), float(row.group_amount),
             row.projects, row.findings] for row in rows]
    return pd.DataFrame(data, columns=USE_COLUMNS)


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def check_workbook(result: CheckResult, use: Sequence[FundUse]) -> bytes:
    """问题清单 and 经费使用, each with a bold frozen header; 说明 says the year, the date checked and notes."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    header = book.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1})
    text = book.add_format({"num_format": "@"})
    amount = book.add_format({"num_format": "#,##0.00"})
    findings = findings_frame(result)
    for name, frame in (("问题清单", findings), ("经费使用", use_frame(use))):
        sheet = book.add_worksheet(name)
        for col, title in enumerate(frame.columns):
            sheet.write_string(0, col, title, header)
            width = 36 if title in ("实际情况", "规定", "依据") else max(10, len(title) * 2 + 2)
            sheet.set_column(col, col, width, text if title in TEXT_COLUMNS else amount if "元" in title else None)
        for row_index, record in enumerate(frame.itertuples(index=False, name=None), start=1):
            for col, value in enumerate(record):
                if value is None or (isinstance(value, float) and pd.isna(value)):
                    continue
                if isinstance(value, (int, float)) and frame.columns[col] not in TEXT_COLUMNS:
                    sheet.write_number(row_index, col, value)
                else:
                    sheet.write_string(row_index, col, str(neutralize(str(value))))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(1, len(frame)), len(frame.columns) - 1)
    notes = book.add_worksheet("说明")
    lines = [f"{result.year} 年社区专项工作经费合规检查，检查日期 {result.as_of.isoformat()}",
             f"发现问题 {len(findings)} 项；未填日期在截止日期过后才算问题。",
             *(f"未能检查：{note}" for note in result.notes)]
    for index, line in enumerate(lines):
        notes.write_string(index, 0, str(neutralize(line)))
    notes.set_column(0, 0, 120)
    book.close()
    return buffer.getvalue()

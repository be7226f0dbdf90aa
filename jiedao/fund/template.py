"""The import template: one sheet 「经费台账」, a row per project (or one row per community that
has none yet, to enter its allocation), Chinese headers, community codes as text. Filled from
the ledger as it stands, so downloading, editing and importing it again changes only what was
edited; written with jiedao/spreadsheet_writer.py like every other download."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from jiedao.fund.model import DATE_FIELDS, Ledger
from jiedao.fund.registry import RegistryCommunity
from jiedao.spreadsheet_writer import xlsx_bytes

SHEET = "经费台账"
# machine name → the header printed in the template (and read back by the importer)
HEADERS: dict[str, str] = {
    "community_code": "社区代码",
    "community_name": "社区名称",
    "year": "年度",
    "allocation": "年度经费（元）",
    "name": "项目名称",
    "category": "类别",
    "amount": "金额（元）",
    "is_group": "小组/团队项目（是/否）",
    **DATE_FIELDS,
}


def template_frame(ledger: Ledger, communities: dict[str, RegistryCommunity], year: int) -> pd.DataFrame:
    rows: list[dict[str, object]] = []
    for code, community in communities.items():
        allocation = ledger.allocation(code, year)
        base = {"社区代码": code, "社区名称": community.community_name, "年度": year,
                "年度经费（元）": allocation}
        projects = sorted(ledger.projects_of(code, year), key=lambda p: p.project_id)
        if not projects:
            rows.append(base)
        for index, project in enumerate(projects):
            rows.append({**base, "年度经费（元）": allocation if index == 0 else None,
                         "项目名称": project.name, "类别": project.category, "金额（元）": project.amount,
                         "小组/团队项目（是/否）": "是" if project.is_group else "否",
                         **{label: _date(getattr(project, name)) for name, label in DATE_FIELDS.items()}})
    return pd.DataFrame(rows, columns=list(HEADERS.values())).astype(object)


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def template_bytes(ledger: Ledger, communities: dict[str, RegistryCommunity], year: int) -> bytes:
    """Empty cells stay empty; amounts are numbers with two decimals, codes text."""
    return xlsx_bytes(template_frame(ledger, communities, year), sheet_name=SHEET, text_columns={"社区代码"})

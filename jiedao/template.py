"""The fill-in template: one XLSX per street and month that jiedao ingests with zero problems.

Title "<街道名><YYYY>年<M>月社区工作月报表" (the loader reads the period from it), a header row
序号 | 社区代码 | 社区名称 | "<指标名称>(<单位>)" for every reported (non-derived) indicator, the
street's communities prefilled with codes as text, stock indicators (常住人口, 低保户数 …) prefilled
with each community's latest figure (shaded, with a note: change what changed), number cells
validated (decimal ≥ 0) and the only unlocked cells on a protected sheet, and a footer 填表人：/
填报日期：.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import duckdb
import xlsxwriter

from jiedao.settings import Settings

FIXED_HEADERS = ("序号", "社区代码", "社区名称")


@dataclass(frozen=True)
class TemplateCommunity:
    community_code: str
    community_name: str


@dataclass(frozen=True)
class TemplateIndicator:
    indicator_code: str
    indicator_name: str
    unit: str

    @property
    def header(self) -> str:
        return f"{self.indicator_name}({self.unit})"


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def reported_indicators(seeds_dir: Path) -> list[TemplateIndicator]:
    """The catalogue's non-derived indicators, in catalogue order."""
    return [TemplateIndicator(row["indicator_code"], row["indicator_name"], row["unit"])
            for row in _read_csv(seeds_dir / "indicators.csv") if row["kind"] != "derived"]


def street_registry(settings: Settings, street_code: str) -> tuple[str, list[TemplateCommunity]]:
    """The street's name and communities: from the published warehouse, else the shipped seeds."""
    if settings.warehouse_db.exists():
        with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
            rows = con.execute(
                "select street_name, community_code, community_name from dim_community "
                "where street_code = ? order by community_code", [street_code]).fetchall()
        if rows:
            return rows[0][0], [TemplateCommunity(code, name) for _, code, name in rows]
    streets = {row["street_code"]: row["street_name"]
               for row in _read_csv(settings.seeds_dir / "registry_streets.csv")}
    communities = [TemplateCommunity(row["community_code"], row["community_name"])
                   for row in _read_csv(settings.seeds_dir / "registry_communities.csv")
                   if row["street_code"] == street_code]
    if street_code not in streets or not communities:
        raise ValueError(f"未知的街道代码：{street_code}（应为登记册中的 9 位街道代码）")
    return streets[street_code], sorted(communities, key=lambda c: c.community_code)


def last_stock_values(settings: Settings, street_code: str, period: str) -> dict[tuple[str, str], float]:
    """Each community's latest stock figure (常住人口, 低保户数 …) before ``period``, from the
    published warehouse: the template starts from it, and the clerk changes what changed."""
    if not settings.warehouse_db.exists():
        return {}
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        rows = con.execute("""
            select m.community_code, m.indicator_code, arg_max(m.value, m.period) from fct_indicator_monthly m
            join dim_indicator i using (indicator_code)
            where m.street_code = ? and i.kind = 'stock' and m.period < ? and m.value is not null
            group by m.community_code, m.indicator_code""", [street_code, period]).fetchall()
    return {(community, code): value for community, code, value in rows}


def template_title(street_name: str, period: str) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"月份格式应为 YYYY-MM，例如 2025-12；收到：{period}")
    return f"{street_name}{match[1]}年{int(match[2])}月社区工作月报表"


def build_template(settings: Settings, street_code: str, period: str,
                   *, communities_wanted: Collection[str] | None = None) -> bytes:
    """The XLSX bytes of the fill-in form for one street and one month (YYYY-MM).

    ``communities_wanted`` keeps only those community codes (a community's own form, so that its
    staff never receive the names of the others).
    """
    street_name, communities = street_registry(settings, street_code)
    if communities_wanted is not None:
        communities = [community for community in communities if community.community_code in communities_wanted]
    title = template_title(street_name, period)
    indicators = reported_indicators(settings.seeds_dir)
    headers = [*FIXED_HEADERS, *(indicator.header for indicator in indicators)]
    last_column = len(headers) - 1
    first_row, last_row = 2, 1 + len(communities)

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = workbook.add_worksheet("月报表")
    title_format = workbook.add_format({"bold": True, "font_size": 16, "align": "center",
                                        "valign": "vcenter", "locked": True})
    header_format = workbook.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1,
                                         "text_wrap": True, "align": "center",
                                         "valign": "vcenter", "locked": True})
    text_format = workbook.add_format({"border": 1, "num_format": "@", "locked": True})
    number_format = workbook.add_format({"border": 1, "locked": False, "bg_color": "#FFFFF0"})
    stock_format = workbook.add_format({"border": 1, "locked": False, "bg_color": "#EAF1DD"})
    previous = last_stock_values(settings, street_code, period)
    footer_format = workbook.add_format({"locked": True})

    sheet.merge_range(0, 0, 0, last_column, title, title_format)
    sheet.set_row(0, 30)
    sheet.set_row(1, 48)
    for column, header in enumerate(headers):
        sheet.write_string(1, column, header, header_format)
    for row, community in enumerate(communities, start=first_row):
        sheet.write_number(row, 0, row - first_row + 1, text_format)
        sheet.write_string(row, 1, community.community_code, text_format)  # text, never a number
        sheet.write_string(row, 2, community.community_name, text_format)
        for column, indicator in enumerate(indicators, start=len(FIXED_HEADERS)):
            last = previous.get((community.community_code, indicator.indicator_code))
            if last is None:
                sheet.write_blank(row, column, None, number_format)
            else:
                sheet.write_number(row, column, last, stock_format)
                sheet.write_comment(row, column, "上期数值，如有变化请修改")
    sheet.data_validation(first_row, len(FIXED_HEADERS), last_row, last_column, {
        "validate": "decimal", "criteria": ">=", "value": 0,
        "error_title": "请输入数字", "error_message": "只能填写大于或等于 0 的数字。",
        "input_title": "填写数字", "input_message": "只填数字，不要带单位或文字。"})
    footer_row = last_row + 2
    sheet.write_string(footer_row, 0, "填表人：", footer_format)
    sheet.write_string(footer_row, max(4, last_column // 2), "填报日期：", footer_format)

    sheet.set_column(0, 0, 6)
    sheet.set_column(1, 1, 15)
    sheet.set_column(2, 2, 22)
    sheet.set_column(len(FIXED_HEADERS), last_column, 12)
    sheet.freeze_panes(first_row, len(FIXED_HEADERS))
    sheet.protect("", {"select_locked_cells": True, "select_unlocked_cells": True,
                       "format_columns": True, "format_rows": True})
    workbook.close()
    return buffer.getvalue()

"""The four layouts street offices send, each as sheet grids: (a) street summaries, (b) community
ledgers, (c) the GBK CSV keyed by code, (d) one sheet per month — and when each report arrives."""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta

from jiedao.demo.cell_forms import numeric, wan, written
from jiedao.demo.headers import (CSV_HEADERS, CUMULATIVE_ONLY_STREET_YEARS, LEDGER_ROWS,
                                 MONTH_SHEET_HEADERS_2024, MONTH_SHEET_HEADERS_2025,
                                 MONTH_SHEET_HEADERS_CUMULATIVE_ONLY, SHORT_HEADER_STREETS,
                                 SUMMARY_HEADERS_LONG, SUMMARY_HEADERS_SHORT)
from jiedao.demo.model import CHINA_TIME, Cell, Community, RenderPlan, SheetGrid, Street, TruthKey
from jiedao.demo.registry import short_name, shortest_name

CLERKS = {"654201001": ("王芳", "李建国"), "654201002": ("阿依古丽", "马文斌"),
          "654201003": ("张丽", "赵志刚")}


def submitted_at(year: int, month: int, rng: random.Random) -> datetime:
    """Reports for a month arrive in the first week of the next month, office hours."""
    first_next = datetime(year + month // 12, month % 12 + 1, 1, 9, 0, tzinfo=CHINA_TIME)
    return first_next + timedelta(days=rng.randint(2, 7), minutes=rng.randint(0, 8 * 60))


def street_summary(street: Street, members: list[Community], year: int, month: int,
                   values: dict[TruthKey, float], rng: random.Random, plan: RenderPlan,
                   file_name: str, *, omit: set[str] = frozenset(),
                   overrides: dict[TruthKey, float] | None = None,
                   total_offset: dict[str, float] | None = None) -> SheetGrid:
    """Layout (a): title, merged two-row header, one row per community, 合计, footer."""
    headers = SUMMARY_HEADERS_SHORT if street.code in SHORT_HEADER_STREETS else SUMMARY_HEADERS_LONG
    period = f"{year}-{month:02d}"
    width = 2 + len(headers)
    rows: list[list[Cell]] = [[f"{street.name}{year}年{month}月民情民意统计表"] + [None] * (width - 1)]
    group_row: list[Cell] = ["序号", "社区名称"]
    sub_row: list[Cell] = [None, None]
    merges = [(0, 0, 0, width - 1), (1, 0, 2, 0), (1, 1, 2, 1)]
    col = 2
    while col < width:
        header = headers[col - 2]
        if header.group:
            span = sum(1 for h in headers if h.group == header.group)
            group_row += [header.group] + [None] * (span - 1)
            sub_row += [h.text for h in headers[col - 2:col - 2 + span]]
            merges.append((1, col, 1, col + span - 1))
            col += span
        else:
            group_row.append(header.text)
            sub_row.append(None)
            merges.append((1, col, 2, col))
            col += 1
    rows += [group_row, sub_row]
    totals = [0.0] * len(headers)
    number = 0
    for community in members:
        if community.code in omit:
            continue
        number += 1
        name = rng.choice((community.name, short_name(community.name), short_name(community.name),
                           shortest_name(community.name)))
        row: list[Cell] = [number, name]
        for index, header in enumerate(headers):
            key = (community.code, period, header.indicator_code)
            value = values[key]
            if overrides and key in overrides:
                cell = overrides[key]          # a typo the clerk later corrects
            elif header.unit_multiplier == 10000.0:
                plan.truth[key] = value
                cell = wan(value)
            else:
                cell = written(rng, plan, key, value)
            totals[index] += numeric(cell)
            row.append(cell)
        rows.append(row)
    total_row: list[Cell] = [None, "合计"]
    for index, header in enumerate(headers):
        total = totals[index] + (total_offset or {}).get(header.indicator_code, 0.0)
        total_row.append(round(total, 2) if header.unit_multiplier != 1.0 else int(total))
    rows.append(total_row)
    filler, checker = CLERKS.get(street.code, ("王芳", "李建国"))
    filed = submitted_at(year, month, random.Random(file_name))
    footer: list[Cell] = [None] * width
    footer[0], footer[4], footer[8] = (f"填表人：{filler}", f"审核人：{checker}",
                                       f"填报日期：{filed.year}年{filed.month}月{filed.day}日")
    rows.append(footer)
    return SheetGrid("Sheet1", rows, tuple(merges))


def community_ledger(community: Community, year: int, values: dict[TruthKey, float],
                     rng: random.Random, plan: RenderPlan) -> SheetGrid:
    """Layout (b): one community, one year; indicators as rows, months as columns."""
    rows: list[list[Cell]] = [
        [f"{community.name}{year}年民政、为老助残、文化工作统计表"] + [None] * 12,
        ["项目"] + [f"{month}月" for month in range(1, 13)],
    ]
    for header in LEDGER_ROWS:
        row: list[Cell] = [header.text]
        for month in range(1, 13):
            key = (community.code, f"{year}-{month:02d}", header.indicator_code)
            if header.unit_multiplier == 10000.0:
                plan.truth[key] = values[key]
                row.append(wan(values[key]))
            else:
                row.append(written(rng, plan, key, values[key]))
        rows.append(row)
    rows.append([f"填表人：{rng.choice(('刘敏', '古丽娜尔', '陈静', '王磊'))}"] + [None] * 12)
    return SheetGrid(f"{year}年", rows, ((0, 0, 0, 12),))


def security_csv(street: Street, members: list[Community], year: int,
                 values: dict[TruthKey, float], rng: random.Random, plan: RenderPlan) -> str:
    """Layout (c): long CSV keyed by the 12-digit code; GBK-encoded by the caller."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["社区代码", "社区名称", "月份"] + [h.text for h in CSV_HEADERS])
    for month in range(1, 13):
        period = f"{year}-{month:02d}"
        period_text = period if street.code == "654201002" else f"{year}年{month}月"
        for community in members:
            row = [community.code, community.name, period_text]
            for header in CSV_HEADERS:
                key = (community.code, period, header.indicator_code)
                row.append(written(rng, plan, key, values[key], text_file=True))
            writer.writerow(row)
    return buffer.getvalue()


def volunteer_month_sheet(street: Street, members: list[Community], year: int, month: int,
                          values: dict[TruthKey, float], rng: random.Random, plan: RenderPlan,
                          *, extra_rows: list[list[Cell]] = ()) -> SheetGrid:
    """Layout (d): one sheet per month ("3月"); the year is only in the file name."""
    if (street.code, year) in CUMULATIVE_ONLY_STREET_YEARS:
        headers = MONTH_SHEET_HEADERS_CUMULATIVE_ONLY
    else:
        headers = MONTH_SHEET_HEADERS_2025 if year == 2025 else MONTH_SHEET_HEADERS_2024
    width = 2 + len(headers)
    rows: list[list[Cell]] = [[f"{street.name}志愿服务和党建工作情况统计"] + [None] * (width - 1)]
    merges = [(0, 0, 0, width - 1)]
    if any(h.group for h in headers):
        group_row: list[Cell] = ["序号", "社区"]
        sub_row: list[Cell] = [None, None]
        merges += [(1, 0, 2, 0), (1, 1, 2, 1)]
        for col, header in enumerate(headers, start=2):
            if header.group and header.is_cumulative:
                group_row.append(None)
                sub_row.append(header.text)
            elif header.group:
                group_row.append(header.group)
                sub_row.append(header.text)
                merges.append((1, col, 1, col + 1))
            else:
                group_row.append(header.text)
                sub_row.append(None)
                merges.append((1, col, 2, col))
        rows += [group_row, sub_row]
    else:
        rows.append(["序号", "社区"] + [h.text for h in headers])
    for number, community in enumerate(members, start=1):
        row: list[Cell] = [number, short_name(community.name)]
        for header in headers:
            key = (community.code, f"{year}-{month:02d}", header.indicator_code)
            if header.is_cumulative:
                plan.truth[key] = values[key]
                row.append(int(sum(values[(community.code, f"{year}-{m:02d}", header.indicator_code)]
                                   for m in range(1, month + 1))))
            else:
                row.append(written(rng, plan, key, values[key]))
        rows.append(row)
    rows += [list(extra) for extra in extra_rows]
    return SheetGrid(f"{month}月", rows, tuple(merges))

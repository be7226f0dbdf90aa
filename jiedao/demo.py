"""The demo inbox: two years of 塔城市 community reports in the shapes clerks really send.

``write_demo_inbox(inbox_dir)`` simulates every non-derived indicator of seeds/indicators.csv
for every community of the shipped registry over 2024-01 … 2025-12 (persistent differences
between communities, a mild trend, seasonality), then writes them the way street offices do:

a) ``<街道>/<街道><年>年<月>月民情民意统计表.xlsx`` — a street summary per month: title row,
   two-row merged header, 序号, community names as clerks write them, 合计 row, footer.
b) ``<街道>/<社区>社区<年>年民政为老文化工作台账.xls`` (.ods for 新城街道) — one file per
   community and year, indicators as rows, months as columns, amounts in 万元.
c) ``<街道>/<街道><年>年平安建设和基础信息.csv`` — GBK CSV, one row per community and month,
   keyed by the 12-digit community code.
d) ``<街道>/<街道><年>年志愿服务和党建工作月报.xlsx`` — one sheet per month ("1月" …), the
   year only in the file name, with 本月 and 本年累计 columns in 2025.

A few problems are planted on purpose and listed in the manifest; ``truth`` holds exactly the
monthly values the warehouse should end up with. Same seed → byte-identical files and mtimes.
"""

from __future__ import annotations

import csv
import io
import math
import os
import random
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import xlsxwriter
import xlwt

from ingest.layout import cell_ref
from jiedao.settings import PROJECT_DIR

YEARS = (2024, 2025)
MONTHS = tuple((year, month) for year in YEARS for month in range(1, 13))
CHINA_TIME = timezone(timedelta(hours=8))

Cell = str | int | float | None
TruthKey = tuple[str, str, str]  # community_code, period 'YYYY-MM', indicator_code


@dataclass(frozen=True)
class PlantedProblem:
    """A problem put into the inbox on purpose; ingest must report exactly these."""

    file_name: str
    sheet: str
    cell: str
    problem_code: str
    note: str


@dataclass(frozen=True)
class DemoHeader:
    """A header text as a clerk writes it (group cell above, if any) and what it means."""

    group: str
    text: str
    indicator_code: str
    unit_multiplier: float = 1.0
    is_cumulative: bool = False


@dataclass(frozen=True)
class DemoManifest:
    files: tuple[Path, ...]
    planted_problems: tuple[PlantedProblem, ...]
    # Monthly values the warehouse must hold, sorted: (community_code, 'YYYY-MM', indicator, value).
    truth: tuple[tuple[str, str, str, float], ...]
    # Keys whose cell was written approximately ("约30", "3000余"): loaded as is, marked approximate.
    approximate: tuple[TruthKey, ...] = ()
    # (earlier file name, corrected file name): same communities and month, later mtime.
    resubmissions: tuple[tuple[str, str], ...] = ()


# --- headers, per layout ----------------------------------------------------------------

# Street summaries (a): 和平/新城 write the long form, 杜别克 the short one.
SUMMARY_HEADERS_LONG = (
    DemoHeader("民情诉求", "受理诉求(件)", "petitions_received"),
    DemoHeader("民情诉求", "已办结(件)", "petitions_resolved"),
    DemoHeader("", "矛盾纠纷调解(起)", "disputes_mediated"),
    DemoHeader("就业", "新增就业岗位(个)", "jobs_created"),
    DemoHeader("就业", "其中：公益性岗位(个)", "public_welfare_jobs"),
    DemoHeader("就业", "实现就业(人)", "people_employed"),
    DemoHeader("", "零就业家庭(户)", "zero_employment_households"),
    DemoHeader("", "创业担保贷款(万元)", "micro_loans_yuan", 10000.0),
    DemoHeader("", "技能培训(场次)", "training_sessions"),
)
SUMMARY_HEADERS_SHORT = (
    DemoHeader("民情诉求", "受理数", "petitions_received"),
    DemoHeader("民情诉求", "办结数", "petitions_resolved"),
    DemoHeader("", "调解纠纷(起)", "disputes_mediated"),
    DemoHeader("就业", "新增岗位", "jobs_created"),
    DemoHeader("就业", "其中：公益性岗位", "public_welfare_jobs"),
    DemoHeader("就业", "实现就业", "people_employed"),
    DemoHeader("", "零就业家庭户数", "zero_employment_households"),
    DemoHeader("", "创业担保贷款金额(万元)", "micro_loans_yuan", 10000.0),
    DemoHeader("", "职业技能培训(场)", "training_sessions"),
)
# Community ledgers (b): indicators as row labels.
LEDGER_ROWS = (
    DemoHeader("", "低保户数(户)", "dibao_households"),
    DemoHeader("", "低保人数(人)", "dibao_persons"),
    DemoHeader("", "低保金(万元)", "dibao_payout_yuan", 10000.0),
    DemoHeader("", "免费健康体检(人)", "free_health_checks"),
    DemoHeader("", "帮扶困难群众(人)", "people_assisted"),
    DemoHeader("", "发放慰问物资(件)", "goods_distributed"),
    DemoHeader("", "文化活动(场)", "cultural_activities"),
    DemoHeader("", "宣讲活动(次)", "lectures_held"),
)
# GBK CSV (c), keyed by code.
CSV_HEADERS = (
    DemoHeader("", "常住人口(人)", "residents"),
    DemoHeader("", "户数(户)", "households"),
    DemoHeader("", "流动人口(人)", "floating_population"),
    DemoHeader("", "社区工作者(人)", "staff"),
    DemoHeader("", "巡逻队员(人)", "patrol_members"),
    DemoHeader("", "平安信息员(人)", "informants"),
    DemoHeader("", "治安案件(起)", "security_cases"),
)
# Month sheets (d): 2024 monthly only; 2025 本月 + 本年累计; 新城街道 2025 only 本年累计.
MONTH_SHEET_HEADERS_2024 = (
    DemoHeader("", "注册志愿者(人)", "volunteers"),
    DemoHeader("", "志愿服务(人次)", "volunteer_person_times"),
    DemoHeader("", "党员人数(人)", "party_members"),
    DemoHeader("", "结对帮扶(对)", "pairings"),
)
MONTH_SHEET_HEADERS_2025 = (
    DemoHeader("", "注册志愿者(人)", "volunteers"),
    DemoHeader("志愿服务人次", "本月", "volunteer_person_times"),
    DemoHeader("志愿服务人次", "本年累计", "volunteer_person_times", is_cumulative=True),
    DemoHeader("", "党员人数(人)", "party_members"),
    DemoHeader("", "结对帮扶(对)", "pairings"),
)
MONTH_SHEET_HEADERS_CUMULATIVE_ONLY = (
    DemoHeader("", "注册志愿者(人)", "volunteers"),
    DemoHeader("", "志愿服务人次(本年累计)", "volunteer_person_times", is_cumulative=True),
    DemoHeader("", "党员人数(人)", "party_members"),
    DemoHeader("", "结对帮扶(对)", "pairings"),
)

# Every header text the demo writes, for the loader's synonyms seed (header_synonyms.csv).
DEMO_HEADERS: tuple[DemoHeader, ...] = tuple(dict.fromkeys(
    SUMMARY_HEADERS_LONG + SUMMARY_HEADERS_SHORT + LEDGER_ROWS + CSV_HEADERS
    + MONTH_SHEET_HEADERS_2024 + MONTH_SHEET_HEADERS_2025 + MONTH_SHEET_HEADERS_CUMULATIVE_ONLY
))
# Label columns (not indicators) the demo writes.
DEMO_LABEL_TEXTS = ("序号", "社区名称", "社区", "项目", "社区代码", "月份", "合计")

SHORT_HEADER_STREETS = {"654201002"}      # 杜别克街道 writes the short headers
ODS_LEDGER_STREETS = {"654201003"}        # 新城街道's communities use LibreOffice
CUMULATIVE_ONLY_STREET_YEARS = {("654201003", 2025)}
CLERKS = {"654201001": ("王芳", "李建国"), "654201002": ("阿依古丽", "马文斌"),
          "654201003": ("张丽", "赵志刚")}


@dataclass(frozen=True)
class Community:
    code: str
    name: str
    street_code: str


@dataclass(frozen=True)
class Street:
    code: str
    name: str


@dataclass(frozen=True)
class SheetGrid:
    """One sheet as it will appear: rows of cells plus merged ranges (r1, c1, r2, c2)."""

    name: str
    rows: list[list[Cell]]
    merges: tuple[tuple[int, int, int, int], ...] = ()


@dataclass
class RenderPlan:
    """Everything decided while rendering: what the warehouse should hold, what is planted."""

    truth: dict[TruthKey, float] = field(default_factory=dict)
    approximate: set[TruthKey] = field(default_factory=set)
    planted: list[PlantedProblem] = field(default_factory=list)


# --- registry ---------------------------------------------------------------------------

def read_registry(seeds_dir: Path) -> tuple[list[Street], list[Community]]:
    with open(seeds_dir / "registry_streets.csv", encoding="utf-8", newline="") as handle:
        streets = [Street(row["street_code"], row["street_name"]) for row in csv.DictReader(handle)]
    with open(seeds_dir / "registry_communities.csv", encoding="utf-8", newline="") as handle:
        communities = [Community(row["community_code"], row["community_name"], row["street_code"])
                       for row in csv.DictReader(handle)]
    return streets, communities


def short_name(name: str) -> str:
    """建设街社区居委会 → 建设街社区 (how most clerks write it)."""
    return name.removesuffix("居委会").removesuffix("居民委员会")


def shortest_name(name: str) -> str:
    """建设街社区居委会 → 建设社区 (some clerks drop the 街 as well)."""
    short = short_name(name)
    return short.replace("街社区", "社区") if short.endswith("街社区") else short


# --- simulation -------------------------------------------------------------------------

def _poisson(rng: random.Random, mean: float) -> int:
    limit, k, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def simulate(communities: list[Community], rng: random.Random,
             months: tuple[tuple[int, int], ...] = MONTHS) -> dict[TruthKey, float]:
    """Monthly values per community: persistent traits, a mild trend, seasonality, noise."""
    values: dict[TruthKey, float] = {}
    for community in communities:
        residents0 = rng.uniform(3000, 11500)
        size = (residents0 - 3000) / 8500            # 0 … 1: drives the volume indicators
        skill = rng.uniform(0.74, 0.97)              # resolution rate: persistent, so ranks mean something
        employment = rng.uniform(0.6, 1.35)
        poverty = rng.uniform(0.5, 1.5)
        activity = rng.uniform(0.6, 1.4)
        household_size = rng.uniform(2.4, 2.9)
        floating_share = rng.uniform(0.05, 0.15)
        volunteer_share = rng.uniform(0.05, 0.11)
        party_share = rng.uniform(0.02, 0.04)
        staff = 6 + round(residents0 / 1000)
        patrol, informants = rng.randint(20, 70), rng.randint(10, 35)
        pairings0, zero_households0 = rng.randint(10, 35), rng.randint(2, 8)
        dibao_households0 = round(rng.uniform(20, 80) * poverty)
        dibao_ratio = rng.uniform(1.3, 2.0)
        for t, (year, month) in enumerate(months):
            period = f"{year}-{month:02d}"
            winter = math.cos(2 * math.pi * (month - 1) / 12)  # +1 in January, -1 in July
            spring = 1.3 if month in (3, 4, 5) else (0.8 if month in (1, 2, 12) else 1.0)
            festival = 1.6 if month in (1, 2, 9) else 1.0      # 春节, 中秋 visits
            trend = 1 + 0.008 * t
            residents = round(residents0 * (1 + 0.0015 * t) + rng.gauss(0, 12))
            received = round(_clip((25 + 50 * size) * (1 + 0.15 * winter) * trend
                                   + rng.gauss(0, 5), 20, 90))
            resolved = min(received, round(received * _clip(skill + rng.gauss(0, 0.03), 0.7, 1.0)))
            jobs = round(_clip(16 * employment * spring * trend + rng.gauss(0, 3), 5, 30))
            dibao_households = max(5, dibao_households0 + round(2 * math.sin(t / 4)) - t // 8)
            dibao_persons = round(dibao_households * dibao_ratio)
            standard = 720 if year == 2024 else 760
            volunteers = round(residents * volunteer_share * (1 + 0.01 * t))
            month_values = {
                "petitions_received": received,
                "petitions_resolved": resolved,
                "disputes_mediated": 1 + _poisson(rng, 2 + 4 * size),
                "jobs_created": jobs,
                "public_welfare_jobs": round(jobs * rng.uniform(0, 0.3)),
                "people_employed": round(_clip(jobs * rng.uniform(0.8, 1.25), 5, 35)),
                "zero_employment_households": max(0, zero_households0 - t // 5),
                # 0.1 万元 steps, so the 万元 text converts to whole yuan.
                "micro_loans_yuan": (rng.randint(20, 500) * 1000) if rng.random() < 0.6 else 0,
                "training_sessions": rng.randint(0, 4),
                "dibao_households": dibao_households,
                "dibao_persons": dibao_persons,
                # Whole hundreds of yuan, so "8.46" 万元 is exact.
                "dibao_payout_yuan": round(dibao_persons * standard / 100) * 100,
                "free_health_checks": round(_clip(rng.gauss(30 + 30 * size, 8), 10, 80)),
                "people_assisted": round(_clip(rng.gauss(20 + 15 * poverty, 5) * festival, 10, 60)),
                "goods_distributed": round(_clip(rng.gauss(50 + 40 * poverty, 12) * festival, 20, 200)),
                "cultural_activities": round(_clip(4 * activity + rng.gauss(0, 1.5), 2, 10)),
                "lectures_held": round(_clip(3 * activity + rng.gauss(0, 1.2), 1, 8)),
                "patrol_members": patrol + (t // 6),
                "informants": informants + (t // 12),
                "security_cases": _poisson(rng, 0.8 + 2 * size),
                "volunteers": volunteers,
                "volunteer_person_times": round(volunteers * rng.uniform(0.3, 0.6)
                                                * (1.2 if month in (3, 5, 10) else 1.0)),
                "party_members": round(residents0 * party_share) + t // 4,
                "pairings": pairings0 + t // 6,
                "households": round(residents / household_size),
                "residents": residents,
                "floating_population": round(residents * floating_share * (1 + 0.1 * winter)),
                "staff": staff + (1 if t >= 12 and staff < 12 else 0),
            }
            for indicator, value in month_values.items():
                values[(community.code, period, indicator)] = float(value)
    return values


# --- how a figure is written ------------------------------------------------------------

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
UNIT_SUFFIX = {"petitions_received": "件", "petitions_resolved": "件", "jobs_created": "个",
               "people_employed": "人", "free_health_checks": "人", "cultural_activities": "场",
               "lectures_held": "次", "security_cases": "起"}
# Figures written approximately only where no total or rule depends on them.
APPROXIMATE_OK = {"residents", "households", "floating_population", "goods_distributed",
                  "free_health_checks"}


def written(rng: random.Random, plan: RenderPlan, key: TruthKey, value: float, *,
            text_file: bool = False) -> Cell:
    """The cell a clerk types for a value; records in the plan what ingest must load."""
    indicator = key[2]
    plan.truth[key] = value
    roll = rng.random()
    whole = value == int(value)
    if whole and indicator in APPROXIMATE_OK and value >= 100 and roll < 0.04:
        style = rng.choice(("约{}", "{}余", "{}多", "近{}"))
        step = 1000 if value >= 5000 else (100 if value >= 1000 else 10)
        rounded = (math.ceil(value / step) if style == "近{}" else
                   (round(value / step) if style == "约{}" else math.floor(value / step))) * step
        plan.truth[key] = float(rounded)
        plan.approximate.add(key)
        return style.format(rounded)
    if whole and value == 0 and roll < 0.5:
        return "无"
    if whole and indicator in UNIT_SUFFIX and 0.04 <= roll < 0.08:
        return f"{int(value)}{UNIT_SUFFIX[indicator]}"
    if whole and 0 < value < 100 and 0.08 <= roll < 0.11:
        return str(int(value)).translate(FULL_WIDTH)
    if whole and value >= 1000 and (roll < 0.4 if text_file else 0.11 <= roll < 0.2):
        return f"{int(value):,}"
    if text_file:
        return str(int(value)) if whole else f"{value:g}"
    return int(value) if whole else value


def wan(value_yuan: float) -> float:
    """元 → 万元 as a clerk writes it (two decimals at most)."""
    return round(value_yuan / 10000, 2)


def numeric(cell: Cell) -> float:
    """The number a written cell stands for (for the 合计 a clerk's spreadsheet computes)."""
    if isinstance(cell, (int, float)):
        return float(cell)
    text = (cell or "").translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return float(digits) if digits else 0.0


# --- the four layouts -------------------------------------------------------------------

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


# --- writers ----------------------------------------------------------------------------

def write_xlsx(path: Path, sheets: list[SheetGrid], when: datetime) -> None:
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    # A fixed creation date keeps the file byte-identical for a seed.
    workbook.set_properties({"created": when.replace(tzinfo=None), "author": "街道办"})
    for grid in sheets:
        sheet = workbook.add_worksheet(grid.name)
        covered = {(r, c) for r1, c1, r2, c2 in grid.merges
                   for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r1, c1, r2, c2 in grid.merges:
            sheet.merge_range(r1, c1, r2, c2, grid.rows[r1][c1] or "")
        for r, row in enumerate(grid.rows):
            for c, value in enumerate(row):
                if value is not None and (r, c) not in covered:
                    sheet.write(r, c, value)
    workbook.close()


def write_xls(path: Path, sheets: list[SheetGrid]) -> None:
    workbook = xlwt.Workbook(encoding="utf-8")
    for grid in sheets:
        sheet = workbook.add_sheet(grid.name)
        covered = set()
        for r1, c1, r2, c2 in grid.merges:
            sheet.write_merge(r1, r2, c1, c2, grid.rows[r1][c1])
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, row in enumerate(grid.rows):
            for c, value in enumerate(row):
                if value is not None and (r, c) not in covered:
                    sheet.write(r, c, value)
    workbook.save(str(path))


def _ods_cell(value: Cell, span: int) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value is None:
        return f"<table:table-cell{spanned}/>"
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"{spanned}>'
            f"<text:p>{escape(value)}</text:p></table:table-cell>")


def write_ods(path: Path, sheets: list[SheetGrid], when: datetime) -> None:
    """A minimal OpenDocument spreadsheet (what LibreOffice users send), written by hand."""
    tables = []
    for grid in sheets:
        spans = {(r1, c1): c2 - c1 + 1 for r1, c1, r2, c2 in grid.merges if r1 == r2}
        covered = {(r1, c) for r1, c1, r2, c2 in grid.merges if r1 == r2 for c in range(c1 + 1, c2 + 1)}
        body = []
        for r, row in enumerate(grid.rows):
            cells = ["<table:covered-table-cell/>" if (r, c) in covered
                     else _ods_cell(value, spans.get((r, c), 1)) for c, value in enumerate(row)]
            body.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(grid.name)}">{"".join(body)}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data, method in (
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
        ):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            archive.writestr(info, data.encode("utf-8"))


def _touch(path: Path, when: datetime) -> None:
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))


# --- the inbox --------------------------------------------------------------------------

def write_demo_inbox(inbox_dir: Path, *, seed: int = 2025,
                     seeds_dir: Path | None = None) -> DemoManifest:
    """Write the demo inbox for the shipped registry (塔城市) and say what ingest must find."""
    inbox_dir = Path(inbox_dir)
    streets, communities = read_registry(seeds_dir or PROJECT_DIR / "seeds")
    rng = random.Random(seed)
    values = simulate(communities, rng)
    plan = RenderPlan()
    files: list[Path] = []
    resubmissions: list[tuple[str, str]] = []
    by_street = {s.code: [c for c in communities if c.street_code == s.code] for s in streets}

    def place(street: Street, name: str) -> Path:
        folder = inbox_dir / street.name
        folder.mkdir(parents=True, exist_ok=True)
        files.append(folder / name)
        return folder / name

    # Planted problems: (a) a 合计 that does not add up; (a) a typo corrected by a resubmission;
    # (a) a community that sent nothing for 2025-12; (b) "l60"; (d) "#DIV/0!" and 幸福社区.
    mismatch_street, mismatch_month = streets[2], (2024, 8)
    resubmit_street, resubmit_month = streets[0], (2025, 3)
    late_street, late_month = streets[1], (2025, 12)
    late_community = by_street[late_street.code][-1]
    typo_community = by_street[resubmit_street.code][6]

    for street in streets:
        members = by_street[street.code]
        for year, month in MONTHS:
            name = f"{street.name}{year}年{month}月民情民意统计表.xlsx"
            when = submitted_at(year, month, random.Random(name))
            offset = None
            if (street, (year, month)) == (mismatch_street, mismatch_month):
                offset = {"petitions_received": 10.0}
            omit = {late_community.code} if (street, (year, month)) == (late_street, late_month) else set()
            overrides = None
            if (street, (year, month)) == (resubmit_street, resubmit_month):
                key = (typo_community.code, f"{year}-{month:02d}", "petitions_resolved")
                overrides = {key: values[key] - 12}
            grid = street_summary(street, members, year, month, values, rng, plan, name,
                                  omit=omit, overrides=overrides, total_offset=offset)
            path = place(street, name)
            write_xlsx(path, [grid], when)
            _touch(path, when)
            if offset:
                col = 2 + [h.indicator_code for h in (SUMMARY_HEADERS_LONG)].index("petitions_received")
                plan.planted.append(PlantedProblem(
                    name, "Sheet1", cell_ref(len(grid.rows) - 2, col), "total_mismatch",
                    "合计行受理诉求比各社区之和多 10"))
            if overrides:
                # The clerk finds the typo and sends the whole sheet again a week later.
                corrected_name = f"{street.name}{year}年{month}月民情民意统计表（更正）.xlsx"
                corrected = street_summary(street, members, year, month, values,
                                           random.Random(corrected_name), RenderPlan(), corrected_name)
                corrected_path = place(street, corrected_name)
                later = when + timedelta(days=7)
                write_xlsx(corrected_path, [corrected], later)
                _touch(corrected_path, later)
                (key,) = overrides
                plan.truth[key] = values[key]
                # Ingest reports the disagreement on the older file's cell (the newer one wins).
                row = next(r for r, cells in enumerate(grid.rows)
                           if cells[1] in (typo_community.name, short_name(typo_community.name),
                                           shortest_name(typo_community.name)))
                col = 2 + [h.indicator_code for h in SUMMARY_HEADERS_LONG].index("petitions_resolved")
                plan.planted.append(PlantedProblem(
                    name, "Sheet1", cell_ref(row, col), "conflicting_value",
                    f"{typo_community.name}{year}年{month}月办结数与同批次更正文件不一致，以更正文件为准"))
                resubmissions.append((name, corrected_name))

        for community in members:
            for year in YEARS:
                grid = community_ledger(community, year, values, rng, plan)
                if (community, year) == (members[2], 2024) and street == streets[0]:
                    # "l60": a lower-case L typed for the 1 of 160.
                    row = 1 + 1 + [h.indicator_code for h in LEDGER_ROWS].index("free_health_checks")
                    grid.rows[row][6] = "l60"
                    plan.truth.pop((community.code, "2024-06", "free_health_checks"), None)
                    plan.approximate.discard((community.code, "2024-06", "free_health_checks"))
                suffix = "ods" if street.code in ODS_LEDGER_STREETS else "xls"
                name = f"{short_name(community.name)}{year}年民政为老文化工作台账.{suffix}"
                when = submitted_at(year, 12, random.Random(name))
                path = place(street, name)
                if suffix == "ods":
                    write_ods(path, [grid], when)
                else:
                    write_xls(path, [grid])
                _touch(path, when)
                if (community, year) == (members[2], 2024) and street == streets[0]:
                    plan.planted.append(PlantedProblem(name, grid.name, cell_ref(row, 6),
                                                       "unreadable_value", "6月免费体检人数写成「l60」"))

        for year in YEARS:
            name = f"{street.name}{year}年平安建设和基础信息.csv"
            when = submitted_at(year, 12, random.Random(name))
            path = place(street, name)
            path.write_bytes(security_csv(street, members, year, values, rng, plan).encode("gbk"))
            _touch(path, when)

        for year in YEARS:
            sheets = []
            name = f"{street.name}{year}年志愿服务和党建工作月报.xlsx"
            for month in range(1, 13):
                extra: list[list[Cell]] = []
                if (street, year, month) == (streets[2], 2024, 7):
                    # A community the registry does not know (a new name nobody registered).
                    extra = [[len(members) + 1, "幸福社区", 812, 240, 96, 18]]
                grid = volunteer_month_sheet(street, members, year, month, values, rng, plan,
                                             extra_rows=extra)
                if extra:
                    plan.planted.append(PlantedProblem(
                        name, grid.name, cell_ref(len(grid.rows) - 1, 1), "unknown_community",
                        "registry 中没有「幸福社区」，其余行照常入库"))
                if (street, year, month) == (streets[0], 2024, 5):
                    row = 2 + 5   # 6th community
                    col = 2 + [h.indicator_code for h in MONTH_SHEET_HEADERS_2024].index(
                        "volunteer_person_times")
                    grid.rows[row][col] = "#DIV/0!"
                    plan.truth.pop((members[5].code, "2024-05", "volunteer_person_times"), None)
                    plan.approximate.discard((members[5].code, "2024-05", "volunteer_person_times"))
                    plan.planted.append(PlantedProblem(name, grid.name, cell_ref(row, col),
                                                       "unreadable_value", "公式错误「#DIV/0!」"))
                sheets.append(grid)
            when = submitted_at(year, 12, random.Random(name))
            path = place(street, name)
            write_xlsx(path, sheets, when)
            _touch(path, when)

    # The community that sent nothing for 2025-12 in layout (a) has no truth there.
    for header in SUMMARY_HEADERS_LONG:
        plan.truth.pop((late_community.code, f"{late_month[0]}-{late_month[1]:02d}",
                        header.indicator_code), None)
    truth = tuple(sorted((code, period, indicator, value)
                         for (code, period, indicator), value in plan.truth.items()))
    return DemoManifest(
        files=tuple(sorted(files)),
        planted_problems=tuple(plan.planted),
        truth=truth,
        approximate=tuple(sorted(plan.approximate & set(plan.truth))),
        resubmissions=tuple(resubmissions),
    )

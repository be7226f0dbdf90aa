"""The catalogue, the registry and the shapes of a generated return (see layout_generator)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import zhconv

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"

Key = tuple[str, str, str]  # (community_code, 'YYYY-MM', indicator_code)


# ---------------------------------------------------------------------------------------------
# The catalogue and the registry, as the seeds hold them
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str
    kind: str
    domain: str


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(SEEDS_DIR / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


CATALOGUE: dict[str, Indicator] = {
    row["indicator_code"]: Indicator(row["indicator_code"], row["indicator_name"], row["unit"], row["kind"], row["domain"])
    for row in _read_csv("indicators.csv") if row["kind"] != "derived"
}
STREETS: dict[str, str] = {row["street_code"]: row["street_name"] for row in _read_csv("registry_streets.csv")}
COMMUNITIES: dict[str, list[tuple[str, str]]] = {}
for _row in _read_csv("registry_communities.csv"):
    COMMUNITIES.setdefault(_row["street_code"], []).append((_row["community_code"], _row["community_name"]))

DOMAINS: list[str] = list(dict.fromkeys(ind.domain for ind in CATALOGUE.values()))

# A sub-column written "其中：…" right after its parent.
SUB_OF = {"public_welfare_jobs": "jobs_created", "petitions_resolved": "petitions_received"}

# A group heading that is also how clerks name one of its indicators (志愿服务 for 志愿服务人次).
VOLUNTEER_HEADINGS = {"志愿服务", zhconv.convert("志愿服务", "zh-hant")}

MONEY = {code for code, ind in CATALOGUE.items() if ind.unit == "元"}

# Plausible monthly magnitudes: (low, high, step).
RANGES: dict[str, tuple[int, int, int]] = {
    "petitions_received": (5, 150, 1), "petitions_resolved": (0, 0, 1), "disputes_mediated": (0, 15, 1),
    "jobs_created": (0, 60, 1), "public_welfare_jobs": (0, 0, 1), "people_employed": (0, 80, 1),
    "zero_employment_households": (0, 6, 1), "micro_loans_yuan": (0, 600000, 1000),
    "training_sessions": (0, 8, 1), "dibao_households": (10, 150, 1), "dibao_persons": (0, 0, 1),
    "dibao_payout_yuan": (20000, 300000, 100), "free_health_checks": (0, 300, 1),
    "people_assisted": (0, 200, 1), "goods_distributed": (0, 500, 1), "cultural_activities": (0, 20, 1),
    "lectures_held": (0, 15, 1), "patrol_members": (10, 80, 1), "informants": (5, 40, 1),
    "security_cases": (0, 8, 1), "volunteers": (100, 2500, 1), "volunteer_person_times": (50, 3000, 1),
    "party_members": (40, 500, 1), "pairings": (5, 60, 1), "households": (800, 6000, 1),
    "residents": (2000, 16000, 1), "floating_population": (100, 3000, 1), "staff": (6, 25, 1),
}
# Where "无" (none this month) is a natural answer.
MAY_BE_NONE = {code for code, ind in CATALOGUE.items() if ind.kind == "flow" and code not in MONEY} | {
    "zero_employment_households"}

CN_NUM = "零一二三四五六七八九十"
CLERKS = ["王芳", "李强", "张丽", "刘洋", "陈静", "杨帆", "赵敏", "古丽娜尔", "艾力"]


def cn_number(n: int) -> str:
    if n <= 10:
        return CN_NUM[n]
    return "十" + CN_NUM[n - 10]


def looks_like_a_date(value: float) -> bool:
    """A count that could also be read as a year (2024), a yyyymm (202405) or an Excel date serial."""
    v = int(value)
    return v == value and (1900 <= v <= 2099 or 20001 <= v <= 79999 or (190001 <= v <= 209912 and 1 <= v % 100 <= 12))


def fullwidth(text: str) -> str:
    """ASCII letters, digits and punctuation as their full-width forms (a space stays a space)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def col_letter(col: int) -> str:
    """0-based column index → A, B, …, AA."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    return f"{col_letter(col)}{row + 1}"


# ---------------------------------------------------------------------------------------------
# The spec
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    """One indicator as this file writes it."""
    code: str
    header: str      # the header text as written (numbering, name, 其中：, unit, traditional …)
    unit_text: str   # the unit as written in a 单位 column ('' when the unit is in the header)
    scale: int       # canonical value = written value × scale (10000 for 万元)
    group: str       # the group heading above it ('' when none)


@dataclass(frozen=True)
class Layout:
    fmt: str                      # xlsx | xlsx_xlsxwriter | xls | csv_utf8sig | csv_gbk
    orientation: str              # rows | transposed | single (one community, indicators as rows)
    period_place: str             # title | cell | file_name | sheet | month_column | header (glued) |
                                  # month_across (single: 1月 | 2月 | 3月 over the value columns)
    period_texts: tuple[str, ...]  # how each period is written where it is placed
    year_text: str                # the year written elsewhere ('' when the period text has it)
    file_name: str
    sheet_names: tuple[str, ...]  # one per period for period_place=sheet, else one
    titles: tuple[str, ...]       # title rows above the (first) table, per sheet order
    header_depth: int
    top_heading: str              # depth 3: the heading over every indicator
    community_header: str
    value_header: str             # single orientation: the header of the value column
    seq_col: bool
    unit_col: bool
    total_row: bool
    total_label: str
    footer: tuple[str, ...]       # footer cells, left to right ('' = skip a cell)
    offset_row: int
    offset_col: int
    stacked: bool
    stack_gap: int
    stack_titles: tuple[str, ...]  # titles of the first and second table when stacked
    month_first: bool             # month_column: 月份 before 社区
    merge_total_label: bool
    merged: bool                  # headings and titles are merged cells (never in CSV)
    traditional: bool
    blank_every: int = 0          # rows: a blank row after every N communities (0: none)
    stack_note: str = ""          # stacked: a tall merged note between the tables instead of a blank gap
    glued: str = ""               # month_column instead: the month written into each header, "prefix"
                                  # (3月受理数) or "suffix" (受理数（3月）), months side by side
    comparison: str = ""          # single: a column of another period's figures (上月数, 去年同期), never data
    code_col: str = ""            # rows: a 社区代码 column before the name, "text" or "sci" (6.54201E+11)
    units_row: str = ""           # rows: a row of units under the headers, （件） | （人）, "bare" or "labelled" (单位)
    translation: str = ""         # rows: the headers repeated in Mongolian, "row" (a row under them) or "inline"
    total_first: bool = False     # rows: the 合计 row right under the headers, above the communities
    column_numbers: bool = False  # rows: a 栏次 row under the headers (甲 | 乙 | 1 | 2 …)
    rate: str = ""                # rows: a 办结率 column after the figures when 受理 and 办结 are among them (its header)
    code_row: str = ""            # rows: a platform's indicator codes under the headers (ZB-01 | ZB-02 …), their prefix
    example: str = ""              # rows: a template's example row under the headers (XX社区 with made-up figures)
    ytd: tuple[str, ...] = ()      # rows: 本月 | 累计 under each indicator (N: the month's number)
    indented: str = ""             # indicators as rows: heading rows over items typed after these spaces
    names_once: bool = False      # long (月份 column): each community's rows together, its name written
                                  # on the first only (merged down over the rest where cells merge)


@dataclass(frozen=True)
class Spec:
    seed: int
    street_code: str
    communities: tuple[tuple[str, str], ...]   # (community_code, name as written)
    periods: tuple[str, ...]                   # 'YYYY-MM'
    columns: tuple[Column, ...]
    values: tuple[tuple[Key, float, object], ...]  # (key, canonical value, what the cell holds)
    layout: Layout
    features: tuple[str, ...]

    @property
    def expected(self) -> dict[Key, float]:
        return {key: value for key, value, _ in self.values}

    def has(self, feature: str) -> bool:
        return feature in self.features


FORMATS = ["xlsx", "xlsx", "xlsx_xlsxwriter", "xls", "csv_utf8sig", "csv_gbk"]
TITLE_PERIOD_FORMS = ["2025年3月", "25年3月", "2025.3", "2025年03月", "三月份"]
FILE_PERIOD_FORMS = ["2025年3月", "2025.03", "202503", "2025-03"]
SHEET_FORMS = ["3月", "2025.03", "2025年3月"]
MONTH_CELL_FORMS = ["2025年3月", "3月", "2025-03", "2025.3"]


def period_text(period: str, form: str) -> str:
    """Write 'YYYY-MM' the way ``form`` (shown for 2025-03) writes it."""
    year, month = int(period[:4]), int(period[5:])
    return {
        "2025年3月": f"{year}年{month}月",
        "25年3月": f"{year % 100}年{month}月",
        "2025.3": f"{year}.{month}",
        "2025年03月": f"{year}年{month:02d}月",
        "三月份": f"{cn_number(month)}月份",
        "2025.03": f"{year}.{month:02d}",
        "202503": f"{year}{month:02d}",
        "2025-03": f"{year}-{month:02d}",
        "25-03": f"{year % 100}-{month:02d}",
        "3月": f"{month}月",
        "3月份": f"{month}月份",
    }[form]


CN_DIGIT = "〇一二三四五六七八九"
# A remark in brackets after a figure that leaves the figure as it is (42（已核实）).
REMARKS = ("已核实", "已录入系统", "社区自报", "已公示")


def mongolian(text: str) -> str:
    """A stand-in for the Mongolian a bilingual form of Inner Mongolia writes beside its Chinese:
    letters of the Mongolian block, one per character, in words of four."""
    letters = [chr(0x1820 + ord(ch) % 35) for ch in text if not ch.isspace()]
    return " ".join("".join(letters[i:i + 4]) for i in range(0, len(letters), 4))


def written_value(value: int, scale: int, quirk: str, fmt: str) -> tuple[float, object]:
    """(canonical value, what the cell holds) for one value and the quirk chosen for its cell."""
    if scale != 1:
        shown = round(value / scale, 4)
        return value, shown if fmt.startswith(("xlsx", "xls")) else f"{shown:g}"
    if quirk == "wu":
        return 0, "无"
    if quirk == "approx_yue":
        return value, f"约{value}"
    if quirk == "approx_yu":
        return value, f"{value}余"
    if quirk == "approx_lower_bound":
        return value, f"{value}以上" if value % 20 else f"{value}+"
    if quirk == "cn_numeral":  # 1–99 in Chinese numerals: 七, 十二, 四十五
        tens, ones = divmod(value, 10)
        return value, ((CN_DIGIT[tens] if tens > 1 else "") + "十" if tens else "") + (CN_DIGIT[ones] if ones else "")
    if quirk == "thousands":
        return value, f"{value:,}"
    if quirk == "fullwidth":
        return value, fullwidth(str(value))
    if quirk == "text_cells" or fmt.startswith("csv"):
        return value, str(value)
    return value, value

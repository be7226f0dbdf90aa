"""Seeded generator of realistic community returns, for property tests of the loader.

``generate(seed)`` draws a ``Spec``: which street, communities, months and indicators one file
holds, every value in the catalogue's canonical unit, how each value is written, and the layout
features (header wording, depth, titles, where the period is, orientation, position, totals,
footers, value texts, names, format). Features are drawn independently, each with its own
probability, so one spec usually carries several. ``write(spec, folder)`` writes the file and
returns the values a correct loader must store: {(community_code, 'YYYY-MM', indicator_code):
value}. ``render(spec)`` gives the same sheets as rows, plus the role of every cell, for checks
beyond the values (totals never loaded, no problem on a cell read correctly).

Everything is drawn from ``random.Random(seed)`` in a fixed order: a seed is a file.
The loader is a black box here; the wordings come from seeds/indicators.csv and the registry.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field, replace
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
    period_place: str             # title | cell | file_name | sheet | month_column
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


# ---------------------------------------------------------------------------------------------
# Drawing a spec
# ---------------------------------------------------------------------------------------------

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
        "3月": f"{month}月",
    }[form]


def _draw_value(rng: random.Random, code: str, row: dict[str, int]) -> int:
    if code == "petitions_resolved":
        return max(0, row.get("petitions_received", rng.randint(5, 150)) - rng.randint(0, 12))
    if code == "public_welfare_jobs":
        return rng.randint(0, min(10, row.get("jobs_created", 10)))
    if code == "dibao_persons":
        return row.get("dibao_households", rng.randint(10, 150)) * rng.randint(1, 3) + rng.randint(0, 9)
    low, high, step = RANGES[code]
    return rng.randrange(low, high + 1, step)


def _pick_indicators(rng: random.Random, orientation: str, stacked: bool) -> list[str]:
    """Indicators of 1–3 domains, catalogue order within a domain, parents before 其中 children."""
    n_domains = rng.randint(2, 3) if stacked else rng.choice([1, 2, 2, 3])
    domains = rng.sample(DOMAINS, n_domains)
    codes: list[str] = []
    for domain in domains:
        members = [code for code, ind in CATALOGUE.items() if ind.domain == domain]
        k = rng.randint(min(2, len(members)), min(len(members), 4 if orientation != "single" else 5))
        chosen = set(rng.sample(members, k))
        for child, parent in SUB_OF.items():  # a sub-column comes with its parent
            if child in chosen:
                chosen.add(parent)
        codes.extend(code for code in members if code in chosen)
    return codes


def _header_text(rng: random.Random, ind: Indicator, number: int, choice: dict) -> tuple[str, int, set[str]]:
    """The header for one indicator, its scale and the wording features it used."""
    used: set[str] = set()
    name = ind.name
    if choice["trailing_shu"]:
        if name.endswith("数") and name[-2] not in "人户次场对件" and len(name) > 4:
            name, _ = name[:-1], used.add("shu_dropped")
        elif name.endswith("人口"):
            name, _ = name + "数", used.add("shu_added")
    if ind.code in SUB_OF and choice["qizhong"]:
        name = "其中：" + name
        used.add("qizhong")
    numbering = choice["numbering"]
    if numbering:
        prefix = {"1.": f"{number}.", "（一）": f"（{cn_number(number)}）", "一、": f"{cn_number(number)}、"}[numbering]
        name = prefix + name
        used.add(f"numbering={numbering}")
    scale = 1
    unit = ind.unit
    if ind.code in MONEY and choice["wan_yuan"] and choice["units"] in ("fullwidth", "ascii", "column"):
        unit, scale = "万元", 10000
        used.add("wan_yuan")
    if choice["units"] == "fullwidth":
        name += f"（{unit}）"
    elif choice["units"] == "ascii":
        name += f"({unit})"
    if choice["fullwidth_header"]:
        wide = fullwidth(name)
        if wide != name:
            used.add("fullwidth_header")
        name = wide
    return name, scale, used


def _written(value: int, scale: int, quirk: str, fmt: str) -> tuple[float, object]:
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
    if quirk == "thousands":
        return value, f"{value:,}"
    if quirk == "fullwidth":
        return value, fullwidth(str(value))
    if quirk == "text_cells" or fmt.startswith("csv"):
        return value, str(value)
    return value, value


def generate(seed: int) -> Spec:
    rng = random.Random(seed)
    features: set[str] = set()

    # --- what the file holds -------------------------------------------------------------
    fmt = rng.choice(FORMATS)
    orientation = rng.choices(["rows", "transposed", "single"], weights=[5, 3, 2])[0]
    places = ["title", "cell", "file_name", "month_column"] if orientation == "rows" else ["title", "cell", "file_name"]
    if not fmt.startswith("csv"):
        places.append("sheet")
    period_place = rng.choice(places)
    n_periods = rng.randint(2, 3) if period_place in ("sheet", "month_column") else 1
    year = rng.choice([2023, 2024, 2025])
    first_month = rng.randint(1, 13 - n_periods)
    periods = tuple(f"{year}-{first_month + i:02d}" for i in range(n_periods))

    street_code = rng.choice(sorted(COMMUNITIES))
    street = STREETS[street_code]
    members = COMMUNITIES[street_code]
    if orientation == "single":
        chosen = [rng.choice(members)]
    else:
        k = rng.randint(3, min(7, len(members)))
        picked = set(rng.sample(range(len(members)), k))
        chosen = [members[i] for i in sorted(picked)]
    name_style = rng.choices(["full", "shequ", "short"], weights=[3, 4, 3])[0]
    traditional = rng.random() < 0.2

    def community_name(full: str) -> str:
        base = full.removesuffix("社区居委会")
        name = {"full": full, "shequ": base + "社区", "short": base}[name_style]
        return zhconv.convert(name, "zh-hant") if traditional else name

    communities = tuple((code, community_name(name)) for code, name in chosen)
    features.add(f"names={name_style}")
    if traditional:
        features.add("traditional")

    stacked = orientation != "single" and period_place != "month_column" and rng.random() < 0.2
    codes = _pick_indicators(rng, orientation, stacked)

    # --- header wording ------------------------------------------------------------------
    choice = {
        "numbering": rng.choice([None, None, "1.", "（一）", "一、"]),
        "units": rng.choices(["none", "fullwidth", "ascii", "column"],
                             weights=[3, 4, 2, 0 if orientation == "rows" else 2])[0],
        "wan_yuan": rng.random() < 0.5,
        "trailing_shu": rng.random() < 0.25,
        "qizhong": rng.random() < 0.6,
        "fullwidth_header": rng.random() < 0.15,
    }
    if choice["fullwidth_header"] and choice["units"] != "ascii" and not choice["numbering"]:
        choice["numbering"] = "1."
    unit_col = choice["units"] == "column"
    header_depth = rng.choices([1, 2, 3], weights=[4, 3, 2])[0] if orientation == "rows" else rng.choice([1, 2])
    group_suffix = rng.choice(["", "情况", "工作"])
    columns = []
    for number, code in enumerate(codes, start=1):
        ind = CATALOGUE[code]
        header, scale, used = _header_text(rng, ind, number, choice)
        features |= used
        unit_text = ""
        if unit_col:
            unit_text = "万元" if scale != 1 else ind.unit
        group = ind.domain + group_suffix if header_depth >= 2 else ""
        if traditional:
            header, unit_text, group = (zhconv.convert(t, "zh-hant") for t in (header, unit_text, group))
        columns.append(Column(code, header, unit_text, scale, group))
    if unit_col:
        features.add("units=column")
    elif choice["units"] != "none":
        features.add(f"units={choice['units']}")
    features.add(f"orientation={orientation}")
    features.add(f"format={fmt}")

    # --- values ----------------------------------------------------------------------------
    quirks_on = [q for q in ["thousands", "fullwidth", "approx_yue", "approx_yu", "wu", "text_cells"]
                 if rng.random() < 0.2 and not (q == "text_cells" and fmt.startswith("csv"))]
    values: list[tuple[Key, float, object]] = []
    for period in periods:
        for code_c, _ in communities:
            drawn: dict[str, int] = {}
            for column in columns:
                drawn[column.code] = _draw_value(rng, column.code, drawn)
            for column in columns:
                value = drawn[column.code]
                quirk = "text_cells" if "text_cells" in quirks_on else ""
                if column.scale == 1 and rng.random() < 0.25:
                    candidates = [q for q in quirks_on if q != "text_cells"]
                    if "thousands" in candidates and value < 1000:
                        candidates.remove("thousands")
                    if "wu" in candidates and column.code not in MAY_BE_NONE:
                        candidates.remove("wu")
                    if value < 20 or column.code in ("petitions_resolved", "public_welfare_jobs", "dibao_persons"):
                        candidates = [q for q in candidates if not q.startswith("approx")]
                    if candidates:
                        quirk = rng.choice(candidates)
                        if quirk.startswith("approx"):
                            value = value // 10 * 10
                if quirk == "wu":
                    value = 0
                canonical, shown = _written(value, column.scale, quirk, fmt)
                if quirk and quirk != "text_cells":
                    features.add(f"value={quirk}")
                values.append(((code_c, period, column.code), canonical, shown))
    if "text_cells" in quirks_on:
        features.add("value=text_cells")
    scales = {c.code: c.scale for c in columns}
    bare = [v for key, v, shown in values if scales[key[2]] == 1 and not (
        isinstance(shown, str) and any(mark in shown for mark in ("约", "余", ",")))]
    date_like = any(looks_like_a_date(v) for v in bare)
    # A "无" or rounded parent must still bound its 其中 sub-column: the child follows it down.
    parents = {key: v for key, v, _ in values}
    for i, (key, value, shown) in enumerate(values):
        bound = parents.get((key[0], key[1], SUB_OF.get(key[2], "")))
        if bound is not None and value > bound:
            values[i] = (key, *_written(int(bound), 1, "text_cells" if "text_cells" in quirks_on else "", fmt))

    # --- where the period is written ---------------------------------------------------------
    year_text = ""
    sheet_names: tuple[str, ...] = ("Sheet1",)
    period_texts: tuple[str, ...] = ()
    if period_place in ("title", "cell"):
        form = rng.choice(TITLE_PERIOD_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        features.add(f"period_form={form}")
        if form == "三月份":
            year_text = f"{year}年"
    elif period_place == "file_name":
        form = rng.choice(FILE_PERIOD_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        features.add(f"file_period_form={form}")
    elif period_place == "sheet":
        form = rng.choice(SHEET_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        sheet_names = period_texts
        features.add(f"sheet_name={form}")
        if form == "3月":
            year_text = f"{year}年"
    elif period_place == "month_column":
        form = rng.choice(MONTH_CELL_FORMS)
        period_texts = tuple(period_text(p, form) for p in periods)
        features.add(f"month_cell={form}")
        if form == "3月":
            year_text = f"{year}年"
    features.add(f"period={period_place}")

    # --- titles ----------------------------------------------------------------------------
    who = communities[0][1] if orientation == "single" else street  # titles turn traditional below
    period_in_title = period_texts[0] if period_place == "title" else ""
    # The year goes in the title when the period text lacks it and the file name does not carry it.
    year_in_title = year_text if (year_text and rng.random() < 0.5) else ""
    year_in_file = year_text if (year_text and not year_in_title) else ""
    title_word = rng.choice(["社区工作情况统计表", "各社区工作指标完成情况", "社区月报表"])
    if orientation == "single":
        title_word = rng.choice(["工作情况统计表", "月报表", "工作指标完成情况"])
    min_titles = 1 if (period_place == "title" or orientation == "single" or year_in_title) else 0
    n_titles = rng.choice(range(min_titles, 3))
    titles: list[str] = []
    if n_titles >= 1:
        if year_in_title:  # the year alone, "2025年度", and the month (三月份, 3月) elsewhere
            titles.append(f"{who}{year_in_title}度{title_word}")
        else:
            titles.append(f"{who}{period_in_title}{title_word}")
    if year_in_title and period_place == "title":
        titles.append(f"（{period_in_title}）")
    if n_titles >= 2:
        titles.append(f"填报单位：{street}办事处" if orientation != "single" else f"填报单位：{who}")
    if period_place == "cell":
        titles.append(rng.choice(["统计时间：", "填报月份：", "报告期："]) + period_texts[0])
    if orientation == "single" and not any(who in t for t in titles):
        titles.insert(0, f"填报单位：{who}")
    if traditional:
        titles = [zhconv.convert(t, "zh-hant") for t in titles]
    features.add(f"title_rows={min(len(titles), 2)}")

    # --- file name ---------------------------------------------------------------------------
    ext = {"xlsx": ".xlsx", "xlsx_xlsxwriter": ".xlsx", "xls": ".xls"}.get(fmt, ".csv")
    stem_who = street if orientation != "single" else chosen[0][1].removesuffix("居委会")
    if period_place == "file_name":
        stem = rng.choice([f"{stem_who}{period_texts[0]}报表", f"{period_texts[0]}{stem_who}社区工作统计",
                           f"{stem_who}_{period_texts[0]}"])
    elif year_in_file:
        stem = rng.choice([f"{year_in_file}{stem_who}社区月报", f"{stem_who}{year_in_file}工作统计"])
    else:
        stem = rng.choice([f"{stem_who}社区工作统计表", f"{stem_who}报表（终版）", f"{stem_who}月报"])
    file_name = stem + ext
    if year_in_file:
        features.add("year_in=file_name")
    elif year_in_title:
        features.add("year_in=title")

    # --- table furniture ---------------------------------------------------------------------
    seq_col = rng.random() < 0.5
    total_row = orientation != "single" and period_place != "month_column" and rng.random() < 0.5
    total_label = rng.choice(["合计", "合计", "合　计", "总计"])
    footer: tuple[str, ...] = ()
    if rng.random() < 0.4:
        last = periods[-1]
        y, m = int(last[:4]), int(last[5:])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        date = f"填报日期：{y}年{m}月{rng.randint(1, 8)}日"
        a, b = rng.sample(CLERKS, 2)
        footer = rng.choice([(f"填表人：{a}", "", f"审核人：{b}", "", date),
                             (f"填表人：{a}　　审核人：{b}　　{date}",),
                             (f"填表人：{a}", f"审核人：{b}")])
        if traditional:
            footer = tuple(zhconv.convert(t, "zh-hant") for t in footer)
        features.add("footer")
    offset_row = rng.choice([0, 0, 0, 1, 2, 3, 5])
    offset_col = rng.choice([0, 0, 0, 1, 2, 5])
    if offset_row:
        features.add("offset_row")
    if offset_col:
        features.add("offset_col")
    if seq_col:
        features.add("seq_col")
    if total_row:
        features.add("total_row" if orientation == "rows" else "total_col")
    if stacked:
        features.add("stacked")
    if orientation == "rows":
        features.add(f"header_depth={header_depth}")
    elif header_depth == 2:  # indicators as rows: the group heading is a 类别 column merged down
        features.add(f"category_col={orientation}")
    if header_depth >= 2 and choice["numbering"] and any(c.group in VOLUNTEER_HEADINGS for c in columns):
        features.add("numbered_under_heading=志愿服务")
    if orientation == "transposed" and any(code == "654201001004" for code, _ in communities):
        features.add("transposed_community=文化街")  # a community name holding a domain word (文化)
    if orientation == "single" and not seq_col and date_like:
        features.add("single_value_like_date")  # e.g. 低保金发放金额 62800 (元), 户数 2050, no 序号 column
    community_header = rng.choice(["社区", "社区名称", "社区居委会"])
    if orientation == "transposed":
        community_header = rng.choice(["指标名称", "项目", "指标", "工作指标"])
    if orientation == "single":
        community_header = rng.choice(["指标名称", "项目", "工作指标"])
    value_header = rng.choice(["本月数", "数量", "完成数", "数值"])
    top_heading = rng.choice(["本月工作完成情况", "主要工作指标", "工作指标完成情况"])
    stack_titles = ("", "")
    if stacked:
        first_domain = CATALOGUE[codes[0]].domain
        second_domain = next(CATALOGUE[c].domain for c in codes if CATALOGUE[c].domain != first_domain)
        stack_titles = (f"一、{first_domain}情况", f"二、{second_domain}等情况")
    if traditional:
        community_header, value_header, top_heading, total_label = (
            zhconv.convert(t, "zh-hant") for t in (community_header, value_header, top_heading, total_label))
        stack_titles = tuple(zhconv.convert(t, "zh-hant") for t in stack_titles)
        file_name = zhconv.convert(file_name, "zh-hant") if rng.random() < 0.5 else file_name
        sheet_names = tuple(zhconv.convert(t, "zh-hant") for t in sheet_names)

    layout = Layout(
        fmt=fmt, orientation=orientation, period_place=period_place, period_texts=period_texts,
        year_text=year_text, file_name=file_name, sheet_names=sheet_names, titles=tuple(titles),
        header_depth=header_depth, top_heading=top_heading, community_header=community_header,
        value_header=value_header, seq_col=seq_col, unit_col=unit_col, total_row=total_row,
        total_label=total_label, footer=footer, offset_row=offset_row, offset_col=offset_col,
        stacked=stacked, stack_gap=rng.randint(1, 3), stack_titles=stack_titles,
        month_first=rng.random() < 0.5, merge_total_label=rng.random() < 0.5, traditional=traditional,
        merged=False,
    )
    merged = not fmt.startswith("csv") and rng.random() < 0.75
    if not merged and header_depth >= 2 and orientation == "rows":  # headings in their first cell only
        features.add(f"unmerged_header={header_depth}")
        if header_depth == 3 and seq_col:
            features.add("unmerged_header=3+seq_col")
    if orientation != "rows" and community_header in ("工作指标", "工作指標"):
        features.add("indicator_col=工作指标")  # the heading over the indicator names
    layout = replace(layout, merged=merged)
    return Spec(seed=seed, street_code=street_code, communities=communities, periods=periods,
                columns=tuple(columns), values=tuple(values), layout=layout, features=tuple(sorted(features)))


# ---------------------------------------------------------------------------------------------
# Rendering: the spec as rows on sheets, with the role of every cell
# ---------------------------------------------------------------------------------------------

@dataclass
class Grid:
    """One sheet: cells by (row, col) 0-based, merged ranges, and what each cell is."""
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    keys: dict[tuple[int, int], Key] = field(default_factory=dict)          # value cells
    totals: set[tuple[int, int]] = field(default_factory=set)               # 合计 cells

    def put_row(self, row: int, col: int, items: list[object]) -> None:
        for i, item in enumerate(items):
            if item is not None and item != "":
                self.cells[(row, col + i)] = item

    def merge(self, r0: int, c0: int, r1: int, c1: int) -> None:
        if (r0, c0) != (r1, c1):
            self.merges.append((r0, c0, r1, c1))

    def rows(self) -> list[list[object]]:
        if not self.cells:
            return []
        height = max(r for r, _ in self.cells) + 1
        width = max(c for _, c in self.cells) + 1
        return [[self.cells.get((r, c)) for c in range(width)] for r in range(height)]


@dataclass
class Rendered:
    file_name: str
    sheets: dict[str, Grid]
    expected: dict[Key, float]


def _total(spec: Spec, column: Column, community_codes: list[str], period: str) -> object:
    lookup = spec.expected
    total = sum(lookup[(c, period, column.code)] for c in community_codes)
    if column.scale != 1:
        shown = round(total / column.scale, 4)
        return shown if not spec.layout.fmt.startswith("csv") else f"{shown:g}"
    return total if not spec.layout.fmt.startswith("csv") else str(total)


def _titles(grid: Grid, row: int, col: int, width: int, titles: tuple[str, ...] | list[str], merge: bool) -> int:
    for title in titles:
        grid.put_row(row, col, [title])
        if merge and width > 1:
            grid.merge(row, col, row, col + width - 1)
        row += 1
    return row


def _footer(grid: Grid, row: int, col: int, footer: tuple[str, ...]) -> int:
    if footer:
        row += 1  # a blank row before the signatures
        grid.put_row(row, col, list(footer))
        row += 1
    return row


def _groups(columns: list[Column]) -> list[tuple[str, int, int]]:
    """Consecutive runs of one group heading: (heading, first index, last index)."""
    runs: list[tuple[str, int, int]] = []
    for i, column in enumerate(columns):
        if runs and runs[-1][0] == column.group:
            runs[-1] = (column.group, runs[-1][1], i)
        else:
            runs.append((column.group, i, i))
    return runs


def _rows_table(spec: Spec, grid: Grid, row: int, col: int, columns: list[Column], period: str | None,
                titles: list[str]) -> int:
    """Communities as rows, indicators as columns (and a 月份 column when period is None)."""
    lay = spec.layout
    long = period is None
    lead = (["序号"] if lay.seq_col else [])
    month_header = "月份" if not lay.traditional else zhconv.convert("月份", "zh-hant")
    if long:
        lead += [month_header, lay.community_header] if lay.month_first else [lay.community_header, month_header]
    else:
        lead += [lay.community_header]
    first_value_col = col + len(lead)
    width = len(lead) + len(columns)
    merge = lay.merged
    row = _titles(grid, row, col, width, titles, merge)

    depth = lay.header_depth
    header_top = row
    for i, text in enumerate(lead):  # lead headings span every header row
        grid.put_row(row, col + i, [text])
        if merge:
            grid.merge(row, col + i, row + depth - 1, col + i)
    if depth == 3:
        grid.put_row(row, first_value_col, [lay.top_heading])
        if merge:
            grid.merge(row, first_value_col, row, first_value_col + len(columns) - 1)
    if depth >= 2:
        group_row = row + depth - 2
        for heading, first, last in _groups(columns):
            if first == last:  # a lone indicator: its own heading spans the group row too
                grid.put_row(group_row, first_value_col + first, [columns[first].header])
                if merge:
                    grid.merge(group_row, first_value_col + first, row + depth - 1, first_value_col + first)
                continue
            grid.put_row(group_row, first_value_col + first, [heading])
            if merge:
                grid.merge(group_row, first_value_col + first, group_row, first_value_col + last)
            for i in range(first, last + 1):
                grid.put_row(row + depth - 1, first_value_col + i, [columns[i].header])
    else:
        for i, column in enumerate(columns):
            grid.put_row(row, first_value_col + i, [column.header])
    row = header_top + depth

    written = {key: shown for key, _, shown in spec.values}
    codes = [code for code, _ in spec.communities]
    periods = spec.periods if long else (period,)
    n = 0
    for p_index, p in enumerate(periods):
        for code, name in spec.communities:
            n += 1
            lead_cells = ([n] if lay.seq_col else [])
            if long:
                month = lay.period_texts[p_index]
                lead_cells += [month, name] if lay.month_first else [name, month]
            else:
                lead_cells += [name]
            grid.put_row(row, col, lead_cells)
            for i, column in enumerate(columns):
                key = (code, p, column.code)
                grid.put_row(row, first_value_col + i, [written[key]])
                grid.keys[(row, first_value_col + i)] = key
            row += 1
    if lay.total_row:
        label_cells = [lay.total_label] + [""] * (len(lead) - 1)
        grid.put_row(row, col, label_cells)
        if merge and lay.merge_total_label and len(lead) > 1:
            grid.merge(row, col, row, col + len(lead) - 1)
        grid.totals.add((row, col))
        for i, column in enumerate(columns):
            grid.put_row(row, first_value_col + i, [_total(spec, column, codes, period)])
            grid.totals.add((row, first_value_col + i))
        row += 1
    return row


def _indicator_rows_table(spec: Spec, grid: Grid, row: int, col: int, columns: list[Column], period: str,
                          titles: list[str]) -> int:
    """Indicators as rows: one column per community (transposed) or one value column (single)."""
    lay = spec.layout
    single = lay.orientation == "single"
    merge = lay.merged
    group_col = lay.header_depth >= 2
    lead = (["序号"] if lay.seq_col else []) + (["类别"] if group_col else []) + [lay.community_header] + (
        ["单位"] if lay.unit_col else [])
    if lay.traditional:
        lead = [zhconv.convert(t, "zh-hant") for t in lead]
    value_heads = [lay.value_header] if single else [name for _, name in spec.communities]
    total_col = lay.total_row and not single
    width = len(lead) + len(value_heads) + (1 if total_col else 0)
    row = _titles(grid, row, col, width, titles, merge)

    grid.put_row(row, col, lead + value_heads + ([lay.total_label] if total_col else []))
    if total_col:
        grid.totals.add((row, col + width - 1))
    row += 1

    written = {key: shown for key, _, shown in spec.values}
    codes = [code for code, _ in spec.communities]
    first_value_col = col + len(lead)
    runs = _groups(columns)
    start = row
    for i, column in enumerate(columns):
        lead_cells = ([i + 1] if lay.seq_col else []) + ([""] if group_col else []) + [column.header] + (
            [column.unit_text] if lay.unit_col else [])
        grid.put_row(row, col, lead_cells)
        for j, (code, _) in enumerate(spec.communities):
            key = (code, period, column.code)
            grid.put_row(row, first_value_col + j, [written[key]])
            grid.keys[(row, first_value_col + j)] = key
        if total_col:
            grid.put_row(row, first_value_col + len(codes), [_total(spec, column, codes, period)])
            grid.totals.add((row, first_value_col + len(codes)))
        row += 1
    if group_col:  # the 类别 column: one heading per run, merged down the run
        gcol = col + (1 if lay.seq_col else 0)
        for heading, first, last in runs:
            grid.put_row(start + first, gcol, [heading or ""])
            if merge:
                grid.merge(start + first, gcol, start + last, gcol)
    return row


def render(spec: Spec) -> Rendered:
    lay = spec.layout
    sheets: dict[str, Grid] = {}
    sheet_periods: list[tuple[str, str | None]]
    if lay.period_place == "sheet":
        sheet_periods = list(zip(lay.sheet_names, spec.periods))
    elif lay.period_place == "month_column":
        sheet_periods = [(lay.sheet_names[0], None)]
    else:
        sheet_periods = [(lay.sheet_names[0], spec.periods[0])]

    for sheet_name, period in sheet_periods:
        grid = Grid()
        row, col = lay.offset_row, lay.offset_col
        tables: list[tuple[list[Column], list[str]]]
        if lay.stacked:
            first_domain = CATALOGUE[spec.columns[0].code].domain
            part1 = [c for c in spec.columns if CATALOGUE[c.code].domain == first_domain]
            part2 = [c for c in spec.columns if CATALOGUE[c.code].domain != first_domain]
            tables = [(part1, list(lay.titles) + [lay.stack_titles[0]]), (part2, [lay.stack_titles[1]])]
        else:
            tables = [(list(spec.columns), list(lay.titles))]
        for index, (columns, titles) in enumerate(tables):
            if index:
                row += lay.stack_gap
            if lay.orientation == "rows":
                row = _rows_table(spec, grid, row, col, columns, period, titles)
            else:
                row = _indicator_rows_table(spec, grid, row, col, columns, period, titles)
        _footer(grid, row, col, lay.footer)
        sheets[sheet_name] = grid
    return Rendered(lay.file_name, sheets, spec.expected)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def _write_xlsx_openpyxl(path: Path, sheets: dict[str, Grid]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, grid in sheets.items():
        sheet = book.create_sheet(name)
        for (r, c), value in grid.cells.items():
            sheet.cell(row=r + 1, column=c + 1, value=value)
        for r0, c0, r1, c1 in grid.merges:
            sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    book.save(path)


def _write_xlsx_xlsxwriter(path: Path, sheets: dict[str, Grid]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for name, grid in sheets.items():
        sheet = book.add_worksheet(name)
        covered = set()
        for r0, c0, r1, c1 in grid.merges:
            sheet.merge_range(r0, c0, r1, c1, grid.cells.get((r0, c0), ""))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for (r, c), value in grid.cells.items():
            if (r, c) in covered:
                continue
            if isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write_number(r, c, value)
    book.close()


def _write_xls(path: Path, sheets: dict[str, Grid]) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, grid in sheets.items():
        sheet = book.add_sheet(name)
        covered = set()
        for r0, c0, r1, c1 in grid.merges:
            sheet.write_merge(r0, r1, c0, c1, grid.cells.get((r0, c0), ""))
            covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for (r, c), value in grid.cells.items():
            if (r, c) not in covered:
                sheet.write(r, c, value)
    book.save(str(path))


def _write_csv(path: Path, grid: Grid, encoding: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [["" if value is None else value for value in row] for row in grid.rows()])
    path.write_bytes(buffer.getvalue().encode(encoding))


def write_rendered(spec: Spec, folder: Path) -> tuple[Path, Rendered]:
    rendered = render(spec)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / rendered.file_name
    fmt = spec.layout.fmt
    if fmt == "xlsx":
        _write_xlsx_openpyxl(path, rendered.sheets)
    elif fmt == "xlsx_xlsxwriter":
        _write_xlsx_xlsxwriter(path, rendered.sheets)
    elif fmt == "xls":
        _write_xls(path, rendered.sheets)
    else:
        (grid,) = rendered.sheets.values()
        _write_csv(path, grid, "utf-8-sig" if fmt == "csv_utf8sig" else "gbk")
    return path, rendered


def write(spec: Spec, folder: Path) -> dict[Key, float]:
    """Write the spec's file into ``folder``; the values a correct loader stores, canonical unit."""
    _, rendered = write_rendered(spec, folder)
    return rendered.expected


def describe(spec: Spec) -> str:
    """The spec in a few lines, for failure messages."""
    lay = spec.layout
    return (f"seed {spec.seed}: {lay.file_name} [{lay.fmt}, {lay.orientation}, period in {lay.period_place} "
            f"{lay.period_texts}, sheets {lay.sheet_names}, titles {lay.titles}] headers "
            f"{[c.header for c in spec.columns]}; features {', '.join(spec.features)}")


if __name__ == "__main__":  # print a few sheets, to look at them
    import sys

    for s in map(int, sys.argv[1:] or ["0", "1", "2"]):
        sp = generate(s)
        print(describe(sp))
        for sheet_name, g in render(sp).sheets.items():
            print(f"--- {sheet_name}")
            for r in g.rows():
                print(" | ".join("" if v is None else str(v) for v in r))
        print()

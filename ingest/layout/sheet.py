"""One sheet as the layout steps see it: padded rows, merged ranges, the role of every cell, the
problems found, and the questions every step asks of a text (a number? a known header? a community?)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress
from typing import Callable

from ingest.headers import structural_kind
from ingest.layout.code_legend import is_code_row
from ingest.layout.short_month_runs import SHORT_MONTH, header_months
from ingest.layout.model import SENDER_KEY, Column, FileContext, SheetExtraction, cell_ref, is_footer
from ingest.periods import (DATE_SERIAL, Period, before_sending, find_period, find_year, in_season, parse_period,
                             season_of, years_named)
from ingest.problems import ONCE_PER_FILE, PROBLEM_NAMES, Problem
from ingest.readers import SheetGrid
from ingest.values import FIGURE_PAIR, parse_value

# 单位： | 五通社区居委, 单位： | 理工社区（…校区）: the 单位 a community names itself by is who sends the
# sheet (单位： | 万元 is the unit of its figures, never this)
NAMED_UNIT = re.compile(r"(?:社区|居委|居委会|居民委员会|村|村委会|居民区)\s*(?:[(（][^()（）]*[)）])?\s*$")

# 本期（2025年12月）, 本月(2026.1): this period, named in brackets.
THIS_PERIOD = re.compile(r"^(?:本期|本月|当月|当期)\s*[(（](.+)[)）]$")
# 本月 in a 月份 column beside 上月 rows, under a title of 2025年12月份: the title's month, said relatively.
THIS_MONTH = re.compile(r"^(?:本月|当月|本期|当期)(?:数|数据)?$")
# 9月（补报）: a month's figures sent late beside the next month's — still that month's.
LATE_REPORT = re.compile(r"\s*[(（](?:补报|补录|补填|迟报)(?:数据)?[)）]\s*$")
# 一季度 | 其中：3月, 1-11月累计 | 其中：11月: the month inside a longer period, still that month.
PART_OF_PERIOD = re.compile(r"^\s*其中\s*[:：]?\s*")
# 1月完成, 3月份完成数, 2026年1月数据: a period and a word for "the figure" — that period's figure column
PERIOD_FIGURE = re.compile(r"^(.+?(?:月份?|季度))\s*(?:完成数?|完成情况|实际完成|数据|数值)$")
# 2018 alone in a cell: a year when it heads a column, a figure in a row of figures.
BARE_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*$")
# 上年同期（2024年12月）, 去年同月, 上月: a row or column of another period, shown for comparison.
COMPARISON = re.compile(r"^(?:与|较|比)?(?:上年同期|去年同期|上年同月|去年同月|上期|上月|同比|环比)")


# Problems of one kind listed one by one per column; past this they are counted (more_problems).
PROBLEMS_PER_COLUMN = 20


class SheetState:
    """Cell access, roles and problems of one sheet; the steps (mixins) build on it."""

    def __init__(self, grid: SheetGrid, context: FileContext) -> None:
        self.grid = grid
        self.context = context
        self.catalog = context.catalog
        self.matcher = context.matcher
        self.width = max((len(row) for row in grid.rows), default=0)
        # Rows padded to one width, and each row's non-empty columns found once: every rule
        # below asks for them again and again.
        width = self.width
        self.rows = tuple(tuple(row) if len(row) == width else tuple(row) + ("",) * (width - len(row))
                          for row in grid.rows)
        self.height = len(self.rows)
        columns = range(width)
        # Rows of one shape (a long table's rows fill the same columns) share one tuple.
        shapes: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.filled = tuple([shapes.setdefault(shape, shape) for shape in
                             (tuple(compress(columns, map(str.strip, row))) for row in self.rows)])
        # The role of each cell, row by row (None: no rule claimed it yet). Only non-empty cells
        # count: a role written to an empty cell is never read back.
        self.role_rows: list[list[str | None]] = [[None] * width for _ in range(self.height)]
        self.merge_origin: dict[tuple[int, int], tuple[int, int]] = {}
        self.merge_tops = {(r0, c0) for r0, c0, r1, c1 in grid.merged if r1 > r0}  # cells merged down
        for r0, c0, r1, c1 in grid.merged:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        self.merge_origin[(r, c)] = (r0, c0)
        self.out = SheetExtraction()
        self.sheet_titles: list[str] = []
        stem = context.file_name.rsplit(".", 1)[0]
        self.default_year = (find_year(grid.name) or find_year(stem))
        named = parse_period(grid.name)  # a sheet named 2026年 among 2025年 | 2026年: its year beats the titles'
        self.sheet_year = named.year if named is not None and named.grain == "year" else None
        self.named_years: set[int] = years_named(grid.name) | years_named(stem)  # and the titles' (tables.py)
        # 2025—2026年度: or the titles' (tables.py); a sheet named by one year (2025年) keeps it whole
        self.season = season_of(grid.name) or (None if self.sheet_year else season_of(stem))
        self.sent = context.sent
        self.street = self.matcher.find_street(grid.name) or self.matcher.find_street(stem)
        self._last_total: dict[int, int] = {}  # column → the row of its last 合计 (or the row above the data)
        self.section = ""  # a table's own heading (一、城市最低生活保障): the group over all its columns
        self.title_lines: list[str] = []  # the lines over the table being read (its title): what bare headers count
        self.choose_sender_catalog([stem])
        self.seen: dict[tuple[str, str, str, bool], tuple[float, str]] = {}
        self._value_cols: list[Column] | None = None
        self._value_indexes: set[int] = set()
        self._listed: dict[tuple[str, int], int] = {}
        self._unlisted: dict[tuple[str, int], tuple[int, int, int]] = {}
        self._asked: dict[tuple[str, str], int] = {}  # (code, text) → its problem's index: one decision
        self._short_months: dict[str, Period] | None = None  # 25.9 | 25.10 …: see short_month

    def choose_sender_catalog(self, texts: list[str]) -> None:
        """With decisions made for one sender's layout (the mapping review), the catalogue for
        this sheet's sender: its street, and the community its file name or titles name."""
        if not self.context.catalog.scoped:
            return
        community = next((code for text in texts if (code := self.matcher.find_community(text, self.street))), "")
        self.catalog = self.context.catalog.for_sender((self.street or "", community))

    # -- cell access ------------------------------------------------------------------------

    def text(self, r: int, c: int) -> str:
        if r < self.height and c < self.width:
            return self.rows[r][c]
        return ""

    def header_text(self, r: int, c: int) -> str:
        """Text as seen in a header: a merged cell's text fills its whole range."""
        origin = self.merge_origin.get((r, c))
        return self.text(*origin) if origin else self.text(r, c)

    def nonempty(self, r: int) -> tuple[int, ...]:
        return self.filled[r]

    def set_role(self, r: int, c: int, role: str) -> None:
        if 0 <= r < self.height and 0 <= c < self.width:
            self.role_rows[r][c] = role

    def role(self, r: int, c: int) -> str | None:
        """The role given so far to a non-empty cell."""
        if 0 <= r < self.height and 0 <= c < self.width and self.rows[r][c].strip():
            return self.role_rows[r][c]
        return None

    def assigned(self) -> list[tuple[int, int, str]]:
        """Non-empty cells with a role so far, row by row."""
        return [(r, c, self.role_rows[r][c]) for r in range(self.height) for c in self.filled[r]
                if self.role_rows[r][c] is not None]

    def problem(self, code: str, r: int | None = None, c: int | None = None, raw: str = "",
                detail: str | Callable[[], str] = "") -> None:
        """Record a problem; ``detail`` may be a function, called only when the problem is listed.
        A column lists at most ``PROBLEMS_PER_COLUMN`` problems of one kind: the rest are counted
        into one ``more_problems`` note (``listed_in_full``), so a million bad rows make a few
        dozen problems, not a million, and no cell is left without its reason."""
        ref = cell_ref(r, c) if r is not None and c is not None else ""
        if code in ONCE_PER_FILE and raw.strip():
            if (index := self._asked.get((code, raw.strip()))) is not None:
                self._said_again(index, ref)
                return
            self._asked[(code, raw.strip())] = len(self.out.problems)
        if c is not None and r is not None:
            key = (code, c)
            listed = self._listed.get(key, 0)
            if listed >= PROBLEMS_PER_COLUMN:
                first, _, count = self._unlisted.get(key, (r, r, 0))
                self._unlisted[key] = (first, r, count + 1)
                return
            self._listed[key] = listed + 1
        self.out.problems.append(Problem(code, self.grid.name, ref, raw, detail() if callable(detail) else detail))

    def _said_again(self, index: int, ref: str) -> None:
        """三元 | 受理 | 28, 三元 | 办结 | 26 …: a long table names its one community on every row; a
        name nobody knows is one question (one alias to confirm), with a few of its other places."""
        head = self.out.problems[index]
        places = head.elsewhere if len(head.elsewhere) >= 5 else (*head.elsewhere, ref)
        self.out.problems[index] = replace(head, elsewhere=places, elsewhere_count=head.elsewhere_count + 1)

    def listed_in_full(self) -> None:
        """One ``more_problems`` note per column and kind whose problems went past the limit."""
        for (code, c), (first, last, count) in self._unlisted.items():
            rows = f"第 {first + 1} 行" if first == last else f"第 {first + 1}–{last + 1} 行"
            self.out.problems.append(Problem("more_problems", self.grid.name, cell_ref(first, c),
                                             PROBLEM_NAMES.get(code, code), f"{count} 处，{rows}"))

    # -- classification helpers ------------------------------------------------------------

    def cell_period(self, text: str) -> Period | None:
        """A cell or header that is a period as a whole; a year left out is the sheet's, else the
        sending year's (a month after the sending month is last year's)."""
        if (short := self.short_month(text)) is not None:
            return short  # 25.10 in a header row of 25.9 | 25.10 | 25.11: October 2025
        text = PART_OF_PERIOD.sub("", text)
        this = THIS_PERIOD.match(text.strip())
        text = this.group(1) if this else LATE_REPORT.sub("", text)   # 本期（2025年12月）: the period in brackets
        found = in_season(parse_period(text, self.default_year), text, self.season)
        if found is None and self.default_year is None and self.sent is not None:
            found = before_sending(parse_period(text, self.sent.year), self.sent.year, self.sent.month)
        return None if found is not None and self.far_serial(text, found) else found

    def short_month(self, text: str) -> Period | None:
        """A month written 25.10 when the sheet has a header row running 25.9 | 25.10 | 25.11 …;
        the sheet's runs are looked for only once a cell looks like one (most sheets never do)."""
        if SHORT_MONTH.fullmatch(text.strip()) is None:
            return None
        if self._short_months is None:
            self._short_months = header_months(self.rows)
        return self._short_months.get(text.strip())

    def far_serial(self, text: str, found: Period) -> bool:
        """35800 beside 低保金（元）： in a 2026 return: a figure, not the Excel date serial of a day in
        1998 — a bare serial is a date only within a year of the file's (or its sending) year."""
        year = self.default_year or (self.sent.year if self.sent is not None else None)
        return bool(DATE_SERIAL.fullmatch(text.strip())) and year is not None and abs(found.year - year) > 1

    def period_figure(self, text: str) -> Period | None:
        """The period of a header that is a period and the word for its figure (1月完成), else None."""
        found = PERIOD_FIGURE.match(text.strip())
        return self.cell_period(found.group(1)) if found else None

    def text_period(self, text: str) -> Period | None:
        """The most specific period written in a title, sheet name or file name."""
        found = in_season(find_period(text, self.default_year), text, self.season)
        if found is None and self.default_year is None and self.sent is not None:
            found = before_sending(find_period(text, self.sent.year), self.sent.year, self.sent.month)
        return found or self.cell_period(text)   # a title that is a period alone (26-03)

    def is_number(self, text: str) -> bool:
        return parse_value(text).status == "number" and self.cell_period(text) is None

    def is_known_header(self, text: str) -> bool:
        if not text.strip():
            return False
        return bool(structural_kind([text]) or self.indicator_header(text)
                    or self.catalog.is_derived([text]) or self.cell_period(text))

    def indicator_header(self, text: str) -> bool:
        """A catalogue indicator's header — unless a reading by concepts only (体育学院社区居委会 as
        文体活动) is a registry community's name: then it names the community."""
        found = self.catalog.match_indicator([text])
        if found is None or found.score >= 1.0:
            return found is not None
        return not self.registry_name(text)

    def registry_name(self, text: str) -> str:
        """The code of the community ``text`` names by its registry name (by code, name, normalized
        name or alias — never a near spelling or an abbreviation), or ''."""
        named = self.matcher.match(text, self.street)
        return named.community_code or "" if named.method in {"code", "name", "normalized", "alias"} else ""

    def is_header_row(self, r: int) -> bool:
        cells = [self.text(r, c) for c in self.nonempty(r)]
        if len(cells) < 2 or any(self.is_number(t) or FIGURE_PAIR.match(t) for t in cells) \
                or self.meta_row_texts(r) is not None or is_code_row(cells):
            return False
        known = sum(self.is_known_header(t) for t in cells)
        if known >= 2:
            return not self.years_as_figures(r)
        if known == 1 and (self.communities_with_numbers_below(r) or self.indicator_with_numbers_below(r)):
            return True  # 社区 | a header nobody knows yet, or 网格 | 网格长 | 办结数 over figures
        communities = sum(self.matches_community(t) for t in cells)
        # Communities as column headers: beside a known header ("指标 | 建设社区 | …"), or
        # several of them under group headings (片区 over its communities).
        return (known == 1 and communities >= 2) or communities >= 3

    def merged_down_only(self, r: int, above: int) -> bool:
        """A row of nothing but the header cells above merged down into it (a row of translations
        read as the headers it translates): part of the header, never a row of data."""
        return not self.nonempty(r) and any(self.merge_origin.get((r, c), (-1,))[0] == above
                                            for c in range(self.width))

    def years_as_figures(self, r: int) -> bool:
        """营盘街社区 | 2031 | 2018: figures that read like years in a row a community names, or
        right under a row of figures in those columns with no structural word (项目, 社区) beside
        them — data, never a header row of years over the rows below."""
        cells = self.nonempty(r)
        years = [c for c in cells if BARE_YEAR.match(self.text(r, c))]
        if not years:
            return False
        others = [self.text(r, c) for c in cells if c not in years]
        if any(self.matches_community(t) for t in others):
            return True
        return r > 0 and not any(structural_kind([t]) for t in others) \
            and all(self.is_number(self.text(r - 1, c)) for c in years)

    def meta_row_texts(self, r: int) -> list[str] | None:
        """A row of facts about the report, not a header: a label and its date or period in the
        next cell (统计月份 | 2025-12-01, 报告期： | 2026年1月, 填报日期 | 2026-01-06), with or beside
        "key：value" cells (填报单位：…). Its title texts: each pair as one text, the sending date
        and other footer facts left out (never the period) — or None for any other row. A label
        beside a period over numbers (项目 | 2026年1月 above 受理 | 12) is a header, not this."""
        cells = self.nonempty(r)
        if len(cells) < 2:
            return None
        texts: list[str] = []
        pairs, i = 0, 0
        while i < len(cells):
            label = self.text(r, cells[i]).strip()
            if self.cell_period(label) is not None and not self.is_number(self.text(r + 1, cells[i])) and any(
                    "：" in self.text(r, c).replace(":", "：").strip("：") for c in cells if c != cells[i]):
                texts.append(label)  # 2026年度 | 单位：团岛社区 — the report's year beside who sends it
                pairs += 1
                i += 1
                continue
            if self.is_number(label) or self.cell_period(label) is not None:
                return None
            key, colon, rest = label.replace(":", "：").partition("：")
            if colon and rest.strip():           # 填报单位：黉门街社区居委会
                texts.extend([] if is_footer(label) else [label])
                i += 1
                continue
            if i + 1 >= len(cells):
                if pairs and structural_kind([key]) is not None:
                    break   # 社区（维文） left blank (or only in another script) after the row's facts
                return None
            value_col = cells[i + 1]
            if (SENDER_KEY.fullmatch(key.strip()) or (colon and key.strip() == "单位"
                                                      and NAMED_UNIT.search(self.text(r, value_col)))) \
                    and not self.is_number(self.text(r, value_col)) \
                    and not self.is_number(self.text(r + 1, value_col)):
                texts.append(f"{key.strip()}：{self.text(r, value_col).strip()}")  # 填报单位 | 幸福路社区居委会
                pairs += 1
                i += 2
                continue
            value = self.text(r, value_col)
            if structural_kind([key]) in ("street", "community_name") and not self.is_number(self.text(r + 1, value_col)) \
                    and (self.matcher.find_street(value) or self.matches_community(value)):
                texts.append(value.strip())   # 所属街道 | 和平街道: the place of the sender
                pairs += 1
                i += 2
                continue
            if self.split_title(r, label, value_col):
                texts.extend([label, value])   # 中山路居委会 | 2026年3月份: one title typed over two cells
                pairs += 1
                i += 2
                continue
            if is_footer(label) and not colon and value.strip() and not self.is_number(value) \
                    and self.cell_period(value) is None and not self.is_number(self.text(r + 1, value_col)):
                pairs += 1   # 联系人 | 赵雅琴, 审核人 | 社区书记: who answers for the report, beside its facts
                i += 2
                continue
            if self.cell_period(value) is None or self.is_number(self.text(r + 1, value_col)) \
                    or not (colon or is_footer(label) or structural_kind([key]) == "period"):
                return None
            texts.extend([] if is_footer(label) else [f"{key}：{value}"])
            pairs += 1
            i += 2
        return texts if pairs else None

    def split_title(self, r: int, label: str, value_col: int) -> bool:
        """A title cut at its comma, as a CSV written by hand leaves it (中山路居委会,2026年3月份): a
        registered community's name, then a period, with no figure under the period — who sends
        the report and for when, not a header over a column of months."""
        return self.cell_period(self.text(r, value_col)) is not None and self.matches_community(label) \
            and not self.is_number(self.text(r + 1, value_col))

    def title_texts(self, cells: list[tuple[int, int]]) -> list[str]:
        """The texts of title cells, a row of facts (``meta_row_texts``) read as its pairs."""
        texts: list[str] = []
        done: set[int] = set()
        for r, c in cells:
            if r in done:
                continue
            meta = self.meta_row_texts(r) if len(self.nonempty(r)) >= 2 else None
            if meta is None:
                texts.append(self.text(r, c))
            else:
                texts.extend(meta)
                done.add(r)
        return texts

    def communities_with_numbers_below(self, r: int) -> bool:
        """A community column header on row r, and the next row holds a registry community under
        it and a number beside it."""
        columns = [c for c in self.nonempty(r)
                   if structural_kind([self.text(r, c)]) in {"community_name", "community_code"}]
        below = next((row for row in range(r + 1, min(r + 3, len(self.rows))) if self.nonempty(row)), None)
        if not columns or below is None:
            return False
        texts = [self.text(below, c) for c in self.nonempty(below)]
        return any(self.matches_community(self.text(below, c)) for c in columns) and \
            any(self.is_number(text) for text in texts)

    def indicator_with_numbers_below(self, r: int) -> bool:
        """A catalogue indicator's header on row r with a number under it on the next row, the
        row's other cells words (网格 | 网格长 | 办结数 over 第一网格 | 张红 | 57)."""
        below = next((row for row in range(r + 1, min(r + 3, len(self.rows))) if self.nonempty(row)), None)
        if below is None:
            return False
        return any(self.indicator_header(self.text(r, c)) and self.is_number(self.text(below, c))
                   for c in self.nonempty(r))

    def matches_community(self, text: str) -> bool:
        return bool(text.strip()) and not self.is_number(text) and \
            self.matcher.match(text, self.street).community_code is not None

    # -- the sheet ---------------------------------------------------------------------------

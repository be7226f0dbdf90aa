"""The shapes a sheet is read into: values with lineage, a sheet's extraction, columns and tables as
the header reader classifies them, and the words that mark totals and footers."""

from __future__ import annotations

import functools
import re
from datetime import date
from dataclasses import dataclass, field
from typing import NamedTuple

from ingest.communities import CommunityMatcher
from ingest.derived import DerivedCatalogue, ReportedFigure
from ingest.chinese_text import simplify
from ingest.headers import HeaderCatalog, IndicatorMatch, structural_kind
from ingest.periods import Period
from ingest.problems import Problem


FOOTER_WORDS = ("填表人", "审核人", "填报日期", "制表人", "制表", "负责人", "填报人", "联系电话", "备注",
                "注:", "注：", "说明", "统计人", "审核", "单位负责人", "填报时间", "报送日期", "分管领导",
                "主要负责人", "日期:", "日期：", "报送", "填报单位", "联系人")
TOTAL_WORDS = ("合计", "总计", "小计", "汇总", "全街")   # 全街道: the street's own total
ROW_KINDS_LABEL = {"seq", "street", "note", "unit", "part"}
ROW_KINDS_PLAIN_LABEL = ROW_KINDS_LABEL | {"blank", "derived"}


class ExtractedValue(NamedTuple):
    """One loaded value with its lineage. A named tuple: a batch makes tens of thousands, and
    they are built, pickled and turned into columns much faster than dataclass instances."""

    sheet: str
    cell_ref: str
    row_index: int
    col_index: int
    header_text: str
    community_text: str
    community_code: str
    community_match: str
    period_text: str
    period: Period
    indicator_code: str
    value: float
    is_cumulative: bool
    is_approximate: bool
    raw_text: str


new_value = tuple.__new__  # ExtractedValue from its fields in order, without a Python-level __new__


@dataclass
class SheetExtraction:
    values: list[ExtractedValue] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Every non-empty cell, row by row and left to right, as the loader stores it:
    # (sheet, cell_ref, row, col, raw text, role).
    cell_rows: list[tuple[str, str, int, int, str, str]] = field(default_factory=list)
    # Derived cells (办结率 …) naming a catalogue derived indicator: kept to be checked, never loaded.
    reported: list[ReportedFigure] = field(default_factory=list)

    @property
    def cells(self) -> list[tuple[int, int, str]]:
        """(row, col, role) of every non-empty cell, row by row."""
        return [(r, c, role) for _, _, r, c, _, role in self.cell_rows]

    @property
    def roles(self) -> dict[tuple[int, int], str]:
        return {(r, c): role for _, _, r, c, _, role in self.cell_rows}


@dataclass(frozen=True)
class FileContext:
    file_name: str
    catalog: HeaderCatalog
    matcher: CommunityMatcher
    sent: date | None = None   # the file's modification day: a period written without its year precedes it
    derived: DerivedCatalogue = DerivedCatalogue()   # the catalogue's derived indicators (none: nothing kept)
    cover: tuple[str, ...] = ()   # a cover sheet's lines (报告期：2026年1月, 填报单位：…): the whole file's context


@dataclass
class Column:
    index: int
    levels: list[str]
    kind: str                      # indicator | derived | structural kind | period | community | part | unknown | blank
    indicator_code: str = ""
    multiplier: float = 1.0
    is_cumulative: bool = False
    period: Period | None = None
    community_code: str = ""
    header_cell: tuple[int, int] | None = None
    score: float = 1.0             # how sure the indicator match is (1.0: a catalogue name or synonym)
    pick: str = ""                 # of a 「33户59人」 cell: "hu" or "ren" (ingest/layout/pairs.py)

    def hold(self, found: IndicatorMatch) -> None:
        """This column holds values of ``found``'s indicator (unit, year-to-date, match strength)."""
        self.kind, self.indicator_code = "indicator", found.indicator_code
        self.multiplier, self.is_cumulative, self.score = found.unit_multiplier, found.is_cumulative, found.score


@dataclass
class Table:
    header_rows: list[int]
    columns: dict[int, Column]
    indicators_as_rows: bool


@functools.lru_cache(maxsize=1 << 16)
def cell_ref(row: int, col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


# A sign-off under a table: a short label, a colon, then who and the day it was sent
# (填报：民情办 刘洋 2026年4月6日, 汇总：平安办 2026-03-04) — never a community, never a period.
SIGN_OFF = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：].*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
                      r"|^[\u4e00-\u9fff]{4,}\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
# (or an office's name, a space and the day: 长兴街道新时代文明实践所 2026年4月8日)


# A printed page's number pasted back with the sheet (第1页  共3页, 共3页 第2页, 第 2 页, - 2 -,
# Page 1 of 3): a line between pages, never a community, a figure or the table's end.
PAGE_LINE = re.compile(r"^\s*(?:第\s*\d+\s*页\s*[,，、/]?\s*(?:共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，、/]?\s*第\s*\d+\s*页"
                       r"|[-—－]\s*\d+\s*[-—－]|page\s*\d+(?:\s*(?:of|/)\s*\d+)?)\s*$", re.IGNORECASE)


# 填报单位：学府社区 — a footer, yet it names whose figures these are.
SENDER_LINE = re.compile(r"^\s*(?:填报单位|报送单位|填表单位|单位名称)\s*[:：]")
SENDER_KEY = re.compile(r"填报单位|报送单位|填表单位|单位名称")   # the same words beside their value


@functools.lru_cache(maxsize=1 << 16)
def is_footer(text: str) -> bool:
    plain = simplify(text)
    if plain.startswith(FOOTER_WORDS):
        return True
    # a sign-off, unless its label says the date is the period (统计月份：2026-01-01)
    label = re.split(r"[:：]", plain, maxsplit=1)[0]
    return bool(SIGN_OFF.match(plain)) and "统计" not in label and structural_kind([label]) != "period"


@functools.lru_cache(maxsize=1 << 16)
def is_total(text: str) -> bool:
    plain = simplify(text)
    return any(word in plain for word in TOTAL_WORDS) and len(plain) <= 12

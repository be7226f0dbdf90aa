"""The shapes a sheet is read into: values with lineage, a sheet's extraction, columns and tables as
the header reader classifies them, and the words that mark totals and footers."""

from __future__ import annotations

import dataclasses
import functools
import re
from array import array
from collections import Counter
from datetime import date
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple

from ingest.communities import CommunityMatcher
from ingest.derived import DerivedCatalogue, ReportedFigure
from ingest.chinese_text import simplify
from ingest.headers import HeaderCatalog, IndicatorMatch, structural_kind
from ingest.layout.as_of_lines import as_of_month_end
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


# The role of every non-empty cell, kept a column at a time: a sheet of a million rows has
# millions of cells, and a tuple with its own A1 string per cell took several hundred bytes each
# (issue 19). In ``CellRows`` a cell costs its row and column (4 bytes each), its role (1 byte),
# its sheet's number (2 bytes) and a reference to the text the grid already holds; it still reads
# as the tuples it replaced: ``(sheet, cell_ref, row, col, raw_text, role)``, row by row.
ROLES = ("value", "label", "problem")
ROLE_CODE = {role: code for code, role in enumerate(ROLES)}
CellRow = tuple[str, str, int, int, str, str]


class CellRows:
    """Non-empty cells with their roles, in the order added (sheet by sheet, row by row)."""

    __slots__ = ("sheets", "sheet_numbers", "rows", "cols", "texts", "roles")

    def __init__(self, tuples: Iterable[CellRow] = ()) -> None:
        self.sheets: list[str] = []
        self.sheet_numbers = array("H")
        self.rows = array("i")
        self.cols = array("i")
        self.texts: list[str] = []
        self.roles = bytearray()
        self.extend(tuples)

    def _sheet_number(self, sheet: str) -> int:
        if self.sheets and self.sheets[-1] == sheet:
            return len(self.sheets) - 1
        if sheet in self.sheets:
            return self.sheets.index(sheet)
        self.sheets.append(sheet)
        return len(self.sheets) - 1

    def add_grid(self, sheet: str, rows: tuple[tuple[str, ...], ...], filled: tuple[tuple[int, ...], ...],
                 role_rows: list[list[str | None]]) -> None:
        """Every non-empty cell of a sheet's grid (``filled``: each row's non-empty columns), its
        role from ``role_rows`` (a cell no rule claimed counts as a label)."""
        number = self._sheet_number(sheet)
        code = ROLE_CODE.__getitem__
        for r, columns in enumerate(filled):
            if not columns:
                continue
            row, roles = rows[r], role_rows[r]
            self.rows.extend([r] * len(columns))
            self.cols.extend(columns)
            self.texts.extend([row[c] for c in columns])
            self.roles.extend([code(roles[c] or "label") for c in columns])
        self.sheet_numbers.extend([number] * (len(self.rows) - len(self.sheet_numbers)))

    def append(self, cell: CellRow) -> None:
        sheet, _, r, c, text, role = cell
        self.sheet_numbers.append(self._sheet_number(sheet))
        self.rows.append(r)
        self.cols.append(c)
        self.texts.append(text)
        self.roles.append(ROLE_CODE[role])

    def extend(self, cells: Iterable[CellRow]) -> None:
        if isinstance(cells, CellRows):
            offset = len(self.sheets)
            self.sheets.extend(cells.sheets)
            self.sheet_numbers.extend([offset + n for n in cells.sheet_numbers] if offset else cells.sheet_numbers)
            self.rows.extend(cells.rows)
            self.cols.extend(cells.cols)
            self.texts.extend(cells.texts)
            self.roles.extend(cells.roles)
            return
        for cell in cells:
            self.append(cell)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[CellRow]:
        sheets = self.sheets
        for number, r, c, text, role in zip(self.sheet_numbers, self.rows, self.cols, self.texts, self.roles):
            yield sheets[number], cell_ref(r, c), r, c, text, ROLES[role]

    def role_counts(self) -> Counter[str]:
        """How many cells hold each role (value, label, problem)."""
        counts = Counter(self.roles)
        return Counter({role: counts.get(code, 0) for code, role in enumerate(ROLES)})


@dataclass
class SheetExtraction:
    values: list[ExtractedValue] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Every non-empty cell, row by row and left to right, as the loader stores it:
    # (sheet, cell_ref, row, col, raw text, role).
    cell_rows: "CellRows" = field(default_factory=lambda: CellRows())
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
    rounded: frozenset[str] = frozenset()   # amount headers another sheet showed rounded apart (rounded_amounts.py)


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
    parts: tuple = ()              # 7月/8月/9月 over 39/58/54: each part's period, in order

    def hold(self, found: IndicatorMatch) -> None:
        """This column holds values of ``found``'s indicator (unit, year-to-date, match strength)."""
        self.kind, self.indicator_code = "indicator", found.indicator_code
        self.multiplier, self.is_cumulative, self.score = found.unit_multiplier, found.is_cumulative, found.score


def each_part(col: Column) -> list[Column]:
    """A column of figures written a/b/c under 7月/8月/9月 as one column per part (its period, and
    the pick of its part); any other column as it is."""
    count = len(col.parts)
    return [dataclasses.replace(col, period=period, pick=f"part:{i}/{count}", parts=())
            for i, period in enumerate(col.parts)] if count else [col]


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


# 示例 / 填写示例 / 样例 in a row's 序号 or label cell: the template's example row, left in above the
# sender's own (a made-up community with made-up figures), never data.
# 栏次 under a statistical form's headers (甲 | 乙 | 1 | 2 | 3 … | 丙): the columns' own numbers, never figures
COLUMN_LETTERS = frozenset("甲乙丙丁戊己庚辛壬癸") | {"栏次", "行次"}
COLUMN_NUMBER = re.compile(r"^\d{1,3}(?:\.0+)?$")


def is_column_numbers(texts: list[str]) -> bool:
    """A 栏次 row: 甲 / 乙 (or 栏次) and whole numbers running up one by one, nothing else."""
    plain = [text.strip() for text in texts if text.strip()]
    numbers = [float(text) for text in plain if COLUMN_NUMBER.match(text)]
    letters = [text for text in plain if not COLUMN_NUMBER.match(text)]
    return bool(numbers) and bool(letters) and len(plain) >= 3 and all(text in COLUMN_LETTERS for text in letters) \
        and all(after - before == 1 for before, after in zip(numbers, numbers[1:]))


EXAMPLE_ROW = re.compile(r"^[(（【\[]?(?:填写|填报|填表)?(?:示例|样例|范例|例)[)）】\]]?[:：]?$")
# XX社区, （例）凤凰XX社区, 某某社区: a template's made-up community, never a name to look up.
PLACEHOLDER_NAME = re.compile(r"(?:[XxＸｘ×*＊]{2,}|某某?)(?:社区|居委会|居民委员会|村|街道)|^[(（【\[](?:填写|填报)?(?:示例|样例|例)[)）】\]]")


def squeeze(text: str) -> str:
    """社　区 and 社区, 受 理 数 and 受理数: the same heading."""
    return "".join(text.split())


def is_example(text: str) -> bool:
    """The 示例 row's label, or a made-up community's name in it."""
    text = text.strip()
    return bool(EXAMPLE_ROW.match(text) or PLACEHOLDER_NAME.search(text))


# 填报单位：学府社区 — a footer, yet it names whose figures these are.
SENDER_WORDS = "填报单位|报送单位|填表单位|单位名称"
SENDER_LINE = re.compile(rf"^\s*(?:{SENDER_WORDS})\s*(?:[（(]\s*(?:盖章|公章|签章)\s*[）)])?\s*[:：]")
SENDER_KEY = re.compile(SENDER_WORDS)   # the same words beside their value in the next cell
# ※低保金单位：万元（保留两位小数）；…, *注：含来电来访: the note a mark in a label points to — a
# sentence (its punctuation says so), never a row's label (row_settling.py reads it as a label).
MARKED_NOTE_LINE = re.compile(r"^[※*＊▲△†‡]+\s*[^\s※*＊▲△†‡].*[:：；;。]")


# 东莱南街社区居民委员会    书记：孙艳    统计：许    电话：0431-8462…: who answers for the return,
# two roles or more each with its person (or number) — a signature line, whatever stands first
# (经办：…  复核：…: who handled a ledger and who checked it, the sign-off of any 台账)
SIGNATURE_ROLE = re.compile(r"(?:书记|主任|统计人?|填表人?|审核人?|制表人?|经办人?|复核人?|联系人|负责人|联系电话|电话)"
                            r"\s*[:：]\s*\S")


def is_footer(text: str) -> bool:
    """A footer line (填表人：…, 备注, a sign-off with its date). A figure written in digits never
    is one: answered at once, so a sheet of a million numbered rows does not push every name and
    word out of the cache below."""
    return False if text.isdigit() else _is_footer(text)


# 社会事务科　经办人：方敏　0574-…, 综合文化站　2026年4月3日　（…）: the office that sends the sheet, a
# space, then who answers for it or the day — a sign-off, never a community's row.
OFFICE_THEN = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}[ \u3000]+(?=\S)")
SIGNER_WORDS = ("填表人", "审核人", "制表人", "负责人", "填报人", "经办人", "联系人", "联系电话", "统计人")
OFFICE_DATE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[（(][^（）()]*[)）])?$")
# 更正说明：安丰社区12月低保人数漏统2人…, 情况说明：…: a note under the table, whatever communities it names
CORRECTION_NOTE = re.compile(r"^(?:更正|修改|补充|情况)说明\s*[:：]")


@functools.lru_cache(maxsize=1 << 16)
def _is_footer(text: str) -> bool:
    plain = simplify(text)
    if plain.startswith(FOOTER_WORDS) or CORRECTION_NOTE.match(plain) or len(SIGNATURE_ROLE.findall(plain)) >= 2:
        return True
    office = OFFICE_THEN.match(text)
    rest = text[office.end():].strip() if office else ""
    if rest and (simplify(rest).startswith(SIGNER_WORDS) or OFFICE_DATE.match(simplify(rest))):
        return True
    # a sign-off, unless its label says the date is the period (统计月份：2026-01-01)
    label = re.split(r"[:：]", plain, maxsplit=1)[0]
    return bool(SIGN_OFF.match(plain)) and "统计" not in label and structural_kind([label]) != "period" \
        and not as_of_month_end(plain)  # 数据截至2025年12月31日: the month the stock stands at


def is_total(text: str) -> bool:
    """合计, 小计, 全街道 … (short). Digits alone never are (see ``is_footer``)."""
    return False if text.isdigit() else _is_total(text)


LEADING_CODE = re.compile(r"^\d{6,12}[-－—–_:：]")
# 时点数不合计, 不计入合计, 未汇总: a remark that the row is NOT summed (a stock) — the opposite of a total
NOT_TOTALLED = re.compile(r"(?:不|未|无需|不予)(?:参与|计入|参加)?(?:合计|总计|小计|汇总)")


@functools.lru_cache(maxsize=1 << 16)
def _is_total(text: str) -> bool:
    plain = "".join(simplify(text).split())   # 合⏎计: a header typed over two lines
    plain = LEADING_CODE.sub("", plain)          # 630104003-虎台街道（合计）: a platform's code before the name
    plain = NOT_TOTALLED.sub("", plain)
    return any(word in plain for word in TOTAL_WORDS) and len(plain) <= 12


# 单位：万元, 贷款单位：万元, 金额单位：元: a line saying what unit the figures are in
UNIT_STATEMENT = re.compile(r"单位[:：]\s*[\u4e00-\u9fff、,，]{1,12}\s*$")


def is_facts_line(cells: list[str]) -> bool:
    """报送单位：劳动保障事务所 | 贷款单位：万元 over the headers: every cell a "key：value" fact about
    the report, one of them who sends it or a unit statement — a title line, never a group row
    (its 万元 would become the unit of the column it happens to stand over)."""
    pairs = [text.replace(":", "：").partition("：") for text in cells]
    return all(colon and rest.strip() for _, colon, rest in pairs) \
        and any(is_footer(text) or UNIT_STATEMENT.search(text) for text in cells)

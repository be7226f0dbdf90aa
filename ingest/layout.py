"""Layout detection: from one sheet's grid of texts to values, labels and problems, cell by cell.

A sheet is split into blocks at blank rows. In each block a header row (up to three rows with
merged group cells) is found; text above it is title, text after the data is footer. Each column
is classified (indicator, community, period, 序号 …). Two table shapes follow from that:

* indicators as columns — rows are communities (street summary), community × month (long), or
  months of one community (the community then comes from the title, sheet or file name);
* indicators as rows — columns are months, 本月/本年累计, a single value, or communities.

Every non-empty cell ends with one role: ``value`` (loaded), ``label`` (title, header, footer,
序号, total, "—") or ``problem`` (reported). That is the nothing-lost identity.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import compress
from typing import NamedTuple

from ingest.communities import CommunityMatcher
from ingest.headers import HeaderCatalog, normalize_header, simplify, structural_kind
from ingest.periods import Period, find_period, find_year, parse_period
from ingest.problems import Problem
from ingest.readers import SheetGrid
from ingest.values import parse_value

FOOTER_WORDS = ("填表人", "审核人", "填报日期", "制表人", "制表", "负责人", "填报人", "联系电话", "备注",
                "注:", "注：", "说明", "统计人", "审核", "单位负责人", "填报时间", "报送日期", "分管领导",
                "主要负责人", "日期:", "日期：")
TOTAL_WORDS = ("合计", "总计", "小计", "汇总")
ROW_KINDS_LABEL = {"seq", "street", "note", "unit"}
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


@dataclass
class Column:
    index: int
    levels: list[str]
    kind: str                      # indicator | derived | structural kind | period | community | unknown | blank
    indicator_code: str = ""
    multiplier: float = 1.0
    is_cumulative: bool = False
    period: Period | None = None
    community_code: str = ""
    header_cell: tuple[int, int] | None = None


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


@functools.lru_cache(maxsize=1 << 16)
def is_footer(text: str) -> bool:
    plain = simplify(text)
    return plain.startswith(FOOTER_WORDS)


@functools.lru_cache(maxsize=1 << 16)
def is_total(text: str) -> bool:
    plain = simplify(text)
    return any(word in plain for word in TOTAL_WORDS) and len(plain) <= 12


class SheetReader:
    """Reads one sheet; ``extract`` returns its values, problems and the role of every cell."""

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
        self.filled = tuple(tuple(compress(columns, map(str.strip, row))) for row in self.rows)
        # The role of each cell, row by row (None: no rule claimed it yet). Only non-empty cells
        # count: a role written to an empty cell is never read back.
        self.role_rows: list[list[str | None]] = [[None] * width for _ in range(self.height)]
        self.merge_origin: dict[tuple[int, int], tuple[int, int]] = {}
        for r0, c0, r1, c1 in grid.merged:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        self.merge_origin[(r, c)] = (r0, c0)
        self.out = SheetExtraction()
        self.sheet_titles: list[str] = []
        stem = context.file_name.rsplit(".", 1)[0]
        self.default_year = (find_year(grid.name) or find_year(stem))
        self.street = self.matcher.find_street(grid.name) or self.matcher.find_street(stem)
        self.seen: dict[tuple[str, str, str, bool], tuple[float, str]] = {}
        self._value_cols: list[Column] | None = None
        self._value_indexes: set[int] = set()

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

    def problem(self, code: str, r: int | None = None, c: int | None = None, raw: str = "", detail: str = "") -> None:
        ref = cell_ref(r, c) if r is not None and c is not None else ""
        self.out.problems.append(Problem(code, self.grid.name, ref, raw, detail))

    # -- classification helpers ------------------------------------------------------------
    def is_number(self, text: str) -> bool:
        return parse_value(text).status == "number" and parse_period(text, self.default_year) is None

    def is_known_header(self, text: str) -> bool:
        if not text.strip():
            return False
        return bool(structural_kind([text]) or self.catalog.match_indicator([text])
                    or self.catalog.is_derived([text]) or parse_period(text, self.default_year))

    def is_header_row(self, r: int) -> bool:
        cells = [self.text(r, c) for c in self.nonempty(r)]
        if len(cells) < 2 or any(self.is_number(t) for t in cells):
            return False
        known = sum(self.is_known_header(t) for t in cells)
        communities = sum(self.matches_community(t) for t in cells) if known == 1 else 0
        # Communities as column headers count only beside a known header ("指标 | 建设社区 | …").
        return known >= 2 or (known == 1 and communities >= 2)

    def matches_community(self, text: str) -> bool:
        return bool(text.strip()) and not self.is_number(text) and \
            self.matcher.match(text, self.street).community_code is not None

    # -- the sheet ---------------------------------------------------------------------------
    def blocks(self) -> list[list[int]]:
        occupied = [bool(self.nonempty(r)) for r in range(len(self.rows))]
        for (r, c), origin in self.merge_origin.items():  # a tall merged title keeps its rows together
            if r < len(occupied) and self.text(*origin).strip():
                occupied[r] = True
        blocks: list[list[int]] = []
        current: list[int] = []
        for r, filled in enumerate(occupied):
            if filled:
                current.append(r)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        return blocks

    def extract(self) -> SheetExtraction:
        pending_titles: list[tuple[int, int]] = []   # text cells since the last table
        previous: Table | None = None
        found_table = False
        for block in self.blocks():
            header_start = next((r for r in block if self.is_header_row(r)), None)
            if header_start is None:
                table = self.headerless_table(block, previous)
                if table is None:
                    self.text_block(block, pending_titles, found_table)
                    continue
                header_start = next(r for r in block if any(self.is_number(self.text(r, c)) for c in self.nonempty(r)))
                for r in block:  # a title directly above a table without header
                    if r >= header_start:
                        break
                    pending_titles.extend((r, c) for c in self.nonempty(r))
            else:
                header_start = self.group_row_above(block, header_start)
                for r in block:
                    if r >= header_start:
                        break
                    pending_titles.extend((r, c) for c in self.nonempty(r))
                table = self.read_header(block, header_start)
            titles = [self.text(r, c) for r, c in pending_titles]
            if not found_table:
                self.sheet_titles = titles
                street = next((self.matcher.find_street(t) for t in titles if self.matcher.find_street(t)), None)
                self.street = street or self.street
                self.default_year = next((find_year(t) for t in titles if find_year(t)), None) or self.default_year
            for r, c in pending_titles:
                self.set_role(r, c, "label")
            data_rows = [r for r in block if r > (table.header_rows[-1] if table.header_rows else header_start - 1)]
            self.read_table(table, data_rows, titles)
            pending_titles = []
            previous = table
            found_table = True
        if not found_table:
            assigned = self.assigned()
            if any(role == "label" for _, _, role in assigned):
                if any(self.is_number(self.text(r, c)) for r, c, _ in assigned):
                    self.problem("no_table")
        # Nothing lost: every non-empty cell gets a role; one no rule claimed counts as a label.
        name, rows, role_rows = self.grid.name, self.rows, self.role_rows
        self.out.cell_rows = [(name, cell_ref(r, c), r, c, rows[r][c], role_rows[r][c] or "label")
                              for r in range(self.height) for c in self.filled[r]]
        return self.out

    def text_block(self, block: list[int], pending: list[tuple[int, int]], after_table: bool) -> None:
        """Titles, notes and footers. A stray number outside any table is reported, not guessed."""
        for r in block:
            footer = any(is_footer(self.text(r, c)) for c in self.nonempty(r))
            for c in self.nonempty(r):
                raw = self.text(r, c)
                if not footer and self.is_number(raw) and not after_table and len(self.nonempty(r)) == 1 \
                        or (not footer and self.is_number(raw) and after_table):
                    self.set_role(r, c, "problem")
                    self.problem("orphan_value", r, c, raw)
                else:
                    self.set_role(r, c, "label")
                    if not footer:
                        pending.append((r, c))

    # -- headers -----------------------------------------------------------------------------
    def group_row_above(self, block: list[int], start: int) -> int:
        """A group row ("社区名称 | 民情诉求") above the sub-headers starts the header, if it has
        several text cells and either reaches down by a merge or holds a known header."""
        while start - 1 in block and start - block[0] < 2:
            above = start - 1
            cells = [self.text(above, c) for c in self.nonempty(above)]
            reaches_down = any(r0 == above and r1 >= start for r0, c0, r1, c1 in self.grid.merged)
            if len(cells) >= 2 and not any(self.is_number(t) for t in cells) \
                    and (reaches_down or any(self.is_known_header(t) for t in cells)):
                start = above
            else:
                break
        return start

    def read_header(self, block: list[int], start: int) -> Table:
        header_rows = [start]
        last_merge_row = max((r1 for r0, c0, r1, c1 in self.grid.merged if r0 == start), default=start)
        for r in block:
            if r <= start or len(header_rows) >= 3:
                continue
            cells = [self.text(r, c) for c in self.nonempty(r)]
            continuation = (
                r <= last_merge_row
                or (cells and not any(self.is_number(t) for t in cells)
                    and not any(is_footer(t) or is_total(t) for t in cells)
                    and not any(self.matches_community(t) for t in cells)
                    and any(self.is_known_header(t) for t in cells))
            )
            if not continuation or r != header_rows[-1] + 1:
                break
            header_rows.append(r)
        columns: dict[int, Column] = {}
        filled: dict[tuple[int, int], str] = {}
        for r in header_rows:
            for c in range(self.width):
                text = self.header_text(r, c)
                below_has_text = r != header_rows[-1] and bool(self.header_text(r + 1, c).strip())
                if not text.strip() and (r, c) not in self.merge_origin and c > 0 and below_has_text \
                        and filled.get((r, c - 1), "").strip() and r != header_rows[-1] \
                        and self.header_text(r + 1, c - 1).strip():
                    text = filled[(r, c - 1)]  # a group cell written once over several columns
                filled[(r, c)] = text
        data_rows = [r for r in block if r > header_rows[-1]]
        for c in range(self.width):
            levels: list[str] = []
            header_cell = None
            for r in header_rows:
                text = filled[(r, c)]
                if text.strip() and (not levels or levels[-1] != text):
                    levels.append(text)
                if self.text(r, c).strip():
                    header_cell = (r, c)
            columns[c] = self.classify_column(c, levels, header_cell, data_rows)
        indicators_as_rows = any(col.kind == "indicator_name" for col in columns.values())
        if not indicators_as_rows and not any(col.kind == "indicator" for col in columns.values()):
            indicators_as_rows = self.promote_label_column(columns, data_rows)
        if indicators_as_rows:
            for col in columns.values():
                if col.kind == "blank" and any(self.text(r, col.index).strip() for r in data_rows):
                    col.kind = "current_value"
        return Table(header_rows, columns, indicators_as_rows)

    def classify_column(self, c: int, levels: list[str], header_cell: tuple[int, int] | None,
                        data_rows: list[int]) -> Column:
        column = Column(c, levels, "blank", header_cell=header_cell)
        if not levels:
            return self.infer_from_data(column, data_rows)
        kind = structural_kind(levels)
        if kind in {"current_value", "cumulative_value"} and len(levels) > 1:
            kind = None  # "本年累计" over "受理数" is an indicator, not a value column
        if kind:
            column.kind = kind
            column.is_cumulative = kind == "cumulative_value"
            column.multiplier = normalize_header(levels[-1]).unit_multiplier
            return column
        found = self.catalog.match_indicator(levels)
        if found:
            column.kind = "indicator"
            column.indicator_code = found.indicator_code
            column.multiplier = found.unit_multiplier
            column.is_cumulative = found.is_cumulative
            return column
        if self.catalog.is_derived(levels):
            column.kind = "derived"
            return column
        period = parse_period(levels[-1], self.default_year)
        if period:
            column.kind = "period"
            column.period = period
            column.is_cumulative = normalize_header(levels[-1]).is_cumulative
            return column
        community = self.matcher.match(levels[-1], self.street)
        if community.community_code and not self.is_number(levels[-1]):
            column.kind = "community"
            column.community_code = community.community_code
            return column
        column.kind = "unknown"
        return self.infer_from_data(column, data_rows)

    def infer_from_data(self, column: Column, data_rows: list[int]) -> Column:
        """A column without a (known) header: name it from what it holds, if that is clear."""
        texts = [self.text(r, column.index) for r in data_rows if self.text(r, column.index).strip()]
        texts = [t for t in texts if not is_total(t) and not is_footer(t)]
        if not texts:
            return column
        if all(self.matcher.match(t, self.street).community_code for t in texts if not self.is_number(t)) \
                and sum(not self.is_number(t) or len(t) >= 12 for t in texts) >= max(1, len(texts) // 2):
            column.kind = "community_code" if all(re.fullmatch(r"\d{12}", t) for t in texts) else "community_name"
        elif all(parse_period(t, self.default_year) for t in texts):
            column.kind = "period"
        elif all(re.fullmatch(r"\d{1,4}", t) for t in texts) and column.index == 0 and not column.levels:
            column.kind = "seq"
        return column

    def promote_label_column(self, columns: dict[int, Column], data_rows: list[int]) -> bool:
        """Indicators as rows without a 指标 header: the text column whose labels are indicators."""
        for col in sorted(columns.values(), key=lambda col: col.index):
            texts = [self.text(r, col.index) for r in data_rows if self.text(r, col.index).strip()]
            texts = [t for t in texts if not self.is_number(t) and not is_total(t) and not is_footer(t)]
            if len(texts) >= 1 and sum(bool(self.catalog.match_indicator([t])) for t in texts) * 2 >= len(texts):
                col.kind = "indicator_name"
                return True
        return False

    def headerless_table(self, block: list[int], previous: Table | None) -> Table | None:
        columns = {c: Column(c, [], "blank") for c in range(self.width)}
        rows_with_numbers = [r for r in block if any(self.is_number(self.text(r, c)) for c in self.nonempty(r))]
        if len(rows_with_numbers) < 1:
            return None
        if previous is not None and not previous.indicators_as_rows:
            community_cols = [c for c in previous.columns.values() if c.kind in {"community_name", "community_code"}]
            if community_cols and all(
                self.matches_community(self.text(r, community_cols[0].index)) or is_total(self.text(r, community_cols[0].index))
                for r in rows_with_numbers
            ):
                return Table([], previous.columns, False)
        if self.promote_label_column(columns, block):
            for col in columns.values():
                if col.kind == "blank" and any(self.is_number(self.text(r, col.index)) for r in block):
                    col.kind = "current_value"
            return Table([], columns, True)
        return None

    # -- data ----------------------------------------------------------------------------------
    def context_period(self, titles: list[str]) -> tuple[Period | None, str]:
        stem = self.context.file_name.rsplit(".", 1)[0]
        sources = [*titles, *self.sheet_titles, self.grid.name, stem]
        found = [(find_period(text, self.default_year), text) for text in sources]
        for period, text in found:
            if period and period.grain != "year":
                return period, text
        for period, text in found:
            if period:
                return period, text
        return None, ""

    def context_community(self, titles: list[str]) -> tuple[str, str]:
        stem = self.context.file_name.rsplit(".", 1)[0]
        for text in [*titles, *self.sheet_titles, self.grid.name, stem]:
            code = self.matcher.find_community(text, self.street)
            if code:
                return code, text
        return "", ""

    def read_table(self, table: Table, data_rows: list[int], titles: list[str]) -> None:
        columns = table.columns
        unknown_reported: set[int] = set()
        for r in table.header_rows:
            for c in self.nonempty(r):
                self.set_role(r, c, "label")
        for col in columns.values():
            if col.kind == "unknown" and col.header_cell:
                r, c = col.header_cell
                self.set_role(r, c, "problem")
                self.problem("unknown_header", r, c, " / ".join(col.levels))
                unknown_reported.add(col.index)
        period, period_text = self.context_period(titles)
        community_code, community_text = "", ""
        has_row_community = any(col.kind in {"community_name", "community_code"} for col in columns.values())
        has_col_community = any(col.kind == "community" for col in columns.values())
        if not has_row_community and not has_col_community:
            community_code, community_text = self.context_community(titles)
        if table.indicators_as_rows:
            value_cols = [col for col in columns.values()
                          if col.kind in {"period", "current_value", "cumulative_value", "community"}]
        else:
            value_cols = [col for col in columns.values() if col.kind == "indicator"]
        has_row_period = any(col.kind == "period" for col in columns.values()) and not table.indicators_as_rows
        needs_context_period = not has_row_period and any(col.kind != "period" for col in value_cols)
        anchor = (table.header_rows[0], min((c for c in self.nonempty(table.header_rows[0])), default=0)) \
            if table.header_rows else (data_rows[0], 0) if data_rows else (0, 0)
        blocked = ""
        if value_cols and needs_context_period and period is None:
            self.problem("no_period", *anchor)
            blocked = "period"
        if value_cols and not has_row_community and not has_col_community and not community_code:
            self.problem("no_community", *anchor)
            blocked = "community"
        running: dict[int, list[float]] = {col.index: [] for col in value_cols}
        subtotal_rows: dict[int, list[float]] = {col.index: [] for col in value_cols}
        approximate: dict[int, bool] = {col.index: False for col in value_cols}
        in_footer = False
        value_indexes = {col.index for col in value_cols}  # a column's index is its key in columns
        rows, filled, role_rows = self.rows, self.filled, self.role_rows
        for r in data_rows:
            cells = filled[r]
            if not cells:
                continue
            row = rows[r]
            if in_footer or any(map(is_footer, map(row.__getitem__, cells))):
                in_footer = True
                roles = role_rows[r]
                for c in cells:
                    roles[c] = "label"
                continue
            if any(map(is_total, [row[c] for c in cells if c not in value_indexes])):
                # Indicators as rows mix units in one column: scale-free comparison is not possible,
                # so the total is compared as written only when the column carries no unit.
                self.total_row(r, cells, value_cols, running, subtotal_rows, approximate,
                               table.indicators_as_rows)
                continue
            self.data_row(table, r, cells, value_cols, unknown_reported, blocked,
                          (period, period_text), (community_code, community_text), running, approximate)

    def total_row(self, r: int, cells: list[int], value_cols: list[Column], running: dict[int, list[float]],
                  subtotals: dict[int, list[float]], approximate: dict[int, bool], table_rows: bool) -> None:
        """合计/小计: not a community; checked against the sum of the rows above it (in the
        canonical unit, like the values: a 万元 column's total is scaled the same way)."""
        words = "".join(simplify(self.text(r, c)) for c in cells)
        is_subtotal = "小计" in words
        for c in cells:
            self.set_role(r, c, "label")
        for col in value_cols:
            raw = self.text(r, col.index)
            parsed = parse_value(raw) if raw.strip() else None
            above = running[col.index] if is_subtotal or not subtotals[col.index] else subtotals[col.index]
            if parsed and parsed.status == "number" and above and not approximate[col.index] \
                    and col.kind != "community":
                expected = sum(above)
                total = parsed.value if parsed.has_magnitude or table_rows else parsed.value * col.multiplier
                if abs(expected - total) > 1e-6 * max(1.0, abs(expected)):
                    self.set_role(r, col.index, "problem")
                    self.problem("total_mismatch", r, col.index, raw, f"{expected:g}")
            if is_subtotal and parsed and parsed.status == "number":
                subtotals[col.index].append(parsed.value if parsed.has_magnitude or table_rows
                                            else parsed.value * col.multiplier)
            running[col.index] = []
            approximate[col.index] = False
            if not is_subtotal:
                subtotals[col.index] = []

    def value_indexes(self, value_cols: list[Column], columns: dict[int, Column]) -> set[int]:
        """The columns holding values, asked once per row: kept for the table's value columns
        (each table makes its own list of them)."""
        if self._value_cols is not value_cols:
            self._value_cols, self._value_indexes = value_cols, {col.index for col in value_cols}
            self._code_indexes = {c for c, col in columns.items() if col and col.kind == "community_code"}
            # What each value column contributes to every value it holds, worked out once:
            # (index, column, header text, period, period text, community code, community text, method)
            self._value_plan = [
                (col.index, col, " / ".join(col.levels),
                 *((col.period, col.levels[-1]) if col.kind == "period" and col.period else (None, None)),
                 *((col.community_code, col.levels[-1], "header") if col.kind == "community" else (None, None, None)))
                for col in value_cols
            ]
        return self._value_indexes

    def data_row(self, table: Table, r: int, cells: list[int], value_cols: list[Column], unknown: set[int],
                 blocked: str, context_period: tuple[Period | None, str], context_community: tuple[str, str],
                 running: dict[int, list[float]], approximate: dict[int, bool]) -> None:
        columns = table.columns
        value_indexes = self.value_indexes(value_cols, columns)
        row = self.rows[r]
        roles = self.role_rows[r]
        matcher = self.matcher
        row_problem = ""
        community_code, community_text = context_community
        community_method = "context" if community_code else ""
        period, period_text = context_period
        indicator_levels: list[str] = []
        row_multiplier = 1.0
        # A code column decides before a name column, whichever comes first on the sheet.
        code_columns = [c for c in cells if c in self._code_indexes] if self._code_indexes else ()
        ordered = code_columns + [c for c in cells if c not in code_columns] if code_columns else cells
        for c in [c for c in ordered if c not in value_indexes]:
            col = columns.get(c)
            raw = row[c]
            kind = col.kind if col is not None else None
            if col is None or kind in ROW_KINDS_PLAIN_LABEL:
                roles[c] = "label"
                if kind == "unit":
                    row_multiplier = normalize_header(f"({raw})").unit_multiplier
            elif kind == "unknown":
                roles[c] = "problem"
            elif kind == "community_name" or kind == "community_code":
                if community_method == "code" and kind == "community_name":
                    roles[c] = "label"
                    continue
                found = matcher.match(raw, self.street)
                if not found.community_code and matcher.find_street(raw):
                    roles[c] = "label"  # a street heading row inside a city table
                    row_problem = row_problem or "street_row"
                    continue
                if found.community_code:
                    community_code, community_text, community_method = found.community_code, raw, found.method
                    roles[c] = "label"
                elif community_method != "code":
                    roles[c] = "problem"
                    self.problem(found.problem_code, r, c, raw, "、".join(found.nearest) or "无")
                    row_problem = "community"
                else:
                    roles[c] = "label"
            elif kind == "period" and not table.indicators_as_rows:
                found_period = parse_period(raw, self.default_year)
                if found_period:
                    period, period_text = found_period, raw
                    roles[c] = "label"
                else:
                    roles[c] = "problem"
                    self.problem("unknown_period", r, c, raw)
                    row_problem = "period"
            elif kind == "indicator_name":
                indicator_levels.append(self.header_text(r, c) if (r, c) in self.merge_origin else raw)
                roles[c] = "label"
            else:
                roles[c] = "label"
        if row_problem == "community" and community_method == "code":
            row_problem = ""
        if row_problem and row_problem != "street_row":
            for c in cells:
                if c in value_indexes:
                    roles[c] = "problem"
                    approximate[c] = True  # the sum above is incomplete: no total check
            return
        row_indicator = None
        indicators_as_rows = table.indicators_as_rows
        if indicators_as_rows:
            for col in columns.values():  # a category written once over several rows (merged)
                if col.kind == "indicator_name" and (r, col.index) in self.merge_origin and col.index not in cells:
                    indicator_levels.insert(0, self.header_text(r, col.index))
            row_indicator = self.catalog.match_indicator(indicator_levels)
            if row_indicator is None and self.catalog.is_derived(indicator_levels):
                for c in cells:  # a rate the warehouse recomputes from its parts: a label here
                    roles[c] = "label"
                return
            if row_indicator is None:
                if any(c in value_indexes and parse_value(row[c]).status != "blank" for c in cells):
                    label_cell = next((c for c in cells if c not in value_indexes), cells[0])
                    if self.role(r, label_cell) == "label" and label_cell not in value_indexes:
                        roles[label_cell] = "problem"
                    self.problem("unknown_indicator", r, label_cell, " / ".join(indicator_levels) or self.text(r, label_cell))
                for c in cells:
                    if c in value_indexes:
                        roles[c] = "problem" if parse_value(row[c]).status != "blank" else "label"
                return
        sheet = self.grid.name
        seen = self.seen
        values = self.out.values
        parse, ref_of, make = parse_value, cell_ref, new_value  # locals: looked up per value below
        for index, col, col_header, col_period, col_period_text, col_community, col_community_text, col_method \
                in self._value_plan:
            raw = row[index]
            if not raw.strip():
                continue
            if row_problem == "street_row":
                roles[index] = "label"
                continue
            parsed = parse(raw)
            status = parsed.status
            if status == "blank":
                roles[index] = "label"
                continue
            if status == "unreadable":
                roles[index] = "problem"
                self.problem("unreadable_value", r, index, raw)
                approximate[index] = True  # the sum above is incomplete: no total check
                continue
            if blocked:
                roles[index] = "problem"
                continue
            if indicators_as_rows:
                indicator_code = row_indicator.indicator_code
                multiplier = row_indicator.unit_multiplier if row_indicator.unit_multiplier != 1 else row_multiplier
                if col.multiplier != 1:
                    multiplier = col.multiplier
                cumulative = row_indicator.is_cumulative or col.is_cumulative
                header = " / ".join([*indicator_levels, *col.levels])
            else:
                indicator_code = col.indicator_code
                multiplier = col.multiplier
                cumulative = col.is_cumulative
                header = col_header
            if col_period is None:
                cell_period, cell_period_text = period, period_text
            else:
                cell_period, cell_period_text = col_period, col_period_text
            if col_community is None:
                cell_community, cell_community_text, method = community_code, community_text, community_method
            else:
                cell_community, cell_community_text, method = col_community, col_community_text, col_method
            value = parsed.value if parsed.has_magnitude else parsed.value * multiplier
            key = (cell_community, indicator_code, cell_period.period, cumulative)
            earlier = seen.get(key)
            if earlier is not None:
                roles[index] = "problem"
                self.problem("duplicate_value", r, index, raw, f"已在 {earlier[1]} 填报 {earlier[0]:g}")
                continue
            ref = ref_of(r, index)
            seen[key] = (value, ref)
            running[index].append(value)
            approximate[index] = approximate[index] or parsed.is_approximate
            roles[index] = "value"
            values.append(make(ExtractedValue, (
                sheet, ref, r, index, header, cell_community_text, cell_community, method, cell_period_text,
                cell_period, indicator_code, value, cumulative, parsed.is_approximate, raw)))


def extract_sheet(grid: SheetGrid, context: FileContext) -> SheetExtraction:
    """Values, problems and the role of every non-empty cell (``cell_rows``, row by row)."""
    return SheetReader(grid, context).extract()

"""The period and community a table is about when its cells do not say: from the titles above it,
the sheet's first titles, the sheet name and the file name, in that order."""

from __future__ import annotations

import re

from collections.abc import Sequence

from ingest.headers import UNIT_MULTIPLIERS, IndicatorMatch
from ingest.issue_numbers import issue_month
from ingest.layout.noted_units import NotedUnits
from ingest.layout.model import SENDER_LINE, Column, Table, is_footer
from ingest.layout.rounded_amounts import drop_rounded_amounts
from ingest.periods import Period, dated_only, next_in_column, parse_period, season_of, sheet_name_month
from ingest.province_names import in_other_province, provinces_named
from ingest.readers import SheetGrid
from ingest.township_areas import area_before_name, under_township_area
from ingest.values import MONEY_UNITS, parse_value

# 1, 2, 3 in a 月份 column (an integer, maybe typed as 1.0): a month number, the year said elsewhere
MONTH_NUMBER = re.compile(r"^\s*(1[0-2]|0?[1-9])(?:\.0+)?\s*$")
SHORT_YEAR_DOT_MONTH = re.compile(r"^\s*(\d{2})\s*\.\s*(1[0-2]|0?[1-9])\s*$")
DROPPED_ZERO = re.compile(r"^\s*\d{4}\.1\s*$")  # 2025.10 typed as a number shows as 2025.1
# 6.54201E+11: a 12-digit code Excel showed in its scientific form and saved so (a CSV): digits lost.
RUINED_CODE = re.compile(r"^\d(?:\.\d+)?[Ee]\+\d{1,2}$")


# A community named in a title or file name: two to six characters before 社区 or 村.
COMMUNITY_NAME = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:社区|村|居民区|居委))(?:居民委员会|居委会|会)?")
# What names the places above a community (长春市朝阳区南湖街道): cut off before looking for it.
COVER_ROWS = 30
STAMP_ROWS = 12   # the rows under a table where a 填报单位（盖章） line stands
# 制表：花园社区　日期：…: the unit that drew up the sheet, when it is a community's (制表：张三 names a person)
MAKER_LINE = re.compile(r"^\s*制表(?:单位)?\s*[:：]\s*[\u4e00-\u9fff]{2,14}?(?:社区|居委会|居民委员会|村委会)")
# 民政就业(万元), 低保（单位：万元）: a sheet named with the unit of its amounts in brackets
SHEET_NAME_UNIT = re.compile(r"[(（](?:金额)?(?:单位[:：]?)?\s*(万元|千元|亿元)\s*[)）]")
AMOUNT_UNIT = re.compile(r"单位(?:[:：]|均?为|是)\s*(万元|千元|亿元)")   # 单位：万元, 单位为万元 (a note's sentence)
# 单位：个、人、户、万元、场 — one line listing the units of the figure columns in their order
LISTED_UNITS = re.compile(r"单位[:：]\s*((?:[\u4e00-\u9fff]{1,3}\s*[、,，/]\s*)+[\u4e00-\u9fff]{1,3})")
NOTE_START = re.compile(r"^\s*(?:注|说明|备注|填表说明)\s*\d?\s*[:：]\s*")
PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]*(?:街道|市|(?<!社)区|县|镇|乡)")


def amount_unit_said(text: str) -> tuple[int, str] | None:
    """Where a line says the unit of the amounts, and which: 单位：万元 → 万元; a line listing the
    units of all columns in order, 单位：个、人、户、万元、场, also says it — its only money unit is
    the amounts' unit, whichever column they stand in (counts are never in 元). A list naming two
    money units (单位：元、万元) says nothing of which column is which: None."""
    if (found := AMOUNT_UNIT.search(text)) is not None:
        return found.start(), found.group(1)
    if (listed := LISTED_UNITS.search(text)) is None:
        return None
    money = {unit.strip() for unit in re.split(r"[、,，/]", listed.group(1))} & MONEY_UNITS
    if len(money) != 1 or (unit := money.pop()) == "元":
        return None
    return listed.start(), unit


def cover_texts(sheets: Sequence[SheetGrid]) -> tuple[str, ...]:
    """The lines of a workbook's cover sheets (封面: a few lines of words, no figure) that say what
    the file is about — 报告期：2026年1月, 填报单位：上影居委会 — not who signed or when it was sent."""
    found: list[str] = []
    for sheet in sheets:
        texts = [text for row in sheet.rows[:COVER_ROWS + 1] for text in row if text.strip()]
        if sheet.hidden or not texts or len(sheet.rows) > COVER_ROWS \
                or any(parse_value(text).status == "number" for text in texts):
            continue
        found.extend(text for text in texts if not is_footer(text) or SENDER_LINE.match(text))
    return tuple(found)


class ContextReader(NotedUnits):
    """Period and community from the text around a table."""

    _block_table: Table | None = None   # the table whose community block fill_down follows
    _block: tuple[str, str, set] | None = None
    _month_rows: tuple[dict | None, dict[int, Period]] = (None, {})  # a table's columns → its month rows so far

    def context_period(self, titles: list[str]) -> tuple[Period | None, str]:
        stem = self.context.file_name.rsplit(".", 1)[0]
        sources = [*titles, *self.sheet_titles, self.grid.name, stem, *self.context.cover]
        found = [(self.source_period(text), text) for text in sources]
        for grain in ("month", "quarter", "year"):  # the most specific wins; then the nearest text
            month_texts = [(period, text) for period, text in found if period and period.grain == grain]
            if grain == "month":   # an issue's date (2026年2月5日) only when no text names a month itself,
                # nor a title naming the months a workbook covers (冬季台账 2025.12—2026.02) when one does
                month_texts.sort(key=lambda item: (dated_only(item[1]), season_of(item[1]) is not None))
            if month_texts:
                return month_texts[0]
        return None, ""

    def source_period(self, text: str) -> Period | None:
        """A title's, file name's or sheet name's period; a sheet named 「25.9」 is September 2025."""
        found = (sheet_name_month(text) if text == self.grid.name else None) or self.text_period(text)
        if found is None or found.grain == "year":  # 2025年第7期 under a note 第7期即7月: July
            return issue_month(text, (cell for row in self.rows for cell in row if "期" in cell)) or found
        return found

    def context_community(self, titles: list[str]) -> tuple[str, str]:
        stem = self.context.file_name.rsplit(".", 1)[0]
        texts = [*titles, *self.sheet_titles, self.grid.name, stem, *self.context.cover, *self.stamp_lines()]
        # a title naming a street the registry lacks (another city's): registry names as written only
        near = not any(self.matcher.names_foreign_place(text) for text in texts)
        found = [(self.matcher.find_community(text, self.street, near), text) for text in texts]
        # 南充市…舞凤街道石油路社区 in the title: the file name's 石油路社区 is that one too, not ours
        foreign = {code for code, text in found if code and (self.matcher.under_foreign_place(text, code)
                                                             or under_township_area(self.matcher, text, code)
                                                             or in_other_province(text, code))}
        return next(((code, text) for code, text in found if code and code not in foreign), ("", ""))

    def stamp_lines(self) -> list[str]:
        """填报单位（盖章）：新苑社区居民委员会 under the table, where the stamp goes: the sender of a
        sheet whose title names only the street (the last rows are read, as a person looks there)."""
        rows = self.grid.rows
        return [found.group(0) if (found := MAKER_LINE.match(text)) else text
                for row in rows[max(0, len(rows) - STAMP_ROWS):] for text in row
                if SENDER_LINE.match(text) or MAKER_LINE.match(text)]

    def heading_community(self, table: Table, span: range | None) -> tuple[str, str] | None:
        """A community's name as the heading over a table's columns (荣华社区 over 项目 | 单位 | 数据,
        翠花社区 over the same table beside it): that table's community, before any title's."""
        found = {(code, text) for r in table.header_rows[:-1] for c in self.nonempty(r)
                 if (span is None or c in span) and (text := self.text(r, c)).strip()
                 and not self.is_known_header(text)
                 and (code := self.matcher.match(text, self.street).community_code)}
        return found.pop() if len(found) == 1 else None

    def no_community(self, anchor: tuple[int, int], titles: list[str]) -> None:
        """The problem of a table whose community no text settles: a name that fits communities
        of several streets (丰乐社区, the file naming no street) is said as such, never guessed."""
        stem = self.context.file_name.rsplit(".", 1)[0]
        for text in [*titles, *self.sheet_titles, self.grid.name, stem, *self.context.cover]:
            found = self.matcher.ambiguous.get((text, self.street))
            if found:
                self.problem("ambiguous_community", *anchor, found[0], "、".join(found[1:]))
                return
        self.problem("no_community", *anchor, detail=self.unregistered_name(titles))

    def unregistered_name(self, titles: list[str]) -> str:
        """'（「水晶宫社区」不在区划名录中）' when a title or the file name names a community the
        registry does not hold (another city's, say), else ''."""
        stem = self.context.file_name.rsplit(".", 1)[0]
        for text in [*titles, *self.sheet_titles, self.grid.name, stem]:
            named = COMMUNITY_NAME.search(PLACE_BEFORE.sub(" ", text))
            before = text[:text.find(named.group(1))] if named else ""
            if named and (self.matcher.names_foreign_place(text)  # 南充市…舞凤街道石油路社区, …亦庄地区富源里社区
                          or area_before_name(self.matcher, before)
                          or provinces_named(before) - {code[:2] for code in self.matcher.communities}):
                return f"（「{text[:text.find(named.group(1)) + len(named.group(1))]}」不是名录中本辖区的社区）"
            if named:
                return f"（「{named.group(1)}」不在区划名录中）"
        return ""

    def amount_unit_from_titles(self, columns: dict[int, Column], titles: list[str]) -> None:
        """The unit of the amount columns (``amount_unit_of_columns``), and then no column of amounts
        a note says were rounded in that unit (ingest/layout/rounded_amounts.py)."""
        self.amount_unit_of_columns(columns, titles)
        drop_rounded_amounts(self, columns, self.catalog.indicator_units, self.context.rounded)

    def amount_unit_of_columns(self, columns: dict[int, Column], titles: list[str]) -> None:
        """A line 金额单位：万元 (or 单位：万元) over the table, or a note on the sheet saying so
        (注：创业担保贷款金额单位：万元 — then for that indicator only): its amount columns that say no
        unit of their own are in that unit. Counts (人, 件) are never in 万元, so they keep theirs.
        A header with a mark (低保金※) whose note says its unit (※低保金单位：万元) is in that unit."""
        for col in columns.values():
            if col.kind == "indicator" and col.multiplier == 1 and col.levels:
                col.multiplier = self.marked_multiplier(col.levels, col.indicator_code)
        notes = [text for row in self.rows for text in row if NOTE_START.match(text) and amount_unit_said(text)]
        for text in [*titles, *notes]:
            if (found := amount_unit_said(text)) is None:
                continue
            said = NOTE_START.sub("", text[:found[0]]).removesuffix("金额") if text in notes else ""
            named = self.catalog.match_indicator([said]) if said else None
            if said and named is None:
                continue  # 注：慰问金单位：万元 — of something no column here holds
            for col in columns.values():
                if (col.kind == "indicator" and col.multiplier == 1 and not any("元" in level for level in col.levels)
                        and self.catalog.indicator_units.get(col.indicator_code or "") == "元"
                        and (named is None or named.indicator_code == col.indicator_code)):
                    col.multiplier = UNIT_MULTIPLIERS[found[1]]
            return
        if (named_unit := SHEET_NAME_UNIT.search(self.grid.name)) is not None:
            self.amount_unit_of_sheet(columns, named_unit.group(1))

    def amount_unit_of_sheet(self, columns: dict[int, Column], unit: str) -> None:
        """A sheet named with its amounts' unit (民政就业(万元)), no title or note saying one: the
        clerk put the unit on the tab, so its amount columns that say no unit of their own are in
        it. Counts of the same sheet (户, 人, 岗位) are never in 万元, so they keep theirs."""
        for col in columns.values():
            if (col.kind == "indicator" and col.multiplier == 1 and not any("元" in level for level in col.levels)
                    and self.catalog.indicator_units.get(col.indicator_code or "") == "元"):
                col.multiplier = UNIT_MULTIPLIERS[unit]

    def indicator_from_titles(self, columns: dict[int, Column], titles: list[str]) -> None:
        """Communities down, months across, and the indicator only in the title or the sheet
        name (各社区实现就业人数汇总 over 1月 | 2月 | 3月): the month columns hold that indicator."""
        months = [col for col in columns.values() if col.period is not None
                  and col.kind in {"period", "current_value", "cumulative_value"}]  # 2025年11月 over 本月 | 累计
        if any(col.kind == "indicator" for col in columns.values()):
            self.figure_beside_indicators(columns, titles)
            return
        # months down a 月份 column and communities across (乐意居 | 天鹅 | …): the title says what
        communities = [col for col in columns.values() if col.kind == "community"] \
            if any(col.kind == "period" and col.period is None for col in columns.values()) else []
        # communities down and their figure (表1 新增就业岗位情况 over 社区 | 本月（个）): the title says what
        figures = [col for col in columns.values() if col.kind in {"current_value", "cumulative_value"}] \
            if not months and any(col.kind in {"community_name", "community_code"} for col in columns.values()) else []
        if not months and not communities and not figures:
            return
        found = self.indicator_in_titles(titles)
        if found is not None:
            for col in months:
                cumulative = col.is_cumulative
                col.hold(found)
                col.is_cumulative = col.is_cumulative or cumulative
            for col in figures:  # its own unit (本月（万元）) and 本年累计 still hold
                own_multiplier, own_cumulative = col.multiplier, col.is_cumulative
                col.hold(found)
                col.multiplier = own_multiplier if own_multiplier != 1 else found.unit_multiplier
                col.is_cumulative = own_cumulative or found.is_cumulative
            for col in communities:  # each keeps its community; the title gives the indicator
                col.indicator_code, col.multiplier = found.indicator_code, found.unit_multiplier
                col.is_cumulative = col.is_cumulative or found.is_cumulative

    def figure_beside_indicators(self, columns: dict[int, Column], titles: list[str]) -> None:
        """社区 | 上月末 | 本月末 | 增减 | 党员 under 注册志愿者变动（2025年10月）: the one bare figure column
        (本月末) beside another indicator's column is what the title names — when no column holds
        that indicator already. Without this it was passed over in silence."""
        figures = [col for col in columns.values() if col.kind in {"current_value", "cumulative_value"}
                   and not col.indicator_code]
        if len(figures) != 1 or not any(col.kind in {"community_name", "community_code"} for col in columns.values()):
            return
        found = self.indicator_in_titles(titles)
        if found is None or any(col.indicator_code == found.indicator_code for col in columns.values()):
            return
        col = figures[0]
        own_multiplier, own_cumulative = col.multiplier, col.is_cumulative
        col.hold(found)
        col.multiplier = own_multiplier if own_multiplier != 1 else found.unit_multiplier
        col.is_cumulative = own_cumulative or found.is_cumulative

    def indicator_in_titles(self, titles: list[str]) -> IndicatorMatch | None:
        """The indicator a table's own titles name, the nearest first, alone or under the sheet's
        title (城市低保动态统计 over 三、保障人数 is 低保人数); the first table, or one with no title
        of its own, also the sheet name's.
        A stacked table whose own title names nothing takes nothing from the table above it."""
        match = self.catalog.match_indicator
        sheet_level = [text for text in self.sheet_titles if text not in titles and match([text]) is None]
        for text in reversed(titles):
            found = match([text]) or next((hit for context in sheet_level
                                           if (hit := match([context, text])) is not None), None)
            if found is not None:
                return found
        if titles != self.sheet_titles and any(text.strip() for text in titles):
            return None  # a later table with a title of its own
        for text in [*self.sheet_titles, self.grid.name]:
            found = match([text])
            if found is not None:
                return found
        return None

    def fill_down(self, table: Table, cells: list[int], community: tuple[str, str, str],
                  period: tuple[Period | None, bool]) -> tuple[str, str, str]:
        """幸福路社区 | 2026.01 over  | 2026.02 over  | 2026.03: a community written on its block's
        first row only (not merged) holds for the rows below whose community cell is blank, as long
        as each of them is another month of it (a month met twice is no continuation)."""
        if self._block_table is not table:
            self._block_table, self._block = table, None
        named = [c for c in self._community_indexes if c in cells]
        if community[0] and named:
            self._block = (community[0], community[1], set())
        elif not community[0] and self._block and period[0] is not None and self._community_indexes \
                and not named and (period[0].period, period[1]) not in self._block[2]:
            community = (self._block[0], self._block[1], "carried_down")
        if self._block and community[0] == self._block[0] and period[0] is not None:
            self._block[2].add((period[0].period, period[1]))
        return community

    def carried_past_ruined_codes(self, table: Table, cells: list[int], unmatched: list[tuple[int, str, object]],
                                  period: tuple[Period | None, bool]) -> tuple[str, str, str] | None:
        """6.54201E+11 | (blank) | 2023.2 under 6.54201E+11 | 文化街社区 | 2023.1: a code Excel ruined
        beside a name written on its block's first row only — the name above holds, the code is no
        community of its own. None when no name above holds (the ruined code is then a problem)."""
        if not unmatched or not all(RUINED_CODE.match(raw.strip()) for _, raw, _ in unmatched):
            return None
        ruined = {c for c, _, _ in unmatched}
        carried = self.fill_down(table, [c for c in cells if c not in ruined], ("", "", ""), period)
        return carried if carried[0] else None

    def between_september_and_november(self, r: int, c: int, text: str) -> bool:
        """2025.1 under 2025.9 or over 2025.11 in a months column: 2025.10 typed as a number, which
        shows without its 0."""
        def beside(step: int) -> str:
            a = r + step
            while 0 <= a < self.height:
                if (other := self.text(a, c).strip()) and other != text:
                    return other
                a += step
            return ""
        return beside(-1) == f"{text[:4]}.9" or beside(1) == f"{text[:4]}.11"

    def month_of_year(self, raw: str, year: Period | None, column: Column | None) -> Period | None:
        """月份 1, 2, 3 under a 月份 header, the row's year already read (年度 2026 merged down the
        table beside it, or a title of 2026年度): that year's months — 2026-01, 2026-02, 2026-03.
        With no year read first, a bare number stays no period."""
        found = MONTH_NUMBER.match(raw)
        if found is None or year is None or year.grain != "year" or column is None \
                or not any("月" in level for level in column.levels):
            return None
        return Period("month", f"{year.period[:4]}-{int(found[1]):02d}")

    def short_year_month(self, raw: str, column: Column | None) -> Period | None:
        """「26.2」 under a 月份 header: February 2026, a year written by its last two digits — taken
        only when those digits are the year the file's name or title gives (else 26.2 may be a figure,
        or a day), so a misread is never loaded as a month."""
        found = SHORT_YEAR_DOT_MONTH.match(raw)
        year = self.default_year
        if found is None or year is None or year % 100 != int(found[1]) or column is None \
                or not any("月" in level for level in column.levels):
            return None
        return Period("month", f"{year}-{int(found[2]):02d}")

    def month_in_column(self, columns: dict[int, Column], c: int, raw: str, found: Period | None,
                        r: int | None = None) -> Period | None:
        """A month row without its year (9月 … 12月 under 2025年8月, then 2026年1月) follows the
        month rows above it in the column, the first one with its year written out; with none
        above, the sheet's year stands (``cell_period``). 2025.1 right after 2025.9 is October (a
        month typed as a number loses the 0 of 2025.10)."""
        if self._month_rows[0] is not columns:
            self._month_rows = (columns, {})
        above = self._month_rows[1]
        if found is None or found.grain != "month":
            return found
        if r is not None and DROPPED_ZERO.match(raw) and self.between_september_and_november(r, c, raw.strip()):
            found = Period("month", f"{raw.strip()[:4]}-10")
        elif parse_period(raw) is None:  # no year of its own (an Excel date serial has one)
            if c not in above:
                return found
            found = next_in_column(above[c], int(found.period[5:7]))
        above[c] = found
        return found

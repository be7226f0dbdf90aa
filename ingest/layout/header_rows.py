"""Reading a table's header rows: one to four rows with merged group cells, each column classified as
an indicator, a derived rate, a period, a community, a structural column (序号, 单位, 备注 …) or unknown."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chinese_text import simplify
from ingest.headers import NUMBERING, IndicatorMatch, normalize_header, structural_kind
from ingest.layout.code_legend import is_code_row
from ingest.layout.column_settling import ColumnSettler
from ingest.layout.corner_cells import corner_kinds
from ingest.layout.glued_months import months_repeat
from ingest.layout.model import Column, Table, is_column_numbers, is_facts_line, is_footer, is_total
from ingest.layout.narrow_names import narrow_community_columns
from ingest.layout.pairs import FIGURE_OF_PLAN, figure_and_plan
from ingest.layout.stock_marks import MONTH_OF_PAIR, figure_row_kind, month_and_year_to_date, opens_with_last_stock
from ingest.layout.units_rows import GLUED_SUFFIX, UnitsRows, with_unit
from ingest.periods import YEAR_IN_TEXT, Period, month, parse_period, year_to_date_month
from ingest.values import FIGURE_PAIR, LABELLED_FIGURE

# A numbered sentence (2.清冰雪为本月累计出动人次): a note that happens to sit in the header row.
NUMBERED_NOTE = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、．]\s*\S{6,}")
# A figure in digits with what it counts (47件, 10人): never in a header (千人 of 千人志愿者数 is no figure).
COUNTED = re.compile(r"\d\s*(?:人次|户次|万元|[件个人户起场次名对元项位份])")
# A sentence someone wrote (3月5日组织学雷锋志愿服务，服务长者62人次), not a figure or a code.
SENTENCE = re.compile(r"[\u4e00-\u9fff]{4}.{6,}")
# Short words in every cell under a header: 是 / 否 / 达标, a person's name (网格员 李敏).
WORDS_NOT_FIGURES = re.compile(r"[\u4e00-\u9fff]{1,4}|[√×✓✗]")
# 建明小区 merged over 第一 | 第二, 瑞城 over 一 | 二: a numbered community written as its estate over its number
ORDINAL_CHILD = re.compile(r"^\s*第?(?:[一二三四五六七八九十]|[1-9])\s*$")
ITEM_BEFORE_YEAR = re.compile(r"^\s*\d{1,2}[.、．](?=\d{2,4}年)")  # 1.2025年3月受理数
# The year's target under an indicator (全年任务, 年度目标, 目标任务数, 任务数): set, not reported.
TARGET = re.compile(r"^(?:(?:全年|年度|本年度?|今年|第?[一二三四1-4]季度|本季度?|上半年|下半年)(?:目标)?(?:任务|目标|计划)"
                    r"|目标(?:任务)?|任务)(?:数|值)?$")
SPAN_SUM = re.compile(r"^(?:第?[一二三四1-4]季度?|本季度?|上半年|下半年|全年)(?:累计|合计)数?$")  # 一季度累计 beside 3月


class HeaderReader(ColumnSettler, UnitsRows):
    """From the header rows of a block to the table's columns."""

    def group_row_above(self, block: list[int], start: int) -> int:
        """A group row ("社区名称 | 民情诉求") above the sub-headers starts the header, if it has
        several text cells and either reaches down by a merge or holds a known header."""
        first = start
        while start - 1 in block and first - start < 2:  # at most two rows of groups
            above = start - 1
            cells = [self.text(above, c) for c in self.nonempty(above)]
            reaches_down = any(r0 == above and r1 >= start for r0, c0, r1, c1 in self.grid.merged)
            # 民情 | 就业 | 平安 merged over their columns each, or short words naming what is counted
            spans = sum(r0 == above == r1 and c1 > c0 for r0, c0, r1, c1 in self.grid.merged)
            if len(cells) >= 2 and not any(self.is_number(t) for t in cells) and not is_code_row(cells) \
                    and (reaches_down or any(self.is_known_header(t) for t in cells)
                         or ((spans >= 2 or self.names_domains(cells)) and all(map(self.plain_heading, cells)))) \
                    and self.meta_row_texts(above) is None and not is_facts_line(cells):
                start = above
            else:
                break
        return start

    def plain_heading(self, text: str) -> bool:
        """A few words and nothing else: no 统计时间：…, no date, no digits, no footer."""
        return len(text.strip()) <= 12 and not re.search(r"[:：\d０-９]", text) and not is_footer(text) \
            and self.text_period(text) is None

    def names_domains(self, cells: list[str]) -> bool:
        """Short words, most of them naming an object a catalogue indicator counts (民情, 就业)."""
        scorer = self.catalog.scorer
        if scorer is None or not all(len(t.strip()) <= 8 for t in cells):
            return False
        named = sum(any(c.role == "object" for c in scorer.vocabulary.concepts(simplify(t))) for t in cells)
        return named * 2 > len(cells)

    def figure_markers_below(self, c: int, data_rows: list[int]) -> bool:
        """Every text under the header says which figure its row holds (本月 / 本年累计 / 1-12月累计), or
        that the row is another period's for comparison (上年同期, 上月), one at least being this period's."""
        kinds = [figure_row_kind(text) or structural_kind([text]) for r in data_rows if (text := self.text(r, c)).strip()]
        return any(kind in {"current_value", "cumulative_value"} for kind in kinds) \
            and all(kind in {"current_value", "cumulative_value", "note"} for kind in kinds)

    def wrapped(self, header_rows: list[int]) -> bool:
        """Two header rows that are one header written on two lines (新开发就业 | 城镇新增 over
        岗位（个） | 就业（人））: nothing merged, and every column with a lower text has its own upper
        text, different from its neighbours' — no heading stands over several columns."""
        if len(header_rows) != 2:
            return False
        top, bottom = header_rows
        if any(r0 <= top <= r1 or r0 <= bottom <= r1 for r0, _, r1, _ in self.grid.merged):
            return False
        pairs = [(self.text(top, c).strip(), self.text(bottom, c).strip()) for c in range(self.width)]
        both = [(upper, lower) for upper, lower in pairs if upper and lower]
        uppers = [upper for upper, _ in pairs if upper]
        return len(both) >= 2 and all(upper for upper, lower in pairs if lower) \
            and len(set(uppers)) == len(uppers) and not any(structural_kind([upper]) for upper, _ in both)

    def read_header(self, block: list[int], start: int) -> Table:
        header_rows = [start]
        # A heading merged down over the header rows (序号 over three or four); a note merged down
        # the whole side of the sheet (填报说明 over thirty rows) holds at most three.
        last_merge_row = max((r1 for r0, c0, r1, c1 in self.grid.merged if r0 == start and r1 - r0 < 4), default=start)
        tall_merge_row = max((r1 for r0, c0, r1, c1 in self.grid.merged if r0 == start), default=start)
        for r in block:
            if r <= start or sum(bool(self.nonempty(h)) for h in header_rows) >= 4:  # a row of translations adds none
                continue
            if is_column_numbers(texts := [self.text(r, c) for c in self.nonempty(r)]) or is_code_row(texts):
                break  # 甲 | 乙 | 1 | 2 …, WL-03 | WL-05 …: under the headers, never one of them
            continuation = r <= last_merge_row or (r <= tall_merge_row and len(header_rows) < 3) or self.leaves_under_groups(r) \
                or self.sub_header_row(r, 2) or self.units_row(r) or self.merged_down_only(r, header_rows[-1]) or (
                # one group cell written once (文化工作), over a row of headers and not merged
                len(header_rows) == 1 and r + 1 in block and self.sub_header_row(r, 1, known=False)
                and self.sub_header_row(r + 1, 2))
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
        data_rows = [r for r in block if r > header_rows[-1] and not (  # a 栏次 or codes row tells no column's kind
            is_column_numbers(texts := [self.text(r, c) for c in self.nonempty(r)]) or is_code_row(texts))]
        wrapped = self.wrapped(header_rows)
        units_rows = {r for r in header_rows[1:] if self.units_row(r)}
        above = header_rows[0] if len(header_rows) > 1 and self.units_row(header_rows[0]) else None
        for c in range(self.width):
            levels: list[str] = []
            header_cell = None
            for r in header_rows[1:] if above is not None else header_rows:
                text = filled[(r, c)]
                if levels and structural_kind([text]) == "unit" and r in units_rows:
                    text = ""  # 单位, the units row's own label: not a level of the column it stands in
                if levels and r in units_rows and text.strip():
                    levels[-1] = with_unit(levels[-1], text)  # 常住户数 over （户）: 常住户数（户）
                elif text.strip() and (not levels or levels[-1] != text):
                    levels.append(text)
                if self.text(r, c).strip():
                    header_cell = (r, c)
            if wrapped and len(levels) == 2:
                levels = ["".join(levels)]  # 城镇新增 over 就业（人）: one header written on two lines
            unit = filled[(above, c)].strip().strip("（）()") if above is not None else ""
            if levels and unit and structural_kind([unit]) != "unit":  # 计量单位 | 件 | 万 above the headers:
                levels[-1] = f"{levels[-1]}（{unit}）"                 # 保障金（万）, a unit in brackets
            columns[c] = self.classify_column(c, levels, header_cell, data_rows)
        self.reporting_units(columns, data_rows)
        self.months_across_the_year_end(columns)
        self.group_totals(columns, data_rows)
        self.quarter_beside_its_months(columns)
        self.settle_rivals(columns)
        self.settle_by_elimination(columns)
        self.group_relative_leaves(columns)
        self.parts_said_so(columns)
        self.communities_across(columns)
        narrow_community_columns(columns, self.matcher, self.street)
        self.labels_under_header(columns, data_rows)
        indicators_as_rows = any(col.kind == "indicator_name" for col in columns.values())
        if not indicators_as_rows and not any(col.kind == "indicator" for col in columns.values()):
            indicators_as_rows = self.promote_label_column(columns, data_rows)
        if indicators_as_rows:
            for col in columns.values():
                if col.kind == "blank" and any(self.text(r, col.index).strip() for r in data_rows) and not self.figure_markers_below(col.index, data_rows):  # 口径说明 | 本月发生 / 月末数
                    col.kind = "current_value"
                own = structural_kind(col.levels[-1:]) if col.levels else None
                if own in {"current_value", "cumulative_value"} and col.kind in {"indicator", "unknown", "derived"}:
                    # 数量 under a section heading (一、民情诉求 …): the rows name the indicators
                    col.kind, col.indicator_code = own, ""
                    col.is_cumulative = own == "cumulative_value" or normalize_header(col.levels[-1]).is_cumulative
                elif col.kind == "unknown" and col.levels and self.catalog.scorer is not None \
                        and self.catalog.scorer.vocabulary.only_measures(normalize_header(col.levels[-1]).core):
                    col.kind = "current_value"  # 人数/户数 beside 常住户（户）, 常住人口（人）: what the figures count
            self.total_of_units(columns, data_rows)
        return Table(header_rows, columns, indicators_as_rows)

    def sub_header_row(self, r: int, least: int, known: bool = True) -> bool:
        """A row of the header below its first: at least ``least`` text cells, no number (nor one
        counted in a sentence, nor 办结：32件), total, footer or community, and (if ``known``) a header the
        catalogue knows."""
        cells = [self.text(r, c) for c in self.nonempty(r)]
        return (len(cells) >= least and not any(self.is_number(t) or FIGURE_PAIR.match(t) or LABELLED_FIGURE.search(t) for t in cells)
                and not any(COUNTED.search(t) for t in cells)  # 受理居民诉求47件，办结47件: a line's figures
                and not any(is_footer(t) or is_total(t) for t in cells)
                and not any(self.matches_community(t) and not self.names_domains([t]) for t in cells)  # 党建 | 文化
                and (not known or any(self.is_known_header(t) for t in cells))
                and not self.indicator_beside_bare_number(cells))

    def indicator_beside_bare_number(self, cells: list[str]) -> bool:
        """注册志愿者人数 | 1934: an indicator's line with its figure, not headers — a bare whole
        number there is a count that merely looks like a year, as no header row names an
        indicator beside a lone year."""
        return any(t.strip().isdigit() for t in cells) and any(
            not t.strip().isdigit() and self.catalog.match_indicator([t]) is not None for t in cells)

    def classify_column(self, c: int, levels: list[str], header_cell: tuple[int, int] | None,
                        data_rows: list[int]) -> Column:
        column = Column(c, levels, "blank", header_cell=header_cell)
        if not levels:
            return self.infer_from_data(column, data_rows)
        if opens_with_last_stock(levels):
            column.kind = "note"  # 上月底在保 / 户数: last month's stock beside this month's
            return column
        if month_and_year_to_date(levels):  # 本月/本年累计 | 62/761: the month's figure before the slash
            column.kind, column.pick = "current_value", MONTH_OF_PAIR
            return column
        if figure_and_plan(levels):  # 完成数/任务数 | 15/30: the figure before the slash, the task after
            column.kind, column.pick = "current_value", FIGURE_OF_PLAN
            return column
        if len(levels) == 1 and (corner_kinds(levels[0]) or self.period_corner(column, data_rows)):
            return self.infer_from_data(column, data_rows)  # 项目＼月份 over 10月份 …: what the rows hold
        kind = structural_kind(levels)
        own = structural_kind(levels[-1:])
        if own in {"current_value", "cumulative_value"} and len(levels) > 1:
            period = next((found for text in levels[:-1] if (found := self.cell_period(text))), None)
            if period is not None:  # 一月份 over 数量: the month's value column
                column.kind, column.period = own, period
                column.is_cumulative = own == "cumulative_value"
                return column
            if self.community_over_figure(column, levels[:-1], own == "cumulative_value"):
                return column  # 东渡 over 本月 | 累计, 合计 over 本月 | 累计
        if kind in {"current_value", "cumulative_value"} and len(levels) > 1:
            kind = None  # "本年累计" over "受理数" is an indicator, not a value column
        if kind == "indicator_name" and self.figure_markers_below(c, data_rows):
            column.kind = "blank"  # 项目 over 本月完成 / 截至本月累计: which figure each row holds
            return column
        if kind:
            column.kind = kind
            column.is_cumulative = kind == "cumulative_value"
            column.multiplier = normalize_header(levels[-1]).unit_multiplier
            return column
        if TARGET.match(normalize_header(levels[-1]).core):
            column.kind = "note"  # 新增就业岗位 over 全年任务, 项目 | 本月 | 一季度目标: a target, never a figure of it
            return column
        if is_total(levels[-1]) or SPAN_SUM.match("".join(simplify(levels[-1]).split())):
            column.kind = "total"  # 季度合计 / 合计 beside the months: computed, not a value
            return column
        period_levels = self.level_periods(levels)
        if len(levels) > 1 and any(period_levels) and not all(period_levels):
            # Months written under an indicator (常住人口 over 7月 … 12月), or the other way round.
            rest = [text for text, period in zip(levels, period_levels) if not period]
            found = self.catalog.match_indicator(rest)
            if found:
                column.hold(found)
                column.period = next(period for period in reversed(period_levels) if period)
                return column
            if self.catalog.is_derived(rest):
                column.kind = "derived"
                return column
            column.kind = "unknown"  # an indicator group over months that matches nothing: one problem
            return column
        if self.catalog.is_not_data(levels):
            column.kind = "note"  # a person decided in the mapping review: not data
            return column
        found = self.catalog.match_indicator(levels)
        if self.section and (found is not None or self.catalog.candidates(levels)) \
                and (found is None or found.score < 1.0 or len(levels) == 1):
            in_section = self.catalog.match_indicator([self.section, *levels])  # 一、城市低保 over 保障户数
            if in_section is not None and (found is None or in_section.score >= found.score):
                found = in_section
        if found and found.score < 1.0:
            # A registry name beats a reading by concepts (文化街社区 is a community, not 文化活动).
            if self.registry_name(levels[-1]):
                found = None
        glued = self.glued_period(levels, self.rows[header_cell[0]] if header_cell else ())
        if glued is not None and (found is None or glued[1].score >= found.score):
            column.hold(glued[1])  # 3月受理数 | 4月受理数, 受理数（3月）: a month written into the header
            column.period = glued[0]
            return column
        if found:
            column.hold(found)  # 就业岗位 over 1-11月累计 | 1-12月累计: each the year to date of its month
            if found.is_cumulative and len(levels) > 1 and (through := year_to_date_month(simplify(levels[-1]))):
                column.period = self.cell_period(f"{through}月")
            return column
        if self.catalog.is_derived(levels):
            column.kind = "derived"
            return column
        through = year_to_date_month(simplify(levels[-1]))
        if through and (month := self.cell_period(f"{through}月")) is not None:
            column.kind, column.period, column.is_cumulative = "period", month, True  # 项目 | 本月 | 1-11月累计
            return column
        parts = [self.cell_period(part) for part in re.split(r"\s*[/／]\s*", levels[-1])] if "/" in levels[-1] else []
        if len(parts) >= 2 and all(part and part.grain == "month" for part in parts):
            column.kind, column.period, column.parts = "period", parts[0], tuple(parts)  # 7月/8月/9月 over 39/58/54
            return column
        period = self.level_periods(levels)[-1] or self.period_figure(levels[-1])  # 1月 under 2026年; 1月完成
        if period:
            column.kind = "period"
            column.period = period
            column.is_cumulative = normalize_header(levels[-1]).is_cumulative
            return column
        numbered = len(levels) > 1 and ORDINAL_CHILD.match(levels[-1]) \
            and self.matcher.match(levels[-2] + levels[-1].strip(), self.street).community_code  # 瑞城 / 一
        community = self.matcher.match(levels[-1], self.street).community_code \
            or (header_cell and self.titled_community(levels[-1], header_cell[0])) or self.legend_community(levels[-1])
        if numbered or (community and not self.is_number(levels[-1])):
            community = numbered or community
            column.kind = "community"
            column.community_code = community
            return column
        column.kind = "unknown"
        below = [self.text(r, c) for r in data_rows if self.text(r, c).strip()]
        if self.figure_markers_below(c, data_rows):
            column.kind = "blank"  # 口径 | 本月 / 本年累计: says which figure each row holds (placement)
            return column
        if not any(self.is_number(text) for text in below) and (
                NUMBERED_NOTE.match(levels[-1])
                or any(SENTENCE.search(text) and not self.matches_community(text) for text in below)
                or (below and all(WORDS_NOT_FIGURES.fullmatch(text.strip()) for text in below)
                    and not any(self.matches_community(text) for text in below))):
            # 说明 1. … beside the table, 工作亮点 sentences, 是/否, a 网格员's name: no figure under it
            column.kind = "note"
            return column
        return self.infer_from_data(column, data_rows)

    def months_across_the_year_end(self, columns: dict[int, Column]) -> None:
        """11月 | 12月 | 1月 | 2月 | 3月 under one heading, no year written over them: the months
        after the year end are the year after those before it. The two years are the ones the
        titles name (2025—2026年度); else the sheet's year and the next, unless that puts the
        last month after the file was sent."""
        runs: dict[tuple[str, str], list[Column]] = {}
        for c in sorted(columns):
            col = columns[c]
            if col.period is not None and col.period.grain == "month" \
                    and not any(YEAR_IN_TEXT.search(text) for text in col.levels):
                runs.setdefault((col.kind, col.indicator_code), []).append(col)
        for run in runs.values():
            numbers = [int(col.period.period[5:7]) for col in run]
            ends = [i for i in range(1, len(numbers)) if numbers[i] < numbers[i - 1]]
            steps = [b - a + 12 * (i + 1 in ends) for i, (a, b) in enumerate(zip(numbers, numbers[1:]))]
            if len(ends) != 1 or numbers[-1] >= numbers[0] or len({col.period.year for col in run}) != 1 \
                    or max(steps) > 3:
                continue  # in order within a year, newest first, 10月 | 9月（补报）, or over a year: as read
            year, named = run[0].period.year, self.named_years
            before = year - 1 if year - 1 in named and year + 1 not in named else year
            if before == year and year + 1 not in named and self.sent is not None \
                    and (year + 1, numbers[-1]) > (self.sent.year, self.sent.month):
                before = year - 1  # 11月 … 3月 of a 2026 sheet sent in April 2026: the winter before
            for i, col in enumerate(run):
                col.period = month(before + (i >= ends[0]), numbers[i])

    def community_over_figure(self, column: Column, above: list[str], cumulative: bool) -> bool:
        """A community (or 合计) written over its own 本月 | 累计 sub-columns, the indicators down the
        rows: the column holds that community's figure of the month or its year to date; under 合计
        it is a computed total."""
        if not above:
            return False
        if is_total(above[-1]):
            column.kind = "total"
            return True
        named = self.matcher.match(above[-1], self.street)
        if not named.community_code or self.is_number(above[-1]):
            return False
        column.kind, column.community_code, column.is_cumulative = "community", named.community_code, cumulative
        return True

    def glued_period(self, levels: list[str], row: Sequence[str] = ()) -> tuple[Period, IndicatorMatch] | None:
        """A header whose own text starts with a period (2026年3月受理数, 三月份办结) or ends with
        one in brackets (受理数（3月）), the rest naming an indicator (plainly named will do when
        the header ``row`` glues the same words to other months: ``months_repeat``)."""
        text = NUMBERING.sub("", ITEM_BEFORE_YEAR.sub("", levels[-1].strip()))  # 1.3月受理数: the item number first
        bracket = GLUED_SUFFIX.search(text)
        splits = [(bracket.group(1), text[:bracket.start()])] if bracket else []
        splits += [(text[:k], text[k:]) for k in range(min(len(text) - 1, 12), 1, -1)  # 2025年3月, not 2025年
                   if text[k - 1] in "月度年份"]
        for period_text, rest in splits:
            period = self.level_periods([*levels[:-1], period_text])[-1]
            if period is None or not rest.strip():
                continue
            found = self.catalog.match_indicator([*levels[:-1], rest])
            if found is not None and (found.score >= 0.8 or months_repeat(
                    rest, row, lambda text: self.level_periods([*levels[:-1], text])[-1])):
                return period, found
        return None

    def level_periods(self, levels: list[str]) -> list:
        """Each level's period; a year heading (2026年 merged over 1月 … 6月) is the year of the
        months under it, whatever the title's year."""
        found, year = [], None
        for text in levels:
            period = parse_period(text, year) if year else self.cell_period(text)
            if period is not None and period.grain == "year":
                year = int(period.period[:4])
            found.append(period)
        return found

    def communities_across(self, columns: dict[int, Column]) -> None:
        """Communities as columns: among them, a header that is a community's registry name is
        that community, even when its words also read as an indicator (千户 is not 户数 here)."""
        if sum(col.kind == "community" for col in columns.values()) < 2:
            return
        for col in columns.values():
            if col.kind == "indicator" and len(col.levels) == 1:
                if code := self.registry_name(col.levels[-1]):
                    col.kind, col.indicator_code, col.community_code = "community", "", code
        self.short_names_across(columns)

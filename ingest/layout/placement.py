"""Placing values: each data row's community, period and indicator, every value cell parsed and
given its lineage, 合计/小计 rows checked against the rows above, duplicates reported."""

from __future__ import annotations

from ingest.chinese_text import simplify
from ingest.headers import BRACKETED, NUMBERING, SUBCOLUMN, normalize_header, structural_kind
from ingest.layout.categories import CategoryRows
from ingest.layout.corrections import CORRECTION, CorrectionKeeper
from ingest.layout.merged_figures import MergedFigures
from ingest.layout.pairs import MONTH_OF_PAIR, PairColumns, RowHalf, pick_figure
from ingest.layout.sheet import COMPARISON, THIS_MONTH
from ingest.layout.stock_marks import figure_row_kind
from ingest.layout.derived_cells import DerivedKeeper
from ingest.layout.ditto import DITTO, DittoCells
from ingest.layout.folds import FoldedTables
from ingest.layout.outline import OutlineRows
from ingest.layout.row_settling import RowSettler
from ingest.layout.sentences import SentenceRows
from ingest.layout.unit_sums import UnitSums
from ingest.layout.value_plan import ValuePlan
from ingest.layout.model import (ROW_KINDS_PLAIN_LABEL, Column, ExtractedValue, Table, cell_ref, each_part, is_example,
                                 is_footer, is_total, new_value)
from ingest.periods import Period, month, year_to_date_end
from ingest.values import parse_value, written_unit


FIGURE_KINDS = {"current_value", "cumulative_value"}


class ValuePlacer(DerivedKeeper, CorrectionKeeper, UnitSums, DittoCells, OutlineRows, SentenceRows, FoldedTables,
                  PairColumns, MergedFigures, CategoryRows, RowSettler, ValuePlan):  # CategoryRows is a TotalChecker
    """From a table's data rows to values, labels and problems."""

    _running_columns: dict | None = None
    _running: dict[int, list[float]] = {}
    _running_cumulative: dict[int, list[float]] = {}

    def read_table(self, table: Table, data_rows: list[int], titles: list[str], span: range | None = None) -> None:
        columns = table.columns
        unknown_reported: set[int] = set()
        pairs = [] if table.indicators_as_rows else self.pair_columns(columns, data_rows)
        for r in table.header_rows:
            for c in self.nonempty(r):
                self.set_role(r, c, "label")
        period, period_text = self.context_period(titles)
        community_code, community_text = "", ""
        has_row_community = any(col.kind in {"community_name", "community_code"} for col in columns.values())
        has_col_community = any(col.kind == "community" for col in columns.values())
        if not has_row_community and not has_col_community:
            community_code, community_text = self.heading_community(table, span) or self.context_community(titles)
        if table.indicators_as_rows:
            value_cols = [part for col in columns.values()
                          if col.kind in {"current_value", "cumulative_value", "community"}
                          or (col.kind == "period" and col.period is not None) for part in each_part(col)]
        else:
            self.indicator_from_titles(columns, titles)
            self.amount_unit_from_titles(columns, titles)
            value_cols = [col for col in columns.values() if col.kind == "indicator"
                          or (col.kind == "community" and col.indicator_code)] + pairs
        has_row_period = any(col.kind == "period" and (col.period is None or not table.indicators_as_rows)
                             for col in columns.values())
        needs_context_period = not has_row_period and any(col.period is None for col in value_cols)
        anchor = (table.header_rows[0], min((c for c in self.nonempty(table.header_rows[0])), default=0)) \
            if table.header_rows else (data_rows[0], 0) if data_rows else (0, 0)
        blocked = ""
        # 填报示例: a table of example rows only (XX社区, rows marked 示例) holds nothing to place
        examples_only = any(self.nonempty(r) for r in data_rows) and all(
            any(is_example(self.text(r, c)) for c in self.nonempty(r)) for r in data_rows if self.nonempty(r))
        if value_cols and needs_context_period and period is None and not examples_only:
            self.problem("no_period", *anchor)
            blocked = "period"
        if value_cols and not has_row_community and not has_col_community and not community_code and not examples_only:
            self.no_community(anchor, titles)
            blocked = "community"
        # A table split by blank rows goes on under the same header: its 合计 counts every part.
        if table.header_rows or self._running_columns is not columns:
            self._running_columns = columns
            self._running = {col.index: [] for col in value_cols}
            self._running_cumulative = {col.index: [] for col in value_cols}  # 口径 = 本年累计 rows
            self._last_total = {col.index: (data_rows[0] - 1 if data_rows else -1) for col in value_cols}
        running: dict[int, list[float]] = self._running
        for c, carried in self.carried_from_folds(columns, data_rows, span).items():  # its 合计 counts every copy
            running[c] = [*carried, *running.get(c, [])]
        for col in value_cols:
            running.setdefault(col.index, [])
            self._running_cumulative.setdefault(col.index, [])
        subtotal_rows: dict[int, list[float]] = {col.index: [] for col in value_cols}
        approximate: dict[int, bool] = {col.index: False for col in value_cols}
        in_footer = False
        value_indexes = {col.index for col in value_cols}  # a column's index is its key in columns
        rows, role_rows = self.rows, self.role_rows
        label_columns = [c for c, col in columns.items() if col.index not in value_indexes]
        scan = self.scan_rows(table, data_rows, span)  # one look at each row, shared by the passes below
        breakdown = self.breakdown(table, data_rows, value_cols, span, scan)
        self.hold_rows(table, data_rows)
        self._named_subtotals, self._table_rows = breakdown.named, data_rows
        unknown_cols = [col for col in columns.values() if col.kind == "unknown" and col.levels]
        typed = self.category_plan(table, data_rows, value_cols + unknown_cols, span,
                                   {*breakdown.parts, *breakdown.subtotals}, scan)
        read_by_type = {col.index for read in typed.values() for col in read}
        for col in unknown_cols:
            if col.index in read_by_type:  # 保障户数 under 救助类型 低保: the type says what it counts
                for kept in (running, self._running_cumulative, subtotal_rows):
                    kept.setdefault(col.index, [])
            elif col.header_cell and table.header_rows:  # a continuation block: said once
                r, c = col.header_cell
                self.set_role(r, c, "problem")
                self.problem("unknown_header", r, c, " / ".join(col.levels), self.catalog.nearest_names(col.levels))
                unknown_reported.add(col.index)
        if typed:  # a typed table loads some types' figures only: its 合计 of every type is not checked
            approximate = dict.fromkeys({*approximate, *read_by_type}, True)
        row_cells = scan.cells
        for r in data_rows:
            cells = row_cells[r]
            if not cells:
                continue
            row = rows[r]
            if in_footer or any(map(is_footer, map(row.__getitem__, cells))):
                in_footer = True
                self.all_labels(role_rows[r], cells)
                continue
            if r in breakdown.parts:  # a category of the community's figure, its 小计 below: checked there
                breakdown.part_row(r, cells)
                continue
            # a 合计 merged down a long table (1-3月合计 over its items) makes each of its rows a total
            carried_total = any(is_total(self.header_text(r, c)) for c in label_columns
                                if c not in cells and (r, c) in self.merge_origin)
            if (carried_total or any(map(is_total, [row[c] for c in cells if c not in value_indexes]))) \
                    and r not in breakdown.subtotals:
                if table.indicators_as_rows and any(columns[c].kind == "indicator_name" and not is_total(row[c])
                                                    for c in cells if c in columns):
                    for c in cells:  # an item's total over the months above: not a sum of this column
                        role_rows[r][c] = "label"
                    continue
                # Indicators as rows mix units in one column: scale-free comparison is not possible,
                # so the total is compared as written only when the column carries no unit.
                cumulative_total = any(structural_kind([row[c]]) == "cumulative_value" for c in cells
                                       if c not in value_indexes and row[c])
                self.total_row(r, cells, value_cols, self._running_cumulative if cumulative_total else running,
                               subtotal_rows, approximate,
                               table.indicators_as_rows)
                continue
            self.data_row(table, r, cells, typed.get(r, value_cols), unknown_reported, blocked,
                          (period, period_text), (community_code, community_text), running, approximate)
            breakdown.check(r)

    def data_row(self, table: Table, r: int, cells: list[int], value_cols: list[Column], unknown: set[int],
                 blocked: str, context_period: tuple[Period | None, str], context_community: tuple[str, str],
                 running: dict[int, list[float]], approximate: dict[int, bool], half: RowHalf | None = None) -> None:
        columns = table.columns
        value_indexes = self.value_indexes(value_cols, columns)
        row, roles = self.rows[r], self.role_rows[r]
        if self.only_labels(table, r, cells, value_indexes) or self.void_row(r, cells, value_indexes):
            return self.all_labels(roles, cells)
        matcher, row_problem = self.matcher, ""
        community_code, community_text = context_community
        community_method = "context" if community_code else ""
        period, period_text = context_period
        indicator_levels: list[str] = []
        row_multiplier, row_unit = 1.0, ""
        # A code column decides before a name column, whichever comes first on the sheet.
        code_columns = [c for c in cells if c in self._code_indexes] if self._code_indexes else ()
        ordered = code_columns + [c for c in cells if c not in code_columns] if code_columns else cells
        # A community or month merged down over several rows (long format) holds for each of them.
        carried = [c for c in self._carried_indexes if c not in cells and (r, c) in self.merge_origin]
        if carried:
            ordered = carried + list(ordered)
        row_cumulative = False
        unmatched: list[tuple[int, str, object]] = []  # community cells no registry entry matches
        for c in [c for c in ordered if c not in value_indexes]:
            col = columns.get(c)
            raw = row[c] or self.header_text(r, c)
            kind = col.kind if col is not None else None
            if kind == "blank" and structural_kind([raw]) == "note":  # 上年同期 under 本月: another period's row
                return self.all_labels(roles, cells)
            if kind in {"unknown", "blank", "seq", None} and raw and figure_row_kind(raw) in FIGURE_KINDS:
                roles[c] = "label"  # 口径 | 本月 / 本年累计 / 1-12月累计: which figure this row holds
                row_cumulative = figure_row_kind(raw) == "cumulative_value"
            elif col is None or kind in ROW_KINDS_PLAIN_LABEL:
                roles[c] = "label"
                if kind == "unit":
                    row_multiplier, row_unit = normalize_header(f"({raw})").unit_multiplier, raw.strip()
            elif kind == "unknown":
                roles[c] = "problem"
            elif kind == "community_name" or kind == "community_code":
                if community_method == "code" and kind == "community_name":
                    roles[c] = "label"
                    continue
                found = self.row_community(r, raw, c)
                if not found.community_code and matcher.is_street_heading(raw):
                    roles[c] = "label"  # a street heading row inside a city table
                    row_problem = row_problem or "street_row"
                    continue
                if found.community_code:
                    community_code, community_text, community_method = found.community_code, raw, found.method
                    roles[c] = "label"
                elif community_method != "code":
                    unmatched.append((c, raw, found))
                else:
                    roles[c] = "label"
            elif kind == "period" and (not table.indicators_as_rows or col.period is None):
                found_period = self.month_in_column(columns, c, raw, self.cell_period(raw), r) \
                    or self.month_of_year(raw, period, col) or self.short_year_month(raw, col)  # 年度 2026 | 月份 1
                if found_period:
                    period, period_text = found_period, raw
                    roles[c] = "label"
                elif THIS_MONTH.match(raw.strip()) and period is not None and period.grain == "month":
                    roles[c] = "label"  # 本月 beside 上月 rows: the month the title names
                elif COMPARISON.match(raw.strip()):  # 上年同期（2024年12月）, 同比增减: never this period's
                    return self.all_labels(roles, cells)
                else:
                    roles[c] = "problem"
                    self.problem("unknown_period", r, c, raw)
                    row_problem = "period"
            elif kind == "report":  # 更正说明: 「2025年10月…进度表」 is the period the row corrects
                period, period_text = (found, raw) if (found := self.text_period(raw)) else (period, period_text)
                roles[c] = "label"
            elif kind == "indicator_name":
                indicator_levels.append(self.header_text(r, c) if (r, c) in self.merge_origin else raw)
                roles[c] = "label"
            else:
                roles[c] = "label"
        if row_problem == "street_row" and community_method not in ("", "context"):
            row_problem = ""  # 所属区域 …/和平街道 beside the community's own name: the name decides
        if unmatched and not set(cells) & value_indexes and all(NUMBERING.match(raw) for _, raw, _ in unmatched):
            for c, _, _ in unmatched:  # 一、城中村社区 over its communities' rows: a numbered section heading
                roles[c] = "label"
            return
        if not community_code and (carried := self.carried_past_ruined_codes(table, cells, unmatched,
                                                                                (period, row_cumulative))):
            community_code, community_text, community_method = carried  # 6.54201E+11 under a name above
            self.all_labels(roles, [c for c, _, _ in unmatched])
            unmatched = []
        if unmatched and community_method in ("", "context") and row_problem != "street_row":
            for c, raw, found in unmatched:  # no other cell of the row names a community (nor a street)
                roles[c] = "problem"
                self.problem(found.problem_code, r, c, raw,  # the nearest names only when listed
                             lambda raw=raw, found=found: "、".join(found.nearest or matcher.nearest(raw, self.street)) or "无")
                row_problem = "community"
        for c, _, _ in unmatched if community_method not in ("", "context") or row_problem == "street_row" else ():
            roles[c] = "label"  # a code Excel wrote as 6.54201E+11 beside the name that decides (the street's own)
        if not row_problem:
            community_code, community_text, community_method = self.fill_down(
                table, cells, (community_code, community_text, community_method), (period, row_cumulative))
        if row_problem and row_problem != "street_row":
            for c in cells:
                if c in value_indexes:
                    roles[c] = "problem"
                    approximate[c] = True  # the sum above is incomplete: no total check
            return
        if not table.indicators_as_rows and row_problem != "street_row":
            self.keep_derived_columns(columns, r, cells, period, community_code)  # rates, to be checked
        row_indicator = None
        indicators_as_rows = table.indicators_as_rows
        if indicators_as_rows:
            for col in columns.values():  # a category written once over several rows (merged)
                if col.kind == "indicator_name" and (r, col.index) in self.merge_origin and col.index not in cells:
                    indicator_levels.insert(0, self.header_text(r, col.index))
            indicator_levels[:0] = self.group_rows_above(table, r, value_indexes)  # 城市低保 over 4.1 户数
            if row_unit and indicator_levels and not BRACKETED.search(simplify(indicator_levels[-1])):
                # The unit column says what the label counts: 在册志愿者 | 人 is people, not 人次.
                indicator_levels[-1] = f"{indicator_levels[-1]}({row_unit})"
            figures = [row[c] for c in cells if c in value_indexes]  # 33户59人, or sentences of figures
            halves = [] if half else self.row_pair(indicator_levels, figures) or self.row_sentences(indicator_levels, figures)
            for each in halves:  # 低保 | 33户59人: the row is read once for each of its two indicators
                self.data_row(table, r, cells, value_cols, unknown, blocked, context_period, context_community,
                              running, approximate, each)
            if halves:
                return
            if half:
                indicator_levels[-1] = half.label
            row_indicator = half.match if half else self.row_reading(indicator_levels)
            units = {written_unit(row[c]) for c in cells if c in value_indexes and row[c].strip()} \
                if row_indicator is None and not row_unit and indicator_levels else set()
            if len(units) == 1 and "" not in units:  # 城镇新增就业 | 12人: the figure's unit says what is counted
                indicator_levels[-1] = f"{indicator_levels[-1]}({units.pop()})"
                row_indicator = self.catalog.match_indicator(indicator_levels)
            row_indicator = row_indicator or self.row_by_elimination(indicator_levels, table, r)
            if row_indicator is not None and not row_unit:  # 低保资金※ | (blank) | 2.58 under ※金额单位：万元
                row_multiplier = self.row_amount_multiplier(indicator_levels, row_indicator.indicator_code)
            if row_indicator is None and (self.catalog.is_derived(indicator_levels)
                                          or self.catalog.is_not_data(indicator_levels)):
                self.all_labels(roles, cells)  # a rate the warehouse recomputes from its parts: a label here
                self.keep_derived_row(r, cells, indicator_levels, period, community_code)  # to be checked
                return
            if row_indicator is None and indicator_levels and SUBCOLUMN.match(simplify(indicator_levels[-1])):
                return  # 其中：按期办结 under 办结: a part of the figure above, naming no indicator (labels)
            if row_indicator is None:  # a figure beside a label nobody knows; text only (工作亮点：…) is a note
                if any(c in value_indexes and parse_value(row[c]).status == "number" for c in cells):
                    label_cell = next((c for c in cells if c not in value_indexes), cells[0])
                    if self.role(r, label_cell) == "label" and label_cell not in value_indexes:
                        roles[label_cell] = "problem"
                    self.problem("unknown_indicator", r, label_cell, " / ".join(indicator_levels) or self.text(r, label_cell),
                                 self.catalog.nearest_names(indicator_levels))
                for c in cells:
                    if c in value_indexes:
                        roles[c] = "problem" if parse_value(row[c]).status == "number" else "label"
                return
        row_reported = False
        corrects = any(CORRECTION.search(row[c]) for c in cells if c not in value_indexes)
        sheet = self.grid.name
        seen = self.seen
        values = self.out.values
        parse, ref_of, make = parse_value, cell_ref, new_value  # locals: looked up per value below
        stocks = self.catalog.stocks
        for index, col, col_header, col_period, col_period_text, col_community, col_community_text, col_method \
                in self._value_plan:
            pick = col.pick or (half.pick if half else "")
            if pick == MONTH_OF_PAIR and indicators_as_rows and row_indicator.indicator_code in stocks:
                pick = ""  # 在册党员 | 602 under 本月/本年累计: a stock's level is both figures
            raw = row[index] if not pick else pick_figure(row[index], pick)
            if not raw.strip() and (r, index) in self.merge_origin:  # a stock merged across its months
                raw = self.merged_figure(r, index, columns, row_indicator.indicator_code if indicators_as_rows
                                         else col.indicator_code)
            if not raw.strip() and not self.blank_is_zero:  # (where the sheet says a blank is 0, it is read as 0)
                continue
            if row_problem == "street_row":
                roles[index] = "label"
                continue
            parsed = parse(self.ditto(r, index, table) if raw.strip() in DITTO  # raw as written; 「—」 the sheet calls 0, 见备注
                           else self.stands_for(r, raw.strip(), table) or "0")
            status = parsed.status
            if status == "blank":
                roles[index] = "label"
                continue
            if status == "unreadable" or parsed.value < 0:
                roles[index] = "problem"
                self.problem("negative_value" if status == "number"
                             else "formula_no_result" if (r, index) in self.grid.formula_cells
                             else "unreadable_value", r, index, raw)
                approximate[index] = True  # the sum above is incomplete: no total check
                continue
            if blocked or ((r, index) in self.merge_tops and self.shared_by_rows(r, index, raw, columns)):
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
                cumulative = col.is_cumulative or row_cumulative
                header = col_header
            if indicator_code in stocks:  # a stock (志愿者, 党员): its 累计 is the stock, 本月新增 a change of it
                if "新增" in header:
                    roles[index] = "label"
                    continue
                cumulative = False
            if col_period is None:
                cell_period, cell_period_text = period, period_text
                if cell_period and cell_period.grain == "year" and (through := year_to_date_end(period_text)):
                    # in a 1-9月 table: a stock (零就业家庭（户，月末）) is September's, a flow its year to date
                    cell_period, cumulative = month(cell_period.year, through), indicator_code not in stocks
            else:
                cell_period, cell_period_text = col_period, col_period_text
            if col_community is None:
                cell_community, cell_community_text, method = community_code, community_text, community_method
            else:
                cell_community, cell_community_text, method = col_community, col_community_text, col_method
            if not cell_community or cell_period is None:
                # A row whose community (or period) cell is empty: never a value without its key.
                roles[index] = "problem"
                if not row_reported:
                    self.problem("no_community" if not cell_community else "no_period", r, index, raw)
                    row_reported = True
                approximate[index] = True
                continue
            value = parsed.value if parsed.has_magnitude else parsed.value * multiplier
            key = (cell_community, indicator_code, cell_period.period, cumulative)
            earlier = seen.get(key)
            if earlier is not None and self.adds_unit(earlier, value, r, value_indexes):
                roles[index] = "value"  # a grid's part of the community's figure (第2网格 … of 第1网格)
                continue
            if earlier is not None and indicator_code in stocks and earlier[0] == value:
                roles[index] = "label"  # 本月 423 | 累计 423 of a stock: one figure written twice
                continue
            if earlier is not None and corrects and earlier[0] == value:
                roles[index] = "label"  # the corrected row repeats this figure unchanged
                continue
            if earlier is not None and corrects:  # 更正：…以此行为准 — this row replaces the earlier one
                self.supersede(earlier, index, running, r)
            elif earlier is not None:  # (其中：九八投洽会志愿服务 under 志愿服务: a part of the figure above)
                roles[index] = "label" if indicators_as_rows and SUBCOLUMN.match(simplify(indicator_levels[-1])) else "problem"
                if roles[index] == "problem":
                    self.problem("duplicate_value", r, index, raw, f"已在 {earlier[1]} 填报 {earlier[0]:g}")
                continue
            ref = ref_of(r, index)
            seen[key] = (value, ref)
            (self._running_cumulative if row_cumulative else running)[index].append(value)
            approximate[index] = approximate[index] or parsed.is_approximate
            roles[index] = "value"
            values.append(make(ExtractedValue, (
                sheet, ref, r, index, header, cell_community_text, cell_community, method, cell_period_text,
                cell_period, indicator_code, value, cumulative, parsed.is_approximate, raw)))

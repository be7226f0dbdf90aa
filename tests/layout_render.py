"""Generated returns drawn as sheets, with the role of every cell, and written as files (see
layout_generator)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import zhconv

from layout_figures import months_total, rate as _rate, total as _total  # render has a total() of its own
from layout_figures import year_to_date as _year_to_date, year_to_date_value as _year_to_date_value
from layout_files import write_sheets
from layout_model import CATALOGUE, Column, Key, Spec, mongolian
from layout_outline import groups as _groups, heading_rows, item_name

@dataclass
class Grid:
    """One sheet: cells by (row, col) 0-based, merged ranges, and what each cell is."""
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    keys: dict[tuple[int, int], Key] = field(default_factory=dict)          # value cells
    totals: set[tuple[int, int]] = field(default_factory=set)               # 合计 cells
    quiet: set[tuple[int, int]] = field(default_factory=set)  # not data, never a problem (上月数, 6.54201E+11)
    cumulative: dict[tuple[int, int], tuple[Key, float]] = field(default_factory=dict)  # 累计 cells: key, value

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


NUMBERED = re.compile(r"^(?:[\d０-９]+[.．]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)?")  # the month goes after it
COLUMN_LETTERS = "甲乙丙丁戊"
SCI_CODE = "6.54201E+11"  # a 12-digit code after Excel's round trip through a CSV: the name decides


def _titles(grid: Grid, row: int, col: int, width: int, titles: tuple[str, ...] | list[str], merge: bool) -> int:
    for title in titles:
        cells = title.split("\t")  # a row of facts (统计月份 | date | 填报日期 | date): cells apart
        grid.put_row(row, col, cells)
        if merge and width > 1 and len(cells) == 1:
            grid.merge(row, col, row, col + width - 1)
        row += 1
    return row


def _footer(grid: Grid, row: int, col: int, footer: tuple[str, ...]) -> int:
    if footer:
        grid.put_row(row + 1, col, list(footer))  # a blank row before the signatures
        row += 2
    return row


def _rows_table(spec: Spec, grid: Grid, row: int, col: int, columns: list[Column], period: str | None,
                titles: list[str]) -> int:
    """Communities as rows, indicators as columns (and a 月份 column when period is None)."""
    lay = spec.layout
    long = period is None and not lay.glued
    if lay.glued:  # 3月受理数 | 4月受理数 …: each month's columns side by side under one header row
        columns = [replace(column, header=NUMBERED.sub(lambda m: m.group(0) + month, column.header, count=1)
                           if lay.glued == "prefix" else f"{column.header}（{month}）", group="")
                   for month in lay.period_texts for column in columns]
    lead = (["序号"] if lay.seq_col else [])
    lead += ["社区代码"] if lay.code_col else []
    month_header = "月份" if not lay.traditional else zhconv.convert("月份", "zh-hant")
    if long:
        lead += [month_header, lay.community_header] if lay.month_first else [lay.community_header, month_header]
    else:
        lead += [lay.community_header]
    first_value_col = col + len(lead)
    # 本月 | 累计 under each flow indicator; a stock (党员人数) has one column, its heading merged down
    spans = [2 if lay.ytd and CATALOGUE[column.code].kind == "flow" else 1 for column in columns]
    offsets = [sum(spans[:i]) for i in range(len(columns))]
    # 办结率 after the figures, derived from 受理 and 办结: never loaded, never a problem
    codes_here = [column.code for column in columns]
    rate = lay.rate if {"petitions_received", "petitions_resolved"} <= set(codes_here) else ""
    width = len(lead) + sum(spans) + (1 if rate else 0)
    merge = lay.merged
    row = _titles(grid, row, col, width, titles, merge)

    depth = 1 if lay.glued else lay.header_depth
    rows_of_headers = depth + (1 if lay.ytd else 0)
    header_top = row
    for i, text in enumerate(lead):  # lead headings span every header row
        grid.put_row(row, col + i, [text])
        if merge:
            grid.merge(row, col + i, row + rows_of_headers - 1, col + i)
    if depth == 3:
        grid.put_row(row, first_value_col, [lay.top_heading])
        if merge:
            grid.merge(row, first_value_col, row, first_value_col + sum(spans) - 1)

    def left(i: int) -> int:
        return first_value_col + offsets[i]

    def heading(r: int, i: int, text: str, top: int) -> None:
        """An indicator's heading from row ``top`` down to ``r``, across its columns; a stock's down
        over the 本月 | 累计 row too."""
        grid.put_row(top, left(i), [text])
        bottom = r + (1 if lay.ytd and spans[i] == 1 else 0)
        if merge:
            grid.merge(top, left(i), bottom, left(i) + spans[i] - 1)

    if depth >= 2:
        group_row = row + depth - 2
        for heading_text, first, last in _groups(columns):
            if first == last:  # a lone indicator: its own heading spans the group row too
                heading(row + depth - 1, first, columns[first].header, group_row)
                continue
            grid.put_row(group_row, left(first), [heading_text])
            if merge:
                grid.merge(group_row, left(first), group_row, left(last) + spans[last] - 1)
            for i in range(first, last + 1):
                heading(row + depth - 1, i, columns[i].header, row + depth - 1)
    else:
        for i, column in enumerate(columns):
            heading(row, i, column.header, row)
    if lay.ytd:
        month = int(period[5:]) if period else 12
        for i in range(len(columns)):
            if spans[i] == 2:
                grid.put_row(row + depth, left(i), [lay.ytd[0], lay.ytd[1].replace("N", str(month))])
    rate_col = first_value_col + sum(spans)
    if rate:
        grid.put_row(header_top + rows_of_headers - 1, rate_col, [rate])
        grid.quiet.add((header_top + rows_of_headers - 1, rate_col))
        if merge and rows_of_headers > 1:
            grid.merge(header_top, rate_col, header_top + rows_of_headers - 1, rate_col)
            grid.cells[(header_top, rate_col)] = grid.cells.pop((header_top + rows_of_headers - 1, rate_col))
            grid.quiet.add((header_top, rate_col))
    row = header_top + rows_of_headers
    if lay.translation == "row":  # the headers again in Mongolian, a row of their own under them
        for i, text in enumerate([*lead, *(column.header for column in columns)]):
            grid.put_row(row, col + i, [mongolian(text)])
            grid.quiet.add((row, col + i))
        row += 1
    if lay.units_row:  # （件） | （人） under the headers, under 单位 in the name column or nothing
        if lay.units_row == "labelled":
            grid.put_row(row, col + len(lead) - 1, ["单位"])
            grid.quiet.add((row, col + len(lead) - 1))
        for i, column in enumerate(columns):
            grid.put_row(row, first_value_col + i, [f"（{CATALOGUE[column.code].unit}）" if column.scale == 1 else ""])
            grid.quiet.add((row, first_value_col + i))
        row += 1
    if lay.column_numbers:  # 栏次: 甲 | 乙 over the leading columns, 1 | 2 | 3 … over the figures
        grid.put_row(row, col, [COLUMN_LETTERS[i] for i in range(len(lead))] + list(range(1, len(columns) + 1)))
        grid.quiet |= {(row, col + i) for i in range(len(lead) + len(columns))}
        row += 1

    if lay.code_row:  # the platform's codes of the indicators, under their names
        grid.put_row(row, first_value_col, [f"{lay.code_row}{i + 1:02d}" for i in range(len(columns))])
        grid.quiet |= {(row, first_value_col + i) for i in range(len(columns))}
        row += 1

    written = {key: shown for key, _, shown in spec.values}
    codes = [code for code, _ in spec.communities]
    periods = spec.periods if long else (period,)

    def total(row: int) -> int:
        label_cells = [lay.total_label] + [""] * (len(lead) - 1)
        grid.put_row(row, col, label_cells)
        if merge and lay.merge_total_label and len(lead) > 1:
            grid.merge(row, col, row, col + len(lead) - 1)
        grid.totals.add((row, col))
        for i, column in enumerate(columns):
            grid.put_row(row, left(i), [_total(spec, column, codes, period)])  # type: ignore[arg-type]
            grid.totals.add((row, left(i)))
            if spans[i] == 2:
                grid.put_row(row, left(i) + 1, [_year_to_date(spec, column, codes, period)])  # type: ignore[arg-type]
                grid.totals.add((row, left(i) + 1))
        if rate:
            grid.put_row(row, rate_col, [_rate(spec, codes, period, rate)])  # type: ignore[arg-type]
            grid.totals.add((row, rate_col))
        return row + 1

    if lay.example:  # the template's example row, left in: 示例 in its 序号 (or alone), or a made-up name
        name = "XX社区" if lay.example == "示例" else lay.example
        cells = [name] if not long else ([lay.period_texts[0], name] if lay.month_first else [name, lay.period_texts[0]])
        cells = (["示例"] if lay.seq_col else []) + (["—"] if lay.code_col else []) + cells
        grid.put_row(row, col, cells + [10 + i for i in range(sum(spans))])
        grid.quiet |= {(row, col + i) for i in range(len(cells) + sum(spans))}
        row += 1
    if lay.total_row and lay.total_first:
        row = total(row)
    n = 0
    order = [(p_index, p, code, name) for p_index, p in enumerate(periods) for code, name in spec.communities]
    if long and lay.names_once:  # each community's months together, its name on the first of them
        order.sort(key=lambda item: [c for c, _ in spec.communities].index(item[2]))
    for p_index, p, code, name in order:
        n += 1
        lead_cells = ([n] if lay.seq_col else [])
        lead_cells += [SCI_CODE if lay.code_col == "sci" else code] if lay.code_col else []
        if lay.code_col:
            grid.quiet.add((row, col + (1 if lay.seq_col else 0)))
        if long:
            month = lay.period_texts[p_index]  # 2025.10 typed as a number shows as 2025.1
            month = float(month) if re.fullmatch(r"\d{4}\.\d{1,2}", month) and not lay.fmt.startswith("csv") else month
            shown = name if not lay.names_once or p_index == 0 else ""
            lead_cells += [month, shown] if lay.month_first else [shown, month]
            if lay.names_once and merge and p_index == 0 and len(periods) > 1:
                name_col = col + len(lead_cells) - (1 if lay.month_first else 2)
                grid.merge(row, name_col, row + len(periods) - 1, name_col)
        else:
            lead_cells += [name]
        grid.put_row(row, col, lead_cells)
        for i, column in enumerate(columns):
            key = (code, spec.periods[i // (len(columns) // len(spec.periods))] if lay.glued else p, column.code)
            grid.put_row(row, left(i), [written[key]])
            grid.keys[(row, left(i))] = key
            if spans[i] == 2:
                grid.put_row(row, left(i) + 1, [_year_to_date(spec, column, [code], key[1])])
                grid.cumulative[(row, left(i) + 1)] = (key, _year_to_date_value(spec, column, [code], key[1]))
        if rate:
            grid.put_row(row, rate_col, [_rate(spec, [code], p, rate)])
            grid.quiet.add((row, rate_col))
        row += 1
        if lay.blank_every and not long and n % lay.blank_every == 0 and n < len(spec.communities):
            row += 1  # a blank row inside the table; its 合计 still sums every part
    if lay.total_row and not lay.total_first:
        row = total(row)
    return row


def _indicator_rows_table(spec: Spec, grid: Grid, row: int, col: int, columns: list[Column], period: str,
                          titles: list[str]) -> int:
    """Indicators as rows: one column per community (transposed) or one value column (single)."""
    lay = spec.layout
    single = lay.orientation == "single"
    merge = lay.merged
    group_col = lay.header_depth >= 2 and not lay.indented
    headings = heading_rows(lay, columns) if lay.indented else {}
    lead = (["序号"] if lay.seq_col else []) + (["类别"] if group_col else []) + [lay.community_header] + (
        ["单位"] if lay.unit_col else [])
    if lay.traditional:
        lead = [zhconv.convert(t, "zh-hant") for t in lead]
    across = lay.period_place == "month_across"  # one community, a column per month
    slots = [(spec.communities[0][0], p) for p in spec.periods] if across else \
        [(code, period) for code, _ in spec.communities]
    value_heads = list(lay.period_texts) if across else [lay.value_header] if single else \
        [name for _, name in spec.communities]
    value_heads += [lay.comparison] if lay.comparison else []  # another period's figures, never data
    month = int(period[5:]) if period else 0
    value_heads += [lay.ytd[1].replace("N", str(month))] if single and lay.ytd else []  # 1-N月累计 beside 本月
    total_col = lay.total_row and (across or not single)
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
        if i in headings:  # 城市低保 over 「　　户数」: a heading row with no figure
            grid.put_row(row, col + (1 if lay.seq_col else 0), [headings[i]])
            row += 1
        name = item_name(lay, column) if lay.indented else column.header
        lead_cells = ([i + 1] if lay.seq_col else []) + ([""] if group_col else []) + [name] + (
            [column.unit_text] if lay.unit_col else [])
        grid.put_row(row, col, lead_cells)
        for j, (code, slot_period) in enumerate(slots):
            key = (code, slot_period, column.code)
            grid.put_row(row, first_value_col + j, [written[key]])
            grid.keys[(row, first_value_col + j)] = key
        if lay.comparison:  # last month's or last year's figure: a number near this one
            shown = written[(spec.communities[0][0], period, column.code)]
            grid.put_row(row, first_value_col + 1, [shown if not isinstance(shown, (int, float)) else shown + i + 1])
            grid.quiet |= {(row, first_value_col + 1), (start - 1, first_value_col + 1)}
        if single and lay.ytd:  # the year to date of a flow; a stock has none (—)
            flow = CATALOGUE[column.code].kind == "flow"
            grid.put_row(row, first_value_col + 1, [_year_to_date(spec, column, codes, period) if flow else "—"])
            if flow:
                grid.cumulative[(row, first_value_col + 1)] = ((codes[0], period, column.code),
                                                               _year_to_date_value(spec, column, codes, period))
            else:
                grid.quiet.add((row, first_value_col + 1))
        if total_col and across:  # 合计 after the months: a flow's sum, a stock's none (—)
            flow = CATALOGUE[column.code].kind == "flow"
            grid.put_row(row, first_value_col + len(slots), [months_total(spec, column, codes[0]) if flow else "—"])
            (grid.totals if flow else grid.quiet).add((row, first_value_col + len(slots)))
        elif total_col:
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
    elif lay.period_place in ("month_column", "header", "month_across"):
        sheet_periods = [(lay.sheet_names[0], None)]
    else:
        sheet_periods = [(lay.sheet_names[0], spec.periods[0])]

    whole, forms = spec, [(name, period, spec) for name, period in sheet_periods]
    if "sheet_per_community" in spec.features:  # each sheet one community's form, its name in the titles
        first = spec.communities[0][1]
        forms = [(name, sheet_periods[0][1], replace(spec, communities=(community,), layout=replace(
            lay, titles=tuple(t.replace(first, community[1]) for t in lay.titles))))
            for name, community in zip(lay.sheet_names, spec.communities)]
    for sheet_name, period, spec in forms:
        lay = spec.layout
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
            if index and lay.stack_note:  # 说明：… merged over two rows, the next table right under it
                grid.put_row(row, col, [lay.stack_note])
                if lay.merged:
                    grid.merge(row, col, row + 1, col + 3)
                row += 2
            elif index:
                row += lay.stack_gap
            if lay.orientation == "rows":
                row = _rows_table(spec, grid, row, col, columns, period, titles)
            else:
                row = _indicator_rows_table(spec, grid, row, col, columns, period, titles)
        _footer(grid, row, col, lay.footer)
        sheets[sheet_name] = grid
    return Rendered(whole.layout.file_name, sheets, whole.expected)


def write_rendered(spec: Spec, folder: Path) -> tuple[Path, Rendered]:
    rendered = render(spec)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / rendered.file_name
    write_sheets(path, spec.layout.fmt, rendered.sheets)
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
    from layout_generator import generate

    import sys

    for s in map(int, sys.argv[1:] or ["0", "1", "2"]):
        sp = generate(s)
        print(describe(sp))
        for sheet_name, g in render(sp).sheets.items():
            print(f"--- {sheet_name}")
            for r in g.rows():
                print(" | ".join("" if v is None else str(v) for v in r))
        print()

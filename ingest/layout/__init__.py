"""Layout detection: from one sheet's grid of texts to values, labels and problems, cell by cell.

A sheet is split into blocks at blank rows. In each block a header row (up to three rows with
merged group cells) is found; text above it is title, text after the data is footer. Each column
is classified (indicator, community, period, 序号 …). Two table shapes follow from that:

* indicators as columns — rows are communities (street summary), community × month (long), or
  months of one community (the community then comes from the title, sheet or file name);
* indicators as rows — columns are months, 本月/本年累计, a single value, or communities.

Every non-empty cell ends with one role: ``value`` (loaded), ``label`` (title, header, footer,
序号, total, "—") or ``problem`` (reported). That is the nothing-lost identity.

The steps, one module each: ``tables`` finds tables, ``header_rows`` reads and classifies header
rows, ``context`` finds a table's period and community in titles and names, ``placement`` places
values. ``sheet`` holds the cell access they share; ``model`` the shapes they produce.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Sequence

from ingest.layout.bar_lines import as_typed, split_bar_lines
from ingest.layout.card_tiles import as_filled, card_table
from ingest.layout.chain_lines import ChainLines
from ingest.layout.code_legend import with_code_names
from ingest.layout.community_legend import with_community_names
from ingest.layout.number_legend import with_legend_names
from ingest.layout.context import ContextReader, cover_texts
from ingest.layout.day_cycles import note_day_cycle
from ingest.layout.header_rows import HeaderReader
from ingest.layout.indicator_blocks import IndicatorBlocks
from ingest.layout.inline_pairs import InlinePairs
from ingest.layout.month_paragraphs import MonthParagraphs
from ingest.layout.prose import ProseParagraphs
from ingest.layout.model import CellRows, ExtractedValue, FileContext, SheetExtraction, cell_ref
from ingest.layout.placement import ValuePlacer
from ingest.layout.prose_merges import without_prose_merges
from ingest.layout.tables import TableFinder
from ingest.layout.sentence_columns import SentenceColumns
from ingest.layout.translations import as_written, korean_names, without_translations
from ingest.problems import Problem
from ingest.readers import SheetGrid

__all__ = ["CellRows", "ExtractedValue", "FileContext", "SheetExtraction", "SheetReader", "cell_ref", "cover_texts", "extract_sheet", "extract_sheets"]


class SheetReader(TableFinder, HeaderReader, ContextReader, ValuePlacer, InlinePairs, ChainLines, IndicatorBlocks,
                  ProseParagraphs, MonthParagraphs, SentenceColumns):
    """Reads one sheet; ``extract`` returns its values, problems and the role of every cell."""


# A contents sheet (目录) lists the workbook's tables (表1 新增就业岗位 …), each on a sheet of its own.
CONTENTS_SHEET = re.compile(r"^\s*(?:报表|表格?|分表)?\s*(?:目\s*录|索\s*引|目\s*次)\s*$|^\s*contents\s*$", re.IGNORECASE)
PIVOT_MARKS = ("求和项", "计数项", "平均值项", "行标签", "列标签", "sum of", "row labels", "column labels")


def extract_sheets(sheets: Sequence[SheetGrid], context: FileContext) -> Iterator[SheetExtraction]:
    """Every sheet of a workbook. When one sheet's 合计 shows an amount column rounded apart (see
    ingest/layout/rounded_amounts.py), the same column of its sibling sheets is as uncertain, even
    where their rounding happened to add up: the workbook is read again with that column known."""
    extractions = list(_extract_sheets(sheets, context))
    rounded = frozenset(p.raw_text for e in extractions for p in e.problems if p.problem_code == "rounded_amount")
    if rounded:
        extractions = list(_extract_sheets(sheets, replace(context, rounded=rounded)))
    yield from extractions


def _extract_sheets(sheets: Sequence[SheetGrid], context: FileContext) -> Iterator[SheetExtraction]:
    """Every sheet of a workbook; a legend sheet's codes (指标字典: JC01 受理群众诉求) are read as
    names on the other sheets, and the legend itself as labels with one note."""
    named, legends = with_code_names(sheets)
    named, places = with_community_names(named, skip=frozenset(legends))
    for grid in named:
        if grid.name in legends:
            yield set_aside(grid, Problem("code_legend_sheet", grid.name, raw_text=legends[grid.name]))
        elif grid.name in places:
            yield set_aside(grid, Problem("community_legend_sheet", grid.name, raw_text=places[grid.name]))
        else:  # XL-006 rows under 编号对照：XL-006 刘家大堰 …: read by the names the legend line gives
            yield extract_sheet(with_legend_names(grid), context)


def extract_sheet(grid: SheetGrid, context: FileContext) -> SheetExtraction:
    """Values, problems and the role of every non-empty cell (``cell_rows``, row by row).
    A hidden sheet, a pivot summary and a contents sheet are read as labels, each with one note
    saying so."""
    if grid.hidden:
        return set_aside(grid, Problem("hidden_sheet", grid.name))
    pivot = next((text for row in grid.rows[:6] for text in row
                  if text.strip().lower().startswith(PIVOT_MARKS)), None)
    if pivot is not None:
        return set_aside(grid, Problem("summary_sheet", grid.name, raw_text=pivot))
    if CONTENTS_SHEET.match(grid.name):
        return set_aside(grid, Problem("contents_sheet", grid.name))
    seen, written = without_translations(grid, korean_names(grid, context))
    if written:  # 序号 ᠳ᠋ᠤᠭᠠᠷ: the Chinese read, the other script kept as written
        extraction = extract_sheet(seen, context)
        as_written(extraction.cell_rows, written, grid.name)
        return extraction
    if grid.hidden_columns or grid.hidden_rows:
        return without_hidden_cells(grid, context)
    grid = without_prose_merges(grid)   # 工作小结 merged over A2:D9 beside the table: a note, not a header
    spread, typed = split_bar_lines(grid)
    if typed:  # 1.受理居民诉求｜28｜件: read as the cells it stands for, given back to the cell typed
        extraction = SheetReader(spread, context).extract()
        as_typed(extraction, typed, grid.name)
        return extraction
    if (cards := card_table(grid)) is not None:  # ◆建设街社区党委 cards tiled: read as the table they stand for
        return as_filled(SheetReader(cards[0], context).extract(), cards[1], grid)
    return note_day_cycle(grid, SheetReader(grid, context).extract())


def without_hidden_cells(grid: SheetGrid, context: FileContext) -> SheetExtraction:
    """Columns and rows the spreadsheet does not show (last month's figures kept beside this
    month's, a clerk's first figures above the corrected ones) are read as labels, with one note
    per column or row; the sheet is read as it is seen."""
    columns, rows = grid.hidden_columns, grid.hidden_rows
    seen = replace(grid, rows=tuple(("",) * len(row) if r in rows
                                    else tuple("" if c in columns else text for c, text in enumerate(row))
                                    for r, row in enumerate(grid.rows)),
                   hidden_columns=frozenset())  # hidden_rows kept: a hidden row does not end a table
    extraction = SheetReader(seen, context).extract()
    for c in sorted(columns):
        cells = [(r, row[c]) for r, row in enumerate(grid.rows) if c < len(row) and row[c].strip() and r not in rows]
        if cells:
            extraction.problems.append(Problem("hidden_column", grid.name, cell_ref(cells[0][0], c), cells[0][1]))
            extraction.cell_rows.extend((grid.name, "", r, c, text, "label") for r, text in cells)
    for r in sorted(rows):
        cells = [(c, text) for c, text in enumerate(grid.rows[r]) if text.strip()] if r < len(grid.rows) else []
        if cells:
            extraction.problems.append(Problem("hidden_row", grid.name, cell_ref(r, cells[0][0]), cells[0][1]))
            extraction.cell_rows.extend((grid.name, "", r, c, text, "label") for c, text in cells)
    return extraction


def set_aside(grid: SheetGrid, note: Problem) -> SheetExtraction:
    cell_rows = CellRows((grid.name, "", r, c, text, "label")  # the A1 reference follows from r, c
                         for r, row in enumerate(grid.rows) for c, text in enumerate(row) if text.strip())
    return SheetExtraction(values=[], problems=[note] if len(cell_rows) else [], cell_rows=cell_rows)

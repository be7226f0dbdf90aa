"""Data cards tiled on one sheet: one card a community, set side by side and row under row (two rows
of five, say), each a head naming its community (「◆建设街社区党委」, often merged over the card) above
label | figure lines (在册党员 | 152名, 结对帮扶 | 14对). Every card has the same labels in the same
order: that is what makes them cards of one form, not a table.

The sheet is read as the table the cards stand for — a header of the labels over one row a card,
its head as the row's community — with the titles above and the notes below kept as they are. The
values, problems and roles then point back to the cells the clerk filled: a figure to its own cell,
each card's head and labels kept as labels.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout.model import CellRows, SheetExtraction, cell_ref
from ingest.periods import find_period
from ingest.readers import SheetGrid
from ingest.values import parse_value

LEAST_CARDS = 2
LEAST_LINES = 2
COMMUNITY_HEADER = "社区"
DECORATION = re.compile(r"^[◆◇■□●○★☆▲△▶►※#＃\s]+")   # a bullet before a card's head

Card = tuple[int, int, int]     # (head row, label column, lines)
Home = dict[tuple[int, int], tuple[int, int]]   # (row, column) in the table → the cell the clerk filled


def _text(grid: SheetGrid, r: int, c: int) -> str:
    return grid.rows[r][c].strip() if r < len(grid.rows) and c < len(grid.rows[r]) else ""


def _is_figure(text: str) -> bool:
    return parse_value(text).status == "number"


def _lines(grid: SheetGrid, r: int, c: int) -> list[str]:
    """The labels of the label | figure lines under a head at (r, c), down to the first line that is not one."""
    labels = []
    for below in range(r + 1, len(grid.rows)):
        label, figure = _text(grid, below, c), _text(grid, below, c + 1)
        if not label or _is_figure(label) or not figure or not _is_figure(figure):
            break
        labels.append(label)
    return labels


def find_cards(grid: SheetGrid) -> tuple[list[Card], list[str]]:
    """The cards of a sheet tiled with them, and their common labels; none when it is not so."""
    found: list[tuple[Card, tuple[str, ...]]] = []
    for r, row in enumerate(grid.rows):
        for c, text in enumerate(row):
            head = text.strip()
            if not head or _is_figure(head) or _text(grid, r, c + 1) and _text(grid, r, c + 1) != head \
                    or find_period(head) is not None:   # 9月 | 10月 over one form's lines: months, not cards
                continue
            labels = _lines(grid, r, c)
            if len(labels) >= LEAST_LINES:
                found.append(((r, c, len(labels)), tuple(labels)))
    shapes = {labels for _, labels in found}
    heads = {_text(grid, r, c) for (r, c, _), _ in found}
    if len(found) < LEAST_CARDS or len(shapes) != 1 or len(heads) != len(found) \
            or len({r for (r, _, _), _ in found}) == len(found):
        return [], []   # one form's labels on every card, each its own head, at least two cards side by side
    return [card for card, _ in found], list(shapes.pop())


def card_table(grid: SheetGrid) -> tuple[SheetGrid, Home] | None:
    """The table the tiled cards stand for, with where each of its cells was filled; None when
    the sheet holds no tiled cards."""
    cards, labels = find_cards(grid)
    if not cards:
        return None
    inside = {(r + i, c + j) for r, c, n in cards for i in range(n + 1) for j in (0, 1)}
    top = min(r for r, _, _ in cards)
    rows: list[tuple[str, ...]] = []
    home: Home = {}
    for r in range(top):   # titles above the cards, as they are
        rows.append(grid.rows[r])
        home.update({(r, c): (r, c) for c in range(len(grid.rows[r]))})
    first_r, first_c, _ = cards[0]
    rows.append((COMMUNITY_HEADER, *labels))
    home.update({(len(rows) - 1, 1 + i): (first_r + 1 + i, first_c) for i in range(len(labels))})
    for r, c, n in sorted(cards):
        rows.append((DECORATION.sub("", _text(grid, r, c)), *(_text(grid, r + 1 + i, c + 1) for i in range(n))))
        home.update({(len(rows) - 1, 0): (r, c)})
        home.update({(len(rows) - 1, 1 + i): (r + 1 + i, c + 1) for i in range(n)})
    rows.append(())
    for r in range(top, len(grid.rows)):   # notes below (or beside) the cards, one line each
        for c, text in enumerate(grid.rows[r]):
            if text.strip() and (r, c) not in inside:
                rows.append((text,))
                home[(len(rows) - 1, 0)] = (r, c)
    width = max(len(row) for row in rows)
    table = tuple(tuple(row) + ("",) * (width - len(row)) for row in rows)
    return replace(grid, rows=table, merged=()), home


def as_filled(extraction: SheetExtraction, home: Home, grid: SheetGrid) -> SheetExtraction:
    """The table's values and problems given back to the cells the clerk filled; every filled
    cell of the sheet with one role (a figure its table cell's, every other cell a label)."""
    refs = {cell_ref(r, c): cell_ref(*home[(r, c)]) for (r, c) in home}
    values = [v._replace(row_index=home[(v.row_index, v.col_index)][0], col_index=home[(v.row_index, v.col_index)][1],
                         cell_ref=refs[v.cell_ref]) if (v.row_index, v.col_index) in home else v
              for v in extraction.values]
    problems = [replace(p, cell_ref=refs.get(p.cell_ref, p.cell_ref)) for p in extraction.problems]
    roles = {home[(r, c)]: role for _, _, r, c, _, role in extraction.cell_rows if (r, c) in home}
    cell_rows = CellRows((grid.name, "", r, c, text, roles.get((r, c), "label"))
                         for r, row in enumerate(grid.rows) for c, text in enumerate(row) if text.strip())
    return replace(extraction, values=values, problems=problems, cell_rows=cell_rows)

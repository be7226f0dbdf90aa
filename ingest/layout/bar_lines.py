"""Lines typed with a bar between their fields: a message pasted down one column, one line a cell
(「1.受理居民诉求｜28｜件」 — the item, its figure, its unit). The sheet is read as the row of cells
each line stands for (1.受理居民诉求 | 28 | 件); the values, problems and roles then point back to
the one cell the clerk typed, which keeps its text as written."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout.model import CellRows, SheetExtraction, cell_ref
from ingest.readers import SheetGrid
from ingest.values import parse_value

BAR = re.compile(r"\s*[｜|]\s*")
LEAST_LINES = 3      # a few lines of one shape: a message's lines, not a stray bar in a note
MOST_FIELDS = 6
ROLE_RANK = {"value": 2, "problem": 1, "label": 0}

# (row, column in the split sheet) → (the column typed in, the text as typed)
Typed = dict[tuple[int, int], tuple[int, str]]


def bar_fields(text: str) -> list[str] | None:
    """受理居民诉求｜28｜件 → [受理居民诉求, 28, 件]: every field filled, one of them a figure; else None."""
    fields = BAR.split(text.strip())
    if not 2 <= len(fields) <= MOST_FIELDS or not all(fields) \
            or not any(parse_value(field).status == "number" for field in fields):
        return None
    return fields


def split_bar_lines(grid: SheetGrid) -> tuple[SheetGrid, Typed]:
    """The sheet with each bar line (alone on its row, not merged) spread over the cells to its
    right, when at least ``LEAST_LINES`` lines of one column have as many fields; else as it is."""
    merged = {(r, c) for r0, c0, r1, c1 in grid.merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    found: dict[tuple[int, int], list[tuple[int, list[str]]]] = {}
    for r, row in enumerate(grid.rows):
        filled = [c for c, text in enumerate(row) if text.strip()]
        if len(filled) == 1 and (r, filled[0]) not in merged and (fields := bar_fields(row[filled[0]])):
            found.setdefault((filled[0], len(fields)), []).append((r, fields))
    lines = {r: (c, fields) for (c, _), rows in found.items() if len(rows) >= LEAST_LINES for r, fields in rows}
    if not lines:
        return grid, {}
    width = max(max((len(row) for row in grid.rows), default=0),
                max(c + len(fields) for c, fields in lines.values()))
    rows, typed = [], {}
    for r, row in enumerate(grid.rows):
        cells = list(row) + [""] * (width - len(row))
        if r in lines:
            c, fields = lines[r]
            typed.update({(r, c + i): (c, row[c]) for i in range(len(fields))})
            cells[c:c + len(fields)] = fields
        rows.append(tuple(cells))
    return replace(grid, rows=tuple(rows)), typed


def as_typed(extraction: SheetExtraction, typed: Typed, sheet: str) -> None:
    """Values, problems and roles of the split cells given back to the cell typed: its reference,
    its text; its role the strongest of its fields' (a value, else a problem, else a label)."""
    refs = {cell_ref(r, c): cell_ref(r, home) for (r, c), (home, _) in typed.items()}
    extraction.values[:] = [v._replace(col_index=typed[(v.row_index, v.col_index)][0], cell_ref=refs[v.cell_ref],
                                       raw_text=typed[(v.row_index, v.col_index)][1])
                            if (v.row_index, v.col_index) in typed else v for v in extraction.values]
    extraction.problems[:] = [replace(p, cell_ref=refs[p.cell_ref]) if p.cell_ref in refs else p
                              for p in extraction.problems]
    homes = {(r, home): text for (r, _), (home, text) in typed.items()}
    kept, roles = [], {}
    for row in extraction.cell_rows:
        _, _, r, c, _, role = row
        if (r, c) not in typed:
            kept.append(row)
            continue
        home = (r, typed[(r, c)][0])
        if ROLE_RANK.get(role, 0) >= ROLE_RANK.get(roles.get(home, "label"), 0):
            roles[home] = role
    kept.extend((sheet, "", r, c, homes[(r, c)], role) for (r, c), role in roles.items())
    kept.sort(key=lambda row: (row[2], row[3]))
    extraction.cell_rows = CellRows((sheet, "", r, c, text, role) for _, _, r, c, text, role in kept)

"""Rows named by a department's own number only (XL-006, a 低保系统 number), with a legend line on
the same sheet saying which name each number stands for (编号对照：XL-001 土街头　XL-002 樵湖岭 …).

The legend line is read first; then every cell holding exactly one of its numbers is read as the name
the legend gives (and the header over the first of them as 社区). The legend line itself stays a note.
A number the legend does not list stays as written — an unknown community, never a guess — and a
sheet without such a line is read as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.readers import SheetGrid

NUMBER = r"[A-Za-z]{1,4}[-_－]?\d{1,4}"
# XL-001 土街头, XL-002：樵湖岭 — a number, then the name it stands for
NUMBER_AND_NAME = re.compile(rf"(?<![A-Za-z\d])(?P<number>{NUMBER})\s*[:：=＝]?\s*(?P<name>[\u4e00-\u9fff]{{2,12}})")
WHOLE_NUMBER = re.compile(rf"^\s*{NUMBER}\s*$")
LEAST_PAIRS = 2
NAME_HEADER = "社区"


def _key(number: str) -> str:
    return re.sub(r"[-_－]", "-", number.strip().upper())


def legend_line(grid: SheetGrid) -> tuple[tuple[int, int], dict[str, str]] | None:
    """The cell holding two numbers or more each followed by a name, where two cells or more of the
    sheet hold exactly one of those numbers: (its place, number → name)."""
    held = {_key(text) for row in grid.rows for text in row if WHOLE_NUMBER.match(text)}
    for r, row in enumerate(grid.rows):
        for c, text in enumerate(row):
            pairs = {_key(found["number"]): found["name"] for found in NUMBER_AND_NAME.finditer(text)}
            if len(pairs) >= LEAST_PAIRS and len(held & set(pairs)) >= LEAST_PAIRS:
                return (r, c), pairs
    return None


def with_legend_names(grid: SheetGrid) -> SheetGrid:
    """The sheet with each number its legend line explains read as the name it stands for."""
    found = legend_line(grid)
    if found is None:
        return grid
    (legend_r, legend_c), names = found
    rows = [list(row) for row in grid.rows]
    first: tuple[int, int] | None = None
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) != (legend_r, legend_c) and WHOLE_NUMBER.match(text) and _key(text) in names:
                row[c] = names[_key(text)]
                first = first or (r, c)
    if first is not None and first[0] > 0 and first[1] < len(rows[first[0] - 1]) \
            and not WHOLE_NUMBER.match(rows[first[0] - 1][first[1]]):
        rows[first[0] - 1][first[1]] = NAME_HEADER  # 编号 over the numbers: now over their names
    return replace(grid, rows=tuple(tuple(row) for row in rows))

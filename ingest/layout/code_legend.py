"""A platform export that names each row's indicator by a code only (JC01 … JC11) and gives the
codes' names on a legend sheet of its own (指标字典: 指标代码 | 指标名称 | 计量单位 | 统计口径).

The legend is read first: each code's name (with its unit in brackets, so the measure is known).
A legend holds no figure (a table of 指标代码 | 指标名称 | 本月 is read as it is). On the other sheets a column holding the legend's codes is read as the indicator's name column
(its cells as the names the codes stand for, its header as 指标名称); the legend sheet itself is
read as labels with one note. A code the legend does not list stays as written: an unknown
indicator, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Sequence

from ingest.chinese_text import simplify
from ingest.readers import SheetGrid
from ingest.values import parse_value

CODE_HEADERS = frozenset({"指标代码", "指标编码", "指标编号", "项目代码", "项目编码", "代码", "编码"})
NAME_HEADERS = frozenset({"指标名称", "指标", "项目名称", "名称", "指标项"})
UNIT_HEADERS = frozenset({"计量单位", "单位"})
CODE = re.compile(r"^[A-Za-z]{1,4}[-_]?\d{1,4}$")   # JC01, A3, ZB-12: a department's own code
HEADER_ROWS = 5
LEGEND_NAME = "指标名称"


def _plain(text: str) -> str:
    return re.sub(r"[\s:：]", "", simplify(text))


def is_code_row(cells: list[str]) -> bool:
    """指标编码 | MQ0101 | MQ0102 …: a row of a platform's own indicator codes beside the names row,
    never the names themselves (two codes or more, nothing else but a 指标编码 label)."""
    codes = sum(bool(CODE.match(text.strip())) for text in cells)
    return codes >= 2 and all(CODE.match(text.strip()) or _plain(text) in CODE_HEADERS for text in cells)


def read_legend(grid: SheetGrid) -> dict[str, str]:
    """code → name (单位) from a legend sheet; empty when the sheet is no legend."""
    for r, row in enumerate(grid.rows[:HEADER_ROWS]):
        plain = [_plain(text) for text in row]
        code_col = next((c for c, text in enumerate(plain) if text in CODE_HEADERS), None)
        name_col = next((c for c, text in enumerate(plain) if text in NAME_HEADERS), None)
        if code_col is None or name_col is None:
            continue
        unit_col = next((c for c, text in enumerate(plain) if text in UNIT_HEADERS), None)
        legend: dict[str, str] = {}
        if any(parse_value(text).status == "number" for below in grid.rows[r + 1:] for text in below):
            return {}  # 指标代码 | 指标名称 | 本月 | 累计 over figures: a table with its own names, no legend
        for below in grid.rows[r + 1:]:
            code = below[code_col].strip() if code_col < len(below) else ""
            name = below[name_col].strip() if name_col < len(below) else ""
            if not CODE.match(code) or not name or CODE.match(name):
                continue
            unit = below[unit_col].strip() if unit_col is not None and unit_col < len(below) else ""
            legend[code.upper()] = f"{name}（{unit}）" if unit and len(unit) <= 3 else name
        if len(legend) >= 2:
            return legend
    return {}


def with_code_names(sheets: Sequence[SheetGrid]) -> tuple[list[SheetGrid], dict[str, str]]:
    """The sheets with the codes of a legend sheet read as names; and each legend sheet's name
    with the codes it explains (for its note)."""
    legends = {grid.name: found for grid in sheets if not grid.hidden and (found := read_legend(grid))}
    if not legends:
        return list(sheets), {}
    names = {code: name for found in legends.values() for code, name in found.items()}
    out = [grid if grid.name in legends else _named(grid, names) for grid in sheets]
    return out, {sheet: "、".join(list(found)[:3]) + ("…" if len(found) > 3 else "") for sheet, found in legends.items()}


def _named(grid: SheetGrid, names: dict[str, str]) -> SheetGrid:
    """A data sheet whose column holds two or more of the legend's codes: those cells as names,
    the header above the first of them as 指标名称."""
    return codes_as_names(grid, names, LEGEND_NAME, lambda header: _plain(header) in CODE_HEADERS)


def codes_as_names(grid: SheetGrid, names: dict[str, str], heading: str, renamed: Callable[[str], bool]) -> SheetGrid:
    """Each column holding two or more of ``names``' codes: those cells as their names, and the
    header above the first of them as ``heading`` when ``renamed`` says that header only said "code"."""
    rows = [list(row) for row in grid.rows]
    width = max((len(row) for row in rows), default=0)
    changed = False
    for c in range(width):
        hits = [r for r, row in enumerate(rows) if c < len(row) and row[c].strip().upper() in names]
        if len(hits) < 2:
            continue
        header = next((r for r in range(hits[0] - 1, -1, -1) if c < len(rows[r]) and rows[r][c].strip()), None)
        if header is not None and renamed(rows[header][c].strip()):
            rows[header][c] = heading
        for r in hits:
            rows[r][c] = names[rows[r][c].strip().upper()]
        changed = True
    return replace(grid, rows=tuple(tuple(row) for row in rows)) if changed else grid

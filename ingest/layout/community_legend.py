"""A platform export that names each row's community by a code of its own (ZHL-LJG, GC-07 …) and
gives the codes' communities on a legend sheet (网格单元编码 | 所属社区 | 网格数).

The legend is read first: a column headed as a code (…编码, …代码, …编号; not an indicator's
指标编码) beside a column headed as a community (所属社区, 社区名称 …), naming two communities or more. On the other sheets a column holding two or
more of the legend's codes is read as the community column (its cells as the communities the codes
stand for, its header as 社区名称); the legend sheet itself is read as labels with one note. A code
the legend does not list stays as written: an unknown community, never a guess. The registry still
decides whether each name is one of the street's communities.
"""

from __future__ import annotations

import re
from typing import Sequence

from ingest.chinese_text import simplify
from ingest.headers import structural_kind
from ingest.layout.code_legend import codes_as_names
from ingest.readers import SheetGrid

CODE_HEADER = re.compile(r"(?:编码|代码|编号)$")
# 指标编码 | 社区 in a long export: the code is the indicator's, every row one community's — no legend
NOT_A_PLACE_CODE = re.compile(r"指标|项目|事项|科目")
COMMUNITY_WORD = re.compile(r"社区|村|居委|居民区")
CODE = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9]{1,8}(?:[-_][A-Za-z0-9]{1,8}){0,3}$")   # ZHL-LJG, GC07
HEADER_ROWS = 5
COMMUNITY_HEADER = "社区名称"


def _plain(text: str) -> str:
    return re.sub(r"[\s:：]", "", simplify(text))


def _is_community_header(text: str) -> bool:
    return bool(COMMUNITY_WORD.search(text)) and structural_kind([text]) == "community_name"


def read_community_legend(grid: SheetGrid) -> dict[str, str]:
    """code → community name from a legend sheet; empty when the sheet is no such legend."""
    for r, row in enumerate(grid.rows[:HEADER_ROWS]):
        plain = [_plain(text) for text in row]
        code_col = next((c for c, text in enumerate(plain)
                         if CODE_HEADER.search(text) and not NOT_A_PLACE_CODE.search(text)), None)
        name_col = next((c for c, text in enumerate(plain) if c != code_col and _is_community_header(text)), None)
        if code_col is None or name_col is None:
            continue
        legend: dict[str, str] = {}
        for below in grid.rows[r + 1:]:
            code = below[code_col].strip() if code_col < len(below) else ""
            name = below[name_col].strip() if name_col < len(below) else ""
            if CODE.match(code) and name and not CODE.match(name) and not re.search(r"\d", name):
                legend[code.upper()] = name
        if len(legend) >= 2 and len(set(legend.values())) >= 2:   # a legend names several communities
            return legend
    return {}


def with_community_names(sheets: Sequence[SheetGrid], skip: frozenset[str] = frozenset()
                         ) -> tuple[list[SheetGrid], dict[str, str]]:
    """The sheets with a community legend's codes read as community names; and each legend
    sheet's name with the codes it explains (for its note). ``skip``: sheets already read as
    another legend."""
    legends = {grid.name: found for grid in sheets
               if not grid.hidden and grid.name not in skip and (found := read_community_legend(grid))}
    if not legends:
        return list(sheets), {}
    names = {code: name for found in legends.values() for code, name in found.items()}
    out = [grid if grid.name in legends or grid.name in skip else _named(grid, names) for grid in sheets]
    return out, {sheet: "、".join(list(found)[:3]) + ("…" if len(found) > 3 else "") for sheet, found in legends.items()}


def _named(grid: SheetGrid, names: dict[str, str]) -> SheetGrid:
    """A data sheet whose column holds two or more of the legend's codes: those cells as the
    communities' names, the header above the first of them as 社区名称."""
    return codes_as_names(grid, names, COMMUNITY_HEADER, lambda header: not CODE.match(header))

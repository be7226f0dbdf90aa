"""Amounts a note says were rounded in a larger unit (*金额单位：万元（保留两位小数）) whose rows then
fail to add up to their own 合计 (51.19 over 51.2): the rows were rounded one by one from exact 元
figures, so 5.71 万元 is any amount from 57,050 to 57,149 元 and the 元 figure the warehouse keeps
cannot be read from it. Such a column is one problem for a person, never a guessed figure. Rows that
add up to their total exactly (figures kept in whole hundreds of 元) are read as before."""

from __future__ import annotations

import re
from typing import Protocol

from ingest.layout.model import Column, is_total
from ingest.values import parse_value

# 保留两位小数, 保留2位小数: the figures were rounded to that many decimals
ROUNDED = re.compile(r"保留\s*(?P<n>[0-4零一两二三四])\s*位\s*小数")
DECIMALS = {"零": 0, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


class RoundedReader(Protocol):
    rows: tuple[tuple[str, ...], ...]

    def problem(self, code: str, r: int | None = None, c: int | None = None, raw: str = "",
                detail: str = "") -> None: ...


def rounding_note(rows: tuple[tuple[str, ...], ...]) -> tuple[str, int] | None:
    """The words of the sheet's note saying its amounts in a larger unit (万元, 千元) were rounded
    (保留两位小数), and to how many decimals; None when no note says both."""
    for row in rows:
        for text in row:
            if (found := ROUNDED.search(text)) and re.search(r"[万千亿]元", text):
                n = found.group("n")
                return found.group(), int(n) if n.isdigit() else DECIMALS[n]
    return None


def number(text: str) -> float | None:
    parsed = parse_value(text) if text.strip() else None
    return parsed.value if parsed is not None and parsed.status == "number" else None


def rounded_apart(rows: tuple[tuple[str, ...], ...], header_row: int, c: int, decimals: int) -> bool:
    """The column's rows under its header miss their first 合计 by no more than their rounding:
    each was rounded on its own (the sum of rounded figures is not the rounded sum)."""
    figures: list[float] = []
    for row in rows[header_row + 1:]:
        if c >= len(row):
            continue
        if any(is_total(text.strip()) for text in row[:c] if text.strip()):
            total = number(row[c])
            gap = abs(sum(figures) - total) if total is not None and figures else 0.0
            return 1e-9 < gap <= len(figures) * 0.5 * 10 ** -decimals + 1e-9
        if (figure := number(row[c])) is not None:
            figures.append(figure)
    return False


def drop_rounded_amounts(reader: RoundedReader, columns: dict[int, Column], units: dict[str, str],
                         elsewhere: frozenset[str] = frozenset()) -> None:
    """Each 元 column read in a larger unit (multiplier 10,000 for 万元), rounded coarser than one 元
    as the sheet's note says and shown so by its 合计 (or a sibling sheet's, ``elsewhere``): not
    loaded, one problem at its header."""
    note = rounding_note(reader.rows)
    if note is None:
        return
    text, decimals = note
    for col in columns.values():
        if (col.kind == "indicator" and units.get(col.indicator_code) == "元" and col.header_cell
                and col.multiplier * 10 ** -decimals > 1
                and ("".join(col.levels[-1:]) in elsewhere     # shown rounded on a sibling sheet
                     or rounded_apart(reader.rows, col.header_cell[0], col.index, decimals))):
            reader.problem("rounded_amount", *col.header_cell, "".join(col.levels[-1:]), text)
            col.kind = "note"

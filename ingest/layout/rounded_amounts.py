"""Amounts a note says were rounded in a larger unit (*金额单位：万元（保留两位小数）): 5.71 万元 is
any amount from 57,050 to 57,149 元, so the 元 figure the warehouse keeps cannot be read from it.
Such a column is not loaded as if exact; it is one problem for a person, never a guessed figure."""

from __future__ import annotations

import re
from typing import Protocol

from ingest.layout.model import Column

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
            if "元" in text and (found := ROUNDED.search(text)) and re.search(r"[万千亿]元", text):
                n = found.group("n")
                return found.group(), int(n) if n.isdigit() else DECIMALS[n]
    return None


def drop_rounded_amounts(reader: RoundedReader, columns: dict[int, Column], units: dict[str, str]) -> None:
    """Each 元 column read in a larger unit (multiplier 10,000 for 万元) that the sheet's note says
    was rounded coarser than one 元: not loaded, one problem at its header."""
    note = rounding_note(reader.rows)
    if note is None:
        return
    text, decimals = note
    for col in columns.values():
        if (col.kind == "indicator" and units.get(col.indicator_code) == "元"
                and col.multiplier * 10 ** -decimals > 1):
            r, c = col.header_cell if col.header_cell else (None, None)
            reader.problem("rounded_amount", r, c, "".join(col.levels[-1:]), text)
            col.kind = "note"

"""Group headings over the indicators: runs of one heading over columns, and indicators down the rows grouped the way a clerk types an outline: a heading row with no figure,
its items under it indented with spaces (「城市低保」 over 「　　户数」 | 「　　人数」). An item may
then say only what the heading leaves out: 户数 under 城市低保 is the 低保户数."""

from __future__ import annotations

import zhconv

from layout_model import Column, Layout

# code → (the heading it is written under, the item's words there)
ITEMS = {
    "dibao_households": ("城市低保", "户数"), "dibao_persons": ("城市低保", "人数"),
    "dibao_payout_yuan": ("城市低保", "发放金额"),
    "volunteers": ("志愿服务", "注册志愿者"), "volunteer_person_times": ("志愿服务", "服务人次"),
    "petitions_received": ("群众诉求", "受理"), "petitions_resolved": ("群众诉求", "办结"),
}


def _shown(lay: Layout, text: str) -> str:
    return zhconv.convert(text, "zh-hant") if lay.traditional else text


def groups(columns: list[Column]) -> list[tuple[str, int, int]]:
    """Consecutive runs of one group heading: (heading, first index, last index)."""
    runs: list[tuple[str, int, int]] = []
    for i, column in enumerate(columns):
        if runs and runs[-1][0] == column.group:
            runs[-1] = (column.group, runs[-1][1], i)
        else:
            runs.append((column.group, i, i))
    return runs


def heading_rows(lay: Layout, columns: list[Column]) -> dict[int, str]:
    """Column index → the heading row written above it (at the start of each run of one heading)."""
    found: dict[int, str] = {}
    previous = None
    for i, column in enumerate(columns):
        heading = _shown(lay, ITEMS[column.code][0]) if column.code in ITEMS else column.group
        if heading and heading != previous:
            found[i] = heading
        previous = heading
    return found


def item_name(lay: Layout, column: Column) -> str:
    """The item as typed under its heading: indented, short where the heading says the rest."""
    if column.code not in ITEMS:
        return lay.indented + column.header
    words = _shown(lay, ITEMS[column.code][1])
    return lay.indented + words + ("（万元）" if column.scale != 1 and not lay.unit_col else "")

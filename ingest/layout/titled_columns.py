"""Column headers that say only how a figure is counted — 户数 | 人数 | 金额(元), or the bare units
户 | 人 | 元 — under a title that names what they count (「低保月报」): the title says what they are of,
as it does for row labels (``titled_labels``). Read alone, 户数 is 常住户数 and 元 nothing at all; in a
低保 return both would be another indicator's figures, loaded as if right."""

from __future__ import annotations

from collections.abc import Callable

from ingest.headers import HeaderCatalog, IndicatorMatch
from ingest.layout.model import Column
from ingest.layout.titled_labels import object_from_titles, says_no_object


def read_under_title(catalog: HeaderCatalog, titles: list[str], columns: dict[int, Column]) -> None:
    """Each one-level column header that names no object, read under the table's title. Taken when
    the readings name a different indicator for every such column, none held by another column;
    when the title gives two of them the same indicator (a title of 低保金发放 over 户数 | 人数 |
    金额) it says what they are of but not which is which: each is then a problem, never the
    indicator the header alone would be (户数 of households)."""
    bare = [col for col in columns.values() if col.kind in ("indicator", "unknown") and len(col.levels) == 1
            and says_no_object(catalog, col.levels[0])]
    readings = {col.index: object_from_titles(catalog, titles, col.levels) for col in bare}
    changed = [col for col in bare if readings[col.index] is not None
               and readings[col.index].indicator_code != col.indicator_code]
    if not changed:
        return
    codes = [readings[col.index].indicator_code for col in bare if readings[col.index] is not None]
    others = {col.indicator_code for col in columns.values() if col.kind == "indicator" and col not in bare}
    distinct = len(codes) == len(set(codes)) and not set(codes) & others
    for col in bare:
        found = readings[col.index]
        if found is None:
            continue
        if distinct:
            period = col.period
            col.hold(found)
            col.period = period
        else:
            col.kind, col.indicator_code = "unknown", ""


def month_groups_under_title(catalog: HeaderCatalog, titles: list[str], columns: dict[int, Column],
                             level_periods: Callable[[list[str]], list]) -> None:
    """9月 merged over 户 | 人 | 金额(万), 10月 over the same …: a month group over figure words that
    name no object, under a title that does (「城市低保统计表」) — each read as ``read_under_title``
    reads a bare header, with the month of its group. Taken only when every month's group reads as
    different indicators; otherwise the columns stay unknown (one problem each, never a guess)."""
    groups: dict[str, list[tuple[Column, IndicatorMatch | None]]] = {}
    for col in columns.values():
        if col.kind != "unknown" or len(col.levels) != 2:
            continue
        month, own = level_periods(list(col.levels))
        if month is None or month.grain != "month" or own is not None:
            continue
        groups.setdefault(month.period, []).append((col, object_from_titles(catalog, titles, col.levels[1:])))
    for found in groups.values():
        codes = [reading.indicator_code for _, reading in found if reading is not None]
        if len(codes) != len(found) or len(set(codes)) != len(codes):
            continue
        for col, reading in found:
            month = level_periods(list(col.levels))[0]
            col.hold(reading)
            col.period = month

"""The corner cell of a 斜线表头: 项目＼月份, 社区＼项目, 「项目⏎社区」 — one cell naming what the columns
hold and what the rows hold, in either order. The column under it is the kind its own cells are
(months down, communities down), never a note or a header of its own."""

from __future__ import annotations

import re

from ingest.headers import structural_kind

CORNER_SPLIT = re.compile(r"[＼\\/／\n]+")


def corner_kinds(text: str) -> list[str]:
    """The two structural kinds a corner cell names (项目＼月份: indicator_name, period), or none."""
    parts = [part.strip() for part in CORNER_SPLIT.split(text) if part.strip()]
    kinds = [structural_kind([part]) for part in parts]
    if len(parts) != 2 or None in kinds or kinds[0] == kinds[1]:
        return []
    return kinds  # type: ignore[return-value]


def period_corners(columns: dict, cell_period) -> list[str]:
    """「2025年10月」 where another table says 「社区」, over 春园 | 丽景 …: the corner cell names the
    table's period, read as a title of that table (stacked tables, one per month)."""
    return [col.levels[0] for col in columns.values() if len(col.levels) == 1
            and col.kind in {"community_name", "community_code"} and cell_period(col.levels[0]) is not None]

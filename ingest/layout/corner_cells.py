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

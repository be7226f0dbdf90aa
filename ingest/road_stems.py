"""A community named after its road, written by the road's stem: 西津 for 西津路居委会, 建国 for
建国路社区, 洪城 for 洪城巷居委会. Clerks of a street
call such committees by the stem in short-name columns (单位 | 西津 | 新赣南 …); 解放路居 is read
before this, as any name and 居 is (``community_ju``). Read only within the
file's (or the batch's) street, and only when exactly one of its communities fits: 中山 is 中山路居委会
where no other community of the street starts with 中山; never a guess between two."""

from __future__ import annotations

import re
from typing import Iterable

ROAD_WORDS = ("路", "巷", "街", "大道", "大街")    # what a road-named community's name ends with
TOWN_WORDS = ("城",)   # or an old walled town's (宁远 for 宁远城社区); 洪城 is still 洪城巷's stem
STEM = re.compile(r"[\u4e00-\u9fff]{2,4}")


def road_stem_code(name: str, street_names: Iterable[tuple[object, str]]) -> str | None:
    """The one community of ``street_names`` (registry entry, normalized name) whose name is
    ``name`` (already normalized) plus a road word; else None."""
    if not STEM.fullmatch(name) or name.endswith(ROAD_WORDS):
        return None
    wanted = {name + word for word in ROAD_WORDS + TOWN_WORDS}
    starting = [(entry, normal) for entry, normal in street_names if normal.startswith(name)]
    found = {entry.community_code for entry, normal in starting  # type: ignore[attr-defined]
             if normal in wanted or (normal + "街") in wanted}   # 尚书街 is normalized to 尚书
    # 冶金 starts 冶金路 and 冶金大院: neither for sure, though only one is a road
    return found.pop() if len(found) == 1 and len(starting) == 1 else None

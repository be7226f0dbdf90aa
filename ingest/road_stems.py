"""A community named after its road, written by the road's stem: 西津 for 西津路居委会, 建国 for
建国路社区, 洪城 for 洪城巷居委会. Clerks of a street
call such committees by the stem in short-name columns (单位 | 西津 | 新赣南 …); 解放路居 is read
before this, as any name and 居 is (``community_ju``). Read only within the
file's (or the batch's) street, and only when exactly one of its communities fits: 中山 is 中山路居委会
where no other community of the street starts with 中山; never a guess between two. A place named
after the lie of the land is written the same way (石榴 for 石榴坡社区, 王家院 for 王家院子社区)."""

from __future__ import annotations

import re
from typing import Iterable

ROAD_WORDS = ("路", "巷", "街", "大道", "大街")    # what a road-named community's name ends with
TOWN_WORDS = ("城",)   # or an old walled town's (宁远 for 宁远城社区); 洪城 is still 洪城巷's stem
# or the lie of the land it stands on (花台 for 花台坡社区): 坡 slope, 坝 flat, 湾 bend, 沟 gully, 岗 ridge, 坪, 垭
TERRAIN_WORDS = ("坡", "坝", "湾", "沟", "岗", "坪", "垭")
# 黄家院 for 黄家院子社区: the 子 that south-western speech adds to a place word (院子, 坝子, 湾子, 巷子) left off
WITH_ZI = ("院", "坝", "湾", "巷", "坡", "塘", "沟")
STEM = re.compile(r"[\u4e00-\u9fff]{2,4}")


def road_stem_code(name: str, street_names: Iterable[tuple[object, str]]) -> str | None:
    """The one community of ``street_names`` (registry entry, normalized name) whose name is
    ``name`` (already normalized) plus a road word; else None."""
    if not STEM.fullmatch(name):
        return None
    wanted = {name + "子"} if name.endswith(WITH_ZI) else set()
    if not name.endswith(ROAD_WORDS):
        wanted |= {name + word for word in ROAD_WORDS + TOWN_WORDS + TERRAIN_WORDS}
    if not wanted:
        return None
    starting = [(entry, normal) for entry, normal in street_names if normal.startswith(name)]
    found = {entry.community_code for entry, normal in starting  # type: ignore[attr-defined]
             if normal in wanted or (normal + "街") in wanted}   # 尚书街 is normalized to 尚书
    # 冶金 starts 冶金路 and 冶金大院: neither for sure, though only one is a road
    return found.pop() if len(found) == 1 and len(starting) == 1 else None

"""Communities across, some written without the road word that ends their registry name (东新区 for
东新区路社区, 南兴 for 南兴巷社区) beside others written in full: a header among community columns
that is exactly one community's name of the street less its last 路 / 巷 / 街 / 里 / 道, and the start
of no other community's name there (冶金 for 冶金大院 or 冶金路 is neither), is that community."""

from __future__ import annotations

import re

from ingest.communities import CommunityMatcher, normalize_community_name
from ingest.layout.model import Column

ROAD_WORDS = "路巷街里道"


def without_road_word(matcher: CommunityMatcher, text: str, street_code: str | None) -> str:
    """The code of the street's one community ``text`` names less its road word, or ''."""
    name = normalize_community_name(text)
    if not street_code or len(name) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return ""
    names = [(c.community_code, normal) for c in matcher.communities.values() if c.street_code == street_code
             for normal in (normalize_community_name(c.community_name),)]
    fits = [code for code, normal in names if normal[:-1] == name and normal[-1] in ROAD_WORDS]
    starting = [code for code, normal in names if normal.startswith(name)]
    return fits[0] if len(fits) == 1 and starting == fits else ""


def narrow_community_columns(columns: dict[int, Column], matcher: CommunityMatcher, street_code: str | None) -> None:
    """Unknown one-level headers among two or more community columns, read as narrow names."""
    if sum(col.kind == "community" for col in columns.values()) < 2:
        return
    taken = {col.community_code for col in columns.values() if col.kind == "community"}
    for col in columns.values():
        if col.kind == "unknown" and len(col.levels) == 1:
            code = without_road_word(matcher, col.levels[0], street_code)
            if code and code not in taken:
                col.kind, col.community_code = "community", code
                taken.add(code)

"""A township-level 地区 right before a community's name (北京市大兴区亦庄地区富源里社区): Beijing's
地区办事处 stand where other cities write a 街道 or 镇, so a community named under one the
registry lacks is another place's community of the same name. A prefecture (塔城地区塔城市…) is
followed by its city or county, never directly by a community, so it says nothing here."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.chinese_text import simplify

if TYPE_CHECKING:
    from ingest.communities import CommunityMatcher

# 亦庄地区 at the end of the path before the name; not 本地区, 全地区 (this area, the whole area).
AREA_BEFORE_NAME = re.compile(r"[\u4e00-\u9fff](?<![本该全各此])地区$")


def area_before_name(matcher: "CommunityMatcher", path: str) -> bool:
    """``path`` (the text before a community's name) ends with a 地区 that is no registry street."""
    path = simplify(path).strip()
    return bool(AREA_BEFORE_NAME.search(path)) and not any(path.endswith(name) for name, _ in matcher.street_names)


def under_township_area(matcher: "CommunityMatcher", text: str, community_code: str) -> bool:
    """The community is named in ``text`` right after such a 地区: another place's, not ours."""
    from ingest.communities import normalize_community_name

    cleaned = simplify(text)
    at = cleaned.rfind(normalize_community_name(matcher.communities[community_code].community_name))
    return at > 0 and area_before_name(matcher, cleaned[:at])

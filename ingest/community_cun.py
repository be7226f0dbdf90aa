"""永安 or 永安社区 for the registry's 永安村村民委员会: within its own street a village committee is
called by its name without 村 — on a street office's table of short names, and by clerks after the
village became a community (村改居) while the registry still lists the village committee.

Read as the name with 村 put back, and taken only when that is exactly one village committee of the
street read as written (never one off, never across streets, where another township's 团结村 is no
团结社区), and the text named no registry community by itself (tried before this)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.community_names import VILLAGE, normalize_community_name

if TYPE_CHECKING:
    from ingest.communities import CommunityMatch, CommunityMatcher

# a name of two to six characters, not already a village (永安村)
STEM = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def village_by_stem(matcher: "CommunityMatcher", raw: str, street_code: str | None) -> "CommunityMatch | None":
    """The street's village committee named by ``raw`` without its 村; None when no street is known,
    the text is no bare name, or the name with 村 is no single village committee of that street."""
    from ingest.communities import CommunityMatch

    street = street_code or matcher.home_street
    stem = normalize_community_name(raw)
    if street is None or not STEM.match(stem) or stem.endswith("村"):
        return None
    villages = [c for c in matcher.by_normalized.get(stem + "村", [])  # looked up, never matched again
                if c.street_code == street and VILLAGE.search(c.community_name)]
    return CommunityMatch(villages[0].community_code, "normalized") if len(villages) == 1 else None


# 永安社区2025年11月…报表: a name and the marker of a residents' committee inside a title
PLACE_ENDS = ("省", "市", "区", "县", "旗", "街道", "镇", "乡", "办事处")
NAME_BEFORE_MARKER = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?=社区|居委会|居民委员会)")


def village_in_text(matcher: "CommunityMatcher", text: str, street_code: str | None) -> str | None:
    """The street's one village committee a title names by its stem and 社区 (永安社区…报表 for
    永安村村民委员会), read as ``village_by_stem`` reads a cell; None unless exactly one fits."""
    found: set[str] = set()
    for name in NAME_BEFORE_MARKER.findall(text):
        for start in range(len(name) - 1):  # 新华区永安社区: the name is the end of what precedes 社区,
            if start and not name[:start].endswith(PLACE_ENDS):  # after a place's name (新永安: no 永安)
                continue
            match = village_by_stem(matcher, name[start:], street_code)
            if match is not None:
                found.add(match.community_code)
                break
    return found.pop() if len(found) == 1 else None

"""新湖居 for 新湖居委会: Guangdong and Fujian clerks shorten a residents' committee to its name and
居 alone (新湖居, 长平居) — the way 村 stands for 村委会. Read as the name with 居委会 written out,
taken only when that is exactly one residents' committee read as written (never one off), so that
an estate called …居 that the registry holds as such is matched first, by its own name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.community_names import VILLAGE, normalize_community_name

if TYPE_CHECKING:
    from ingest.communities import CommunityMatch, CommunityMatcher

# a name of two to six characters and 居 — not 社区居 (乐意居社区居), 居民 or 居委, already read
JU_SHORT = re.compile(r"^([\u4e00-\u9fff]{2,6})(?<!社区)居$")


def ju_short(matcher: "CommunityMatcher", raw: str, street_code: str | None) -> "CommunityMatch | None":
    """The residents' committee a …居 names; None when the text is no such short form, or when the
    name with 居委会 written out is no registry name or fits several."""
    from ingest.communities import CommunityMatch

    found = JU_SHORT.match(normalize_community_name(raw))
    if found is None:
        return None
    match = matcher.match(found.group(1) + "居委会", street_code)
    code = match.community_code
    if code is None or match.method not in ("name", "normalized") or VILLAGE.search(matcher.communities[code].community_name):
        return None
    return CommunityMatch(code, "normalized")


# 居 starting another word after the name: 居民, 居委 (read as such), 居家养老, 居住, 居室, 居所
NOT_JU_SHORT_AFTER = "民委家住室所"


def ju_form_in(core: str, text: str, registry_name: str) -> str:
    """「中平居2025年9月…」, 「滨厦居月度工作数据」: a residents' committee's core and 居 inside a title,
    not starting another word (中平居民, 新湖居家养老); '' when the text has no such form, or the
    registry name is a village's."""
    if len(core) < 2 or VILLAGE.search(registry_name):
        return ""
    form = core + "居"
    start = text.find(form)
    while start >= 0:
        after = text[start + len(form): start + len(form) + 1]
        if not after or after not in NOT_JU_SHORT_AFTER:
            return form
        start = text.find(form, start + 1)
    return ""

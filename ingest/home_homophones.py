"""A street's own community written with a homophone that is another street's name (后埔 for 后浦
in a 湖里街道 table, where 后埔 is 江头街道's): in a file that names its street, a name found only
outside that street yields to the one community of the street it sounds the same as and is one
character from. A clerk writes the street's own communities; a slip of the ear is likelier there
than a community of another street in the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.chinese_text import sounds_alike

if TYPE_CHECKING:
    from ingest.communities import CommunityMatch, CommunityMatcher, RegistryCommunity


def homophone_at_home(matcher: "CommunityMatcher", raw: str, street_code: str | None,
                      found: "RegistryCommunity") -> "CommunityMatch | None":
    """The file's street's community ``raw`` sounds like, when ``found`` (an exact name) lies in
    another street; None when there is no such one, or more than one."""
    from ingest.communities import CommunityMatch, normalize_community_name, one_off_keys

    if not street_code or found.street_code == street_code:
        return None
    name = normalize_community_name(raw)
    if len(name) < 2:
        return None
    near = {c.community_code for key in one_off_keys(name) for c in matcher.by_one_off.get(key, ())
            if c.street_code == street_code and sounds_alike(name, normalize_community_name(c.community_name))}
    return CommunityMatch(near.pop(), "one_off") if len(near) == 1 else None

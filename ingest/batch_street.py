"""The street a batch is about, from its file names: what settles a name that fits communities of
several streets (丰乐社区 in two streets of one district) in a file that names no street."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ingest.communities import CommunityMatcher


def batch_street(matcher: CommunityMatcher, file_names: Iterable[str]) -> str | None:
    """The street most of the batch's files are about — a file name's street (南阳新村街道…), else
    the street of the one community it names (南丰社区2025年10月…) — when it is more than half of
    them; else None (a batch of several streets decides nothing). A name that fits several
    communities counts for none."""
    found: Counter[str] = Counter()
    for name in file_names:
        stem = name.rsplit(".", 1)[0]
        street = matcher.find_street(stem)
        if street is None:
            code = matcher.find_community(stem, None, near=False)
            street = matcher.communities[code].street_code if code else None
        if street:
            found[street] += 1
    if not found:
        return None
    ((street, count),) = found.most_common(1)
    return street if count * 2 > sum(found.values()) else None

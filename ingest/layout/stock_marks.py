"""A stock's opening figure said in a group heading: 上月底在保 over 户数 | 人数, 期初 over 党员, 年初 …
is the month before's stock, written beside the month's own (本月底在保 / 期末). It is never this
month's figure, so such a column is read as a note, like 上月末 alone (ingest.headers STRUCTURAL)."""

from __future__ import annotations

import re

from ingest.chinese_text import simplify

OPENING = re.compile(r"^(?:上月(?:底|末)|上期末|期初|月初|年初|上年末|上年底)(?!.*(?:新增|增加|减少))")


def opens_with_last_stock(levels: list[str]) -> bool:
    """A group heading (not the leaf) that begins with the opening stock's mark."""
    return len(levels) > 1 and any(OPENING.match("".join(simplify(text).split())) for text in levels[:-1])

"""This month's figure with last month's in brackets: 「45（42）」 under 「巡逻队员（人） 本月（上月）」. The
header says which is which, so the figure before the bracket is the month's value and the bracketed
one is last month's, kept as a label (never loaded: last month is the previous return's to report)."""

from __future__ import annotations

import re

from ingest.values import FIGURE_PAIR

# 本月（上月）, 当月(上月), 本期（上期） at the end of a header: the order of the two figures in each cell
THIS_THEN_LAST = re.compile(r"(?:本月|当月|本期)\s*[(（]\s*(?:上月|上期)(?:数|值)?\s*[)）]\s*$")
FIRST = "first"   # the pick of ``pairs.pick_figure`` that reads the figure before the bracket


def this_month_first(label: str, texts: list[str]) -> bool:
    """True when ``label`` ends with 本月（上月） and most non-blank ``texts`` are written 「N（M）」."""
    if THIS_THEN_LAST.search(label.strip()) is None:
        return False
    paired = [text for text in texts if (found := FIGURE_PAIR.match(text)) and found["inner"] is not None]
    return bool(paired) and len(paired) * 2 >= len(texts)

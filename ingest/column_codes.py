"""English column codes of system exports (一网统管, 城市大脑, a database dump): what a column holds.

A platform export names its columns by field codes — ``comm_name, stat_month, idx_code, idx_name,
idx_value, unit, update_time`` — instead of Chinese headers. The code is read as its words
(snake_case, camelCase): the thing it is about (a community, a street, an indicator) and what of
it (a name, a code, a value). Only structural columns are read this way; an indicator is never
named by an English code (its name is in the data, beside it).
"""

from __future__ import annotations

import functools
import re

ASCII_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_\- ]*$")
WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

# What a column is about.
COMMUNITY = frozenset("comm community cmty shequ sq neighborhood neighbourhood residential village cun jmwyh org".split())
STREET = frozenset("street jd jiedao subdistrict town township".split())
INDICATOR = frozenset("idx index indicator ind item metric kpi zb zhibiao target quota".split())
# What of it.
NAME = frozenset("name nm title label mc mingcheng".split())
CODE = frozenset("code cd id no dm bm num".split())
# Whole columns on their own.
PERIOD = frozenset("month period ym yearmonth yyyymm statmonth stat_month tjyf yf ny".split())
VALUE = frozenset("value val amount amt qty quantity count cnt figure data sz shuzhi".split())
UNIT = frozenset("unit units uom measure dw".split())
# When a row was written or changed, who wrote it: facts about the export, never a period.
NOTE = frozenset("update updated create created insert inserted modify modified time timestamp ts "
                 "remark remarks note notes memo comment comments operator creator source status flag".split())


def code_words(text: str) -> list[str]:
    """``stat_month`` → [stat, month]; ``idxValue`` → [idx, value]."""
    return [word.lower() for part in re.split(r"[_\-\s]+", text.strip()) for word in WORDS.findall(part)]


@functools.lru_cache(maxsize=4096)
def code_kind(text: str) -> str | None:
    """The structural kind of an English column code (see ``headers.structural_kind``), or None."""
    if not ASCII_CODE.match(text.strip()):
        return None
    words = code_words(text)
    if not words:
        return None
    about = set(words)
    if about & NOTE and not about & (VALUE | NAME):
        return "note"                  # update_time, create_ts, remark
    if about & COMMUNITY:
        if about & CODE and not about & NAME:
            return "community_code"
        return "community_name"
    if about & STREET:
        return "street"
    if about & INDICATOR:
        if about & VALUE:
            return "current_value"    # idx_value
        if about & CODE and not about & NAME:
            return "seq"              # the department's own indicator code: a label
        if about & NAME:
            return "indicator_name"
        return None
    if about & PERIOD or "".join(words) in PERIOD:
        return "period"
    if about & UNIT:
        return "unit"
    if about & VALUE and len(words) == 1:
        return "current_value"
    return None

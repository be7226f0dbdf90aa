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
                 "remark remarks note notes memo comment comments operator creator source status flag "
                 "date end review".split())


ALL_WORDS = COMMUNITY | STREET | INDICATOR | NAME | CODE | PERIOD | VALUE | UNIT | NOTE


def code_words(text: str) -> list[str]:
    """``stat_month`` → [stat, month]; ``idxValue`` → [idx, value]; ``SQDM`` (社区代码 by the
    initials of its pinyin, ``pinyin_initials``) → [community, code]."""
    words = [word.lower() for part in re.split(r"[_\-\s]+", text.strip()) for word in WORDS.findall(part)]
    return [english for word in words for english in (pinyin_initials(word) or [word])]


# Initials of the pinyin of the words of a platform's field codes (社区代码 → SQDM, 统计开始日期 →
# TJKSRQ, 指标值 → ZBZ), each read as the English word above that means the same.
INITIALS = {"sq": "community", "jd": "street", "zb": "indicator", "dm": "code", "mc": "name", "z": "value",
            "sz": "value", "dw": "unit", "jl": "measure", "xh": "seq", "tj": "stat", "ks": "start",
            "jz": "end", "rq": "date", "yf": "month", "sj": "time", "gx": "update", "tbr": "operator",
            "sh": "review", "zt": "status", "bz": "remark", "cj": "created"}


@functools.lru_cache(maxsize=4096)
def pinyin_initials(word: str) -> list[str] | None:
    """A glued all-initials word (``sqdm``) split into the words of ``INITIALS`` (at most one
    one-letter word, and only last: 值 after 指标), or None when it does not split whole."""
    if len(word) < 2 or len(word) > 8 or not word.isalpha() or word in ALL_WORDS:
        return None
    def split(rest: str, first: bool) -> list[str] | None:
        if not rest:
            return []
        for size in (3, 2, 1):
            head = rest[:size]
            if head in INITIALS and (size > 1 or (len(rest) == 1 and not first)):
                tail = split(rest[size:], False)
                if tail is not None:
                    return [INITIALS[head], *tail]
        return None
    return split(word, True)


@functools.lru_cache(maxsize=4096)
def code_kind(text: str) -> str | None:
    """The structural kind of an English column code (see ``headers.structural_kind``), or None."""
    if not ASCII_CODE.match(text.strip()):
        return None
    words = code_words(text)
    if not words:
        return None
    about = set(words)
    if words == ["seq"]:
        return "seq"                   # XH (序号)
    if "date" in about and about & {"start", "stat"} and "end" not in about:
        return "period"                # TJKSRQ (统计开始日期): the first day of the month counted
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

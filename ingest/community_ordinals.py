"""Numbered communities written short: 「建明一」「建明1」「建明小区一」 for 建明小区第一社区, 「瑞城1」 for
瑞城一社区. A street often numbers the communities of one estate (第一 / 第二); clerks drop 第, write
the number in digits and leave out the estate's generic tail (小区, 花园 …). The written name is
read as a stem and an ordinal; a registry name of the street with the same ordinal whose stem
starts with the written stem is the community — only when exactly one fits, never a guess."""

from __future__ import annotations

import re

# 建明小区第一, 瑞城一, 建明1: a stem of two or more characters, then an ordinal at the very end
ORDINAL_END = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,}?)第?(?P<number>[一二三四五六七八九十]|[1-9])$")
DIGITS = "123456789"
NUMERALS = "一二三四五六七八九"


def stem_and_ordinal(core: str) -> tuple[str, str] | None:
    """「建明1」 → (建明, 一); 「建明小区第一」 → (建明小区, 一); 「谈固」 → None."""
    found = ORDINAL_END.match(core)
    if found is None:
        return None
    number = found["number"]
    return found["stem"], NUMERALS[DIGITS.index(number)] if number in DIGITS else number


def ordinal_fits(written: str, registered: str) -> bool:
    """The written core (「建明1」) and a registry core (「建明小区第一」) carry the same ordinal, and
    the registry stem starts with the written one."""
    short, full = stem_and_ordinal(written), stem_and_ordinal(registered)
    return short is not None and full is not None and short[1] == full[1] and full[0].startswith(short[0])

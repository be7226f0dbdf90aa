"""The pieces a generated return is drawn from (see layout_generator): which indicators a file
holds, each value, each header's wording, a header broken over two lines."""

from __future__ import annotations

import random

from layout_model import CATALOGUE, DOMAINS, MONEY, RANGES, SUB_OF, Indicator, cn_number, fullwidth


def draw_value(rng: random.Random, code: str, row: dict[str, int]) -> int:
    if code == "petitions_resolved":
        return max(0, row.get("petitions_received", rng.randint(5, 150)) - rng.randint(0, 12))
    if code == "public_welfare_jobs":
        return rng.randint(0, min(10, row.get("jobs_created", 10)))
    if code == "dibao_persons":
        return row.get("dibao_households", rng.randint(10, 150)) * rng.randint(1, 3) + rng.randint(0, 9)
    low, high, step = RANGES[code]
    return rng.randrange(low, high + 1, step)


def pick_indicators(rng: random.Random, orientation: str, stacked: bool) -> list[str]:
    """Indicators of 1–3 domains, catalogue order within a domain, parents before 其中 children."""
    n_domains = rng.randint(2, 3) if stacked else rng.choice([1, 2, 2, 3])
    domains = rng.sample(DOMAINS, n_domains)
    codes: list[str] = []
    for domain in domains:
        members = [code for code, ind in CATALOGUE.items() if ind.domain == domain]
        k = rng.randint(min(2, len(members)), min(len(members), 4 if orientation != "single" else 5))
        chosen = set(rng.sample(members, k))
        for child, parent in SUB_OF.items():  # a sub-column comes with its parent
            if child in chosen:
                chosen.add(parent)
        codes.extend(code for code in members if code in chosen)
    return codes


def header_text(rng: random.Random, ind: Indicator, number: int, choice: dict) -> tuple[str, int, set[str]]:
    """The header for one indicator, its scale and the wording features it used."""
    used: set[str] = set()
    name = ind.name
    if choice["trailing_shu"]:
        if name.endswith("数") and name[-2] not in "人户次场对件" and len(name) > 4:
            name, _ = name[:-1], used.add("shu_dropped")
        elif name.endswith("人口"):
            name, _ = name + "数", used.add("shu_added")
    if ind.code in SUB_OF and choice["qizhong"]:
        name = "其中：" + name
        used.add("qizhong")
    numbering = choice["numbering"]
    if numbering:
        prefix = {"1.": f"{number}.", "（一）": f"（{cn_number(number)}）", "一、": f"{cn_number(number)}、"}[numbering]
        name = prefix + name
        used.add(f"numbering={numbering}")
    scale = 1
    unit = ind.unit
    if ind.code in MONEY and choice["wan_yuan"] and choice["units"] in ("fullwidth", "ascii", "column"):
        unit, scale = "万元", 10000
        used.add("wan_yuan")
    elif ind.code in MONEY and choice["wan_yuan"] and choice["units"] == "none":
        name, scale = name + "※", 10000   # the unit only in the note the mark points to (※金额单位：万元)
        used.add("wan_yuan_marked")
    if choice["units"] == "fullwidth":
        name += f"（{unit}）"
    elif choice["units"] == "ascii":
        name += f"({unit})"
    if choice["fullwidth_header"]:
        wide = fullwidth(name)
        if wide != name:
            used.add("fullwidth_header")
        name = wide
    return name, scale, used


def wrap(header: str) -> str:
    """The header broken after its middle character, never inside a bracket or a number."""
    inside, spots = 0, []
    for i, ch in enumerate(header):
        inside += ch in "(（" 
        inside -= ch in ")）"
        if 0 < i < len(header) - 1 and not inside and "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= header[i + 1] <= "\u9fff":
            spots.append(i + 1)
    if not spots:
        return header
    cut = spots[len(spots) // 2]
    return header[:cut] + "\n" + header[cut:]


CN_DIGITS = "〇一二三四五六七八九"   # a year said digit by digit: 二〇二五年


def party_body(name: str, street: str, rng: random.Random) -> str:
    """A community named by its party organisation, as a 党建 table lists them."""
    core = name.removesuffix("居委会").removesuffix("社区")
    return rng.choice([f"{core}社区党委", f"中共{street}{core}社区委员会", f"{core}社区党支部"])


MONGOLIAN_DIGITS = "᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙"   # U+1810–U+1819, as the Mongolian IME types them


def in_script_digits(values: list, seed: int) -> list:
    """On a bilingual form, some whole figures typed with the other script's IME, in its digits
    (42 → 「᠔᠒」; Tibetan 「༤༢」 alike): each (key, value, shown) with the figure rewritten or as it was."""
    pick = random.Random(seed * 1299709 + 7)
    return [(key, value, "".join(MONGOLIAN_DIGITS[int(d)] for d in str(shown)) if str(shown).isascii()
             and str(shown).isdigit() and pick.random() < 0.3 else shown) for key, value, shown in values]

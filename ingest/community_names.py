"""Community names reduced to their core for matching (建设街社区居委会 = 建设街社区 = 建设社区), and
the marks that say a text names a community, a code or another place."""

from __future__ import annotations

import functools
import re

from ingest.chinese_text import numerals_in_names, simplify

SUFFIXES = ("临时党支部", "党总支部委员会", "支部委员会", "党总支", "党支部", "大党委", "党委", "党组织", "社区委员会",  # 日晖新城居民区党总支: its party branch
            "社区居民委员会", "居民委员会", "社区居委会", "社区居委", "居委会", "社区", "村民委员会", "村委会", "志愿服务队",
            "志愿服务站", "新时代文明实践站", "实践站", "党群服务站", "党群服务中心", "工作站",  # bodies named after their community
            "居民区", "居委", "社区居",  # 乐意居社区居居委会: a registry name with a 居 written twice
            "居委员会", "居民委会",  # 建新社区居委员会: the registry's own slips of 居民委员会 / 居委会
            "筹建组", "筹备组",  # a community still being set up: its 筹建组 and temporary branch
            "组团")  # 菱藕组团: the 组团 (cluster) of an estate that became the 社区 of its name, as older clerks still write it
# 日晖六村一居 for 日晖六村第一居委会: a numbered 居委 written short.
NUMBERED_SHORT = re.compile(r"(?<!第)([一二三四五六七八九十]{1,3}|\d{1,2})居$")
NUMBERED_CORE = re.compile(r"^(.{2,})第([一二三四五六七八九十]{1,3}|\d{1,2})$")   # 日晖六村第一 → 日晖六村一居
LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}\s*[.、．]|[(（]\d{1,3}[)）])\s*(?=[^\d\s.])")  # 1.大板三社区, 10、桂花
FORMER_NAME = re.compile(r"[(（](?:原|曾用名|旧称|重填|重新填报|重报|补报|补填|已?更正|已?修改|修正)[^()（）]*[)）]")
# 曙光社区（筹）, 曙光社区(筹建): a new community still being set up (筹建) is the registry's community
PREPARING = re.compile(r"[(（]\s*筹[建备]?\s*[)）]")
# 光复路南社区（书记：王丽华）, 建设社区党委（书记 张三）, 多福巷（联系人：李四 1390…）: a person who answers for the
# row, named in brackets after the community: a role word, then the person; never part of the name
PERSON_NOTE = re.compile(r"[(（]\s*(?:党委|党总支|党支部|支部|社区)?(?:副?书记|副?主任|负责人|联系人|填报人|站长)"
                         r"\s*[:：]?[^()（）]*[)）]")
# 清华园（10月）, 建设街社区(2025年3月): the month a row is for, in brackets after the name
PERIOD_NOTE = re.compile(r"[(（]\s*(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月份?\s*[)）]$")
# 中共谈固社区委员会, 中国共产党建设街社区支部委员会: the community's party committee, named with the party first
PARTY_PREFIX = re.compile(r"^(?:中共|中国共产党)(?=.{2,}(?:委员会|党委|支部|总支))")
NAME_MARKER = re.compile(r"社区|居委会|居民委员会|居民区|居委")
CODE = re.compile(r"(?<!\d)(\d{12})(?!\d)")
FOREIGN_PLACE = re.compile(r"[\u4e00-\u9fff](?:街道|镇|乡)")
# 双塔社区（开元寺片）, 东街社区(二片区): the 片 (a patch of the community a worker covers) in brackets after
# the name — where in the community, never part of its name
PATCH_NOTE = re.compile(r"[(（][^()（）]{1,10}片区?[)）]")
# 梅山⏎Meishan, 开元社区/Kaiyuan Community: the name's romanization under or after it, as on bilingual road
# signs and forms — a run of Latin words set apart from the Chinese by a line break or a slash
# 团结路 Ittipaq yoli (its space gone once simplified), 喀拉巴格社区（Qarabagh）: the same after the name, glued (three
# letters or more) or in brackets — a GBK file cannot hold the Uyghur script, so the clerk types its Latin form
# (Uyghur's Latin letters ü, ö, é are Latin too: 团结路（Ittipaq yoli）, 博斯坦（Böstan）)
ROMANIZED = re.compile(r"(?<=[\u4e00-\u9fff)）])(?:[\s/／]+[A-Za-z][A-Za-zÀ-ɏ'’.\- ]+|[A-Za-z][A-Za-zÀ-ɏ'’.\-]{2,}"
                       r"|[(（][A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’.\- ]{2,}[)）])$")


@functools.lru_cache(maxsize=1 << 16)  # the registry's names, then the same names in every file
def normalize_community_name(text: str) -> str:
    # 长湴东社区（原长湴村）, 新西社区（重填）: a former name, a clerk's act on the row: not the name; nor a
    # person named in brackets after it (光复路南社区（书记：王丽华））
    text = PERIOD_NOTE.sub("", PERSON_NOTE.sub("", FORMER_NAME.sub("", numerals_in_names(LIST_NUMBER.sub("", simplify(text))))))
    text = PATCH_NOTE.sub("", PREPARING.sub("", ROMANIZED.sub("", text.strip())))
    name = re.sub(r"[\s:：()（）\[\]【】·“”\"'‘’「」]", "", text)   # 天元社区“大党委”: quotes are no part of it
    name = PARTY_PREFIX.sub("", name)
    changed = True
    while changed:
        changed = False
        for suffix in SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                changed = True
    name = NUMBERED_SHORT.sub(r"第\1", name) if len(name) > 3 else name
    if name.endswith("街") and len(name) > 2:
        name = name[:-1]
    return name


# 田家湾村委会, 田家湾村民委员会: a village committee, not a residents' one.
VILLAGE = re.compile(r"村(?:民委员会|委会)$")


def prefer_kind(candidates: list, written: str) -> list:
    """田家湾 or 田家湾社区 where the street has both 田家湾社区居委会 and 田家湾村委会: a name
    written without 村 is the community, with 村 the village. Only ever narrows a tie."""
    if len(candidates) < 2:
        return candidates
    villages = [c for c in candidates if VILLAGE.search(c.community_name)]
    if not villages or len(villages) == len(candidates):
        return candidates
    return villages if "村" in written else [c for c in candidates if c not in villages]


def village_for_a_community(found, written: str, street_code: str | None) -> bool:
    """团结社区 in a file of its street, where the one registry name that reads the same is the
    团结村委会 of another township: a name written as a residents' committee (社区, 居委会) and
    without 村 is no village of another street — the street's own communities (团结路社区) are tried next."""
    return bool(street_code) and found.street_code != street_code and bool(VILLAGE.search(found.community_name)) \
        and bool(NAME_MARKER.search(written)) and "村" not in written

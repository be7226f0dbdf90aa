"""Communities named inside free text — a title, a sheet or file name, a footer: the whole text
as a name, a 12-digit code in it, each registry name (or its core before 社区, 居委会, 街 …) found in
it, else a name before 社区 one character off or short for one. A text naming two communities
(建达南苑、建达北苑社区) names neither alone. Mixed into ``CommunityMatcher``."""

from __future__ import annotations

import functools
import re

from ingest.chinese_text import numerals_in_names, simplify
from ingest.community_cun import village_in_text
from ingest.community_ju import ju_form_in
from ingest.community_names import CODE, FOREIGN_PLACE, NAME_MARKER, NUMBERED_CORE, VILLAGE, normalize_community_name, prefer_kind


# the 村 after a village's name; not 农村 (农村牧区低保) nor a 村委会 already read as written
VILLAGE_MARK = re.compile(r"(?<![农乡])村(?!委会|民委员会)")
# 阿克塔什巴孜 before its 社区 in a title: a name longer than four characters, read whole (one off, or heard alike)
LONG_NAME_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{5,8}$")
# 农科南路一、二社区, 长治路一、二、三社区: numbered communities of one name written once, their numerals listed
STREET_END = re.compile(r"(?:街道办事处|街道办|街道|镇|乡)$")
NUMERAL_LIST = re.compile(r"[一二三四五六七八九](?:[、，,和及与][一二三四五六七八九])+(?=社区|居委|居民区)")

# 杨家巷社区（凤朝门社区代报）, 工作数据（含代报杨家巷）: a bracket naming who reported on a community's behalf
# (代报, 代填, 代为报送) — the sender, or the neighbour it sends for; never the community the text is about
ON_BEHALF = re.compile(r"[(（][^()（）]*代(?:报|填|送|为(?:填报|报送|汇总|上报|填写))[^()（）]*[)）]")


def numbered_in_list(core: str, text: str) -> str:
    """农科南路二 in 「黄陵街道农科南路一、二社区…」: a numbered community's name written once before a
    list of numerals (一、二) naming it among others; its form as a list item (农科南路二、), so that
    the text names several communities and none alone. '' when the text lists no numeral of it."""
    if len(core) < 3 or core[-1] not in "一二三四五六七八九":
        return ""
    base, numeral = core[:-1], core[-1]
    for found in NUMERAL_LIST.finditer(text):
        if numeral in found.group() and text[:found.start()].endswith(base):
            return core + "、"
    return ""


# what follows a bare name that heads a title or file name: its year (2025年, 2025.10, 202510) or month
DATE_AFTER = r"(?=(?:19|20)\d{2}\s*(?:年|[.\-/_]?\d{1,2})|\d{1,2}月)"


def dated_name(core: str, text: str) -> bool:
    """The community's bare name (no 社区) heading a title, right before its year or month — 宁远城2025年12月
    报表, 铁路坝2025年10月工作数据, 光明路2025年10月—2026年3月台账 — and not inside a longer Chinese word
    (新宁远城…), nor followed by other words (铁路坝派出所2025年… names no community)."""
    return re.search(f"(?<![\u4e00-\u9fff]){re.escape(core)}{DATE_AFTER}", text) is not None


class NamesInText:
    def find_community(self, text: str, street_code: str | None = None, near: bool = True) -> str | None:
        """A community named inside a title, sheet or file name; the longest name wins. With
        ``near`` False only registry names as written (no name one character off)."""
        key = (text, street_code, near)
        if key not in self._communities_found:
            self._communities_found[key] = self._find_community(text, street_code, near)
        return self._communities_found[key]

    def _find_community(self, text: str, street_code: str | None, near: bool = True) -> str | None:
        cleaned = ON_BEHALF.sub("", numerals_in_names(simplify(text)))
        if not cleaned:
            return None
        whole = self.match(cleaned, street_code)
        if whole.community_code:
            return whole.community_code
        code = CODE.search(cleaned)
        if code and code.group(1) in self.communities:
            return code.group(1)
        cleaned = self.without_street_names(cleaned)
        best = self.names_in(cleaned, street_code)
        apart = [form for form in best.values() if not any(form != other and form in other for other in best.values())]
        if len(set(apart)) > 1 or any(form.endswith("、") for form in apart):
            self.ambiguous[(text, street_code)] = (apart[0].rstrip("、"), *(
                f"{self.communities[code].community_name}（{code}）" for code, form in best.items() if form in apart))
            return None  # 建达南苑、建达北苑社区: a text naming two communities names neither alone
        if best:
            # The longest name wins; one that fits communities of several streets is narrowed by
            # the street the text itself names, then the batch's — never a guess between them.
            longest = max(map(len, best.values()))
            tied = [self.communities[code] for code, form in best.items() if len(form) == longest]
            tied = prefer_kind(tied, next(form for form in best.values() if len(form) == longest))  # 友爱社区: not 友爱村
            chosen = self._within(tied, street_code or self.find_street(text))
            if len(chosen) > 1:
                self.ambiguous[(text, street_code)] = (next(form for form in best.values() if len(form) == longest),
                                        *(f"{c.community_name}（{c.community_code}）" for c in chosen[:5]))
                return None
            return chosen[0].community_code
        if not near or FOREIGN_PLACE.search(cleaned):
            return None  # 长春市朝阳区南湖街道卫星路社区: a street the registry lacks, so no near name either
        if (village := village_in_text(self, cleaned, street_code)) is not None:
            return village  # 永安社区…报表 for the street's 永安村村民委员会
        return self._named_one_off(cleaned, street_code)

    def names_in(self, text: str, street_code: str | None) -> dict[str, str]:
        """Every community whose name a text holds (as registered, or its core before 社区, 居委会,
        街 …, or before 、 in a list), each with the longest form found; street names taken out."""
        cleaned = self.without_street_names(numerals_in_names(simplify(text)))
        best: dict[str, str] = {}   # code → the longest form of its name found in the text
        for community in self.communities.values():
            if street_code and community.street_code != street_code:
                continue
            core = normalize_community_name(community.community_name)
            forms = {simplify(community.community_name), core + "社区", core + "街社区", core + "居委会", core + "街",
                     core + "居民区", core + "居委", core + "组团", core + "、"}  # 建达南苑、建达北苑社区: a list of two
            if VILLAGE.search(community.community_name):
                forms.add(core + "村")   # 新城村 for 新城村委会: a village by its own name
                if len(core) >= 3 and core.endswith("村"):
                    forms.add(core)      # 白土村 for 白土村村民委员会: its own name already ends in 村
            if len(core) >= 2 and core in cleaned and dated_name(core, cleaned) and core not in self.street_cores:
                forms.add(core)   # 宁远城2025年12月报表: the bare name, right before the date it reports
            if NUMBERED_CORE.match(core):
                forms.add(NUMBERED_CORE.sub(r"\1\2居", core))
            for form in forms:
                if len(form) >= 2 and form in cleaned and len(form) > len(best.get(community.community_code, "")):
                    best[community.community_code] = form
            short_ju = ju_form_in(core, cleaned, community.community_name)  # 中平居 for 中平居委会
            if short_ju and len(short_ju) > len(best.get(community.community_code, "")):
                best[community.community_code] = short_ju
            listed = numbered_in_list(core, cleaned)
            if listed and len(listed) > len(best.get(community.community_code, "")):
                best[community.community_code] = listed
        return best

    @functools.cached_property
    def street_cores(self) -> frozenset[str]:
        """The streets' names without 街道/镇/乡: 和平2025年1月汇总 may be 和平街道's, not 和平社区's."""
        return frozenset(STREET_END.sub("", name) for name, _ in self.street_names)

    def _named_one_off(self, cleaned: str, street_code: str | None) -> str | None:
        """「庙墩社区工作月报」: a name written before 社区/居委会 one character off a registry name
        (as ``match`` allows for a name cell), or short for one (开元山庄 for 中创开元山庄). Taken
        only when exactly one community fits."""
        found = set()
        for marker in NAME_MARKER.finditer(cleaned):
            before = cleaned[:marker.start()]
            long_name = LONG_NAME_BEFORE.search(before)  # 阿克塔什巴孜社区…: a transliterated name of five or more
            if long_name and (near := self._one_off(long_name.group(), street_code, long_name.group() + marker.group())
                              or self._transliteration(long_name.group(), street_code)) and near.community_code:
                found.add(near.community_code)
                continue
            for size in range(4, 1, -1):  # the longest name that is one off: 松裕东里, not 裕东里 or 东里
                name = before[-size:]
                if len(name) == size and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                    # 花园一 is the street's 花园第一 before it is one character off 花园南(街) elsewhere
                    near = (self._ordinal_short(name, street_code) or self._one_off(name, street_code, name + marker.group())
                            or self._abbreviation(name, street_code) or self._transliteration(name, street_code)
                            or self._road_stem(name, street_code))
                    if near is not None and near.community_code:
                        found.add(near.community_code)
                        break
        found |= self._villages_one_off(cleaned, street_code)
        return found.pop() if len(found) == 1 else None

    def _villages_one_off(self, cleaned: str, street_code: str | None) -> set[str]:
        """「边墙濠村2025年10月工作报表」: a village's name before its 村 one character off (濠 for
        壕), taken only when the near name is a village committee (``_village_written_short``)."""
        found = set()
        for marker in VILLAGE_MARK.finditer(cleaned):
            before = cleaned[:marker.start()]
            for size in range(4, 1, -1):
                name = before[-size:]
                if len(name) == size and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                    near = self._village_written_short(name + "村", street_code)
                    if near is not None and near.community_code:
                        found.add(near.community_code)
                        break
        return found

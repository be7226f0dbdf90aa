"""Matching what a community wrote ("建设街社区", "654201001001", "建設社區") to the registry.

Order: a 12-digit code; the registry name; the normalized name (居委会, 社区居民委员会, 社区 and a
trailing 街 removed, so 建设街社区居委会 = 建设街社区 = 建设社区) within the file's street, else
the city; the aliases seed. Misses list the nearest registry names.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ingest.chinese_text import simplify, sounds_alike
from ingest.community_names import CODE, FOREIGN_PLACE, NAME_MARKER, VILLAGE, normalize_community_name, prefer_kind
from ingest.community_names import village_for_a_community
from ingest.community_digits import EXACT, digits_as_numerals
from ingest.community_ordinals import ordinal_fits, stem_and_ordinal
from ingest.community_lookups import code_and_name
from ingest.community_texts import NamesInText
from ingest.community_cun import village_by_stem
from ingest.community_ju import ju_short
from ingest.hangul_names import read_in_hangul
from ingest.home_homophones import homophone_at_home
from ingest.road_stems import road_stem_code
from ingest.transliterations import transliteration_code

STREET_SUFFIXES = ("街道办事处", "街道办", "街道", "镇", "乡")
# A zone before the community's own name in the registry: 浐灞生态区 | 绿地生态城, 高新区 | 锦业.
# Where an address path may end before the community's own name: 北京市|朝阳区|潘家园街道|磨房南里社区.
ADMIN_LEVEL_END = re.compile(r"(?:省|自治区|市|区|县|旗|街道办事处|街道办|街道|镇|乡)")
# A district, county or city (徐汇区, 昌平县, 常熟市): never a community by a near spelling.
ADMIN_AREA = re.compile(r"[\u4e00-\u9fff]{1,6}(?<![社小园])(?<!居民)(?:区|县|市|旗)")
ZONE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:新区|开发区|生态区|园区|管委会)([\u4e00-\u9fff]{2,})$")


@dataclass(frozen=True)
class RegistryCommunity:
    community_code: str
    community_name: str
    street_code: str


@dataclass(frozen=True)
class RegistryStreet:
    street_code: str
    street_name: str
    city_code: str


@dataclass(frozen=True)
class CommunityMatch:
    """``community_code`` is None for a miss; then ``problem_code`` explains it, and for an
    ambiguous name ``nearest`` lists the candidates (an unknown one's: ``CommunityMatcher.nearest``)."""

    community_code: str | None
    method: str = ""                  # code | name | normalized | alias | one_off | abbreviation | hangul
    problem_code: str = ""            # unknown_community | ambiguous_community
    nearest: tuple[str, ...] = ()


def several(candidates: list[RegistryCommunity]) -> CommunityMatch:
    """A name that fits several registry communities: a question naming (up to five of) them."""
    names = tuple(f"{c.community_name}（{c.community_code}）" for c in candidates[:5])
    return CommunityMatch(None, problem_code="ambiguous_community", nearest=names)




def in_order(short: str, name: str) -> bool:
    """Every character of ``short`` in ``name``, in order, the name at most three times as long."""
    if len(name) > 3 * len(short) or short == name:
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


def one_off_keys(name: str) -> list[str]:
    """The name with each character in turn replaced by a wildcard."""
    return [name[:i] + "\0" + name[i + 1:] for i in range(len(name))]


def normalize_street_name(text: str) -> str:
    name = simplify(text)
    for suffix in STREET_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


MATCHES_KEPT = 100_000
# A street, town or township named in a text after the registry's own street names were taken out.
# 一片区, 第二片区, 东片区, 1片区: a part of a street heading its communities' rows (no community).
ZONE_HEADING = re.compile(r"(?:第?[一二三四五六七八九十\d]{1,3}|[东南西北中])片区?")
ADMIN_PATH_SLASH = re.compile(r"(?<=[省市区县旗道镇乡])\s*[/>＞|｜]\s*(?=[\u4e00-\u9fff])")


class CommunityMatcher(NamesInText):
    """Lookups built once per batch; ``match`` is a few dict probes per row."""

    def __init__(self, communities: list[RegistryCommunity], streets: list[RegistryStreet],
                 aliases: dict[str, str]) -> None:
        self.communities = {c.community_code: c for c in communities}
        self.streets = {s.street_code: s for s in streets}
        self.by_name: dict[str, list[RegistryCommunity]] = {}
        self.by_normalized: dict[str, list[RegistryCommunity]] = {}
        for community in communities:
            self.by_name.setdefault(simplify(community.community_name), []).append(community)
            self.by_normalized.setdefault(normalize_community_name(community.community_name), []).append(community)
        # A registry name that starts with a zone (浐灞生态区绿地生态城社区): also by what follows it.
        self.by_tail: dict[str, list[RegistryCommunity]] = {}
        for community in communities:
            zone = ZONE_PREFIX.match(normalize_community_name(community.community_name))
            if zone:
                self.by_tail.setdefault(zone.group(1), []).append(community)
        # One character written wrong (a homophone, a typo): every name with each position blanked.
        self.by_one_off: dict[str, list[RegistryCommunity]] = {}
        for community in communities:
            name = normalize_community_name(community.community_name)
            if len(name) >= 2:
                for key in one_off_keys(name):
                    self.by_one_off.setdefault(key, []).append(community)
        self.aliases = {normalize_community_name(alias): code for alias, code in aliases.items()
                        if code in self.communities}
        self.street_names = sorted(
            ((simplify(s.street_name), s.street_code) for s in streets if s.street_name),
            key=lambda pair: -len(pair[0]),
        )
        # Street names by their first character, with their place in that order: a text is
        # compared only with the names that can start somewhere in it.
        self._streets_by_start: dict[str, list[tuple[int, str, str]]] = {}
        for position, (name, code) in enumerate(self.street_names):
            if name:
                self._streets_by_start.setdefault(name[0], []).append((position, name, code))
        # A sheet asks about the same few texts on every row, and every file of a street about
        # the same names: answers are kept per (text, street) for the life of the matcher.
        self._matches: dict[tuple[str, str | None], CommunityMatch] = {}
        self._streets_found: dict[str, str | None] = {}
        self._communities_found: dict[tuple[str, str | None, bool], str | None] = {}
        self.home_street: str | None = None   # the street of the batch's files (``settle_home_street``)
        # (text, street) → the name in it that fits several communities, and their names
        self.ambiguous: dict[tuple[str, str | None], tuple[str, ...]] = {}
        self._by_street: dict[str, list[tuple[RegistryCommunity, str]]] = {}

    def settle_home_street(self, street_code: str | None) -> None:
        """The street most of a batch's files are about (``batch_street``): a name that fits
        communities of several streets, in a file naming no street, is that street's one."""
        self.home_street = street_code
        self._matches.clear()
        self._communities_found.clear()
        self.ambiguous.clear()

    def match(self, text: str, street_code: str | None = None) -> CommunityMatch:
        key = (text, street_code)
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) > MATCHES_KEPT:  # a sheet of a million distinct names
                self._matches.clear()
            found = self._matches[key] = self._match(text, street_code)
        return found

    def _match(self, text: str, street_code: str | None) -> CommunityMatch:
        raw = ADMIN_PATH_SLASH.sub("", simplify(text))  # 福建省/厦门市/湖里区/湖里街道/东渡社区: one path
        code = CODE.search(raw)
        if code and re.fullmatch(r"\d{12}(\.0+)?", raw):
            if code.group(1) in self.communities:
                return CommunityMatch(code.group(1), "code")
            return CommunityMatch(None, problem_code="unknown_community")
        if (coded := code_and_name(raw)) is not None:
            return self._coded(*coded, street_code)
        for method, table, key in (("name", self.by_name, raw),
                                   ("normalized", self.by_normalized, normalize_community_name(raw))):
            candidates = table.get(key, [])
            chosen = prefer_kind(self._within(candidates, street_code), raw)
            if len(chosen) == 1 and village_for_a_community(chosen[0], raw, street_code or self.home_street):
                break
            if len(chosen) == 1:  # (a homophone of the file's own street's community yields to it)
                return homophone_at_home(self, raw, street_code, chosen[0]) or CommunityMatch(chosen[0].community_code, method)
            if len(chosen) > 1:
                return several(chosen)
        alias = self.aliases.get(normalize_community_name(raw))
        if alias:
            return CommunityMatch(alias, "alias")
        village = self._village_written_short(raw, street_code)
        if village is not None:
            return village
        short_ju = ju_short(self, raw, street_code)  # 新湖居 for 新湖居委会
        if short_ju is not None:
            return short_ju
        if (stem_village := village_by_stem(self, raw, street_code)) is not None:
            return stem_village  # 永安 (社区) for 永安村村民委员会, within its street
        pathed = self._after_admin_path(raw, street_code)
        if pathed is not None:
            return pathed
        tail = prefer_kind(self._within(self.by_tail.get(normalize_community_name(raw), []), street_code), raw)
        if len(tail) == 1:  # 绿地生态城社区 for 浐灞生态区绿地生态城社区: the zone's name left out
            return CommunityMatch(tail[0].community_code, "normalized")
        if ADMIN_AREA.fullmatch(raw.strip()):
            return CommunityMatch(None, problem_code="unknown_community")
        if (spelled := digits_as_numerals(raw)) is not None:  # 3马路 for 三马路社区: by registry name only
            by_numerals = self.match(spelled, street_code)
            if by_numerals.method in EXACT:
                return by_numerals
        numbered = self._ordinal_short(normalize_community_name(raw), street_code)
        if numbered is not None:  # 建明1 for 建明小区第一社区: before 建明1 reads one off 建明一 and 建明二
            return numbered
        near = self._one_off(normalize_community_name(raw), street_code, raw)
        if near is not None:
            return near
        short = self._abbreviation(normalize_community_name(raw), street_code)
        if short is not None:
            return short
        road = self._road_stem(normalize_community_name(raw), street_code)
        if road is not None:
            return road
        sound = self._transliteration(normalize_community_name(raw), street_code)
        if sound is not None:  # 喀拉巴格 for 喀拉瓦克: one foreign syllable, two spellings
            return sound
        street = street_code or self.home_street   # 원성 for 园城社区: the Korean reading, within the street
        korean = read_in_hangul(raw, [(c, c.community_name) for c, _ in self._street_names(street)]) if street else []
        if len(korean) == 1:
            return CommunityMatch(korean[0].community_code, "hangul")
        if len(korean) > 1:
            return several(korean)
        return CommunityMatch(None, problem_code="unknown_community")  # nearest names: ``nearest``, when asked

    def _coded(self, code: str, name: str, street_code: str | None) -> CommunityMatch:
        """630104003005-冷湖路社区…: the code decides unless the name is another community's (a problem)."""
        by_name = self.match(name, street_code).community_code
        if code in self.communities and by_name in (None, code):
            return CommunityMatch(code, "code")
        return CommunityMatch(None, problem_code="unknown_community")

    def _after_admin_path(self, raw: str, street_code: str | None) -> CommunityMatch | None:
        """北京市朝阳区潘家园街道磨房南里社区居委会: the name after an address path, read as written
        (exactly or normalized), within the street the path names. The shortest remainder that is
        a registry name wins; a path naming a street the registry lacks is no match."""
        for level in reversed(list(ADMIN_LEVEL_END.finditer(raw))):
            path, rest = raw[:level.end()], raw[level.end():]
            street = self.find_street(path)
            if len(rest) < 2 or (not NAME_MARKER.search(rest) and street is None):
                continue  # 和平街道建设街: a short name only after a street the registry holds
            if street is None and self.names_foreign_place(path):
                return None
            for table, key in ((self.by_name, rest), (self.by_normalized, normalize_community_name(rest))):
                chosen = prefer_kind(self._within(table.get(key, []), street or street_code), rest)
                if len(chosen) == 1:
                    return CommunityMatch(chosen[0].community_code, "normalized")
        return None

    def _village_written_short(self, raw: str, street_code: str | None) -> CommunityMatch | None:
        """新城村 for the registry's 新城村委会: a village written by its own name, 村 and all, without
        the 委会 of its committee. Read as 新城村委会 (a one-off 边墙濠村 too), and taken only when
        that is a village committee — never 日晖六村, a residents' committee named after a 新村."""
        name = normalize_community_name(raw)
        if len(name) < 3 or not name.endswith("村"):
            return None
        found = self.match(name + "委会", street_code)
        code = found.community_code
        if code is None or not VILLAGE.search(self.communities[code].community_name):
            return None
        return found if found.method == "one_off" else CommunityMatch(code, "normalized")

    def _one_off(self, name: str, street_code: str | None, written: str = "") -> CommunityMatch | None:
        """A name one character away from exactly one registry name of the street (or, with no
        street known, of the whole registry): taken, marked ``one_off`` so review can see it.
        Two such names is a problem naming both; never a guess between them."""
        if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name):
            return None
        found = {c.community_code: c for key in one_off_keys(name) for c in self.by_one_off.get(key, ())
                 if len(name) >= 3 or sounds_alike(name, normalize_community_name(c.community_name))}
        chosen = prefer_kind(self._within(list(found.values()), street_code), written or name)  # 琅西社区: not 埌西村
        chosen = [c for c in chosen if not village_for_a_community(c, written, street_code or self.home_street)]
        if len(chosen) == 1:
            return CommunityMatch(chosen[0].community_code, "one_off")
        at_home = street_code or self.home_street   # within a street's own list only: a city has too many near names
        heard = [c for c in chosen if at_home and sounds_alike(name, normalize_community_name(c.community_name))]
        if len(heard) == 1:  # 光名路 one off 光明路 and 光华路 of the file's street: the one it sounds like
            return CommunityMatch(heard[0].community_code, "one_off")
        if len(chosen) > 1:
            return several(chosen)
        return None

    def _abbreviation(self, name: str, street_code: str | None) -> CommunityMatch | None:
        """冶金高专 for 昆明冶金高等专科学校: four or more characters found in order in exactly
        one registry name of the street, and in no other (marked, so review can see it). With no
        street named, the batch's (开元山庄 for 中创开元山庄, sent among the street's files)."""
        street_code = street_code or self.home_street
        if not street_code or len(name) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            return None
        found = [c for c, normal in self._street_names(street_code) if in_order(name, normal)]
        return CommunityMatch(found[0].community_code, "abbreviation") if len(found) == 1 else None

    def _road_stem(self, name: str, street_code: str | None) -> CommunityMatch | None:
        """西津 for 西津路居委会 (``road_stems``): only within a known street, marked for review."""
        street_code = street_code or self.home_street
        code = road_stem_code(name, self._street_names(street_code)) if street_code else None
        return CommunityMatch(code, "abbreviation") if code else None

    def _transliteration(self, name: str, street_code: str | None) -> CommunityMatch | None:
        """喀拉巴格 for 喀拉瓦克社区 (``transliterations``): only within a known street, marked for review."""
        street_code = street_code or self.home_street
        code = transliteration_code(name, self._street_names(street_code)) if street_code else None
        return CommunityMatch(code, "transliteration") if code else None

    def _ordinal_short(self, name: str, street_code: str | None) -> CommunityMatch | None:
        """建明一, 建明1, 瑞城1: a numbered community of the street written short (``ordinal_fits``),
        taken when exactly one of the street's communities fits (marked, so review can see it)."""
        street_code = street_code or self.home_street
        if not street_code or stem_and_ordinal(name) is None:
            return None
        found = [c for c, normal in self._street_names(street_code) if ordinal_fits(name, normal)]
        return CommunityMatch(found[0].community_code, "abbreviation") if len(found) == 1 else None

    def _street_names(self, street_code: str) -> list[tuple[RegistryCommunity, str]]:
        """A street's communities with their normalized names, in registry order (worked out once:
        every title and footer text of every file is tried as an abbreviation)."""
        if not self._by_street:  # every street's at once: one pass over the registry
            for c in self.communities.values():
                self._by_street.setdefault(c.street_code, []).append((c, normalize_community_name(c.community_name)))
        return self._by_street.get(street_code, [])

    def _within(self, candidates: list[RegistryCommunity], street_code: str | None) -> list[RegistryCommunity]:
        # Within the file's street first; a name from elsewhere in the city counts only if unique.
        # Then, for a name that fits several, the batch's street (``settle_home_street``).
        for street in (street_code, self.home_street if len(candidates) > 1 else None):
            in_street = [c for c in candidates if c.street_code == street] if street else []
            if in_street:
                return in_street
        return candidates

    def nearest(self, text: str, street_code: str | None = None, limit: int = 3) -> tuple[str, ...]:
        pool = [c.community_name for c in self.communities.values()
                if not street_code or c.street_code == street_code] or \
               [c.community_name for c in self.communities.values()]
        key = normalize_community_name(text)
        by_normal = {normalize_community_name(name): name for name in pool}
        close = difflib.get_close_matches(key, list(by_normal), n=limit, cutoff=0.0)
        return tuple(by_normal[name] for name in close)

    def find_street(self, text: str) -> str | None:
        """The street a title, sheet or file name names ("和平街道2025年1月…")."""
        if text not in self._streets_found:
            self._streets_found[text] = self._find_street(text)
        return self._streets_found[text]

    def _find_street(self, text: str) -> str | None:
        """The first street in ``street_names`` order (longest name first) named in the text."""
        cleaned = simplify(text)
        best: tuple[int, str] | None = None
        for start in set(cleaned):
            for position, name, code in self._streets_by_start.get(start, ()):
                if (best is None or position < best[0]) and name in cleaned:
                    best = (position, code)
        return best[1] if best else None

    def without_street_names(self, text: str) -> str:
        """The text with the registry's street names blanked (新城街道 must not read as 新城街社区)."""
        for name, _ in self.street_names:
            text = text.replace(name, " ")
        return text

    def is_street_heading(self, text: str) -> bool:
        """潘家园街道 as a row heading inside a city table, not 潘家园街道磨房南里社区 (an address
        of a community, known or not); or a 片区 of the street (一片区, 东片区) over its communities."""
        if ZONE_HEADING.fullmatch(simplify(text)):
            return True
        if self.find_street(text) is None:
            return False
        return NAME_MARKER.search(self.without_street_names(simplify(text))) is None

    def under_foreign_place(self, text: str, community_code: str) -> bool:
        """常熟市常福街道景泰社区: the community is named under a street the registry lacks, so it
        is another city's community of the same name, not ours."""
        cleaned = simplify(text)
        at = cleaned.rfind(normalize_community_name(self.communities[community_code].community_name))  # 路南街道路南社区
        return at > 0 and self.names_foreign_place(cleaned[:at])

    def names_foreign_place(self, text: str) -> bool:
        """The text names a street, town or township that is not in the registry (南湖街道)."""
        return bool(FOREIGN_PLACE.search(self.without_street_names(simplify(text))))

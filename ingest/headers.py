"""Recognizing column headers (and row labels): indicators, and the structural columns around them.

A header is normalized before matching: full-width → half-width, traditional → simplified
(zhconv), units in brackets removed (and kept as a multiplier: 万元 → ×10000), "其中：" removed,
"本年累计"/"截至…" noted as a year-to-date marker, spaces and punctuation removed.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ingest.decisions import NOT_DATA, Decision
from ingest.header_concepts import ACCEPT_MARGIN, ACCEPT_SCORE, UNIT_MEASURES, ConceptScorer, Vocabulary, choose, is_derived_text
from ingest.chinese_text import TEXT_CACHE_SIZE, simplify
from ingest.column_codes import code_kind
from ingest.month_suffixes import GLUED_LAST_MONTH
from ingest.structural_headers import STRUCTURAL_LOOKUP

UNIT_MULTIPLIERS = {"亿元": 1e8, "万元": 1e4, "千元": 1e3, "万人": 1e4, "万人次": 1e4, "万": 1e4, "亿": 1e8}
BRACKETED = re.compile(r"[(\[【<《]([^)\]】>》]*)[)\]】>》]")
TRAILING_UNIT = re.compile(r"(?:单位[:：]?)?(亿元|万元|千元)$")
CUMULATIVE = re.compile(r"本年累计|年度累计|全年累计|累计|年累|(?:截至|截止|至)(?:本月|本期|\d{1,2}月)(?:底|末)?|1[-~至到]\d{1,2}月")
# 本月数量, 月末实有: a time of the month before a figure word (本月发生, 期末实有: what happened, what stands).
CURRENT = re.compile(r"^(?:本月末|本月底|本期末|本月|当月|本期|月末|月底|期末)")
PUNCTUATION = re.compile(r"[\s:：、,，.。;；!！?？\-_/\\|'\"“”‘’·•*#()（）\[\]【】<>《》=+~]")
SUBCOLUMN = re.compile(r"其中[:：]?")
UNIT_BRACKET = re.compile(r"^(?:备注|说明|注)?[(（](?:计量)?单位[)）]$")
# 常住户数/户: the unit after a slash; never the pair 低保户/人 (households and persons in one cell)
SLASH_UNIT = re.compile(r"(?<![户人])\s*[/／]\s*(人次|万元|[个件人户起场次名对元项位])$")
QUESTION_UNIT = re.compile(r"(?:多少|几)(人次|万元|[个件人户起场次名对元项位])[?？]?$")
# A part said after the line's own name (开发就业岗位，其中公益性岗位2个): the name is before it.
PART_CLAUSE = re.compile(r"[,;，；]\s*(?:其中|含|包括|内含).*$")
# 1. / 1、 / (1) / （一） / 一、 / ① before a header: an item number, not part of the name.
NUMBERING = re.compile(r"^(?:\d{1,2}[.、．](?!\d)|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
                       r"|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])\s*")
SUBITEM_SCORE = 0.8
GLOSS_NOT = re.compile(r"其中|含|包括|累计|截至|截止|单位|%|\d")   # a bracket of parts, periods or units
CHANGE_MARKS = re.compile(r"同比|环比|增减|增长|变化")

# 发放金额（大写）, 金额(人民币大写): an amount again in capital numerals (伍万肆仟玖佰元整) beside its
# figure, as on a voucher — a copy, never a value of its own; 户（大写） beside 贰拾肆 is the count's unit
CAPITAL_AMOUNT = re.compile(r"(?<!^[户人件个次场起名])[(（]\s*(?:人民币)?大写\s*[)）]$")
COMPARED = re.compile(r"^(?:与|较|比)(?:上月|上期|上年|去年|同期)")
# 上月户数, 去年同期受理数: another period's figure beside this one's (上月结转 is a part of the month's)
PRIOR_FIGURE = re.compile(r"^(?:上月|上期|上年同期|去年同期|上年同月|去年同月)(?!结转|转入|遗留)[\u4e00-\u9fff]")
# 主要工作完成情况, 本月重点工作内容: a structural word after words that only say which work.
WORK_PREFIX = re.compile(r"^(?:本月|本期|当月)?(?:主要|重点|各项|具体)?(?:工作)?")


@dataclass(frozen=True)
class NormalizedHeader:
    core: str                 # the text that is matched
    unit_multiplier: float    # 万元 → 10000
    is_cumulative: bool
    is_percent: bool


@dataclass(frozen=True)
class IndicatorMatch:
    indicator_code: str
    unit_multiplier: float
    is_cumulative: bool
    score: float = field(default=1.0, compare=False)   # 1.0 for a catalogue name or synonym


@functools.lru_cache(maxsize=TEXT_CACHE_SIZE)
def normalize_header(text: str) -> NormalizedHeader:
    cleaned = NUMBERING.sub("", simplify(text).replace("\n", ""))
    cleaned = QUESTION_UNIT.sub(r"(\1)", cleaned)  # 已办结多少件: a label asked as a question, 件 its unit
    cleaned = SLASH_UNIT.sub(r"(\1)", cleaned)     # 其中已办结/件: the unit after a slash, as in brackets
    multiplier = 1.0
    percent = False
    bracket_cumulative = False
    for unit in BRACKETED.findall(cleaned):
        bracket_cumulative = bracket_cumulative or bool(CUMULATIVE.search(unit))  # "人次(本年累计)"
        unit = unit.replace("单位", "").strip(":： ")
        if unit in UNIT_MULTIPLIERS:
            multiplier = UNIT_MULTIPLIERS[unit]
        percent = percent or "%" in unit
    cleaned = BRACKETED.sub("", cleaned)
    trailing = TRAILING_UNIT.search(cleaned)
    if trailing:
        multiplier = UNIT_MULTIPLIERS[trailing.group(1)]
        cleaned = cleaned[: trailing.start()]
    if cleaned.endswith("%"):
        percent = True
    cleaned = SUBCOLUMN.sub("", PART_CLAUSE.sub("", cleaned))
    cumulative = bracket_cumulative or bool(CUMULATIVE.search(cleaned))
    core = CUMULATIVE.sub("", cleaned) if cumulative else cleaned
    if core not in STRUCTURAL_LOOKUP:
        core = CURRENT.sub("", core)
    core = PUNCTUATION.sub("", core).replace("%", "").lower()
    return NormalizedHeader(core, multiplier, cumulative, percent)


@dataclass(frozen=True)
class HeaderCatalog:
    """Indicator names, codes and synonyms (normalized) → indicator; plus structural words."""

    targets: dict[str, IndicatorMatch]
    indicator_units: dict[str, str]
    derived_names: frozenset[str]
    scorer: ConceptScorer | None = None
    not_data: frozenset[str] = frozenset()   # headers a person decided are not data (mapping review)
    indicator_names: dict[str, str] = field(default_factory=dict)   # code → catalogue name, for messages
    stocks: frozenset[str] = frozenset()    # indicators counted at the month's end (人口, 志愿者), not flows
    scoped: tuple = ()                      # header decisions for one sender only (``for_sender``)

    @classmethod
    def from_seeds(cls, seeds_dir: Path) -> "HeaderCatalog":
        targets: dict[str, IndicatorMatch] = {}
        units: dict[str, str] = {}
        derived: set[str] = set()
        names: list[tuple[str, str, str]] = []
        display: dict[str, str] = {}
        stocks: set[str] = set()
        with open(seeds_dir / "indicators.csv", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["kind"] == "derived":
                    derived.add(normalize_header(row["indicator_name"]).core)
                    continue
                code = row["indicator_code"]
                units[code] = row["unit"]
                if row["kind"] == "stock":
                    stocks.add(code)
                targets[normalize_header(code).core] = IndicatorMatch(code, 1.0, False)
                targets[normalize_header(row["indicator_name"]).core] = IndicatorMatch(code, 1.0, False)
                names.append((code, normalize_header(row["indicator_name"]).core, row["unit"]))
                display[code] = row["indicator_name"]
        synonyms = seeds_dir / "header_synonyms.csv"
        if synonyms.exists():
            with open(synonyms, encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    if row["indicator_code"] not in units:
                        continue
                    normalized = normalize_header(row["header_text"])
                    targets.setdefault(normalized.core, IndicatorMatch(
                        row["indicator_code"],
                        float(row.get("unit_multiplier") or 1),
                        (row.get("is_cumulative") or "").strip().lower() in {"true", "1", "yes"},
                    ))
        scorer = ConceptScorer(Vocabulary.from_seeds(seeds_dir), names)
        return cls(targets, units, frozenset(derived), scorer, indicator_names=display, stocks=frozenset(stocks))

    def with_decisions(self, decisions: "Iterable[Decision]") -> "HeaderCatalog":
        """This catalogue with the mapping review's header decisions: a decided header means its
        indicator before any reading by concepts; one decided as not data is a label."""
        decisions = list(decisions)
        targets = dict(self.targets)
        not_data = set(self.not_data)
        scoped = tuple(d for d in decisions if d.kind == "header" and d.scope)
        for decision in decisions:
            if decision.kind != "header" or decision.scope:
                continue
            key = decision_key(decision.levels)
            if decision.target == NOT_DATA:
                not_data.add(key)
                targets.pop(key, None)
            elif decision.target in self.indicator_units:
                targets[key] = IndicatorMatch(decision.target, 1.0, False)
                not_data.discard(key)
        return dataclasses.replace(self, targets=targets, not_data=frozenset(not_data), scoped=scoped or self.scoped)

    def for_sender(self, codes: tuple[str, ...]) -> "HeaderCatalog":
        """This catalogue with the decisions made for one sender's files (a street's or a
        community's layout) as well — ``codes``: the street and community a file is about."""
        chosen = [d for d in self.scoped if d.scope in codes]
        if not chosen:
            return self
        memo = self._memo("_for_sender")
        key = tuple(sorted(set(codes)))
        if key not in memo:
            unscoped = [dataclasses.replace(d, scope="") for d in chosen]
            memo[key] = dataclasses.replace(self.with_decisions(unscoped), scoped=self.scoped)
        return memo[key]

    def nearest_names(self, levels: list[str], limit: int = 3) -> str:
        """'（最接近的指标：A、B）' for a header that matched nothing, or '' when nothing is close."""
        names = [self.indicator_names.get(c.indicator_code, c.indicator_code)
                 for c in self.candidates(levels)[:limit]]
        return f"（最接近的指标：{'、'.join(names)}）" if names else ""

    def is_not_data(self, levels: list[str]) -> bool:
        return is_prior_figure(levels) or (bool(self.not_data) and decision_key(levels) in self.not_data)

    def _memo(self, name: str) -> dict:
        """A per-catalog answer cache (not a field: equality and repr stay the catalog's)."""
        memo = self.__dict__.get(name)
        if memo is None or len(memo) > TEXT_CACHE_SIZE:
            memo = {}
            object.__setattr__(self, name, memo)
        return memo

    def match_indicator(self, levels: list[str]) -> IndicatorMatch | None:
        """``levels``: header texts top to bottom (group … sub). Tries the joined text first.
        Every sheet asks about the same headers: answers are kept per catalog."""
        memo = self._memo("_indicator_matches")
        key = tuple(levels)
        if key not in memo:
            memo[key] = None if is_prior_figure(levels) else self._match_indicator(levels) or self._match_glossed(levels)
        return memo[key]

    def _match_glossed(self, levels: list[str]) -> IndicatorMatch | None:
        """平安志愿者（巡逻队员）: a bracket that is no unit, part or period but names an object says
        what the header means; read together with it — only when the header alone is unclear."""
        if not levels or self.scorer is None:
            return None
        last = simplify(levels[-1])
        glosses = [text for text in BRACKETED.findall(last) if not GLOSS_NOT.search(text) and any(
            concept.role == "object" for concept in self.scorer.vocabulary.concepts(text))]
        if not glosses:
            return None
        return self._match_indicator([*levels[:-1], BRACKETED.sub("", last) + "".join(glosses)])

    def _match_indicator(self, levels: list[str]) -> IndicatorMatch | None:
        texts = [text for text in levels if text and text.strip()]
        if not texts:
            return None
        normalized = [normalize_header(text) for text in texts]
        cumulative = any(n.is_cumulative for n in normalized)
        multiplier = next((n.unit_multiplier for n in reversed(normalized) if n.unit_multiplier != 1), 1.0)
        while len(normalized) > 2 and (not normalized[-1].core or normalized[-1].core in UNIT_MEASURES):
            # a units row （人） or 人 under 志愿服务 / 注册人数: the unit goes with the header above it
            unit = texts[-1] if not normalized[-1].core else f"（{texts[-1].strip()}）"
            texts = [*texts[:-2], texts[-2] + unit]
            normalized = [*normalized[:-2], normalize_header(texts[-1])]
        if any(CHANGE_MARKS.search(n.core) for n in normalized[:-1]):
            return None  # the change of a figure under its group heading (环比 / 受理数): derived, never raw
        candidates = []
        for start in range(len(normalized)):  # group+sub first, then the innermost texts alone
            candidates.append(("".join(n.core for n in normalized[start:]), start))
        if len(texts) > 1 and structural_kind(texts[-1:]) in {"current_value", "cumulative_value"}:
            # 受理数 / 本月数: the figure marker under an indicator says which figure, not what it counts
            candidates.insert(1, ("".join(n.core for n in normalized[:-1]), 0))
            # 就业创业 / 创业担保贷款 / 发放金额 / 本月: the inner texts without the marker, as without one
            candidates += [("".join(n.core for n in normalized[start:-1]), start) for start in range(1, len(normalized) - 1)]
        last = normalized[-1]
        if len(normalized) > 1 and self.scorer is not None and not (
                is_derived_text(last.core) or last.is_percent or CHANGE_MARKS.search(last.core)
                or SUBCOLUMN.match(simplify(texts[-1])) or self.scorer.vocabulary.unexplained(last.core)) \
                and self.only_a_measure(last.core):
            candidates.append((normalized[0].core, 1))  # the group alone only over a unit or a blank
        for candidate, start in candidates:
            found = self.targets.get(candidate)
            if found:
                if start:  # 户数 is a catalogue name, but 城市低保 / 户数 is 低保户数: the whole header decides
                    whole = choose(self.candidates([text for text in texts
                                                     if structural_kind([text]) not in {"current_value", "cumulative_value"}]))
                    if whole is not None and whole.indicator_code != found.indicator_code \
                            and whole.score >= SUBITEM_SCORE:
                        return IndicatorMatch(whole.indicator_code, multiplier, cumulative, whole.score)
                return IndicatorMatch(
                    found.indicator_code,
                    multiplier if multiplier != 1 else found.unit_multiplier,
                    cumulative or found.is_cumulative,
                )
        if any(is_derived_text(n.core) or n.is_percent for n in normalized[-1:]):
            return None
        # 本月 / 本年累计 under an indicator say which figure, not what it counts.
        named = [text for text in texts if structural_kind([text]) not in {"current_value", "cumulative_value"}]
        chosen = choose(self.candidates(named))
        if SUBCOLUMN.match(simplify(texts[-1])) and len(named) > 2 and (chosen is None or chosen.score < SUBITEM_SCORE):
            chosen = choose(self.candidates(named[-2:]))  # 就业 / 岗位开发 / 其中公益性: the line it is part of
        if SUBCOLUMN.match(simplify(texts[-1])) and len(named) > 1 and (chosen is None or chosen.score < SUBITEM_SCORE):
            # 新增就业岗位 / 其中公益性: a part said by its qualifier alone reads with the line it is part of,
            # when that names another indicator than the line's own (受理诉求 / 其中：12345转办 is no 受理诉求)
            joined = choose(self.candidates(["".join([*named[-2:-1], SUBCOLUMN.sub("", simplify(named[-1]), 1)])]))
            line = choose(self.candidates(named[-2:-1]))
            if joined is not None and joined.score >= SUBITEM_SCORE and (
                    line is None or line.indicator_code != joined.indicator_code):
                chosen = joined
        if SUBCOLUMN.match(simplify(texts[-1])) and len(named) > 1 and (chosen is None or chosen.score < SUBITEM_SCORE):
            alone = choose(self.candidates(named[-1:]))  # 其中：公益性岗位开发 names its own indicator clearly
            chosen = alone if alone is not None and alone.score >= SUBITEM_SCORE else chosen
        if chosen is None or (SUBCOLUMN.match(simplify(texts[-1])) and chosen.score < SUBITEM_SCORE):
            return None  # a 其中 item names a part of the line above: only a clear name is taken
        return IndicatorMatch(chosen.indicator_code, multiplier, cumulative, chosen.score)

    def by_elimination(self, levels: list[str], held: set[str]) -> IndicatorMatch | None:
        """诉求（件） beside 办结（件）, 城镇新增就业 under 新增就业岗位: a header two indicators fit
        equally well, one of them ``held`` by another column or row of the table, is the other —
        when it alone is then clearly ahead and counts the object the header ends on."""
        if not levels or SUBCOLUMN.match(simplify(levels[-1])) or is_prior_figure(levels):
            return None
        ranked = self.candidates(levels)
        if len(ranked) < 2 or ranked[0].score - ranked[1].score >= ACCEPT_MARGIN:
            return None  # not a tie: unknown for another reason
        tied = {c.indicator_code for c in ranked if ranked[0].score - c.score < ACCEPT_MARGIN}
        rest = [c for c in ranked if c.indicator_code not in held]
        left = choose(rest) or (rest[0] if rest and self.scorer is not None and rest[0].score >= ACCEPT_SCORE / 2
                                and (len(rest) == 1 or rest[0].score - rest[1].score >= ACCEPT_MARGIN)
                                and self.scorer.says_nothing_else(normalize_header(levels[-1]).core, rest[0].indicator_code)
                                else None)  # 岗位 beside 公益岗: a weaker rest, when the header says only its words
        if left is None or left.indicator_code not in tied or len(tied) < 2 or not tied & held \
                or not self.counts_the_same_object(levels, left.indicator_code) \
                or left.indicator_code not in {c.indicator_code for c in self.candidates(levels[-1:])}:
            return None  # (安全生产检查 under 平安建设: only the heading ties it to anything)
        if self.scorer is not None and self.scorer.measure_clashes(self.unit_measure(levels), left.indicator_code):
            return None  # 学雷锋志愿活动（场） beside 文体活动（场）: sessions are never 志愿服务人次
        header = normalize_header(levels[-1])
        return IndicatorMatch(left.indicator_code, header.unit_multiplier, header.is_cumulative, left.score)

    def counts_the_same_object(self, levels: list[str], indicator_code: str) -> bool:
        """See ``ConceptScorer.counts_the_same_object``: the header's own text decides."""
        return self.scorer is None or self.scorer.counts_the_same_object(normalize_header(levels[-1]).core,
                                                                         indicator_code)

    def only_a_measure(self, core: str) -> bool:
        """（人次）, 户数: a sub-header that says how, not what (主要内容 says neither: not this)."""
        concepts = self.scorer.vocabulary.concepts(core) if self.scorer is not None else []
        return not core or (bool(concepts) and all(c.role == "measure" for c in concepts))

    def candidates(self, levels: list[str]) -> list:
        """Catalogue indicators ranked for a header (its own text last), by the concepts it names."""
        texts = [text for text in levels if text and text.strip()]
        if not texts or self.scorer is None:
            return []
        cores = [normalize_header(text).core for text in texts]
        unit_measure = self.unit_measure(texts)
        vocabulary = self.scorer.vocabulary
        while len(cores) > 1 and all(c.role == "measure" for c in vocabulary.concepts(cores[-1])):
            cores = [*cores[:-2], cores[-2] + cores[-1]]  # a unit row (件, 人) under the header it qualifies
        return self.scorer.candidates(cores[-1], cores[:-1], (), unit_measure)

    @staticmethod
    def unit_measure(levels: list[str]) -> str | None:
        """The measure of the innermost unit in brackets: 学雷锋志愿活动（场） → session."""
        units = [unit.replace("单位", "").strip(":： ") for text in levels if text
                 for unit in BRACKETED.findall(SLASH_UNIT.sub(r"(\1)", simplify(text)))]  # 结对/对 as 结对（对）
        return next((UNIT_MEASURES[unit] for unit in reversed(units) if unit in UNIT_MEASURES), None)

    def is_derived(self, levels: list[str]) -> bool:
        memo = self._memo("_derived")
        key = tuple(levels)
        if key not in memo:
            memo[key] = self._is_derived(levels)
        return memo[key]

    def _is_derived(self, levels: list[str]) -> bool:
        headers = [normalize_header(text) for text in levels if text and text.strip()]
        texts = [header.core for header in headers]
        if headers and (is_derived_text(texts[-1]) or headers[-1].is_percent):
            return True
        if any(CHANGE_MARKS.search(text) for text in texts[:-1]):
            return True  # 环比 / 文体活动: the change of a figure, under its group heading
        return any(text in self.derived_names for text in texts) or "".join(texts) in self.derived_names


def is_prior_figure(levels: list[str]) -> bool:
    """上月受理（件） as a row under 受理诉求 | 办结 …, 与上月比: last period's figure (or the change on it)
    written beside this period's — never a value of this period, nor a label to review."""
    last = PUNCTUATION.sub("", BRACKETED.sub("", simplify(levels[-1]))).lower() if levels and levels[-1] else ""
    return bool(COMPARED.match(last) or PRIOR_FIGURE.match(last) or GLUED_LAST_MONTH.match(last))


def decision_key(levels: list[str]) -> str:
    """A header as the mapping review keys it: its levels' normalized cores, joined."""
    return "".join(normalize_header(text).core for text in levels if text and text.strip())


def structural_kind(levels: list[str]) -> str | None:
    """seq | community_name | community_code | period | street | indicator_name | unit | note |
    current_value | cumulative_value — or None for anything else."""
    return _structural_kind(tuple(text for text in levels if text and text.strip()))


@functools.lru_cache(maxsize=TEXT_CACHE_SIZE)
def _structural_kind(texts: tuple[str, ...]) -> str | None:
    if not texts:
        return None
    last = simplify(texts[-1])
    if UNIT_BRACKET.search(last):
        return "unit"  # 备注（单位）: what each row's figure counts, written in a notes column
    if CAPITAL_AMOUNT.search(last):
        return "note"
    last_plain = PUNCTUATION.sub("", BRACKETED.sub("", last)).lower()
    if last_plain in STRUCTURAL_LOOKUP:
        return STRUCTURAL_LOOKUP[last_plain]
    if COMPARED.match(last_plain) or PRIOR_FIGURE.match(last_plain):  # 与上月比, 上月户数: never this period's
        return "note"
    plain = WORK_PREFIX.sub("", last_plain)  # 主要工作完成情况, 重点工作内容: the word after the modifier
    if plain != last_plain and plain in STRUCTURAL_LOOKUP:
        return STRUCTURAL_LOOKUP[plain]
    part = last_plain.removeprefix("其中")  # 1-3月累计 | 其中：本月: the month inside the year to date
    if part != last_plain and STRUCTURAL_LOOKUP.get(part) == "current_value":
        return "current_value"
    current = CURRENT.sub("", last_plain)  # 本月数量, 当月数值: the month's figure
    if current != last_plain and STRUCTURAL_LOOKUP.get(current) == "current_value":
        return "current_value"
    joined = PUNCTUATION.sub("", BRACKETED.sub("", "".join(simplify(t) for t in texts))).lower()
    return STRUCTURAL_LOOKUP.get(joined) or code_kind(texts[-1])

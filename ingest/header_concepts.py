"""Header understanding that composes: a header is split into concepts, and every catalogue
indicator is scored as a candidate.

``seeds/header_vocabulary.csv`` maps the words clerks use to concepts, each with a role (and an
optional strength below 1 for a near word: 实有 says 常住 less surely than 常住 does): the
object (诉求, 纠纷, 岗位, 低保 …), the act (受理, 办结, 调解, 新增, 发放 …), a qualifier (常住,
流动, 免费 …), the measure (人数, 户数, 金额, 场次, 人次, 件 …) or the agent, a body other than the
community that did the act (司法所, 律所: their cases are not the community's). An indicator's profile is the
concepts of its catalogue name plus the measure of its unit. A header's concepts come from its
own text (and a unit in brackets), its group headings and, more weakly, the table's title and the
sheet name. Each indicator scores the share of its profile the header covers, less the header's
own object and act concepts it does not explain, less a clash of measures (a header in 户 is not
an indicator counted in 人). The best candidate is taken only when it is clearly ahead; otherwise
the caller reports one problem for the column with the candidates.

No header text of any corpus is listed anywhere: the vocabulary is words, the catalogue is the
indicators, and the combination is computed.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path

# Measures that count the same kind of thing (a 起 of cases and a 件 of petitions are both items).
COMPATIBLE_MEASURES = {frozenset({"piece", "times"}), frozenset({"session", "times"}), frozenset({"item", "piece"})}
UNIT_MEASURES = {"人": "person", "户": "household", "元": "money", "万元": "money", "场": "session",
                 "次": "times", "人次": "person_times", "件": "piece", "起": "piece", "对": "pair",
                 "小时": "hours", "时": "hours", "天": "days", "个": "item", "名": "person",
                 "人头": "person"}   # 按人头: a headcount, said in the spoken way
DERIVED_MARKS = re.compile(r"率|比例|占比|比重|百分比|%|人均|户均|千人|每千|平均|同比|环比|增减|排名|名次")
ACCEPT_SCORE = 0.4
ACCEPT_MARGIN = 0.15
FOREIGN_PENALTY = 0.6
MEASURE_CLASH = 0.5
NEAR_MEASURE = 0.5      # 人次 for people counted in 人 where no indicator counts that object in 人次: half a clash
OUTER_WEIGHT = 0.6      # group headings count less than the header's own text
CONTEXT_WEIGHT = 0.3    # the title or sheet name counts less still, and never penalizes
MODIFIER_WEIGHT = 0.5   # an object before the header's last one narrows it (老人 in 老人体检): half a penalty
UNSAID_NARROWING = 0.5  # a catalogue qualifier left out (免费 of 免费健康体检) is half missing
LAST_OBJECT_PENALTY = 0.25  # the header counts the object it ends on; an indicator of another object
UNEXPLAINED_PENALTY = 0.25  # words the vocabulary lacks, standing where the indicator's object is not said
OTHER_BODY_PENALTY = 1.0  # 司法所、律所 (“三所联动”化解): cases another body settled, not the community's
COMPLETING_ACTS = frozenset({"resolve"})
# A concept another one implies, said less plainly: people counted in 人 (来沪人员) are a
# population; a dispute settled (纠纷办结) was mediated.
IMPLIED_BY = {"population": "person", "mediate": "resolve"}
IMPLIED_WEIGHT = 0.6   # 结案 after 调解: the mediation concluded, not a second act
# An object that relates the others: 结对 in 党员结对帮扶困难群众 pairs 党员 with 困难群众, and what is
# counted is the pairs — unless a measure says otherwise (结对帮扶困难群众（人）: the people).
RELATION_OBJECTS = frozenset({"pairing"})


@dataclass(frozen=True)
class Concept:
    name: str
    role: str   # object | act | qualifier | measure | agent (a body other than the community: 司法所)
    strength: float = 1.0   # a near word (实有 for 常住): says the concept less surely than its own word


@dataclass(frozen=True)
class Candidate:
    indicator_code: str
    score: float


class Vocabulary:
    """Words → concepts, matched longest first from left to right."""

    def __init__(self, words: dict[str, Concept], also: dict[str, tuple[Concept, ...]] | None = None) -> None:
        self.words = words
        self.also = also or {}   # a word that says more than one concept (慰问品: goods given in 慰问)
        self.longest = max((len(word) for word in words), default=0)

    @classmethod
    def from_seeds(cls, seeds_dir: Path) -> "Vocabulary":
        path = seeds_dir / "header_vocabulary.csv"
        words: dict[str, Concept] = {}
        also: dict[str, tuple[Concept, ...]] = {}
        if path.exists():
            with open(path, encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    strength = float((row.get("strength") or "").strip() or 1.0)
                    word = row["word"].strip().lower()
                    concept = Concept(row["concept"].strip(), row["role"].strip(), strength)
                    if word in words:   # a word listed again says that concept as well
                        also[word] = (*also.get(word, ()), concept)
                    else:
                        words[word] = concept
        return cls(words, also)

    def only_measures(self, text: str) -> bool:
        """人数/户数 (normalized 人数户数): the text is measure words and nothing else."""
        position = 0
        while position < len(text):
            size = next((size for size in range(min(self.longest, len(text) - position), 0, -1)
                         if (word := self.words.get(text[position:position + size])) and word.role == "measure"), 0)
            if not size:
                return False
            position += size
        return bool(text)

    def unexplained(self, text: str) -> int:
        return len(self.unexplained_words(text))

    def unexplained_words(self, text: str) -> list[tuple[str, str]]:
        """Runs of two or more Chinese characters no vocabulary word covers, standing right before
        an object word, whose kind they narrow (助餐 in 助餐服务; not 办理 in 办理完结): each with
        the object it narrows."""
        runs: list[tuple[str, str]] = []
        run, position = 0, 0
        while position < len(text):
            size = next((size for size in range(min(self.longest, len(text) - position), 0, -1)
                         if text[position:position + size] in self.words), 0)
            if size:
                concept = self.words[text[position:position + size]]
                if run >= 2 and concept.role == "object":
                    runs.append((text[position - run:position], concept.name))
                run = 0
                position += size
                continue
            run = run + 1 if "\u4e00" <= text[position] <= "\u9fff" else 0
            position += 1
        return runs

    def concepts(self, text: str) -> list[Concept]:
        found: list[Concept] = []
        position = 0
        while position < len(text):
            for size in range(min(self.longest, len(text) - position), 0, -1):
                concept = self.words.get(text[position:position + size])
                if concept is not None:
                    found.append(concept)
                    found.extend(self.also.get(text[position:position + size], ()))
                    position += size
                    break
            else:
                position += 1
        return found


@dataclass(frozen=True)
class Profile:
    indicator_code: str
    concepts: frozenset[str]
    measure: str | None
    narrowing: frozenset[str] = frozenset()   # its qualifiers (免费, 常住): a header may leave them out
    name: str = ""                             # its catalogue name, normalized


def is_derived_text(core: str) -> bool:
    """A rate, share or per-head figure (办结率, 占比, %, 人均): computed, never a raw value."""
    return bool(DERIVED_MARKS.search(core))


class ConceptScorer:
    """Scores catalogue indicators against a header's concepts."""

    def __init__(self, vocabulary: Vocabulary, indicators: list[tuple[str, str, str]]) -> None:
        """``indicators``: (code, normalized name, unit) of every reported (not derived) indicator."""
        self.vocabulary = vocabulary
        self.profiles = []
        for code, name, unit in indicators:
            found = vocabulary.concepts(name)
            concepts = {concept.name for concept in found}
            narrowing = {concept.name for concept in found if concept.role == "qualifier"}
            measure = UNIT_MEASURES.get(unit)
            self.profiles.append(Profile(code, frozenset(concepts), measure, frozenset(narrowing), name))
        counts: dict[str, int] = {}
        for profile in self.profiles:
            for concept in profile.concepts:
                counts[concept] = counts.get(concept, 0) + 1
        total = max(1, len(self.profiles))
        self.weights = {concept: math.log(1 + total / count) for concept, count in counts.items()}
        self.roles = {concept.name: concept.role for concept in
                      [*vocabulary.words.values(), *(c for more in vocabulary.also.values() for c in more)]}
        # What some indicator counts in 人次 (志愿服务): there 人次 and 人 are two indicators.
        self.counted_in_visits = {name for p in self.profiles if p.measure == "person_times" for name in p.concepts
                                  if self.roles.get(name) in {"object", "act"}}

    def visits_of_persons(self, profile: "Profile", measures: set[str]) -> bool:
        """A header in 人次 and an indicator in 人 whose object no indicator counts in 人次 (走访慰问困难群众
        （人次）: the people visited, counted per visit): a near measure, not another indicator's."""
        return measures == {"person_times"} and profile.measure == "person" \
            and not profile.concepts & self.counted_in_visits

    def unsaid_object_outweighs(self, profile: "Profile", seen: dict[str, float], own: set[str]) -> bool:
        """The indicator's most telling object is not said, and the header's own object is a
        commoner one (志愿 unsaid, 服务 said) — not 宣讲 said and 活动 unsaid."""
        objects = [name for name in profile.concepts if self.roles.get(name) == "object"]
        unsaid = [self.weight(name) for name in objects if name not in seen]
        said = [self.weight(name) for name in objects if name in own]
        return bool(unsaid) and max(unsaid) > max(said, default=0.0)

    def narrowed_away(self, profile: "Profile", seen: dict[str, float], own: set[str], last_object: str,
                      unexplained: list[tuple[str, str]]) -> bool:
        """Words the vocabulary lacks make the header another kind of thing than the indicator:
        they stand where its telling object is missing (助餐服务 is no 志愿服务); they name another
        kind of the counted object while the indicator's own qualifier is unsaid (国家通用语言培训 is
        no 职业技能培训); or they narrow a near word (禁毒宣传: a topic's publicity, 宣传 being only
        near 宣讲, is no count of lectures)."""
        if self.unsaid_object_outweighs(profile, seen, own):
            return True
        if any(name not in seen for name in profile.narrowing) and any(
                words not in profile.name and narrowed == last_object for words, narrowed in unexplained):
            return True
        return any(seen.get(narrowed, 1.0) < 1.0 for _, narrowed in unexplained)

    def counts_the_same_object(self, own: str, indicator_code: str) -> bool:
        """The indicator counts the object the header ends on (就业困难人员帮扶就业 counts 就业:
        not 帮扶困难群众人数), or the header names no object of its own."""
        objects = [concept.name for concept in self.own_concepts(own) if concept.role == "object"]
        profile = next((p for p in self.profiles if p.indicator_code == indicator_code), None)
        return not objects or profile is None or objects[-1] in profile.concepts

    def says_nothing_else(self, own: str, indicator_code: str) -> bool:
        """Every concept the header names, but its measure, is one of the indicator's (岗位 of
        新增就业岗位数): nothing it says points elsewhere."""
        profile = next((p for p in self.profiles if p.indicator_code == indicator_code), None)
        said = {concept.name for concept in self.own_concepts(own) if concept.role != "measure"}
        return profile is not None and bool(said) and said <= profile.concepts

    def measure_clashes(self, unit_measure: str | None, indicator_code: str) -> bool:
        """The header states a unit the indicator is never counted in: 学雷锋志愿活动（场） counts
        sessions, never 志愿服务人次 — not even once the table's other columns leave only that."""
        profile = next((p for p in self.profiles if p.indicator_code == indicator_code), None)
        return bool(unit_measure and profile is not None and profile.measure) and not (
            unit_measure == profile.measure or frozenset({unit_measure, profile.measure}) in COMPATIBLE_MEASURES
            or self.visits_of_persons(profile, {unit_measure}))

    def weight(self, concept: str) -> float:
        base = self.weights.get(concept, math.log(1 + len(self.profiles)))
        return base * (0.6 if self.roles.get(concept) == "measure" else 1.0)

    def own_concepts(self, own: str) -> list[Concept]:
        """The header's own concepts in order; a completing act right after another act is part
        of it (调解结案 is a mediation concluded, 化解办结 a dispute settled: one act, not two)."""
        found = self.vocabulary.concepts(own)
        return [concept for i, concept in enumerate(found)
                if not (concept.name in COMPLETING_ACTS and i > 0 and found[i - 1].role == "act"
                        and found[i - 1].name not in COMPLETING_ACTS)]

    def candidates(self, own: str, outer: list[str] = (), context: list[str] = (),
                   unit_measure: str | None = None) -> list[Candidate]:
        """Indicators ranked by score for a header whose own text is ``own`` (normalized core),
        under group headings ``outer``, in a table titled by ``context``."""
        own_found = self.own_concepts(own)
        own_concepts = {concept.name for concept in own_found}
        if not own_concepts:
            return []
        objects = [concept.name for concept in own_found if concept.role == "object"]
        related = [name for name in objects if name in RELATION_OBJECTS]
        if related and not unit_measure and not any(concept.role == "measure" for concept in own_found):
            objects = [name for name in objects if name not in RELATION_OBJECTS] + related[-1:]
        modifiers = set(objects[:-1]) - set(objects[-1:])
        seen: dict[str, float] = {}
        for concept in own_found:
            seen[concept.name] = max(seen.get(concept.name, 0.0), concept.strength)
        for text in outer:
            for concept in self.vocabulary.concepts(text):
                seen.setdefault(concept.name, OUTER_WEIGHT)
        for text in context:
            for concept in self.vocabulary.concepts(text):
                if self.roles.get(concept.name) != "measure":
                    seen.setdefault(concept.name, CONTEXT_WEIGHT)
        outer_objects = {name for name, weight in seen.items() if weight == OUTER_WEIGHT
                         and self.roles.get(name) == "object"}
        if set(objects) & {concept.name for text in outer for concept in self.vocabulary.concepts(text)
                           if concept.role == "object"}:
            outer_objects = set()  # 志愿服务 over 在册志愿者: a heading of the header's own domain
        measures = {name for name in own_concepts if self.roles.get(name) == "measure"}
        if unit_measure:
            measures.add(unit_measure)
            seen.setdefault(unit_measure, 1.0)
        unexplained = self.vocabulary.unexplained_words(own)
        explainable = [name for name in own_concepts if self.roles.get(name) in {"object", "act", "qualifier"}]
        explainable_weight = sum(self.weight(name) for name in explainable) or 1.0
        ranked = []
        for profile in self.profiles:
            wanted = sum(self.weight(name) * (UNSAID_NARROWING if name not in seen and name in profile.narrowing
                                              else 1.0) for name in profile.concepts) or 1.0
            implied = {IMPLIED_BY[name] for name in profile.concepts if name not in seen
                       and IMPLIED_BY.get(name) in own_concepts | measures}
            covered = sum(self.weight(name) * seen[name] if name in seen
                          else self.weight(name) * IMPLIED_WEIGHT if IMPLIED_BY.get(name) in implied else 0.0
                          for name in profile.concepts)
            foreign = sum(self.weight(name) * (MODIFIER_WEIGHT if name in modifiers or self.roles.get(name) == "act"
                                               else 1.0)
                          for name in explainable if name not in profile.concepts and name not in implied) \
                + OUTER_WEIGHT / 2 * sum(self.weight(name) for name in outer_objects if name not in profile.concepts)
            score = covered / wanted - FOREIGN_PENALTY * foreign / explainable_weight
            if len(objects) > 1 and objects[-1] not in profile.concepts:
                score -= LAST_OBJECT_PENALTY  # 党员结对: pairs of members counted, not the members
            if unexplained and self.narrowed_away(profile, seen, own_concepts, objects[-1], unexplained):
                score -= UNEXPLAINED_PENALTY
            if any(concept.role == "agent" and concept.name not in profile.concepts for concept in own_found):
                score -= OTHER_BODY_PENALTY   # the header names who did it, and it is not the indicator's body
            if profile.measure and measures and not any(
                    measure == profile.measure or frozenset({measure, profile.measure}) in COMPATIBLE_MEASURES
                    for measure in measures):
                score -= MEASURE_CLASH * (NEAR_MEASURE if self.visits_of_persons(profile, measures) else 1.0)
            if not (profile.concepts & own_concepts) and not (profile.concepts & set(seen) - measures):
                continue
            ranked.append(Candidate(profile.indicator_code, round(score, 4)))
        ranked.sort(key=lambda candidate: -candidate.score)
        return ranked


def choose(ranked: list[Candidate]) -> Candidate | None:
    """The best candidate when it is good enough and clearly ahead of the next."""
    if not ranked or ranked[0].score < ACCEPT_SCORE:
        return None
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < ACCEPT_MARGIN:
        return None
    return ranked[0]

"""Two figures in one cell: 城市低保 | 33户59人. A column whose cells are written 「N户M人」, under a
header that names an object with both a household and a person indicator (低保: 低保户数 and
低保人数), holds both: each cell gives two values, each with the cell as its lineage. A cell of
such a column that is not written that way (a bare 33) is a problem, never a guess of which.
「111/98」 beside 受理/办结群众诉求 (or 「33/63」 under 户/人) is the same: two figures, in the label's order."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from ingest.headers import IndicatorMatch, normalize_header, structural_kind
from ingest.layout.model import Column, is_total
from ingest.layout.month_brackets import FIRST, this_month_first
from ingest.layout.sheet import SheetState
from ingest.layout.stock_marks import MONTH_OF_PAIR
from ingest.values import FIGURE_PAIR, MONEY_UNITS, parse_value

PAIR = re.compile(r"^\s*(?P<hu>\d+)\s*户\s*[,，、/／]?\s*[(（]?\s*(?P<ren>\d+)\s*人\s*[)）]?\s*$")
# 53人（34户）, 49人/30户: the persons said first, each figure with its measure word.
PERSONS_FIRST = re.compile(r"^\s*(?P<ren>\d+)\s*人\s*[,，、/／]?\s*[(（]?\s*(?P<hu>\d+)\s*户\s*[)）]?\s*$")
PARTS = {"hu": "户数", "ren": "人数"}
# 低保户/人, 低保（户/人）, 现有低保多少户、多少人: both measures said in the label, 户 first
BOTH_MEASURES = re.compile(r"[(（]?(?:多少|几)?户(?:数)?\s*[/／、和与,，(（]\s*(?:多少|几)?人(?:数)?[?？]?[)）]?$")
SLASH_PARTS = {"first": "户数", "second": "人数"}
TRAILING_UNIT = re.compile(r"[(（][^()（）]*[)）]$")
TWO_LABELS = re.compile(r"^([^/／]+)[/／]([^/／]+)$")   # 受理/办结群众诉求, 巡逻队员/平安信息员
# 体检（人） 完成数/任务数, 完成/计划: a half naming a task or plan is never a figure of an indicator.
PLAN_HALF = re.compile(r"(?:任务|目标|计划)(?:数|量)?$")
FIGURE_OF_PLAN = "figure_of_plan"   # 完成数/任务数 over 15/30 (or a bare 55, no task set): the figure
# 保障对象 户（人）: each cell is written 31（59）, the households and, in brackets, the persons
MEASURES_IN_BRACKETS = re.compile(r"(?P<first>[户人])数?\s*[(（]\s*(?P<second>[户人])数?\s*[)）]\s*$")
MEASURE_WORDS = {"户": "户数", "人": "人数"}


# 18场/约430人次 under 文体活动（场/参与人次）: two figures, each with its unit.
TWO_FIGURES = re.compile(r"^\s*(?P<a>(?:约|近)?\d+(?:\.\d+)?)\s*(?P<ua>[\u4e00-\u9fff]{1,2})\s*[/／]\s*"
                         r"(?P<b>(?:约|近)?\d+(?:\.\d+)?)\s*(?P<ub>[\u4e00-\u9fff]{1,2})\s*$")
UNIT_PICK = "unit:"
# 低保（户/人/元） over 33/65/68250: three measures listed in the label's bracket, three figures in the cell
MEASURES_LISTED = re.compile(r"[(（]\s*([\u4e00-\u9fff]{1,2}(?:\s*[/／]\s*[\u4e00-\u9fff]{1,2}){2,})\s*[)）]\s*$")
FIGURES_LISTED = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*[/／]\s*\d+(?:\.\d+)?){2,}\s*$")
# 2笔/50万 under 创业担保贷款 (an amount in 元): the loans counted, then their amount in 万 — the
# amount is the figure written in a money unit, kept with its 万 so that it is read as 500000.
WRITTEN_MONEY = MONEY_UNITS | {"万"}


def says_unit(written: str, unit: str) -> bool:
    """Whether a figure's unit word is the indicator's: the same word, or for an amount in 元 any
    money unit (万, 万元) — the cell's own magnitude then says how many 元."""
    return written == unit or (unit == "元" and written in WRITTEN_MONEY)


def unit_figure(text: str, unit: str) -> str:
    """The figure written with ``unit`` in 「18场/约430人次」 (with its magnitude in 「2笔/50万」 under
    an amount in 元: 50万); any other text as it is (a bare 18 is read as it stands, two figures
    without that unit are unreadable and reported)."""
    found = TWO_FIGURES.match(text)
    if found is None:
        return text
    for figure, written in ((found.group("a"), found.group("ua")), (found.group("b"), found.group("ub"))):
        if written == unit:
            return figure
        if says_unit(written, unit):
            return figure + written
    return text


def pick_figure(text: str, part: str) -> str:
    """The household or person figure of 「33户59人」; a blank or 无 stays as it is (nothing, or
    0 of both); anything else is made unreadable, so it is reported. With ``unit:场``: the figure
    of 「18场/约430人次」 written in the column's indicator's unit."""
    if part.startswith(UNIT_PICK):
        return unit_figure(text, part[len(UNIT_PICK):])
    if part.startswith(PART_PICK):  # 39/58/54 under 7月/8月/9月: the part of its place, when all are there
        index, count = map(int, part[len(PART_PICK):].split("/"))
        pieces = re.split(r"\s*[/／]\s*", text.strip())
        return pieces[index] if len(pieces) == count else text if parse_value(text).status == "blank" \
            else (f"{text}（分不出各月）" if index == 0 else "")
    if part.startswith("clause:"):  # a figure of a sentence (ingest/layout/sentences.py)
        from ingest.layout.sentences import sentence_figure   # sentences imports this module
        return sentence_figure(text, int(part[len("clause:"):]))
    if part == FIGURE_OF_PLAN:
        slashed = FIGURE_PAIR.match(text)
        return slashed["first"] if slashed and slashed["second"] else text
    if part == MONTH_OF_PAIR:  # 62/761 is 62; a bare figure of a flow says not which it is
        slashed = FIGURE_PAIR.match(text)
        return slashed["first"] if slashed and slashed["second"] else text if parse_value(text).status == "blank" \
            else f"{text}（本月、累计不明）"
    found = FIGURE_PAIR.match(text) if part in SLASH_PARTS else household_person(text)
    if found:
        return found.group(part) or found.group("inner")   # 8（14）: the second figure in brackets
    parsed = parse_value(text)
    if parsed.status == "blank" or (parsed.status == "number" and parsed.value == 0):
        return text
    if part not in ("hu", "first"):
        return ""   # one problem for the cell, not two
    return f"{text}（{'户数、人数' if part == 'hu' else '两个数'}不明）"


PART_PICK = "part:"   # part:1/3, the second of a cell's three figures written a/b/c


@dataclass(frozen=True)
class RowHalf:
    """One of the two indicators of a row 低保 | 33户59人, and the part of its cells it takes."""
    match: IndicatorMatch
    pick: str
    label: str


def household_person(text: str) -> re.Match | None:
    """「33户59人」 or 「53人（34户）」: the household and person figures, whichever is said first."""
    return PAIR.match(text) or PERSONS_FIRST.match(text)


def mostly_pairs(texts: list[str], match: Callable[[str], re.Match | None] = household_person) -> bool:
    return bool(texts) and sum(bool(match(text)) for text in texts) * 2 >= len(texts)


class PairColumns(SheetState):
    def row_pair(self, levels: list[str], texts: list[str]) -> list[RowHalf]:
        """Indicators down the rows, and a row whose figures are written 「N户M人」 under a label
        with a household and a person indicator (低保): the row's two indicators, else none."""
        if listed := self.listed_parts(levels, texts):
            return listed
        if levels and mostly_pairs([text for text in texts if text.strip()], FIGURE_PAIR.match):
            return [RowHalf(match, pick, label) for match, pick, label in self.slash_halves(levels)]
        if united := self.united_halves(levels, [text for text in texts if text.strip()]):
            return united
        if not levels or not mostly_pairs([text for text in texts if text.strip()]):
            return []
        halves = []
        for part, measure in PARTS.items():
            match = self.catalog.match_indicator([*levels[:-1], BOTH_MEASURES.sub("", levels[-1]) + measure])
            if match is None:
                return []
            halves.append(RowHalf(match, part, f"{levels[-1]}（{measure}）"))
        return halves if halves[0].match.indicator_code != halves[1].match.indicator_code else []

    def united_halves(self, levels: list[str], texts: list[str]) -> list[RowHalf]:
        """户数/人口 | 3120户/8650人: a label naming two things over two figures each written with its
        unit — each figure the indicator the label names in its place, taken by its unit; none unless
        every such cell writes the same two different units, each the unit of its indicator."""
        if not levels or not TWO_LABELS.match(levels[-1].strip()) or not mostly_pairs(texts, TWO_FIGURES.match):
            return []
        written = {(found["ua"], found["ub"]) for text in texts if (found := TWO_FIGURES.match(text))}
        halves = self.slash_halves(levels)
        if len(written) != 1 or len(halves) != 2:
            return []
        units = written.pop()
        if units[0] == units[1] or any(self.catalog.indicator_units.get(match.indicator_code) != unit
                                       for (match, _, _), unit in zip(halves, units)):
            return []
        return [RowHalf(match, UNIT_PICK + unit, label) for (match, _, label), unit in zip(halves, units)]

    def listed_parts(self, levels: list[str], texts: list[str]) -> list[RowHalf]:
        """低保（户/人/元） | 33/65/68250: three figures or more in one cell, one for each measure the
        label lists in its bracket — each the label with its own measure (低保（户）, 低保（人）,
        低保（元）), in order; none unless every one is a different known indicator."""
        found = MEASURES_LISTED.search(levels[-1]) if levels else None
        if found is None or not mostly_pairs([text for text in texts if text.strip()], FIGURES_LISTED.match):
            return []
        measures = re.split(r"\s*[/／]\s*", found.group(1))
        labels = [f"{levels[-1][:found.start()]}（{measure}）" for measure in measures]
        matches = [self.catalog.match_indicator([*levels[:-1], label]) for label in labels]
        if any(match is None for match in matches) or len({m.indicator_code for m in matches}) < len(matches):  # type: ignore[union-attr]
            return []
        return [RowHalf(match, f"{PART_PICK}{i}/{len(labels)}", label)  # type: ignore[arg-type]
                for i, (match, label) in enumerate(zip(matches, labels))]

    def unit_columns(self, columns: dict[int, Column], data_rows: list[int]) -> None:
        """A column of one indicator whose cells mostly give two figures with two units (18场/约430人次
        under 文体活动（场/参与人次）): the figure in the indicator's own unit is its value; the
        other is another measure of the same thing (参与人次), never loaded. 45（42） under 本月（上月）:
        the month's figure, then last month's (``month_brackets``)."""
        for col in columns.values():
            unit = self.catalog.indicator_units.get(col.indicator_code, "")
            if col.kind != "indicator" or col.pick or not unit:
                continue
            texts = [self.text(r, col.index) for r in data_rows if self.text(r, col.index).strip()]
            two = [found for text in texts if (found := TWO_FIGURES.match(text))]
            if two and len(two) * 2 >= len(texts) and all(says_unit(m.group("ua"), unit) != says_unit(m.group("ub"), unit) for m in two) \
                    and all(m.group("ua") != m.group("ub") for m in two):
                col.pick = UNIT_PICK + unit
            elif col.kind == "indicator" and not col.pick and col.levels and this_month_first(col.levels[-1], texts):
                col.pick = FIRST  # 45（42） under 本月（上月）: 45

    def pair_columns(self, columns: dict[int, Column], data_rows: list[int]) -> list[Column]:
        """The two value columns of each pair column (its own column becomes kind ``pair``)."""
        self.unit_columns(columns, data_rows)
        found: list[Column] = []
        for col in columns.values():  # 受理/办结群众诉求 may have matched its second half alone
            labels = self.label_levels(col)
            if col.kind == "sentences":  # figures in sentences (ingest/layout/sentence_columns.py)
                texts = [text for r in data_rows if (text := self.text(r, col.index)).strip() and not is_total(text)]
                found.extend(self.sentence_halves(col, texts))  # type: ignore[attr-defined]
                continue
            if col.kind not in ("unknown", "indicator") or not labels \
                    or (col.kind == "indicator" and not TWO_LABELS.match(labels[-1].strip())
                        and not MEASURES_IN_BRACKETS.search(labels[-1])):
                continue
            texts = [self.text(r, col.index) for r in data_rows
                     if self.text(r, col.index).strip() and not is_total(self.text(r, col.index))]
            if mostly_pairs(texts, FIGURE_PAIR.match) and (slashed := self.slash_halves(labels)):
                col.kind = "pair"
                for match, pick, label in slashed:
                    half = replace(col, levels=[*labels[:-1], label, *col.levels[len(labels):]], pick=pick)
                    half.hold(match)
                    found.append(half)
                continue
            if col.kind != "unknown" or not mostly_pairs(texts):
                continue
            for outer in ([*col.levels[:-1]], *self.titles_over_measures(col.levels)):
                halves = self.measure_halves(col, outer)
                if len(halves) == 2 and halves[0].indicator_code != halves[1].indicator_code:
                    col.kind = "pair"
                    found.extend(halves)
                    break
        return found

    def measure_halves(self, col: Column, outer: list[str]) -> list[Column]:
        """低保 over 33户59人: the household half and the person half of the column, each read under
        ``outer``; fewer than two when a measure names no indicator there."""
        halves = []
        for part, measure in PARTS.items():
            match = self.catalog.match_indicator([*outer, BOTH_MEASURES.sub("", col.levels[-1]) + measure])
            if match is None:
                break
            half = replace(col, levels=[*col.levels[:-1], f"{col.levels[-1]}（{measure}）"], pick=part)
            half.hold(match)
            halves.append(half)
        return halves

    def titles_over_measures(self, levels: list[str]) -> list[list[str]]:
        """户/人 over 16户/27人 with nothing above it but the sheet's title (… 2026年2月 低保发放): a
        label of bare measures names no object, the title does — each measure is read under it
        (低保户数, 低保人数), the nearest title first."""
        if len(levels) != 1 or BOTH_MEASURES.sub("", levels[0].strip()):
            return []
        return [[title] for title in reversed(self.sheet_titles)]

    def label_levels(self, col: Column) -> list[str]:
        """受理/办结（件） over 1月 | 2月 …: the column's label without the month written under it (the
        column keeps its period), so that the pair is read from the label over the months."""
        if col.period is not None and len(col.levels) > 1 and self.cell_period(col.levels[-1]) is not None:
            return col.levels[:-1]
        return col.levels

    def slash_halves(self, levels: list[str]) -> list[tuple[IndicatorMatch, str, str]]:
        """The two indicators of a label naming two things: 户/人 (城市低保 over it: 低保户数 and 低保人数),
        低保户数/人数, 受理/办结群众诉求 (each part with what the other says around it: 受理群众诉求),
        巡逻队员/平安信息员 — in the label's order; none unless both are known and differ."""
        if not levels:
            return []
        label = levels[-1].strip()
        unit = TRAILING_UNIT.search(label) if TWO_LABELS.match(TRAILING_UNIT.sub("", label)) else None
        if unit is not None:  # 低保户数/人数(户/人), 受理/办结群众诉求(件): the unit said apart
            label = TRAILING_UNIT.sub("", label)
        if (bracketed := MEASURES_IN_BRACKETS.search(label)) and bracketed["first"] != bracketed["second"]:
            return self.bracket_halves(levels[:-1], label[:bracketed.start()].strip(),
                                       [MEASURE_WORDS[bracketed["first"]], MEASURE_WORDS[bracketed["second"]]])
        if BOTH_MEASURES.search(label):
            stem = BOTH_MEASURES.sub("", label)
            labels = [stem + measure for measure in SLASH_PARTS.values()]
        else:
            found = TWO_LABELS.match(label)
            if found is None:
                return []
            first, second = found.group(1).strip(), found.group(2).strip()
            if PLAN_HALF.search(first) or PLAN_HALF.search(second):
                return self.figure_beside_plan(levels[:-1], first, second)
            labels = [next((first + second[k:] for k in range(len(second) - 1, 0, -1)
                            if self.catalog.match_indicator([*levels[:-1], first + second[k:]])), first)
                      if self.catalog.match_indicator([*levels[:-1], first]) is None else first,
                      next((first[:k] + second for k in range(1, len(first))
                            if self.catalog.match_indicator([*levels[:-1], first[:k] + second])), second)
                      if self.catalog.match_indicator([*levels[:-1], second]) is None else second]
        if unit is not None and not TWO_LABELS.match(unit.group(0)):
            labels = [text + unit.group(0) for text in labels]  # 件 for both; 户/人 is each one's own
        matches = [self.catalog.match_indicator([*levels[:-1], text]) for text in labels]
        if None in matches or matches[0].indicator_code == matches[1].indicator_code:  # type: ignore[union-attr]
            return []
        return [(match, pick, text) for match, pick, text in zip(matches, SLASH_PARTS, labels)]  # type: ignore[misc]

    def figure_beside_plan(self, outer: list[str], first: str, second: str) -> list[tuple[IndicatorMatch, str, str]]:
        """老年人体检（人） 完成数/任务数 over 15/30: the half that is not the plan is the figure (15), the
        plan (30) is read as a label; none when both halves are plans or the figure's label is unknown."""
        kept = [(pick, text) for pick, text in zip(SLASH_PARTS, (first, second)) if not PLAN_HALF.search(text)]
        match = self.catalog.match_indicator([*outer, kept[0][1]]) if len(kept) == 1 else None
        return [(match, kept[0][0], kept[0][1])] if match is not None else []

    def bracket_halves(self, outer: list[str], stem: str, measures: list[str]) -> list[tuple[IndicatorMatch, str, str]]:
        """保障对象 户（人） under 城市低保: the stem with each measure (保障对象户数, 保障对象人数); when
        that does not tell two indicators apart, the measures said in brackets win over a measure
        word of the stem (保障对象 is the people covered): 城市低保 / 户数 and 城市低保 / 人数. None
        unless both are known and differ."""
        bare = next((stem[:k] for k in range(len(stem)) if self.catalog.only_a_measure(normalize_header(stem[k:]).core)), stem)
        for base in dict.fromkeys((stem, bare)):
            labels = [base + measure for measure in measures]
            matches = [self.catalog.match_indicator([*outer, text]) for text in labels]
            if None not in matches and matches[0].indicator_code != matches[1].indicator_code:  # type: ignore[union-attr]
                return [(match, pick, text) for match, pick, text in zip(matches, SLASH_PARTS, labels)]  # type: ignore[misc]
        return []


def figure_and_plan(levels: list[str]) -> bool:
    """A value column headed 完成数/任务数 (完成/计划): each cell the figure, then the task set for it."""
    found = TWO_LABELS.match(levels[-1].strip()) if len(levels) == 1 else None
    return found is not None and structural_kind([found.group(1).strip()]) == "current_value" \
        and PLAN_HALF.search(found.group(2).strip()) is not None

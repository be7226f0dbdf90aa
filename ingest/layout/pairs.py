"""Two figures in one cell: 城市低保 | 33户59人. A column whose cells are written 「N户M人」, under a
header that names an object with both a household and a person indicator (低保: 低保户数 and
低保人数), holds both: each cell gives two values, each with the cell as its lineage. A cell of
such a column that is not written that way (a bare 33) is a problem, never a guess of which."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.headers import IndicatorMatch
from ingest.layout.model import Column, is_total
from ingest.layout.sheet import SheetState
from ingest.values import parse_value

PAIR = re.compile(r"^\s*(?P<hu>\d+)\s*户\s*[,，、/／]?\s*(?P<ren>\d+)\s*人\s*$")
PARTS = {"hu": "户数", "ren": "人数"}
# 低保户/人, 低保（户/人）, 现有低保多少户、多少人: both measures said in the label, 户 first
BOTH_MEASURES = re.compile(r"[(（]?(?:多少|几)?户(?:数)?\s*[/／、和与,，]\s*(?:多少|几)?人(?:数)?[?？]?[)）]?$")
# 29/49 under such a label: the households, then the persons, as the label says them
BARE_PAIR = re.compile(r"^\s*(?P<hu>\d+)\s*[/／]\s*(?P<ren>\d+)\s*$")


# 18场/约430人次 under 文体活动（场/参与人次）: two figures, each with its unit.
TWO_FIGURES = re.compile(r"^\s*(?P<a>(?:约|近)?\d+(?:\.\d+)?)\s*(?P<ua>[\u4e00-\u9fff]{1,2})\s*[/／]\s*"
                         r"(?P<b>(?:约|近)?\d+(?:\.\d+)?)\s*(?P<ub>[\u4e00-\u9fff]{1,2})\s*$")
UNIT_PICK = "unit:"


def unit_figure(text: str, unit: str) -> str:
    """The figure written with ``unit`` in 「18场/约430人次」; any other text as it is (a bare 18
    is read as it stands, two figures without that unit are unreadable and reported)."""
    found = TWO_FIGURES.match(text)
    if found is None:
        return text
    for figure, written in ((found.group("a"), found.group("ua")), (found.group("b"), found.group("ub"))):
        if written == unit:
            return figure
    return text


def pick_figure(text: str, part: str) -> str:
    """The household or person figure of 「33户59人」; a blank or 无 stays as it is (nothing, or
    0 of both); anything else is made unreadable, so it is reported. With ``unit:场``: the figure
    of 「18场/约430人次」 written in the column's indicator's unit."""
    if part.startswith(UNIT_PICK):
        return unit_figure(text, part[len(UNIT_PICK):])
    if part.startswith("clause:"):  # a figure of a sentence (ingest/layout/sentences.py)
        from ingest.layout.sentences import sentence_figure   # sentences imports this module
        return sentence_figure(text, int(part[len("clause:"):]))
    found = PAIR.match(text) or BARE_PAIR.match(text)
    if found:
        return found.group(part)
    parsed = parse_value(text)
    if parsed.status == "blank" or (parsed.status == "number" and parsed.value == 0):
        return text
    return f"{text}（户数、人数不明）" if part == "hu" else ""   # one problem for the cell, not two


@dataclass(frozen=True)
class RowHalf:
    """One of the two indicators of a row 低保 | 33户59人, and the part of its cells it takes."""
    match: IndicatorMatch
    pick: str
    label: str


def mostly_pairs(texts: list[str], label: str = "") -> bool:
    """Most cells written 「N户M人」 — or 「N/M」 under a label that says 户/人 itself."""
    bare = bool(BOTH_MEASURES.search(label))
    return bool(texts) and sum(bool(PAIR.match(text) or (bare and BARE_PAIR.match(text)))
                               for text in texts) * 2 >= len(texts)


class PairColumns(SheetState):
    def row_pair(self, levels: list[str], texts: list[str]) -> list[RowHalf]:
        """Indicators down the rows, and a row whose figures are written 「N户M人」 under a label
        with a household and a person indicator (低保): the row's two indicators, else none."""
        if not levels or not mostly_pairs([text for text in texts if text.strip()], levels[-1]):
            return []
        halves = []
        for part, measure in PARTS.items():
            match = self.catalog.match_indicator([*levels[:-1], BOTH_MEASURES.sub("", levels[-1]) + measure])
            if match is None:
                return []
            halves.append(RowHalf(match, part, f"{levels[-1]}（{measure}）"))
        return halves if halves[0].match.indicator_code != halves[1].match.indicator_code else []

    def unit_columns(self, columns: dict[int, Column], data_rows: list[int]) -> None:
        """A column of one indicator whose cells mostly give two figures with two units (18场/约430人次
        under 文体活动（场/参与人次）): the figure in the indicator's own unit is its value; the
        other is another measure of the same thing (参与人次), never loaded."""
        for col in columns.values():
            unit = self.catalog.indicator_units.get(col.indicator_code, "")
            if col.kind != "indicator" or col.pick or not unit:
                continue
            texts = [self.text(r, col.index) for r in data_rows if self.text(r, col.index).strip()]
            two = [found for text in texts if (found := TWO_FIGURES.match(text))]
            if two and len(two) * 2 >= len(texts) and all(unit in (m.group("ua"), m.group("ub")) for m in two) \
                    and all(m.group("ua") != m.group("ub") for m in two):
                col.pick = UNIT_PICK + unit

    def pair_columns(self, columns: dict[int, Column], data_rows: list[int]) -> list[Column]:
        """The two value columns of each pair column (its own column becomes kind ``pair``)."""
        self.unit_columns(columns, data_rows)
        found: list[Column] = []
        for col in columns.values():
            if col.kind != "unknown" or not col.levels:
                continue
            texts = [self.text(r, col.index) for r in data_rows
                     if self.text(r, col.index).strip() and not is_total(self.text(r, col.index))]
            if not mostly_pairs(texts, col.levels[-1]):
                continue
            halves = []
            for part, measure in PARTS.items():
                match = self.catalog.match_indicator([*col.levels[:-1], BOTH_MEASURES.sub("", col.levels[-1]) + measure])
                if match is None:
                    break
                half = replace(col, levels=[*col.levels[:-1], f"{col.levels[-1]}（{measure}）"], pick=part)
                half.hold(match)
                halves.append(half)
            if len(halves) == 2 and halves[0].indicator_code != halves[1].indicator_code:
                col.kind = "pair"
                found.extend(halves)
        return found

"""Label and figure in one cell: 受理群众诉求：30件 | 办结：27件, a return written like a form. Each
such cell gives one value of the indicator its label names, with the cell as its lineage; the
community and month come from the titles, the sheet name or the file name."""

from __future__ import annotations

import re

from ingest.layout.model import ExtractedValue, cell_ref, is_footer
from ingest.layout.pairs import BOTH_MEASURES, PARTS, household_person, pick_figure
from ingest.layout.sheet import SheetState
from ingest.values import parse_value, written_unit

# 受理群众诉求：30件, 老年人免费体检：约120人 — a label of words, a colon, a figure and its unit;
# 受理居民诉求，47件 — typed in a text editor with a comma for the colon, one line a cell.
# 受理居民诉求（含12345转办）：22件 — a bracket in the label may hold digits (a hotline's number)
BRACKETED = r"[(（][^()（）：:，,]*[)）]"
LABELLED_FIGURE = re.compile(rf"^\s*(?P<label>(?:{BRACKETED}|[^：:，,\d]|\d{{1,3}}(?=周?岁))(?:{BRACKETED}|[^：:，,\d]){{1,23}}?)\s*[：:，,]\s*(?P<figure>[约近逾]?[\d,.，]+\s*[^\d：:]{{0,3}}"
                             r"|\d+\s*户\s*\d+\s*人|\d+\s*人\s*[(（]\s*\d+\s*户\s*[)）])\s*$")   # 低保户，13户22人


def each_figure(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """(row, column, label, figure) of each value: 低保户，13户22人 gives its households and its persons."""
    figures = []
    for r, c, label, figure in found:
        if household_person(figure):
            base = BOTH_MEASURES.sub("", label)
            figures += [(r, c, f"{base}{measure}", pick_figure(figure, part)) for part, measure in PARTS.items()]
        else:
            figures.append((r, c, label, figure))
    return figures


class InlinePairs(SheetState):
    def labelled_figures(self, block: list[int]) -> list[tuple[int, int, str, str]]:
        """(row, column, label, figure) of each 「label：figure」 cell of a block made of them (at
        least two, and most of its cells that are not footers); else none."""
        cells = [(r, c) for r in block for c in self.nonempty(r) if not is_footer(self.text(r, c))]
        found = []
        for r, c in cells:
            matched = LABELLED_FIGURE.match(self.text(r, c))
            if matched and (parse_value(matched["figure"]).status == "number" or household_person(matched["figure"])) \
                    and self.cell_period(matched["figure"]) is None:
                found.append((r, c, matched["label"], matched["figure"]))
        return found if len(found) >= 2 and len(found) * 2 > len(cells) else []

    def labelled_indicator(self, label: str, unit: str):
        """The indicator of 「label：figure unit」, read as the header 「label（unit）」 would be: 结对走访：62人
        is no 结对帮扶对数 (counted in 对) — a reading by concepts the written unit does not bear out is a
        question, not a value; a catalogue name or synonym (score 1.0) stands whatever the unit."""
        alone = self.catalog.match_indicator([label])
        if not unit:
            return alone
        with_unit = self.catalog.match_indicator([f"{label}({unit})"])
        return with_unit or (alone if alone is not None and alone.score >= 1.0 else None)

    def read_labelled_figures(self, found: list[tuple[int, int, str, str]], titles: list[str]) -> None:
        period, period_text = self.context_period(titles)
        community_code, community_text = self.context_community(titles)
        anchor = found[0][:2]
        if period is None or not community_code:
            if period is None:
                self.problem("no_period", *anchor)
            else:
                self.no_community(anchor, titles)
            for r, c, _, _ in found:
                self.set_role(r, c, "problem")
            return
        for r, c, label, figure in each_figure(found):
            unit = written_unit(figure)
            match = self.labelled_indicator(label, unit)
            if match is None:
                self.set_role(r, c, "problem" if not self.catalog.is_derived([label]) else "label")
                if not self.catalog.is_derived([label]):
                    self.problem("unknown_indicator", r, c, label, self.catalog.nearest_names([label]))
                continue
            parsed = parse_value(figure)
            value = parsed.value if parsed.has_magnitude else parsed.value * match.unit_multiplier
            key = (community_code, match.indicator_code, period.period, match.is_cumulative)
            ref = cell_ref(r, c)
            if key in self.seen:
                self.set_role(r, c, "problem")
                self.problem("duplicate_value", r, c, figure, f"已在 {self.seen[key][1]} 填报 {self.seen[key][0]:g}")
                continue
            self.seen[key] = (value, ref)
            self.set_role(r, c, "value")
            self.out.values.append(ExtractedValue(
                self.grid.name, ref, r, c, label, community_text, community_code, "context", period_text, period,
                match.indicator_code, value, match.is_cumulative, parsed.is_approximate, self.text(r, c)))

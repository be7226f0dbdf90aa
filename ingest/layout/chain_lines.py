"""A WeChat group's 接龙 pasted down one column, one line a cell: 「1. 海晏路社区 受理诉求51件 办结51件
调解纠纷1起 治安案件0起」, 「2. 虎台社区（李娟）：受理诉求58件，办结56件」. Each numbered line opens
with a community's name (a sender's name or a bracket may follow it) and holds its figures, each
after the words that name it. The month comes from the titles, as for any form.

Which figure stands: a later line of the same community marked 更正 / 以此条为准 replaces the
earlier one (noted, never lost); a second line without that mark is a duplicate (a problem). A
figure written as 无 is 0; words instead of a figure (调解纠纷待司法所核实) are no figure at all.
The 例 line (例 XX社区 受理诉求X件) is an example, never a community.
"""

from __future__ import annotations

import re

from ingest.community_names import LIST_NUMBER
from ingest.layout.corrections import CORRECTION
from ingest.layout.model import ExtractedValue, cell_ref, is_example
from ingest.layout.sheet import SheetState
from ingest.values import parse_value

# The community's name: the line's first word, up to a space, a colon, a comma or a bracket.
LINE_NAME = re.compile(r"^\s*(?P<name>[^\s:：,，;；(（]{2,24})")
# 受理诉求51件, 调解纠纷无, 受理诉求：58件: the words naming a figure, then the figure with its count word;
# 贷款20万, 贷款1.5万元: an amount in 万 (20万 is 200,000 元, however the indicator is reported).
CHAIN_FIGURE = re.compile(r"(?P<label>[\u4e00-\u9fff“”\"]{2,16}?)\s*[:：]?\s*"
                          r"(?:(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>人次|户次|万元|[件起人户个场次名对元项万])|(?P<none>无))")
LEAST_LINES = 2


class ChainLines(SheetState):
    def chain_lines(self, block: list[int]) -> list[tuple[int, int, str, list[re.Match]]]:
        """(row, column, community code, figures) of each numbered line of a 接龙 block: rows of one
        text cell, at least two naming a registry community and two figures each; else none."""
        found = []
        for r in block:
            cells = self.nonempty(r)
            text = self.text(r, cells[0]) if len(cells) == 1 else ""
            if not LIST_NUMBER.match(text) or is_example(text):
                continue
            rest = LIST_NUMBER.sub("", text)
            named = LINE_NAME.match(rest)
            figures = list(CHAIN_FIGURE.finditer(rest, named.end())) if named else []
            if named and len(figures) >= 2:
                code = self.matcher.match(named["name"], self.street).community_code or ""
                found.append((r, cells[0], code, figures))
        return found if sum(bool(code) for _, _, code, _ in found) >= LEAST_LINES else []

    def read_chain_lines(self, block: list[int], lines: list[tuple[int, int, str, list[re.Match]]],
                         titles: list[str]) -> None:
        """Every line's figures as values; the block's other lines (the request, 例, thanks) as labels."""
        for r in block:
            for c in self.nonempty(r):
                self.set_role(r, c, "label")
        period, period_text = self.context_period(titles)
        if period is None:
            self.problem("no_period", lines[0][0], lines[0][1])
            return
        kept: dict[tuple[str, str], ExtractedValue] = {}
        for r, c, code, figures in lines:
            text = self.text(r, c)
            if not code:
                self.set_role(r, c, "problem")
                self.problem("unknown_community", r, c, text, "、".join(self.matcher.nearest(text, self.street)) or "无")
                continue
            corrects = CORRECTION.search(text) is not None
            for figure in figures:
                self.chain_value(r, c, code, figure, (period, period_text), corrects, kept)

    def chain_value(self, r: int, c: int, code: str, figure: re.Match, period: tuple, corrects: bool,
                    kept: dict[tuple[str, str], ExtractedValue]) -> None:
        """One figure of a line: its indicator by its words (and count word), its value, which stands."""
        label, unit = figure["label"].strip("“”\""), figure["unit"] or ""
        match = self.catalog.match_indicator([f"{label}({unit})"] if unit else [label]) \
            or self.catalog.match_indicator([label])
        text = self.text(r, c)
        if match is None:
            self.set_role(r, c, "problem")
            self.problem("unknown_indicator", r, c, label, self.catalog.nearest_names([label]))
            return
        parsed = parse_value("0" if figure["none"] else f"{figure['num']}{unit}")
        value = parsed.value if parsed.has_magnitude else parsed.value * match.unit_multiplier
        key = (code, match.indicator_code)
        earlier = kept.get(key)
        if earlier is not None and not corrects:
            self.problem("duplicate_value", r, c, text, f"已在 {earlier.cell_ref} 填报 {earlier.value:g}")
            return
        if earlier is not None:  # 冷湖路社区（更正，以此条为准）: this line replaces the earlier one
            self.out.values.remove(earlier)
            if not any(v.cell_ref == earlier.cell_ref and v.sheet == earlier.sheet for v in self.out.values):
                self.set_role(earlier.row_index, earlier.col_index, "label")  # said once, for the whole line
                self.problem("superseded_in_file", earlier.row_index, earlier.col_index, earlier.raw_text, str(r + 1))
        extracted = ExtractedValue(self.grid.name, cell_ref(r, c), r, c, label, text, code, "name", period[1], period[0],
                                   match.indicator_code, value, match.is_cumulative, parsed.is_approximate, text)
        kept[key] = extracted
        self.set_role(r, c, "value")
        self.out.values.append(extracted)

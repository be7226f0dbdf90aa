"""Settling a table's columns once each was classified on its own: a 合计 column over or beside
its channels, two columns read as the same figure, a tie settled by its neighbours."""

from __future__ import annotations

from ingest.chinese_text import simplify
from ingest.header_concepts import ACCEPT_MARGIN, choose
from ingest.headers import SUBCOLUMN, IndicatorMatch, normalize_header
from ingest.layout.model import TOTAL_WORDS, Column
from ingest.layout.sheet import SheetState
from ingest.values import parse_value


class ColumnSettler(SheetState):
    def group_totals(self, columns: dict[int, Column], data_rows: list[int]) -> None:
        """派单量 over 市级派单 | 区级派单 | 合计: the group's figure is its 合计 column; the other
        columns under the group are its parts (kind ``part``: labels, never loaded, never a
        problem). Not under months (1月 | 2月 | 合计): that 合计 is a sum of periods."""
        for col in columns.values():
            if col.kind == "total" and len(col.levels) == 1:
                self.named_total(col, columns, data_rows)
            if col.kind != "total" or len(col.levels) < 2:
                continue
            group = col.levels[:-1]
            siblings = [other for other in columns.values() if other is not col and other.levels[:-1] == group]
            if not siblings or any(other.period is not None for other in siblings):
                continue
            found = self.catalog.match_indicator(group)
            if found is None:
                continue
            col.hold(found)
            for other in siblings:  # a sibling naming its own indicator (其中：公益性岗位) keeps it
                if other.kind == "unknown" or (other.kind == "indicator"
                                               and other.indicator_code == found.indicator_code):
                    other.kind, other.indicator_code = "part", ""

    def named_total(self, col: Column, columns: dict[int, Column], data_rows: list[int]) -> None:
        """12345转办 | 区长信箱 | 来电来访 | 受理合计: a total that names what it totals holds that
        indicator; the columns right before it that name none of their own (or the same one) are
        its channels (kind ``part``) when on most rows they add up to it — else they stay what
        they were. 季度合计 or 合计 alone names nothing: a computed total."""
        stem = simplify(col.levels[0])
        for word in TOTAL_WORDS:
            stem = stem.replace(word, "")
        found = self.catalog.match_indicator([stem]) if stem else None
        if found is None:
            return
        col.hold(found)
        parts = []
        for c in range(col.index - 1, -1, -1):
            other = columns.get(c)
            if other is None or len(other.levels) != 1 or other.period is not None or not (
                    other.kind == "unknown" or (other.kind == "indicator" and other.indicator_code == found.indicator_code)):
                break
            parts.append(other)
        if parts and self.adds_up(col.index, [other.index for other in parts], data_rows):
            for other in parts:
                other.kind, other.indicator_code = "part", ""

    def adds_up(self, total: int, parts: list[int], data_rows: list[int]) -> bool:
        """On most rows with figures, the parts' figures add up to the total's."""
        checked = agreeing = 0
        for r in data_rows:
            figures = [parse_value(self.text(r, c)) for c in [total, *parts]]
            if any(figure.status != "number" for figure in figures):
                continue
            checked += 1
            agreeing += abs(sum(figure.value for figure in figures[1:]) - figures[0].value) < 1e-6
        return checked > 0 and agreeing * 5 >= checked * 4

    def settle_rivals(self, columns: dict[int, Column]) -> None:
        """Two columns of one table read as the same figure (排查纠纷 and 调解成功 both near 矛盾纠纷
        调解数): the clearer match keeps it; a column as sure as another is reported, not guessed."""
        groups: dict[tuple, list[Column]] = {}
        for col in columns.values():
            if col.kind == "indicator":
                key = (col.indicator_code, col.period, col.is_cumulative)
                groups.setdefault(key, []).append(col)
        for rivals in groups.values():
            if len(rivals) < 2:
                continue
            # 城镇新增就业 | 其中：就业困难人员实现就业: a part said with 其中 after its whole is never the whole
            wholes = [col for col in rivals if not SUBCOLUMN.match(simplify(col.levels[-1]).strip())]
            if len(wholes) == 1 and all(col.index > wholes[0].index for col in rivals if col is not wholes[0]):
                for col in rivals:
                    if col is not wholes[0]:
                        col.kind, col.indicator_code = "part", ""
                continue
            rivals.sort(key=lambda col: -col.score)
            keep = 1 if rivals[0].score > rivals[1].score else 0
            for col in rivals[keep:]:
                col.kind = "unknown"

    def settle_by_elimination(self, columns: dict[int, Column]) -> None:
        """诉求（件） beside 办结（件）: a header two indicators fit equally well, one of them held by
        another column of the table, is the other — when it alone is then clearly ahead."""
        held = {(col.indicator_code, col.period) for col in columns.values() if col.kind == "indicator"}
        for col in columns.values():
            if col.kind != "unknown" or col.indicator_code or not col.levels \
                    or SUBCOLUMN.match(simplify(col.levels[-1])):
                continue
            ranked = self.catalog.candidates(col.levels)
            if len(ranked) < 2 or ranked[0].score - ranked[1].score >= ACCEPT_MARGIN:
                continue  # not a tie: unknown for another reason
            tied = {c.indicator_code for c in ranked if ranked[0].score - c.score < ACCEPT_MARGIN}
            left = choose([c for c in ranked if (c.indicator_code, col.period) not in held])
            if left is None or left.indicator_code not in tied or len(tied) < 2 \
                    or not any((code, col.period) in held for code in tied) \
                    or not self.catalog.counts_the_same_object(col.levels, left.indicator_code):
                continue
            header = normalize_header(col.levels[-1])
            period = col.period
            col.hold(IndicatorMatch(left.indicator_code, header.unit_multiplier, header.is_cumulative, left.score))
            col.period = period
            held.add((left.indicator_code, period))

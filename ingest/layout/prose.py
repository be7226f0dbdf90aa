"""A 工作总结 typed as numbered paragraphs, one cell each, the figures inside sentences:
「一、民情诉求。本月共受理居民诉求46件，办结46件，调解矛盾纠纷2起。」, 「五、平安建设。本月辖区未发生
治安案件。」 (0). Read on a sheet where no table, form or 接龙 was found, the community and month
from the titles, as for a form; and a month's work typed as one paragraph alone on its row beside
the tables (「2月份，我社区共受理居民诉求26件，办结25件…」, figures of three indicators at least — a
注 / 说明 / 更正说明 note never), a figure a table of the sheet already gives not read twice.

Each figure with a count unit is a value of the indicator its own words name (the words before it,
else its clause: ``sentences.sentence_figures``); a figure whose words name nothing is left a label.
A paragraph or clause of plans (六、下月计划…预计受理诉求52件左右) is never a value, and two figures
of the sheet read as the same indicator are neither taken (each a problem, never a guess).
"""

from __future__ import annotations

import re

from ingest.headers import IndicatorMatch
from ingest.layout.model import ExtractedValue, cell_ref, is_example
from ingest.layout.sentences import CLAUSE_BREAK, named_after, sentence_figures, sentence_tails
from ingest.layout.pairs import PairColumns, household_person, pick_figure
from ingest.periods import Period
from ingest.values import parse_value

# 一、民情诉求。 / 二．就业服务 / 1.本月共受理… — a paragraph numbered as a report's sections are
# (a number, never a date: 2026.1.5 is no paragraph 2026); 一是民情：… 二是服务：… — the points of a
# 小结 counted 一是 / 二是 / 三是, as reports often do.
PARAGRAPH = re.compile(r"^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}(?:[、.．]|是(?=[\u4e00-\u9fff]{1,8}[：:，,（(]))"
                       r"|\d{1,2}[、.．](?!\d))")
# 下月计划, 预计受理诉求52件, 拟组织培训2场, 下一步: what is to come, never this month's figure.
PLAN = re.compile(r"计划|预计|预期|拟|打算|下月|下一步|明年|下阶段|目标")
LEAST_PARAGRAPHS = 2
# 二是服务：走访帮扶25人 — the point's heading before its colon names the section, not the first figure:
# the words after it are asked first (the heading only when they name nothing).
# 二是低保（户/人）：: a point's label alone on its cell, its figures in the next one
POINT_LABEL = re.compile(PARAGRAPH.pattern + r"(?P<name>[^：:]{1,16})[：:]\s*$")
SECTION_HEAD = re.compile(PARAGRAPH.pattern + r"[\u4e00-\u9fff]{1,6}[：:]")
# 注：…, 备注…, 说明：…, 更正说明：… — a note under the table, whatever figures it mentions
NOTE_MARK = re.compile(r"^[\s\u3000]*(?:注|备注|[\u4e00-\u9fff]{0,6}说明)")
LONE_LEAST = 3   # a lone paragraph beside tables: figures of at least three indicators


def in_run_of_lone(r: int, found: list[tuple[int, int, str, int]]) -> bool:
    """A line of sentences right under or over (no blank row between) a lone paragraph that
    qualifies by itself: the 工作小结 goes on, one sentence a row, so its next line's one or two
    figures (开展文体活动13场，政策宣讲1次。) are the same month's work, not a stray note."""
    rows = {row: named >= LONE_LEAST and len(text) >= 20 for row, _, text, named in found}
    start = r
    while start - 1 in rows:
        start -= 1
    end = r
    while end + 1 in rows:
        end += 1
    return any(rows[row] for row in range(start, end + 1))


class ProseParagraphs(PairColumns):
    def prose_paragraphs(self) -> list[tuple[int, int, str]]:
        """(row, column, text) of each numbered paragraph of one cell with a figure or a 未发生; at
        least two of them, else none."""
        found = []
        for r in range(len(self.rows)):
            cells = self.nonempty(r)
            text = self.text(r, cells[0]).strip() if len(cells) == 1 else ""
            if PARAGRAPH.match(text) and sentence_figures(text):
                found.append((r, cells[0], text))
        return found if len(found) >= LEAST_PARAGRAPHS else []

    def lone_paragraphs(self) -> list[tuple[int, int, str]]:
        """A month's work typed as one paragraph alone on its row beside the tables (「2月份，我社区共
        受理居民诉求26件，办结25件，调解邻里纠纷6起…」): figures of three indicators at least, no note mark.
        None on a sheet whose figures are several communities' (a 接龙, a street's table): no one
        community is the paragraph's, whatever line a context finds first."""
        found: list[tuple[int, int, str, int]] = []
        if len({value.community_code for value in self.out.values}) > 1:
            return []
        for r in range(len(self.rows)):
            cells = self.nonempty(r)
            text = self.text(r, cells[0]).strip() if len(cells) == 1 else ""
            if len(text) < 10 or NOTE_MARK.match(text) or self.role(r, cells[0]) not in (None, "label") \
                    or is_example(text):  # 例：XX社区 受理0件 办结0件 调解0起 — how to write, no figures
                continue
            named = {match.indicator_code for before, _, _, unit in sentence_figures(text) if before
                     and (match := self.catalog.match_indicator([f"{before}({unit})" if unit else before]))}
            if named:
                found.append((r, cells[0], text, len(named)))
        return [(r, c, text) for r, c, text, named in found
                if (named >= LONE_LEAST and len(text) >= 20) or in_run_of_lone(r, found)]

    def named_by(self, before: str, unit: str) -> IndicatorMatch | None:
        """The indicator the words before a figure name, with the figure's unit, else without it."""
        return (self.catalog.match_indicator([f"{before}({unit})"]) if before and unit else None) \
            or (self.catalog.match_indicator([before]) if before else None)

    def point_pairs(self, paragraphs: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str, float]]:
        """二是低保（户/人）： | 18户34人 among the points: a point typed as a label and its 「N户M人」 in the
        next cell — the two figures of the indicators the label names (低保户数, 低保人数)."""
        found = []
        for r in range(paragraphs[0][0], paragraphs[-1][0] + 1):
            cells = self.nonempty(r)
            if len(cells) != 2 or not POINT_LABEL.match(label := self.text(r, cells[0]).strip()):
                continue
            figure = self.text(r, cells[1]).strip()
            halves = self.row_pair([POINT_LABEL.match(label)["name"]], [figure]) if household_person(figure) else []
            for half in halves:
                parsed = parse_value(pick_figure(figure, half.pick))
                if parsed.status == "number":
                    found.append((r, cells[1], label, half.match.indicator_code, parsed.value))
            if halves:
                self.set_role(r, cells[0], "label")
        return found

    def read_prose(self, paragraphs: list[tuple[int, int, str]],
                   month: tuple[Period, str] | None = None, titles_end: int | None = None) -> None:
        """Every figure of the paragraphs as a value of the sheet's community and month (``month``
        when the paragraphs' own row says it, the titles above ``titles_end``: month_paragraphs.py)."""
        end = paragraphs[0][0] if titles_end is None else titles_end
        titles = self.title_texts([(r, c) for r in range(end) for c in self.nonempty(r)])
        period, period_text = month or self.context_period(titles)
        code, community_text = self.context_community(titles)
        if period is None or not code:
            return  # said by the caller's no_data: nothing read, nothing guessed
        found: dict[str, list[tuple[int, int, str, float, bool, bool]]] = {}
        for r, c, text in paragraphs:
            self.set_role(r, c, "label")
            if PLAN.search(CLAUSE_BREAK.split(PARAGRAPH.sub("", text), 1)[0] or ""):
                continue  # 六、下月计划。…: the whole paragraph is a plan
            for (before, clause, written, unit), tail in zip(sentence_figures(text), sentence_tails(text)):
                if PLAN.search(clause) or PLAN.search(before):
                    continue
                match = self.named_by(SECTION_HEAD.sub("", before), unit) or self.named_by(before, unit)
                if (after := named_after(self.catalog, match, tail, unit)) is not None:
                    match, before = after, tail  # 帮扶17名居民实现就业: the words after the count name it
                words = before if match is not None else clause  # 帮助14名居民实现就业: the clause names it
                match = match or self.catalog.match_indicator([f"{clause}({unit})" if unit else clause])
                parsed = parse_value(written)
                if match is None or parsed.status != "number":
                    continue
                value = parsed.value if parsed.has_magnitude else parsed.value * match.unit_multiplier
                found.setdefault(match.indicator_code, []).append((r, c, words, value, match.is_cumulative,
                                                                  parsed.is_approximate))
        for r, c, label, indicator, value in self.point_pairs(paragraphs):
            found.setdefault(indicator, []).append((r, c, label, value, False, False))
        for indicator, figures in found.items():
            if len(figures) > 1:  # two figures of one indicator: neither is taken
                for r, c, words, *_ in figures:
                    self.problem("duplicate_value", r, c, words, f"同一指标在段落中出现 {len(figures)} 次")
                continue
            r, c, words, value, cumulative, approximate = figures[0]
            if (earlier := self.seen.get((code, indicator, period.period, cumulative))) is not None:
                if earlier[0] != value:  # a table of the sheet says otherwise: neither is chosen here
                    self.problem("duplicate_value", r, c, words, f"已在 {earlier[1]} 填报 {earlier[0]:g}")
                continue
            self.set_role(r, c, "value")
            self.out.values.append(ExtractedValue(
                self.grid.name, cell_ref(r, c), r, c, words, community_text, code, "context", period_text, period,
                indicator, value, cumulative, approximate, self.text(r, c)))

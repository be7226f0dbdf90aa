"""A month's work typed as one sentence beside its month (月度工作记实: 「1月」 | 「本月共接待群众诉求34件，
已办结33件；调处矛盾纠纷2起；…志愿服务99人次。」), one row per month under a 月份 | 主要工作 header. No
table holds a figure of its own, so the rows are read as the lone paragraphs of ``prose`` are: each
figure a value of the indicator its words name, the month the row's first cell, the community the
sheet's. A row qualifies as a lone paragraph does (figures of three indicators at least, no note);
a month written on two rows is read from neither (two figures, no guess which is meant).
"""

from __future__ import annotations

from ingest.layout.model import is_example
from ingest.layout.prose import LONE_LEAST, NOTE_MARK
from ingest.layout.sentences import sentence_figures
from ingest.layout.sheet import SheetState
from ingest.periods import Period

MONTH_LEAST = 2   # a 记实 of one month is a lone paragraph's business (the month is the sheet's)


class MonthParagraphs(SheetState):
    def month_paragraphs(self) -> dict[Period, list[tuple[int, int, str]]]:
        """{month: [(row, column, sentence)]} of the rows that are a month cell then one sentence
        naming figures of three indicators at least; empty unless two months at least are so written."""
        found: dict[Period, list[tuple[int, int, str]]] = {}
        for r in range(len(self.rows)):
            cells = self.nonempty(r)
            if len(cells) != 2:
                continue
            month, text = self.cell_period(self.text(r, cells[0])), self.text(r, cells[1]).strip()
            if month is None or month.grain != "month" or not self.names_enough(text):
                continue
            found.setdefault(month, []).append((r, cells[1], text))
        return found if len(found) >= MONTH_LEAST else {}

    def names_enough(self, text: str) -> bool:
        """A sentence of a month's work: figures of ``LONE_LEAST`` indicators at least, no note mark."""
        if len(text) < 20 or NOTE_MARK.match(text) or is_example(text):
            return False
        named = {match.indicator_code for before, _, _, unit in sentence_figures(text) if before
                 and (match := self.catalog.match_indicator([f"{before}({unit})" if unit else before]))}
        return len(named) >= LONE_LEAST

    def read_month_paragraphs(self, months: dict[Period, list[tuple[int, int, str]]]) -> None:
        """Each month's sentence as that month's values (``read_prose`` with the row's month); the
        month cell a label. A month on two rows: a problem on each, neither read."""
        first = min(r for rows in months.values() for r, _, _ in rows)   # the titles are above the first month
        for month, rows in months.items():
            for r, _, _ in rows:
                self.set_role(r, self.nonempty(r)[0], "label")
            if len(rows) > 1:
                for r, c, text in rows:
                    self.set_role(r, c, "label")
                    self.problem("duplicate_value", r, c, text, f"同一月份写了 {len(rows)} 行")
                continue
            r = rows[0][0]
            self.read_prose(rows, month=(month, self.text(r, self.nonempty(r)[0])), titles_end=first)

"""同上 (ditto) in a value cell: the figure of the cell above in the same column, the same stock
unchanged since the row before (社区工作者 9 | 同上 | 同上), where rows are months or communities of
one indicator column; where indicators go down the rows and months across, the figure of the month
before (同上月). A 同上 with no figure before it stays unreadable (reported).

A blank value cell stands for 0 where the sheet itself says so (填表说明：表内空白栏表示“无”（即为0）,
空白即为0, 未填视为0): never otherwise — a blank is not reported, not a nought. So does a dash the
sheet names so (本表“—”表示本月无此项情况（即为0）): only the mark it names, only with a 0 said.
A value cell saying 见备注 (or 见右) stands for the figure its row's 备注 gives (本月受理46件，其中…9件: 46),
when that note holds one figure before any 其中 / 含 — else it stays unreadable (reported); a change
said in words, 由1014人增至1032人, gives the figure it came to (1032; 1014 is the month before's).

Counts kept as 正字 tallies copied from a register (正丅 = 7: each 正 five strokes, then 一 丅 下 止 one to
four) are read only where the sheet says it counts so (次数按登记本划“正”字统计, 一个“正”字为5)."""

from __future__ import annotations

import functools
import re

from ingest.layout.model import Table
from ingest.layout.sentences import sentence_figures
from ingest.layout.sheet import SheetState

DITTO = frozenset({"同上", "同上月", "同前", "〃", "\u3003", "″"})
BLANK_IS_ZERO = re.compile(r"(?:空白|空格|空栏|未填|不填)[^，。；,;]{0,8}?(?:表示|即为|视为|为|代表|按)[^，。；,;]{0,4}?"
                           r"(?:[“\"「]?(?:0|零|〇|无)[”\"」]?)")

# 本表“—”表示本月无此项情况（即为0）: the quoted mark stands for 0 — said with a 0 (无此项 alone may
# mean "not applicable").
DASH_IS_ZERO = re.compile(r"[“\"「‘'](?P<mark>[—\-－―/／×]{1,2})[”\"」’']\s*(?:表示|即为|视为|为|代表)"
                          r"[^。；;]{0,16}?(?:0|零|〇)(?![\d.])")

# 次数按登记本划“正”字统计, 一个“正”字为5: the sheet says its small counts are 正字 tallies.
SAYS_TALLY = re.compile(r"[“\"「‘']?正[”\"」’']?字[^。；;]{0,12}?(?:统计|计数|记数|为5|为五|划记)|(?:划|画|记)[“\"「‘']?正[”\"」’']?字")
TALLY = re.compile(r"(?=[正一丅下止])(?P<whole>正*)(?P<last>[一丅下止]?)")
TALLY_STROKES = {"": 0, "一": 1, "丅": 2, "下": 3, "止": 4}

# 见右 / 见右栏: the figure is in the note column to its right (a stock's change said there in words)
# 本年累计 「同本月」 in January: the year to date is this month's figure, the one in the row's 本月 column
SAME_AS_MONTH = frozenset({"同本月", "同当月", "同本月数", "同当月数"})
SEE_NOTE = frozenset({"见备注", "详见备注", "见备注栏", "详见备注栏", "见说明", "详见说明", "见右", "见右栏", "详见右栏"})
PART_WORDS = re.compile(r"其中|含|包括")
# 由1014人增至1032人, 从2786户减少到2784户: a stock's change, the month's figure the one it came to
CHANGED_TO = re.compile(r"^\s*(?:由|从)\s*[\d,，.]+\s*[\u4e00-\u9fff]{0,2}\s*"
                        r"(?:增至|减至|增加至|减少至|增加到|减少到|增长到|下降到|升至|降至|变为)")


class DittoCells(SheetState):
    @functools.cached_property
    def zero_marks(self) -> frozenset[str]:
        """The marks the sheet says stand for 0 (本表“—”表示本月无此项情况（即为0）: 「—」)."""
        return frozenset(found["mark"] for row in self.rows for text in row if "表示" in text or "为" in text
                         for found in DASH_IS_ZERO.finditer(text))

    def stands_for(self, r: int, text: str, table: Table) -> str:
        """「0」 for a mark the sheet says is 0; for 见备注 the figure of the row's note; any other
        text as it is."""
        if text and text in self.zero_marks:
            return "0"
        if text and self.counts_in_tallies and (tally := TALLY.fullmatch(text.strip())):
            return str(len(tally["whole"]) * 5 + TALLY_STROKES[tally["last"]])  # 正丅: 7
        if text in SAME_AS_MONTH:
            return self.month_figure(r, table) or text
        return (self.note_figure(r, table) or text) if text in SEE_NOTE else text

    def month_figure(self, r: int, table: Table) -> str | None:
        """The row's figure in its one 本月 column (not a year to date), for a cell saying 同本月."""
        months = [c for c, col in table.columns.items() if col.kind == "current_value" and not col.is_cumulative]
        figure = self.text(r, months[0]).strip() if len(months) == 1 else ""
        return figure if self.is_number(figure) else None

    @functools.cached_property
    def counts_in_tallies(self) -> bool:
        """The sheet says its counts are 正字 tallies (一个“正”字为5)."""
        return any(SAYS_TALLY.search(text) for row in self.rows for text in row if "正" in text)

    def note_figure(self, r: int, table: Table) -> str | None:
        """本月受理46件，其中“我的宁夏”APP反映9件 in the row's 备注: 46, the one figure before the parts."""
        notes = [text for c, col in table.columns.items() if col.kind == "note" and (text := self.text(r, c).strip())]
        if len(notes) != 1:
            return None
        note = notes[0][changed.end():] if (changed := CHANGED_TO.match(notes[0])) else notes[0]
        figures = sentence_figures(PART_WORDS.split(note, 1)[0])
        return figures[0][2] if len(figures) == 1 else None

    @functools.cached_property
    def blank_is_zero(self) -> bool:
        """The sheet says a blank value cell is 0 (表内空白栏表示“无”（即为0）)."""
        return any(BLANK_IS_ZERO.search(text) for row in self.rows for text in row if "空" in text or "填" in text)

    def ditto(self, r: int, c: int, table: Table) -> str:
        """The text a 同上 at (r, c) stands for: the nearest figure above it in the column,
        through other 同上 cells, below the table's header; the cell's own text when there is none."""
        if table.indicators_as_rows:  # the row above is another indicator: the month before, if any
            return self.ditto_across(r, c, table)
        top = table.header_rows[-1] if table.header_rows else -1
        above = r - 1
        while above > top and self.text(above, c).strip() in DITTO:
            above -= 1
        text = self.text(above, c).strip() if above > top else ""
        return text if text and self.is_number(text) else self.text(r, c)

    def ditto_across(self, r: int, c: int, table: Table) -> str:
        """Indicators down the rows, months across: 同上月 is the figure of the month column to its
        left, through other 同上 cells; the cell's own text where the columns are no months."""
        def month_column(index: int) -> bool:
            col = table.columns.get(index)
            return col is not None and col.period is not None and col.period.grain == "month"
        if not month_column(c):
            return self.text(r, c)
        left = c - 1
        while month_column(left) and self.text(r, left).strip() in DITTO:
            left -= 1
        text = self.text(r, left).strip() if month_column(left) else ""
        return text if text and self.is_number(text) else self.text(r, c)

"""A row whose figure cell is written as sentences, several figures in each (完成情况: 「受理群众诉求
45件，已办结43件」, 「在保27户44人，发放低保金44200元」). Each figure written with a count unit is a
value of the indicator its own words name — the words before it in its clause (受理群众诉求 45件),
else its whole clause (帮助 22人 实现就业) — read with the row's label as their group (城市低保 over
在保 27户) when they alone name nothing. A number without a count unit after it (65岁以上老人) is
part of the words. Two figures of one cell read as the same indicator are neither taken: each is
left unread, never a guess; so is a figure whose words name nothing.
"""

from __future__ import annotations

import re

from ingest.headers import HeaderCatalog, IndicatorMatch
from ingest.layout.pairs import RowHalf
from ingest.layout.sheet import SheetState
from ingest.values import parse_value

CLAUSE_BREAK = re.compile(r"[，；;。、（）()]|,(?!\d{3}(?!\d))")   # 23,877元 is one figure
SEPARATED = re.compile(f"({CLAUSE_BREAK.pattern})")   # the clauses with the marks between them
FIGURE = re.compile(r"(?P<pre>约|近|共)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?P<post>余|多)?"
                    r"(?P<unit>人次|户次|万元|[件个人户起场次名对元项位份])(?P<post2>左右|以上|多)?")
SENTENCE_PICK = "clause:"
LEVEL_WORDS = re.compile(r"累计|现有|共有|共计|总数|总计|目前|在册|实有")   # a stock's level, said in a sentence
CHANGE_WORDS = re.compile(r"新增|增加|减少|新注册|新发展|净增")           # its change beside it
LEADING_FIGURE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?=[(（])")
# 12个（其中公益性岗位3个）: a figure, then a part of it that may name an indicator of its own.
NAMED_PART = re.compile(r"^\s*\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{0,2}\s*[(（](?:其中|含)[\u4e00-\u9fff]{2,}\d+")
# 辖区未发生治安案件: none of what the clause names happened — a 0 of it.
NONE_HAPPENED = re.compile(r"^(?:辖区|本月|全年|社区)*(?:未发生|没有发生|无)(?P<words>[\u4e00-\u9fff]{2,12})$")


def sentence_figures(text: str) -> list[tuple[str, str, str, str]]:
    """(words before, whole clause's words, figure as read, unit) of each figure in ``text``."""
    return [figure[:4] for figure in _figures(text)]


def sentence_tails(text: str) -> list[str]:
    """The words after each figure of ``text`` when it is its clause's last (帮扶17名「居民实现就业」),
    else '' — parallel to ``sentence_figures``."""
    return [figure[4] for figure in _figures(text)]


def named_after(catalog: HeaderCatalog, before_match: IndicatorMatch | None, tail: str,
                unit: str) -> IndicatorMatch | None:
    """The indicator the words after a clause's last figure name, when they name one of their own
    and it is not the one the words before name: 帮扶17名居民实现就业 counts the residents who found
    work (实现就业), not the people helped (帮扶) — the object after a count is what it counts.
    None otherwise (受理诉求45件 has no words after it)."""
    if not tail:
        return None
    found = catalog.match_indicator([f"{tail}({unit})" if unit else tail])
    if found is None or (before_match is not None and found.indicator_code == before_match.indicator_code):
        return None
    return found


def _figures(text: str) -> list[tuple[str, str, str, str, str]]:
    found = []
    bare = LEADING_FIGURE.match(text)   # 24（其中公益性岗位0个）: the figure the bracket is a part of
    if bare:
        found.append(("", "", bare.group(1), "", ""))
    pieces = SEPARATED.split(text[bare.end():] if bare else text)
    previous = ""
    for clause, separator in zip(pieces[::2], ["", *pieces[1::2]]):
        figures = list(FIGURE.finditer(clause))
        none = NONE_HAPPENED.match(clause.strip()) if not figures else None
        if none:
            found.append((none["words"], none["words"], "0", "", ""))
        start = 0
        words_of_clause = FIGURE.sub(" ", clause)
        if figures and not words_of_clause.strip() and separator == "、":
            words_of_clause = previous  # 常住3755户、10828人: the bare figure after 、 is 常住's too
        previous = words_of_clause if figures else ""
        for index, figure in enumerate(figures):
            before = clause[start:figure.start()].strip()
            start = figure.end()
            tail = clause[start:].strip() if index == len(figures) - 1 else ""
            written = f"{figure['pre'] if figure['pre'] in ('约', '近') else ''}{figure['num']}" \
                      f"{figure['post'] or ''}{figure['post2'] or ''}"
            if parse_value(written).status == "number":
                found.append((before, "".join(words_of_clause.split()), written, figure["unit"], tail))
    return found


def sentence_figure(text: str, index: int) -> str:
    """The ``index``-th figure of a sentence cell, as ``pick_figure`` hands it to the placer."""
    figures = sentence_figures(text)
    return figures[index][2] if index < len(figures) else text


class SentenceRows(SheetState):
    def row_sentences(self, levels: list[str], texts: list[str]) -> list[RowHalf]:
        """One half per figure of the row's one sentence cell, when each names its indicator clearly."""
        filled = [text for text in texts if text.strip()]
        if len(filled) != 1:
            return []
        status = parse_value(filled[0]).status
        named_part = status == "number" and NAMED_PART.search(filled[0]) is not None
        if status != "unreadable" and not named_part:
            return []
        halves: list[RowHalf] = []
        tails = sentence_tails(filled[0])
        for index, (before, clause, _, unit) in enumerate(sentence_figures(filled[0])):
            match = None
            if named_part and index == 0 and not before and levels:  # 12个 of 新增岗位 | 12个（其中公益性岗位3个）
                match, label = self.catalog.match_indicator(levels), levels[-1]
            if match is None and (after := named_after(self.catalog, self.catalog.match_indicator(
                    [f"{before}({unit})" if unit else before]) if before else None, tails[index], unit)):
                match, label = after, tails[index]
            for words in dict.fromkeys(w for w in (before, clause) if w and match is None):
                said = f"{words}({unit})" if unit else words
                match = self.catalog.match_indicator([said]) or (
                    self.catalog.match_indicator([*levels[-1:], said]) if levels else None)
                if match is not None:
                    label = f"{words}（{unit}）" if unit else words
                    break
            if match is not None:
                halves.append(RowHalf(match, f"{SENTENCE_PICK}{index}", label))
        codes = [half.match.indicator_code for half in halves]
        if named_part and (len(halves) != 2 or len(set(codes)) != 2 or halves[0].pick != f"{SENTENCE_PICK}0"):
            return []  # 80件（含12345转办26件）: a part of the same indicator, or a figure of no one's: the whole
        halves = self.stock_level_of_changes(halves, sentence_figures(filled[0]))
        codes = [half.match.indicator_code for half in halves]
        return [half for half in halves if codes.count(half.match.indicator_code) == 1]

    def stock_level_of_changes(self, halves: list[RowHalf], figures: list[tuple[str, str, str, str]]) -> list[RowHalf]:
        """注册志愿者 | 「本月新增9人，累计818人」: of a stock's figures, the change is said beside the
        level; the level (累计, 现有, 共有 …) is the stock, the change a part of the sentence."""
        def words(half: RowHalf) -> str:
            return figures[int(half.pick.removeprefix(SENTENCE_PICK))][0]
        kept = []
        for half in halves:
            same = [other for other in halves if other.match.indicator_code == half.match.indicator_code]
            if len(same) > 1 and half.match.indicator_code in self.catalog.stocks:
                levels = [other for other in same if LEVEL_WORDS.search(words(other))]
                if len(levels) == 1 and all(CHANGE_WORDS.search(words(other)) for other in same if other is not levels[0]):
                    if half is levels[0]:
                        kept.append(half)
                    continue
            kept.append(half)
        return kept

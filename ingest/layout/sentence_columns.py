"""A column of a table whose cells are sentences, each with the same figures in the same words:
月份 | 志愿服务情况 | 党员（名） over 2025年9月 | 「注册志愿者累计566人，本月服务209人次」 | 141. Each
figure is a column of its own (the placer picks it from the sentence, ``clause:N``), named by its
words with the column's header as their group — as a row of sentences is read
(``sentences.SentenceRows``). Taken only when every cell names the same indicators in the same
places; otherwise the column is unknown (one question for the column, never a guess per cell).
"""

from __future__ import annotations

from dataclasses import replace

from ingest.layout.model import Column
from ingest.layout.sentences import SentenceRows, sentence_figures

# A cell is a sentence of figures when it has at least this many, each written with its unit.
LEAST_FIGURES = 2


def is_sentence_of_figures(text: str) -> bool:
    """「注册志愿者累计566人，本月服务209人次」: words and figures with their units, several of them."""
    return len(sentence_figures(text)) >= LEAST_FIGURES


def mostly_sentences(texts: list[str]) -> bool:
    return bool(texts) and sum(is_sentence_of_figures(text) for text in texts) * 2 > len(texts)


class SentenceColumns(SentenceRows):
    def sentence_halves(self, col: Column, texts: list[str]) -> list[Column]:
        """One column per figure of the column's sentences when every sentence names the same
        indicators at the same places; else none, and the column is left unknown."""
        sentences = [text for text in texts if is_sentence_of_figures(text)]
        first = self.row_sentences(col.levels, sentences[:1]) if sentences else []
        readings = {tuple((half.match.indicator_code, half.pick) for half in self.row_sentences(col.levels, [text]))
                    for text in sentences}
        if not first or len(readings) != 1:
            col.kind, col.indicator_code = "unknown", ""
            return []
        col.kind = "pair"
        halves = []
        for half in first:
            column = replace(col, levels=[*col.levels, half.label], pick=half.pick)
            column.hold(half.match)
            halves.append(column)
        return halves

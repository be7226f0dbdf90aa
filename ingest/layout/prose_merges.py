"""A block of prose merged over many rows beside a table (工作小结: 「本月围绕…，具体数据见右表。」 merged
over A2:D9, the table at G3): the merge only makes room for the text. Read as merged, its text
fills every row it covers and those rows look like a header merged down beside the table's own
header, so the table is misread. The merge is dropped; the text stays in its first cell, a note."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.readers.model import SheetGrid

MIN_ROWS = 3        # a header merged down spans two rows at most as a rule; prose is a paragraph
# a sentence: clauses split by ，；。 — never a header's 「项目（单位）」
SENTENCE = re.compile(r"[\u4e00-\u9fff”」]\s*[，,；;。].{4,}")
MIN_CHARS = 20


def is_prose(text: str) -> bool:
    """A sentence or more (20 characters with a clause break), not a label."""
    return len(text.strip()) >= MIN_CHARS and bool(SENTENCE.search(text))


def without_prose_merges(grid: SheetGrid) -> SheetGrid:
    """The grid with each merge of prose over ``MIN_ROWS`` rows or more, with cells filled beside
    it on those rows, no longer merged (its text kept where it was typed)."""
    kept = tuple(m for m in grid.merged if not prose_beside(grid, m))
    return grid if len(kept) == len(grid.merged) else replace(grid, merged=kept)


def prose_beside(grid: SheetGrid, merged: tuple[int, int, int, int]) -> bool:
    r0, c0, r1, c1 = merged
    if r1 - r0 + 1 < MIN_ROWS or r0 >= len(grid.rows) or c0 >= len(grid.rows[r0]) or not is_prose(grid.rows[r0][c0]):
        return False
    return any(text.strip() and not c0 <= c <= c1
               for row in grid.rows[r0:r1 + 1] for c, text in enumerate(row))

"""Bilingual forms: the text in a script other than Chinese (traditional Mongolian on the forms of
Inner Mongolia, Uyghur in Xinjiang, Tibetan, Korean in Yanbian, Yi) repeats the Chinese beside,
above or below it. The layout steps read the Chinese alone: 「序号 ᠳ᠋ᠤᠭᠠᠷ」 is 序号, 「网格数/ᠲᠣᠣᠷ…」 is
网格数, and a row only in that script under a row of Chinese headers reads as part of the header
above it (as if merged into it), never as a row of communities or figures; elsewhere such a row is
passed over like a blank one. The cells keep their text as written (``cell_rows``), as labels."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Callable

from ingest.hangul_dates import korean_as_chinese
from ingest.layout.model import FileContext
from ingest.readers import SheetGrid

SCRIPTS = ("\u1800-\u18af"             # Mongolian (with its variation selectors)
           "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"   # Arabic script (Uyghur, Kazakh)
           "\u0f00-\u0fff"             # Tibetan
           "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"   # Hangul
           "\ua000-\ua4cf")            # Yi
# The digits of those scripts (Tibetan ༠–༩, Mongolian ᠐–᠙, Arabic-Indic ٠–٩ and ۰–۹): a clerk typing
# with the Tibetan IME writes 「༣༢」 or 「༡༧件」 for 32 and 17件 — a figure, not a translation. A run
# of the other script begins with one of its letters (digits may lead it: 「༡ ཟླ་བ」, a date in words);
# digits alone, or before Chinese, stay in the cell and read as a figure.
SCRIPT_DIGITS = "\u0f20-\u0f29\u1810-\u1819\u0660-\u0669\u06f0-\u06f9"
RUN = re.compile(f"[{SCRIPT_DIGITS}\\s]*(?:(?![{SCRIPT_DIGITS}])[{SCRIPTS}])[{SCRIPTS}\\s\u202f\u200c\u200d]*")
# What separated the two scripts: an empty bracket, a slash or a colon at either end — never the
# brackets of the Chinese itself (（一）注册志愿者人数（人）).
LEFT_OVER = re.compile(r"[(（]\s*[)）]|^[\s/／|｜、,，:：\-—]+|[\s/／|｜、,，:：\-—]+$")


def chinese_only(text: str) -> str:
    """The text without its runs in another script, and without what separated them. A Korean
    date word after a digit (10월, 2026년) or a total word alone (합계) is no translation: it is
    the month, year or total (10月, 合计)."""
    text = korean_as_chinese(text)
    return LEFT_OVER.sub("", RUN.sub(" ", text)).strip() if RUN.search(text) else text


def without_translations(grid: SheetGrid, read_name: Callable[[str], str] = lambda text: "") \
        -> tuple[SheetGrid, dict[tuple[int, int], str]]:
    """The sheet as its Chinese reads, and the texts written in the cells that changed. A cell in
    the other script alone that ``read_name`` reads as a community (원성: 园城社区) reads as its name."""
    written: dict[tuple[int, int], str] = {}
    rows = [list(row) for row in grid.rows]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text and RUN.search(text):
                written[(r, c)] = text
                row[c] = chinese_only(text) or read_name(text)
    if not written:
        return grid, {}
    merged = list(grid.merged)
    for r in sorted({r for r, _ in written}):
        if any(text.strip() for text in rows[r]) or r == 0:
            continue  # a row with Chinese left in it reads as it is
        above = rows[r - 1]
        if any(text.strip() for text in above) and r + 1 < len(rows) and any(text.strip() for text in rows[r + 1]):
            # under headers, over figures: the translation of the row above, as if merged into it
            merged.extend((r - 1, c, r, c) for c, text in enumerate(above)
                          if text.strip() and not any(r0 <= r - 1 <= r1 and c0 <= c <= c1 for r0, c0, r1, c1 in grid.merged))
    return replace(grid, rows=tuple(tuple(row) for row in rows), merged=tuple(merged)), written


def korean_names(grid: SheetGrid, context: FileContext) -> Callable[[str], str]:
    """원성 alone in a cell: the registry name of the community of the sheet's street (named by the
    sheet, the file or a title; else the batch's) that reads so in Korean (hangul_names.py)."""
    matcher = context.matcher

    @functools.cache
    def street() -> str | None:
        texts = (grid.name, context.file_name.rsplit(".", 1)[0], *(t for row in grid.rows[:5] for t in row if t))
        return next((found for text in texts if (found := matcher.find_street(text))), None)

    def name(text: str) -> str:
        found = matcher.match(text, street())
        return matcher.communities[found.community_code].community_name if found.method == "hangul" else ""
    return name


def as_written(cell_rows, written: dict[tuple[int, int], str], sheet: str) -> None:
    """Give the changed cells (``CellRows``) back their texts as written; a cell left empty by the
    change (only the other script) is added as a label."""
    seen = set()
    for i, (r, c) in enumerate(zip(cell_rows.rows, cell_rows.cols)):
        if (r, c) in written:
            cell_rows.texts[i] = written[(r, c)]
            seen.add((r, c))
    cell_rows.extend((sheet, "", r, c, text, "label") for (r, c), text in sorted(written.items()) if (r, c) not in seen)

"""Bilingual forms (traditional Mongolian beside the Chinese, as Inner Mongolia's official forms carry
it; Uyghur, Tibetan, Korean elsewhere): the Chinese is read, the other script is a label kept as
written, and it never becomes a community, a header or a problem. (Sheet helpers from
tests/test_layout_readings.py.)"""

from __future__ import annotations

import pytest

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid

MONGOLIAN = {"社区": "ᠬᠣᠷᠣᠭᠠᠯᠠᠩ", "序号": "ᠳ᠋ᠤᠭᠠᠷ", "受理数": "ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ", "办结数": "ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠭᠰᠡᠨ"}
UYGHUR = {"社区": "مەھەللە", "序号": "تەرتىپ", "受理数": "قوبۇل قىلىنغان", "办结数": "بىر تەرەپ قىلىنغان"}
HEADERS = ("序号", "社区", "受理数", "办结数")
FIGURES = [(1, "建设街", 47, 45), (2, "商业街", 60, 56)]
EXPECTED = [("C", "654201001001", "petitions_received", 47.0), ("D", "654201001001", "petitions_resolved", 45.0),
            ("C", "654201001003", "petitions_received", 60.0), ("D", "654201001003", "petitions_resolved", 56.0)]


def layouts(words: dict[str, str]) -> dict[str, tuple]:
    other = tuple(words[h] for h in HEADERS)
    return {
        "in the cell, under": (tuple(f"{h}\n{words[h]}" for h in HEADERS),),
        "in the cell, after a slash": (tuple(f"{h}/{words[h]}" for h in HEADERS),),
        "a row below": (HEADERS, other),
        "a row above": (other, HEADERS),
    }


@pytest.mark.parametrize("words", [MONGOLIAN, UYGHUR], ids=["mongolian", "uyghur"])
@pytest.mark.parametrize("layout", ["in the cell, under", "in the cell, after a slash", "a row below", "a row above"])
def test_the_chinese_is_read_and_the_other_script_kept_as_a_label(words, layout) -> None:
    header = layouts(words)[layout]
    title = ("和平街道2025年11月民情诉求统计表",)
    sheet = grid(title, *header, *FIGURES)
    extraction = extract_sheet(sheet, CONTEXT)
    first = 1 + len(header)
    assert sorted((v.cell_ref[0], v.community_code, v.indicator_code, v.value) for v in extraction.values) == sorted(EXPECTED)
    assert all(int(v.cell_ref[1:]) > first for v in extraction.values)
    assert extraction.problems == []
    written = {text for *_, text, role in extraction.cell_rows if role == "label"}
    assert any(words["社区"] in text for text in written)   # kept as written, never dropped


@pytest.mark.parametrize("words", [MONGOLIAN, UYGHUR], ids=["mongolian", "uyghur"])
def test_a_units_row_under_the_row_of_translations_is_still_the_headers_units(words) -> None:
    """序号 | 社区 | 民情诉求 over 受理数 | 办结数, then the translations, then （件） | （件）: the units row
    belongs to the header (it was read as a data row, each unit an unreadable figure)."""
    sheet = grid(("和平街道2025年11月民情诉求统计表",), ("序号", "社区", "民情诉求", None), (None, None, "受理数", "办结数"),
                 tuple(words[h] if h in words else None for h in HEADERS), (None, None, "（件）", "（件）"), *FIGURES,
                 merged=((1, 2, 1, 3), (1, 0, 2, 0), (1, 1, 2, 1)))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref[0], v.community_code, v.indicator_code, v.value) for v in extraction.values) == sorted(EXPECTED)
    assert extraction.problems == []


def test_three_header_rows_translations_and_units_are_still_one_header() -> None:
    """序号 | 社区 | 主要工作指标, over 民情诉求, over 受理数 | 办结数, then the translations and a 单位 row:
    five rows, of which the translations add no level (the units row was read as data)."""
    sheet = grid(("和平街道2025年7月社区月报表",), ("序号", "社区", "主要工作指标", None), (None, None, "民情诉求", None),
                 HEADERS, tuple(MONGOLIAN[h] for h in HEADERS), (None, "单位", "（件）", "（件）"), *FIGURES)
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref[0], v.community_code, v.indicator_code, v.value) for v in extraction.values) == sorted(EXPECTED)
    assert extraction.problems == []


def test_figures_typed_in_the_digits_of_the_other_script_are_figures() -> None:
    """A clerk typing with the Tibetan (or Mongolian) IME writes the figure in that script's digits,
    alone or with a count word: 「༤༧」, 「༤༥件」, 「᠖᠐」 are 47, 45 and 60 — never a translation to drop."""
    sheet = grid(("和平街道2025年11月民情诉求统计表",), tuple(f"{h}\nཚོགས་པ" for h in HEADERS),
                 (1, "建设街", "༤༧", "༤༥件"), (2, "商业街", "᠖᠐", 56))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref[0], v.community_code, v.indicator_code, v.value) for v in extraction.values) == sorted(EXPECTED)
    assert extraction.problems == []

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

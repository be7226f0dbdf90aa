"""Data cards tiled on one sheet, one a community (ingest/layout/card_tiles.py)."""

from dataclasses import replace

from ingest.layout import extract_sheet
from ingest.layout.card_tiles import find_cards
from test_layout_readings import CONTEXT, grid

TILED = replace(grid(("和平街道党建引领数据卡（2025年1月）", "", "", "", "", ""),
                     (),
                     ("◆建设街社区党委", "", "", "◆商业街社区党委", "", ""),
                     ("在册党员", "164名", "", "在册党员", "152名", ""),
                     ("结对帮扶", "18对", "", "结对帮扶", "14对", ""),
                     ("议事会", "2场", "", "议事会", "5场", ""),
                     (),
                     ("◆千户社区党委", "", "", "", "", ""),
                     ("在册党员", "98名", "", "", "", ""),
                     ("结对帮扶", "9对", "", "", "", ""),
                     ("议事会", "1场", "", "", "", ""),
                     (),
                     ("说明：在册党员含预备党员。", "", "", "", "", "")),
                merged=((0, 0, 0, 5), (2, 0, 2, 1), (2, 3, 2, 4), (7, 0, 7, 1)))


def test_tiled_cards_are_read_one_community_a_card_each_figure_from_its_own_cell():
    extraction = extract_sheet(TILED, CONTEXT)
    assert sorted((v.cell_ref, v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values) == [
        ("B10", "005", "pairings", 9.0), ("B4", "001", "party_members", 164.0), ("B5", "001", "pairings", 18.0),
        ("B9", "005", "party_members", 98.0), ("E4", "003", "party_members", 152.0), ("E5", "003", "pairings", 14.0)]
    assert {v.period.period for v in extraction.values} == {"2025-01"}
    # 议事会 is no catalogue indicator: one problem for the line, never a guess
    assert [(p.problem_code, p.raw_text) for p in extraction.problems] == [("unknown_header", "议事会")]
    filled = {(r, c) for r, row in enumerate(TILED.rows) for c, text in enumerate(row) if text.strip()}
    assert {(r, c) for _, _, r, c, _, _ in extraction.cell_rows} == filled   # every filled cell, one role


def _changed(cells: dict[tuple[int, int], str]):
    rows = [list(row) for row in TILED.rows]
    for (r, c), text in cells.items():
        rows[r][c] = text
    return replace(TILED, rows=tuple(tuple(row) for row in rows))


def test_cards_of_two_forms_or_months_over_one_form_are_no_tiles():
    assert find_cards(TILED)[1] == ["在册党员", "结对帮扶", "议事会"]
    assert find_cards(_changed({(5, 3): "慰问"})) == ([], [])                        # not one form
    assert find_cards(_changed({(2, 0): "2025年1月", (2, 3): "2025年2月"})) == ([], [])  # months: one card left

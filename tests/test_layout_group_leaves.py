"""Groups merged across (本月（11月） over 户 | 人 | 金额（元）, 上月（10月） over the same) over a row of leaf
words the catalogue does not know alone: the leaves are the header's second row, never a row of data.
(Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

from test_layout_readings import grid, loaded, problems

MERGED = ((1, 1, 1, 3), (1, 4, 1, 6))


def test_leaf_words_under_groups_merged_across_are_header_cells_not_figures() -> None:
    """Which indicator 本月 / 户 is needs a person (one problem per column); the leaf row is no data
    row (it was, and the sheet read as no table at all)."""
    sheet = grid(("和平街道2025年11月低保动态管理表",), ("社区", "本月（11月）", None, None, "上月（10月）", None, None),
                 (None, "户", "人", "金额（元）", "户", "人", "金额（元）"),
                 ("建设街", 15, 21, 9700, 15, 21, 12400), ("商业街", 10, 13, 7700, 11, 14, 7300), merged=MERGED)
    assert loaded(sheet) == []
    assert problems(sheet) == [(f"{c}3", "unknown_header") for c in "BCDEFG"]


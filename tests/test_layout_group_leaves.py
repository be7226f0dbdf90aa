"""Groups merged across (本月（11月） over 户 | 人 | 金额（元）, 上月（10月） over the same) over a row of leaf
words the catalogue does not know alone: the leaves are the header's second row, never a row of data.
(Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

from test_layout_readings import grid, loaded, problems

MERGED = ((1, 1, 1, 3), (1, 4, 1, 6))


def test_leaf_words_under_groups_merged_across_are_header_cells_not_figures() -> None:
    """本月 over 户 | 人 | 金额（元）: the leaf row is the header's second row (it was read as data, and the
    sheet as no table at all); the leaves count what the title names (低保); the 上月 block is no
    figure of the month — one problem per column, never loaded."""
    sheet = grid(("和平街道2025年11月低保动态管理表",), ("社区", "本月（11月）", None, None, "上月（10月）", None, None),
                 (None, "户", "人", "金额（元）", "户", "人", "金额（元）"),
                 ("建设街", 15, 21, 9700, 15, 21, 12400), ("商业街", 10, 13, 7700, 11, 14, 7300), merged=MERGED)
    assert sorted(loaded(sheet)) == sorted([
        ("B4", "001", "dibao_households", 15.0), ("C4", "001", "dibao_persons", 21.0), ("D4", "001", "dibao_payout_yuan", 9700.0),
        ("B5", "003", "dibao_households", 10.0), ("C5", "003", "dibao_persons", 13.0), ("D5", "003", "dibao_payout_yuan", 7700.0)])
    assert problems(sheet) == [(f"{c}3", "unknown_header") for c in "EFG"]


def test_measure_leaves_under_this_month_with_a_title_naming_nothing_stay_a_question() -> None:
    """The same leaves under a title that names no object (工作统计表): which 户 is not said — reported."""
    sheet = grid(("和平街道2025年11月工作统计表",), ("社区", "本月（11月）", None, None, "上月（10月）", None, None),
                 (None, "户", "人", "金额（元）", "户", "人", "金额（元）"),
                 ("建设街", 15, 21, 9700, 15, 21, 12400), ("商业街", 10, 13, 7700, 11, 14, 7300), merged=MERGED)
    assert loaded(sheet) == []
    assert problems(sheet) == [(f"{c}3", "unknown_header") for c in "BCDEFG"]

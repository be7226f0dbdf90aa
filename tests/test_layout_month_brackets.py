"""This month's figure with last month's in brackets, 「48（45）」 under a header that says so (巡逻队员（人）
本月（上月）): the figure before the bracket is the month's value; the bracket is never loaded.
(Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

import pytest

from ingest.layout.month_brackets import this_month_first
from test_layout_readings import grid, loaded, problems

TITLE = ("和平街道2025年11月平安建设月报",)


def test_the_figure_before_the_bracket_is_the_months_value() -> None:
    sheet = grid(TITLE, ("社区", "巡逻队员（人）\n本月（上月）", "平安信息员（人）\n本月（上月）", "治安案件（起）"),
                 ("建设街", "48（45）", "9（9）", "0起"),
                 ("商业街", "43（43）", "8（7）", "2起"))
    assert sorted(loaded(sheet)) == sorted([
        ("B3", "001", "patrol_members", 48.0), ("C3", "001", "informants", 9.0), ("D3", "001", "security_cases", 0.0),
        ("B4", "003", "patrol_members", 43.0), ("C4", "003", "informants", 8.0), ("D4", "003", "security_cases", 2.0)])
    assert problems(sheet) == []


def test_brackets_under_a_header_that_does_not_say_which_is_which_stay_unread() -> None:
    """48（45） under 巡逻队员（人） alone: which figure is the month's is not said — a problem, never a guess."""
    sheet = grid(TITLE, ("社区", "巡逻队员（人）"), ("建设街", "48（45）"), ("商业街", "43（43）"))
    assert loaded(sheet) == []
    assert problems(sheet)


@pytest.mark.parametrize(("label", "texts", "expected"), [
    ("巡逻队员（人）本月（上月）", ["48（45）", "9（9）"], True),
    ("巡逻队员（人）当月(上月)", ["48(45)", ""], True),
    ("巡逻队员（人）", ["48（45）"], False),          # nothing says which figure is the month's
    ("巡逻队员（人）本月（上月）", ["48", "43"], False),   # no brackets written: nothing to pick
])
def test_this_month_first(label: str, texts: list[str], expected: bool) -> None:
    assert this_month_first(label, [t for t in texts if t]) is expected

"""A row label naming no object (当月发放: an act) in a table whose title names it (城市低保对象统计): the
title says what was paid out; under a title naming nothing it stays a question; a label naming an
object of its own is never re-read through the title. (Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

import pytest

from ingest.layout.titled_labels import object_from_titles, says_no_object
from test_layout_readings import CONTEXT, grid, loaded, problems

ROWS = (("项目", "建设街", "商业街"), ("低保户", 16, 9), ("低保人口", 23, 12), ("当月发放", 12400, 5500))


def test_an_act_alone_as_row_label_is_what_the_title_names() -> None:
    sheet = grid(("和平街道2025年11月城市低保对象分社区统计",), *ROWS)
    assert ("B5", "001", "dibao_payout_yuan", 12400.0) in loaded(sheet)
    assert ("C5", "003", "dibao_payout_yuan", 5500.0) in loaded(sheet)
    assert problems(sheet) == []


def test_under_a_title_naming_nothing_the_act_alone_is_a_question() -> None:
    sheet = grid(("和平街道2025年11月分社区统计",), *ROWS)
    assert not any(code == "dibao_payout_yuan" for *_, code, _ in loaded(sheet))
    assert ("A5", "unknown_indicator") in problems(sheet)


@pytest.mark.parametrize(("label", "expected"), [("当月发放", True), ("户", True), ("侨眷侨属", False), ("宣讲", False)])
def test_says_no_object(label: str, expected: bool) -> None:
    assert says_no_object(CONTEXT.catalog, label) is expected


def test_a_label_with_an_object_of_its_own_is_not_read_through_the_title() -> None:
    assert object_from_titles(CONTEXT.catalog, ["城市低保对象统计"], ["侨眷侨属"]) is None


def test_a_bare_hushu_row_under_a_dibao_title_is_dibao_households() -> None:
    """社区 | 项目 | 本月 with 户数 / 人数 rows under 「…城市低保对象统计表」: 户数 counts 低保 households
    (the title's object, the label's own measure), not the community's households."""
    sheet = grid(("和平街道2025年9月城市低保对象统计表",), ("社区", "项目", "本月"),
                 ("建设街", "户数", 24), ("", "人数", 48), ("商业街", "户数", 13), ("", "人数", 39),
                 merged=((2, 0, 3, 0), (4, 0, 5, 0)))
    assert loaded(sheet) == [("C3", "001", "dibao_households", 24.0), ("C4", "001", "dibao_persons", 48.0),
                             ("C5", "003", "dibao_households", 13.0), ("C6", "003", "dibao_persons", 39.0)]


def test_a_bare_hushu_row_under_a_title_naming_nothing_stays_households() -> None:
    sheet = grid(("和平街道2025年9月社区基本情况",), ("社区", "项目", "本月"), ("建设街", "户数", 2400))
    assert loaded(sheet) == [("C3", "001", "households", 2400.0)]

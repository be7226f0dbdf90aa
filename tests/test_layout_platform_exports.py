"""A platform's export: 单位 as the reporting unit, each written with its registry code
(654201001001-建设街社区居委会), counts with two decimals, the street's total last with its code."""

from ingest.community_lookups import code_and_name
from ingest.layout.model import is_total
from tests.test_layout_readings import MATCHER, grid, loaded, problems


def test_a_unit_column_of_communities_is_the_community_column() -> None:
    sheet = grid(
        ("统计月份", "单位", "受理诉求(件)", "办结(件)"),
        ("2025-01", "654201001001-建设街社区居委会", "30.00", "29.00"),
        ("2025-01", "654201001003-商业街社区居委会", "24.00", "24.00"),
        ("2025-01", "654201001-和平街道（合计）", "54.00", "53.00"),
    )
    assert loaded(sheet) == [("C2", "001", "petitions_received", 30.0), ("D2", "001", "petitions_resolved", 29.0),
                             ("C3", "003", "petitions_received", 24.0), ("D3", "003", "petitions_resolved", 24.0)]
    assert problems(sheet) == []


def test_a_code_beside_the_name_decides_unless_the_name_is_another_community() -> None:
    assert code_and_name("654201001001-建设街社区居委会") == ("654201001001", "建设街社区居委会")
    assert code_and_name("建设街社区（654201001001）") == ("654201001001", "建设街社区")
    assert code_and_name("654201001001") is None
    assert MATCHER.match("654201001001-建设街社区居委会").community_code == "654201001001"
    assert MATCHER.match("654201001001-建设街").community_code == "654201001001"
    assert MATCHER.match("654201001001-商业街社区").community_code is None   # the two disagree: never a guess
    assert MATCHER.match("654201001009-建设街社区").community_code is None   # a code the registry lacks


def test_a_code_before_a_total_is_still_a_total() -> None:
    assert is_total("654201001-和平街道（合计）")
    assert not is_total("654201001001-建设街社区居委会")

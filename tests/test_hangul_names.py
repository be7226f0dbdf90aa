"""A community written by the Korean reading of its name, in Hangul alone (ingest/hangul_names.py)."""

import sys

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.hangul_names import hangul_core, name_readings, read_in_hangul
from ingest.layout import extract_sheet

sys.path.insert(0, "tests")
from test_layout_readings import CONTEXT, grid  # noqa: E402

# A street of 延吉 as its registry names it, and one of another city holding a namesake.
STREETS = [RegistryStreet("222401002", "公园街道", "222401"), RegistryStreet("222402001", "新兴街道", "222402")]
COMMUNITIES = [
    RegistryCommunity("222401002001", "园城社区", "222401002"),
    RegistryCommunity("222401002002", "园月社区", "222401002"),
    RegistryCommunity("222401002003", "园校社区", "222401002"),
    RegistryCommunity("222401002004", "龙山社区", "222401002"),
    RegistryCommunity("222401002005", "新城村委会", "222401002"),
    RegistryCommunity("222401002006", "元城社区", "222401002"),     # 元 reads 원 too: 원성 fits two
    RegistryCommunity("222402001001", "园美社区", "222402001"),     # 원미: another city's street
]
MATCHER = CommunityMatcher(COMMUNITIES, STREETS, {})


def test_readings_follow_every_reading_of_each_character() -> None:
    assert name_readings("园月") == {"원월"}                    # 园 reads as its traditional 園
    assert name_readings("龙山") == {"룡산", "용산"}             # 延边 writes 룡, Seoul 용: both
    assert name_readings("园X") == set()                         # a character with no reading: none


@pytest.mark.parametrize("text, core", [("원월", "원월"), ("원월사회구역", "원월"), ("원 월", "원월"),
                                        ("신성촌", "신성"), ("园月", ""), ("원월社区", ""), ("원", "")])
def test_only_a_text_in_hangul_alone_has_a_core(text: str, core: str) -> None:
    assert hangul_core(text) == core


@pytest.mark.parametrize("text, code", [("원월", "222401002002"), ("원교사회구역", "222401002003"),
                                        ("룡산", "222401002004"), ("용산", "222401002004"), ("신성촌", "222401002005")])
def test_a_hangul_name_is_the_one_community_of_the_street_that_reads_so(text: str, code: str) -> None:
    found = MATCHER.match(text, "222401002")
    assert (found.community_code, found.method) == (code, "hangul")   # marked, so review can see it


def test_two_communities_reading_alike_are_a_question_never_a_guess() -> None:
    found = MATCHER.match("원성", "222401002")
    assert found.community_code is None and found.problem_code == "ambiguous_community"
    assert {name.split("（")[0] for name in found.nearest} == {"园城社区", "元城社区"}


def test_a_reading_is_never_looked_for_outside_the_street() -> None:
    assert MATCHER.match("원미", "222401002").community_code is None     # 园美 is another city's
    assert MATCHER.match("원월", None).community_code is None            # no street: no reading


def test_a_transposed_table_headed_by_hangul_names_loads_each_community() -> None:
    """项目 | 건설가 | 상업가 | 천호 (建设街, 商业街, 千户 read in Korean) over 低保 rows."""
    sheet = grid(("和平街道2025年12月城市低保统计",), ("项目", "건설가", "상업가", "천호"),
                 ("低保户数（户）", 12, 9, 4), ("低保人数（人）", 20, 15, 6))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted((v.cell_ref, v.community_code[-3:], v.indicator_code, v.value) for v in extraction.values) == [
        ("B3", "001", "dibao_households", 12.0), ("B4", "001", "dibao_persons", 20.0),
        ("C3", "003", "dibao_households", 9.0), ("C4", "003", "dibao_persons", 15.0),
        ("D3", "005", "dibao_households", 4.0), ("D4", "005", "dibao_persons", 6.0)]
    assert not extraction.problems


def test_read_in_hangul_takes_any_street_listing() -> None:
    street = [("a", "园城社区"), ("b", "园月社区居委会")]
    assert read_in_hangul("원월", street) == ["b"] and read_in_hangul("园月", street) == []

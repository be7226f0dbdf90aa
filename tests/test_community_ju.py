"""新湖居 for 新湖居委会: a residents' committee written as its name and 居 (ingest/community_ju.py)."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet

STREET = "440999001"
MATCHER = CommunityMatcher(
    [RegistryCommunity("440999001001", "新湖居委会", STREET),
     RegistryCommunity("440999001002", "长平居委会", STREET),
     RegistryCommunity("440999001003", "饶平居委会", STREET),
     RegistryCommunity("440999001004", "长厦居委会", STREET),
     RegistryCommunity("440999001005", "锦绣居社区居委会", STREET),
     RegistryCommunity("440999001006", "东湖村委会", STREET)],
    [RegistryStreet(STREET, "某某街道", "440999")], {})


@pytest.mark.parametrize("written, code", [
    ("新湖居", "440999001001"),
    ("长平居", "440999001002"),   # not one off 饶平 or 长厦: the name as written
    ("锦绣居", "440999001005"),   # an estate called …居 is matched by its own name first
])
def test_name_and_ju_is_the_residents_committee(written: str, code: str) -> None:
    assert MATCHER.match(written, STREET).community_code == code


@pytest.mark.parametrize("written", ["长夏居", "东湖居", "平原居"])
def test_no_guess_beyond_the_name_written_out(written: str) -> None:
    """One off (长夏), a village (东湖村委会) or no such committee: not read as …居委会."""
    assert MATCHER.match(written, STREET).community_code is None


@pytest.mark.parametrize("title, code", [
    ("新湖居2025年9月至2026年3月工作情况统计", "440999001001"),
    ("长平居月度工作数据（2025年9月—2026年3月）", "440999001002"),
])
def test_a_title_naming_the_committee_by_name_and_ju(title: str, code: str) -> None:
    assert MATCHER.find_community(title, STREET) == code


@pytest.mark.parametrize("title", ["新湖居民议事会2025年9月记录", "新湖居家养老服务站月报", "东湖居2025年9月工作数据"])
def test_ju_starting_another_word_or_after_a_village_names_no_committee(title: str) -> None:
    assert MATCHER.find_community(title, STREET) is None

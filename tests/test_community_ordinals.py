"""Numbered communities written short (ingest/community_ordinals.py): 光明一 / 光明1 for
光明小区第一社区, within the file's street, and before a name one character off."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet

ORDINAL_STREETS = [RegistryStreet("130102011", "东风街道", "130102"), RegistryStreet("130102010", "西风街道", "130102")]
ORDINAL_MATCHER = CommunityMatcher([
    RegistryCommunity("130102011003", "光明小区第一社区居民委员会", "130102011"),
    RegistryCommunity("130102011004", "光明小区第二社区居民委员会", "130102011"),
    RegistryCommunity("130102011017", "翠城一社区居民委员会", "130102011"),
    RegistryCommunity("130102011018", "翠城二社区居民委员会", "130102011"),
    RegistryCommunity("130102010009", "光明花园第一社区居民委员会", "130102010"),   # another street's
], ORDINAL_STREETS, {})


@pytest.mark.parametrize("text, expected", [
    ("光明一", "130102011003"), ("光明1", "130102011003"), ("光明2", "130102011004"), ("光明小区二社区", "130102011004"),
    ("翠城1", "130102011017"), ("翠城2", "130102011018"), ("翠城二社区", "130102011018"),
    ("翠城Ⅰ社区", "130102011017"), ("翠城Ⅱ社区", "130102011018"), ("翠城Ⅱ", "130102011018"),  # Roman numerals
    ("翠城ⅱ社区", "130102011018"),
])
def test_a_numbered_community_written_short_is_the_streets_one_with_that_number(text: str, expected: str) -> None:
    """建明一 / 建明1 for 建明小区第一社区, 瑞城1 for 瑞城一社区: 第 dropped, digits for the numeral,
    the estate's 小区 left out — within the file's street, where one community fits."""
    assert ORDINAL_MATCHER.match(text, "130102011").community_code == expected


def test_a_title_naming_a_numbered_community_short_reads_its_number_before_a_near_spelling() -> None:
    """「花园一社区2025年9月工作台账」 in a batch of 城郊街道: 花园第一社区 of the batch's street, not 花园南街社区
    of another street, one character off 「花园一」."""
    matcher = CommunityMatcher([
        RegistryCommunity("510703012001", "花园第一社区居民委员会", "510703012"),
        RegistryCommunity("510703012002", "花园第二社区居民委员会", "510703012"),
        RegistryCommunity("510703003016", "花园南街社区居民委员会", "510703003"),
    ], [RegistryStreet("510703012", "城郊街道", "510703"), RegistryStreet("510703003", "工区街道", "510703")], {})
    matcher.settle_home_street("510703012")
    assert matcher.find_community("花园一社区2025年9月工作台账") == "510703012001"
    assert matcher.find_community("花园1社区2026年3月工作统计表") == "510703012001"


@pytest.mark.parametrize("text", ["光明3", "光明", "翠城"])
def test_a_short_name_without_its_number_or_with_another_is_no_community(text: str) -> None:
    assert ORDINAL_MATCHER.match(text, "130102011").community_code is None

"""Communities named inside a title or a file name (ingest/community_texts.py)."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet

STREETS = [RegistryStreet("653101003", "东城街道", "653101")]
MATCHER = CommunityMatcher([
    RegistryCommunity("653101003001", "宁远城社区", "653101003"),
    RegistryCommunity("653101003002", "阿克塔什巴扎社区", "653101003"),
    RegistryCommunity("653101003003", "团结路社区居委会", "653101003"),
    RegistryCommunity("653101003004", "喀拉瓦克社区居委会", "653101003"),
], STREETS, {})


@pytest.mark.parametrize("title, expected", [
    ("宁远城2025年12月报表", "653101003001"),                      # the bare name right before its date
    ("2025- 12- / 宁远城2025年12月报表", "653101003001"),          # after the other script's date
    ("东城街道宁远城2025年10月—2026年3月（冬春季）重点工作台账", "653101003001"),
    ("阿克塔什巴孜社区2025年11月登记表", "653101003002"),          # a long name one character off
    ("团结社区2026年1月登记表", "653101003003"),                   # a road's community by its stem
    ("喀拉巴格社区2026年2月报表", "653101003004"),                 # another transliteration
    ("远城2025年12月报表", None),                                  # not the name: part of it
    ("新宁远城2025年12月报表", None),                              # inside a longer word
])
def test_a_community_named_in_a_title(title: str, expected: str | None) -> None:
    assert MATCHER.find_community(title, "653101003") == expected

"""A minority-language place name written with other characters for the same foreign syllable
(ingest/transliterations.py): 喀拉巴格 for the registry's 喀拉瓦克."""

import pytest

from ingest.communities import CommunityMatch, CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.transliterations import transliterated_alike

STREETS = [RegistryStreet("653101001", "东城街道", "653101"), RegistryStreet("653101002", "西城街道", "653101")]
COMMUNITIES = [
    RegistryCommunity("653101001001", "喀拉瓦克社区居委会", "653101001"),
    RegistryCommunity("653101001002", "阿克瓦扎社区居委会", "653101001"),
    RegistryCommunity("653101001003", "光明路社区居委会", "653101001"),
    RegistryCommunity("653101002001", "托格拉克社区居委会", "653101002"),   # another street's
]
MATCHER = CommunityMatcher(COMMUNITIES, STREETS, {})


@pytest.mark.parametrize("written, registered, alike", [
    ("喀拉巴格", "喀拉瓦克", True),     # b ~ w, g ~ k
    ("阿克巴扎", "阿克瓦扎", True),
    ("喀拉巴格", "喀拉瓦", False),      # not the same length
    ("光明大路", "光华大路", False),    # 明 and 华 are not heard alike
    ("巴格瓦克", "喀拉瓦克", False),    # fewer than half the characters as registered
])
def test_transliterated_alike(written: str, registered: str, alike: bool) -> None:
    assert transliterated_alike(written, registered) is alike


def test_a_variant_transliteration_is_the_streets_community() -> None:
    assert MATCHER.match("喀拉巴格社区", "653101001") == CommunityMatch("653101001001", "transliteration")


def test_a_variant_transliteration_needs_a_street_and_stays_in_it() -> None:
    assert MATCHER.match("喀拉巴格社区", None).community_code is None
    assert MATCHER.match("托克拉格社区", "653101001").community_code is None   # 托格拉克 is another street's

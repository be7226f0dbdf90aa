"""A community named after its road, written by the road's stem (ingest/road_stems.py)."""

import pytest

from ingest.communities import CommunityMatch, CommunityMatcher, RegistryCommunity, RegistryStreet


# A street whose committees are named after roads, as a 综治 clerk lists them by the road's stem.
ROAD_STREET = [RegistryStreet("360702001", "解放街道", "360702"), RegistryStreet("360702002", "南外街道", "360702")]
ROAD_COMMUNITIES = [
    RegistryCommunity("360702001001", "西津路居委会", "360702001"),
    RegistryCommunity("360702001004", "西郊路居委会", "360702001"),
    RegistryCommunity("360702001008", "解放路居委会", "360702001"),
    RegistryCommunity("360702001012", "洪城巷居委会", "360702001"),
    RegistryCommunity("360702001011", "中山路居委会", "360702001"),
    RegistryCommunity("360702001015", "和平路居委会", "360702001"),
    RegistryCommunity("360702001016", "和平巷居委会", "360702001"),    # 和平 fits both: no guess
    RegistryCommunity("360702001017", "冶金路居委会", "360702001"),
    RegistryCommunity("360702001018", "冶金大院居委会", "360702001"),   # 冶金 starts both
    RegistryCommunity("360702002001", "建国路居委会", "360702002"),    # another street's road
]
ROAD_MATCHER = CommunityMatcher(ROAD_COMMUNITIES, ROAD_STREET, {})


@pytest.mark.parametrize("text, expected", [
    ("西津", "360702001001"), ("西郊", "360702001004"), ("洪城", "360702001012"), ("中山", "360702001011"),
    ("和平", None),                  # 和平路 and 和平巷: two fit, a problem, never a guess
    ("建国", None),                  # only another street has 建国路
    ("冶金", None),                  # 冶金路 and 冶金大院 both start with it: neither for sure
])
def test_road_stem_within_street(text: str, expected: str | None) -> None:
    found = ROAD_MATCHER.match(text, "360702001")
    assert found.community_code == expected
    assert expected is None or found.method == "abbreviation"   # marked, so review can see it


def test_road_stem_needs_a_street() -> None:
    assert ROAD_MATCHER.match("西津", None).community_code is None


def test_a_road_named_committee_written_with_ju_is_read_as_any_name_and_ju() -> None:
    """解放路居: 居委会 cut to 居, read before any stem (ingest/community_ju.py), as written, no review mark."""
    found = ROAD_MATCHER.match("解放路居", "360702001")
    assert (found.community_code, found.method) == ("360702001008", "normalized")


def test_a_community_named_after_an_old_walled_town_by_its_stem() -> None:
    """宁远 for 宁远城社区: a community named after the 城 (old walled town) it lies in, written short."""
    matcher = CommunityMatcher([RegistryCommunity("653101003016", "宁远城社区", "653101003"),
                                RegistryCommunity("653101003017", "光明路社区", "653101003")],
                               [RegistryStreet("653101003", "东城街道", "653101")], {})
    assert matcher.match("宁远社区", "653101003") == CommunityMatch("653101003016", "abbreviation")


TERRAIN_MATCHER = CommunityMatcher([RegistryCommunity("520399001001", "石榴坡社区居民委员会", "520399001"),
                                    RegistryCommunity("520399001002", "王家院子社区居民委员会", "520399001"),
                                    RegistryCommunity("520399001003", "桃园新村社区居民委员会", "520399001"),
                                    RegistryCommunity("520399001004", "石板坡社区居民委员会", "520399001"),
                                    RegistryCommunity("520399001005", "石板湾社区居民委员会", "520399001")],
                                   [RegistryStreet("520399001", "和平街道", "520399")], {})


@pytest.mark.parametrize("text, expected", [
    ("石榴社区", "520399001001"),    # named after its slope (坡), written by the stem
    ("王家院社区", "520399001002"),  # 院子 said 院: the 子 of south-western speech left off
    ("石板社区", None),              # 石板坡 and 石板湾: two fit, a problem, never a guess
    ("桃园社区", None),              # 新村 is no word of the land: no stem
])
def test_a_community_named_after_the_lie_of_the_land_by_its_stem(text: str, expected: str | None) -> None:
    found = TERRAIN_MATCHER.match(text, "520399001")
    assert (found.community_code, found.method if expected else None) == (expected, "abbreviation" if expected else None)

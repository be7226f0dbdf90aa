from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.township_areas import area_before_name, under_township_area

MATCHER = CommunityMatcher([RegistryCommunity("120103008019", "富源里社区居委会", "120103008")],
                           [RegistryStreet("120103008", "天塔街道", "120103")], {})


def test_a_community_under_a_township_area_the_registry_lacks_is_not_ours() -> None:
    """北京市大兴区亦庄地区…社区: a 地区 stands where other cities write a 街道 or 镇."""
    assert under_township_area(MATCHER, "北京市大兴区亦庄地区富源里社区2026年3月工作报表", "120103008019")
    assert not under_township_area(MATCHER, "天塔街道富源里社区2026年3月工作报表", "120103008019")
    assert not under_township_area(MATCHER, "富源里社区2026年3月工作报表", "120103008019")


def test_a_prefecture_or_this_area_is_no_township_area() -> None:
    """塔城地区塔城市…: a prefecture is followed by its city, never by the community; 本地区 is no place."""
    assert not under_township_area(MATCHER, "塔城地区塔城市天塔街道富源里社区工作报表", "120103008019")
    assert not under_township_area(MATCHER, "塔城地区天塔街道富源里社区工作报表", "120103008019")
    assert not under_township_area(MATCHER, "全地区富源里社区工作报表", "120103008019")
    assert not area_before_name(MATCHER, "本地区")


def test_a_registry_street_named_as_an_area_is_ours() -> None:
    matcher = CommunityMatcher([RegistryCommunity("110115004005", "富源里社区居委会", "110115004")],
                               [RegistryStreet("110115004", "亦庄地区", "110115")], {})
    assert not under_township_area(matcher, "北京市大兴区亦庄地区富源里社区2026年3月工作报表", "110115004005")
    assert area_before_name(MATCHER, "北京市大兴区亦庄地区")

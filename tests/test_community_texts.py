"""Communities named inside a title or a file name (ingest/community_texts.py)."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet

# A street with two villages registered as 「…村村民委员会」: the village's own name ends in 村.
STREET = "510703012"
VILLAGES = CommunityMatcher([
    RegistryCommunity("510703012208", "白土村村民委员会", STREET),
    RegistryCommunity("510703012210", "下龙溪村村民委员会", STREET),
    RegistryCommunity("510703012005", "城郊社区居民委员会", STREET),
], [RegistryStreet(STREET, "城郊街道", "510703")], {})


@pytest.mark.parametrize("text, code", [
    ("白土村2025年第四季度村务工作统计", "510703012208"),
    ("城郊街道白土村2025年第四季度村务工作统计", "510703012208"),
    ("下龙溪村202602", "510703012210"),
    ("白土2025年工作统计", None),          # without its 村: no village named
])
def test_a_title_names_a_village_registered_as_cun_cunmin_weiyuanhui_by_its_own_name(text: str, code: str | None) -> None:
    assert VILLAGES.find_community(text, STREET) == code


STREETS = [RegistryStreet("653101003", "东城街道", "653101")]
TRANSLITERATED = CommunityMatcher([
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
    assert TRANSLITERATED.find_community(title, "653101003") == expected


# A street with a village committee its clerks call by its name without 村, or 社区 after 村改居.
HOME = "230299001"
RENAMED = CommunityMatcher([
    RegistryCommunity("230299001001", "红星社区居民委员会", HOME),
    RegistryCommunity("230299001201", "永安村村民委员会", HOME),
    RegistryCommunity("230299002201", "东风村村民委员会", "230299002"),
], [RegistryStreet(HOME, "新华街道", "230299"), RegistryStreet("230299002", "胜利镇", "230299")], {})


@pytest.mark.parametrize("title, expected", [
    ("永安社区2025年11月工作数据上报表", "230299001201"),          # the village, called a 社区 after 村改居
    ("新华区永安社区2025年11月工作数据上报表", "230299001201"),    # after a place's name
    ("新永安社区2025年11月工作数据上报表", None),                  # inside a longer name: not that village
    ("东风社区2025年11月工作数据上报表", None),                    # another street's village: never
])
def test_a_title_names_its_streets_village_by_its_stem_and_shequ(title: str, expected: str | None) -> None:
    assert RENAMED.find_community(title, HOME) == expected


@pytest.mark.parametrize("text, code", [
    ("二、城郊社区（白土村代报）", "510703012005"),            # the bracket names who sent it, not whose figures
    ("白土村2025年11月工作数据（含代报城郊社区）", "510703012208"),
    ("城郊社区（由白土村代为报送）", "510703012005"),
    ("城郊社区、白土村2025年11月", None),                      # two named, none said to send for the other
])
def test_a_bracket_naming_who_reports_on_a_communitys_behalf_is_not_the_community(text: str, code: str | None) -> None:
    assert VILLAGES.find_community(text, STREET) == code

"""Communities named inside free text (ingest/community_texts.py): a title or file name."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet

# A street with two villages registered as 「…村村民委员会」: the village's own name ends in 村.
STREET = "510703012"
MATCHER = CommunityMatcher([
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
    assert MATCHER.find_community(text, STREET) == code

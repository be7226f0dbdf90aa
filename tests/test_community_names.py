"""Community names reduced to their core, and the kind of committee a name was written as
(ingest/community_names.py)."""

import pytest

from ingest.communities import CommunityMatch, CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.community_names import normalize_community_name


@pytest.mark.parametrize("text, expected", [
    ("团结路 Ittipaq yoli", "团结路"),          # its Latin form after a space (gone once simplified)
    ("喀拉巴格社区（Qarabagh）", "喀拉巴格"),     # in brackets, as a GBK file must write it
    ("团结路（Ittipaq yoli）", "团结路"), ("博斯坦社区（Böstan）", "博斯坦"),   # Uyghur's Latin letters ü, ö
    ("金山社区A区", "金山社区A区"),              # one letter is no romanization
])
def test_a_latin_form_after_the_name_is_no_part_of_it(text: str, expected: str) -> None:
    assert normalize_community_name(text) == expected


STREETS = [RegistryStreet("653101003", "东城街道", "653101"), RegistryStreet("653101203", "城郊乡", "653101")]
MATCHER = CommunityMatcher([RegistryCommunity("653101003001", "团结路社区居委会", "653101003"),
                            RegistryCommunity("653101203217", "团结村委会", "653101203")], STREETS, {})


def test_a_name_written_as_a_community_is_no_village_of_another_street() -> None:
    """团结社区 in a file of 东城街道: not 城郊乡's 团结村委会, but the street's 团结路社区 written short."""
    assert MATCHER.match("团结社区", "653101003").community_code == "653101003001"
    assert MATCHER.match("团结村", "653101003").community_code == "653101203217"   # written as the village
    assert MATCHER.match("团结社区", None) == CommunityMatch("653101203217", "normalized")  # no street known

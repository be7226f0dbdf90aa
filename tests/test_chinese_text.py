"""Homophones read with every reading of a character (ingest/chinese_text.py: sounds_alike)."""

import pytest

from ingest.chinese_text import sounds_alike
from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet


@pytest.mark.parametrize("written, registered", [("红玲", "红菱"), ("长夏", "长厦"), ("重青", "重庆")])
def test_a_character_of_several_readings_sounds_like_any_of_them(written: str, registered: str) -> None:
    """长厦 is read zhǎng shà as a word, but a clerk hears 长 cháng and 厦 xià (厦门): 长夏."""
    assert sounds_alike(written, registered)


@pytest.mark.parametrize("written, registered", [("长平", "长厦"), ("长夏", "长厦门"), ("新华", "新湖")])
def test_other_sounds_or_lengths_are_no_homophone(written: str, registered: str) -> None:
    assert not sounds_alike(written, registered)


def test_a_committee_written_with_a_homophone_of_a_polyphonic_character() -> None:
    street = "440999001"
    matcher = CommunityMatcher([RegistryCommunity("440999001002", "长平居委会", street),
                                RegistryCommunity("440999001004", "长厦居委会", street)],
                               [RegistryStreet(street, "某某街道", "440999")], {})
    assert matcher.match("长夏居委会", street).community_code == "440999001004"
    assert matcher.find_community("长夏居委会 2025-2026年度月报", street) == "440999001004"

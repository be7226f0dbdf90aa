"""Numbered names typed with a digit (ingest/community_digits.py): 3马路 for 三马路社区 — only by
registry name, never a near spelling of 一马路 or 二马路."""

from __future__ import annotations

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.community_digits import digits_as_numerals

STREETS = [RegistryStreet("110101001", "东华门街道", "110101")]
MATCHER = CommunityMatcher([RegistryCommunity("110101001001", "一马路社区居委会", "110101001"),
                            RegistryCommunity("110101001002", "二马路社区居委会", "110101001"),
                            RegistryCommunity("110101001003", "三马路社区居委会", "110101001")], STREETS, {})


@pytest.mark.parametrize("text, code", [("3马路", "110101001003"), ("1马路社区", "110101001001"),
                                        ("2马路社区居委会", "110101001002"), ("三马路", "110101001003")])
def test_a_digit_for_a_roads_numeral_is_that_community(text: str, code: str) -> None:
    assert MATCHER.match(text, "110101001").community_code == code


def test_a_digit_no_registry_name_carries_is_not_guessed() -> None:
    assert MATCHER.match("4马路", "110101001").community_code is None


def test_only_a_lone_digit_beside_a_character_is_spelled() -> None:
    assert digits_as_numerals("3马路") == "三马路"
    assert digits_as_numerals("12号楼") is None and digits_as_numerals("马路") is None

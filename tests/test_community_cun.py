"""A village committee called by its name without 村 within its street (ingest/community_cun.py)."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet

HOME, OTHER = "230299001", "230299002"
STREET = CommunityMatcher([
    RegistryCommunity("230299001001", "红星社区居民委员会", HOME),
    RegistryCommunity("230299001201", "永安村村民委员会", HOME),
    RegistryCommunity("230299001202", "前进村委会", HOME),
    RegistryCommunity("230299002201", "东风村村民委员会", OTHER),
    RegistryCommunity("230299002202", "前进村村民委员会", OTHER),
], [RegistryStreet(HOME, "新华街道", "230299"), RegistryStreet(OTHER, "胜利镇", "230299")], {})


@pytest.mark.parametrize("text, code", [
    ("永安", "230299001201"),          # a street office's table of short names
    ("永\n安", "230299001201"),        # written down a narrow column
    ("永安社区", "230299001201"),      # called a 社区 after 村改居, the registry still the village's
    ("前进社区", "230299001202"),      # the street's own 前进村, not the other township's
    ("东风社区", None),                # another street's village: never
    ("红星", "230299001001"),          # a residents' committee read as before
    ("永", None),                      # one character is no name
])
def test_a_village_by_its_stem_within_its_street(text: str, code: str | None) -> None:
    assert STREET.match(text, HOME).community_code == code


def test_no_street_known_no_village_by_its_stem() -> None:
    """Without the street of the file there is no telling whose 永安 it is: a question, never a guess."""
    assert STREET.match("永安社区", None).community_code is None

"""Columns named by what they hold: a names column stays one when a row names two communities
together (that row alone is a problem); a party organisation's name column under 社区党组织."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.headers import HeaderCatalog
from ingest.layout import FileContext, extract_sheet
from jiedao.settings import PROJECT_DIR
from test_layout_readings import grid

STREET = "654201001"
REGISTERED = ["建设街社区居委会", "商业街社区居委会", "千户社区居委会", "团结社区居委会", "光明社区居委会"]
CONTEXT = FileContext("和平街道2025年1月党建统计.xlsx", HeaderCatalog.from_seeds(PROJECT_DIR / "seeds"), CommunityMatcher(
    [RegistryCommunity(f"{STREET}00{i}", name, STREET) for i, name in enumerate(REGISTERED, 1)],
    [RegistryStreet(STREET, "和平街道", "654201")], {}))


@pytest.mark.parametrize("header", ["社区党组织", ""])
def test_a_row_of_two_communities_together_is_a_problem_and_the_others_load(header: str) -> None:
    sheet = grid(
        ("和平街道2025年1月党建统计",),
        ("序号", header, "党员总数（名）"),
        (1, "建设街社区党委", 100),
        (2, "中共和平街道商业街社区委员会", 101),
        (3, "中共建设街、商业街社区联合委员会", 300),   # two communities, their figures not split
        (4, "千户社区党支部", 102),
        (5, "团结社区党委", 103),
        (6, "光明社区党委", 104),
    )
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:]) for v in extraction.values] == [
        ("C3", "001"), ("C4", "002"), ("C6", "003"), ("C7", "004"), ("C8", "005")]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("B5", "unknown_community")]

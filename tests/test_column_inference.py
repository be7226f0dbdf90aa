"""Columns named by what they hold: a names column stays one when a row names two communities
together (that row alone is a problem); a party organisation's name column under 社区党组织; a
column headed by the part of a community name the title spells out."""

import pytest

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.headers import HeaderCatalog
from ingest.layout import FileContext, extract_sheet
from jiedao.settings import PROJECT_DIR
from test_layout_readings import grid

STREET = "654201001"
REGISTERED = ["建设街社区居委会", "商业街社区居委会", "千户社区居委会", "团结社区居委会", "光明社区居委会",
              "建达南苑社区居委会", "建达北苑社区居委会"]
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


TWO_IN_ONE = [("序号", "工作内容", "单位", "南苑", "北苑", "合计"),
              (1, "受理居民诉求", "件", 20, 17, 37),
              (2, "城市低保户", "户", 10, 8, 18)]


def test_columns_headed_by_part_of_the_names_the_title_spells_out_are_those_communities() -> None:
    """南苑 | 北苑 | 合计 under 建达南苑、建达北苑社区…: each community its own column, the 合计 no one's."""
    extraction = extract_sheet(grid(("和平街道建达南苑、建达北苑社区2025年10月工作报表",), *TWO_IN_ONE), CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:], v.indicator_code) for v in extraction.values] == [
        ("D3", "006", "petitions_received"), ("E3", "007", "petitions_received"),
        ("D4", "006", "dibao_households"), ("E4", "007", "dibao_households")]


def test_a_title_naming_two_communities_names_neither_alone() -> None:
    """东 | 西 name no one: the title's two communities leave the table unplaced, never the 合计 as one's."""
    rows = [tuple("东" if cell == "南苑" else "西" if cell == "北苑" else cell for cell in row) for row in TWO_IN_ONE]
    extraction = extract_sheet(grid(("和平街道建达南苑、建达北苑社区2025年10月工作报表",), *rows), CONTEXT)
    assert extraction.values == []
    assert [p.problem_code for p in extraction.problems] == ["ambiguous_community"]


def test_columns_headed_by_keys_a_note_on_the_sheet_explains_are_those_communities() -> None:
    """建 | 商 | 团 over the figures, and 「注：建＝建设街社区，商＝商业街社区，团＝团结社区。」 under them."""
    sheet = grid(("和平街道2025年10月平安建设工作月报",), ("项目", "单位", "建", "商", "团", "全街道"),
                 ("平安信息员", "人", 16, 8, 10, 34), ("治安案件", "起", 0, 1, 0, 1), ("",),
                 ("注：建＝建设街社区，商＝商业街社区，团＝团结社区。",))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.community_code[-3:], v.indicator_code) for v in extraction.values] == [
        ("C3", "001", "informants"), ("D3", "002", "informants"), ("E3", "004", "informants"),
        ("C4", "001", "security_cases"), ("D4", "002", "security_cases"), ("E4", "004", "security_cases")]
    assert extraction.problems == []


def test_a_short_header_among_communities_across_is_the_one_of_their_street_it_names() -> None:
    """建设街 | 商业街 | 南苑 | 建达: 南苑 is 建达南苑 (the one name of the street holding it); 建达 fits two."""
    sheet = grid(("和平街道2025年11月平安建设工作月报",), ("项目", "单位", "建设街", "商业街", "南苑", "建达"),
                 ("平安信息员", "人", 22, 12, 19, 18), ("治安案件", "起", 2, 0, 1, 1))
    extraction = extract_sheet(sheet, CONTEXT)
    assert sorted({(v.cell_ref[0], v.community_code[-3:]) for v in extraction.values}) == [
        ("C", "001"), ("D", "002"), ("E", "006")]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("F2", "unknown_header")]


@pytest.mark.parametrize("header", ["", "단위"])
def test_a_column_of_units_under_no_header_is_each_rows_unit(header: str) -> None:
    """项目 | (nothing, or 단위 in Korean) | 本月 over 受理居民诉求 | 件 | 51: the words are what each
    row's figure counts (万元 scales it), never one unreadable figure per row."""
    sheet = grid(
        ("建设街社区2025年1月工作情况",),
        ("项目", header, "本月"),
        ("受理居民诉求", "件", 51),
        ("低保金", "万元", 1.5),
        ("党员", "人", 162),
    )
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("C3", "petitions_received", 51.0), ("C4", "dibao_payout_yuan", 15000.0), ("C5", "party_members", 162.0)]
    assert extraction.problems == []

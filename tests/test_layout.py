"""Layout detection straight from grids (no files): the role of every cell and what is loaded."""

from ingest.communities import CommunityMatcher, RegistryCommunity, RegistryStreet
from ingest.headers import HeaderCatalog
from ingest.layout import FileContext, cell_ref, extract_sheet
from ingest.readers import SheetGrid
from jiedao.settings import PROJECT_DIR

MATCHER = CommunityMatcher(
    [RegistryCommunity("654201001001", "建设街社区居委会", "654201001"),
     RegistryCommunity("654201001003", "商业街社区居委会", "654201001")],
    [RegistryStreet("654201001", "和平街道", "654201")], {})
CONTEXT = FileContext("和平街道2025年1月.xlsx", HeaderCatalog.from_seeds(PROJECT_DIR / "seeds"), MATCHER)


def grid(*rows: tuple[object, ...], merged: tuple[tuple[int, int, int, int], ...] = ()) -> SheetGrid:
    width = max(len(row) for row in rows)
    return SheetGrid("Sheet1", tuple(tuple("" if v is None else str(v) for v in row) + ("",) * (width - len(row))
                                     for row in rows), merged)


def roles(extraction) -> dict[str, str]:
    return {cell_ref(r, c): role for (r, c), role in sorted(extraction.roles.items())}


def test_every_cell_gets_a_role() -> None:
    sheet = grid(
        ("和平街道2025年1月",),
        ("序号", "社区名称", "受理数", "备用"),
        (1, "建设街社区", 5, "x"),
        (2, "无名社区", 3, None),
        ("合计", None, 8, None),
        ("填表人：李",),
    )
    extraction = extract_sheet(sheet, CONTEXT)
    assert roles(extraction) == {
        "A1": "label", "A2": "label", "B2": "label", "C2": "label", "D2": "problem",
        "A3": "label", "B3": "label", "C3": "value", "D3": "problem",
        "A4": "label", "B4": "problem", "C4": "problem",
        "A5": "label", "C5": "label", "A6": "label",
    }
    assert [(v.cell_ref, v.community_code, v.indicator_code, v.period.period, v.value) for v in extraction.values] \
        == [("C3", "654201001001", "petitions_received", "2025-01", 5.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [("D2", "unknown_header"), ("B4", "unknown_community")]


def test_group_header_from_merge_and_lineage() -> None:
    sheet = grid(
        ("社区名称", "民情诉求", None),
        (None, "受理数", "已办结"),
        ("商业街社区", 4, 2),
        merged=((0, 1, 0, 2), (0, 0, 1, 0)),
    )
    values = extract_sheet(sheet, CONTEXT).values
    assert [(v.header_text, v.community_text, v.community_match, v.period_text, v.raw_text) for v in values] == [
        ("民情诉求 / 受理数", "商业街社区", "normalized", "和平街道2025年1月", "4"),
        ("民情诉求 / 已办结", "商业街社区", "normalized", "和平街道2025年1月", "2"),
    ]

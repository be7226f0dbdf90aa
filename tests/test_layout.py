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


def test_a_unit_column_says_what_a_row_counts() -> None:
    # 分类 merged down beside the item, 计量 for the unit: the unit decides 人 against 人次, 场 against 人.
    sheet = grid(
        ("建设街社区2025年1月月报",),
        ("分类", "工作指标", "计量", "完成数"),
        ("志愿", "在册志愿者", "人", 652),
        (None, "参与志愿服务", "人次", 300),
        ("就业", "就业培训", "场", 2),
        merged=((2, 0, 3, 0),),
    )
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.community_code, v.indicator_code, v.value) for v in extraction.values] == [
        ("D3", "654201001001", "volunteers", 652.0),
        ("D4", "654201001001", "volunteer_person_times", 300.0),
        ("D5", "654201001001", "training_sessions", 2.0),
    ]
    assert extraction.problems == []


def test_area_column_street_total_and_change_column_are_labels() -> None:
    # 所属片区 groups the communities, 全街道 is the street's total, 同比增减 compares with last
    # year: none of them is a value, and none is a problem.
    street = grid(
        ("和平街道2025年1月",),
        ("所属片区", "社区", "受理数"),
        ("东片", "建设街社区", 5),
        (None, "商业街社区", 3),
        ("全街道", None, 8),
        merged=((2, 0, 3, 0),),
    )
    extraction = extract_sheet(street, CONTEXT)
    assert [(v.cell_ref, v.value) for v in extraction.values] == [("C3", 5.0), ("C4", 3.0)]
    assert extraction.problems == []
    assert roles(extraction)["A5"] == "label" and roles(extraction)["A3"] == "label"
    community = grid(
        ("建设街社区2025年1月工作报表",),
        ("项目", "单位", "本月", "同比增减"),
        ("受理群众诉求", "件", 42, "↓2"),
        ("常住人口", "人", 7916, "持平"),
    )
    extraction = extract_sheet(community, CONTEXT)
    assert [(v.cell_ref, v.indicator_code) for v in extraction.values] == [("C3", "petitions_received"),
                                                                           ("C4", "residents")]
    assert extraction.problems == []


def test_a_group_cell_written_once_in_an_unmerged_three_row_header() -> None:
    sheet = grid(
        ("序号", "社区名称", "本月工作完成情况", None),
        (None, None, "民情诉求", None),
        (None, None, "受理数（件）", "办结数（件）"),
        (1, "建设街", 8, 7),
    )
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.indicator_code, v.value) for v in extraction.values] == [
        ("C4", "petitions_received", 8.0), ("D4", "petitions_resolved", 7.0)]
    assert extraction.problems == []


def test_a_negative_count_and_a_formula_without_result_are_named_problems_not_values() -> None:
    sheet = grid(
        ("社区名称", "受理数", "已办结"),
        ("建设街社区", -3, "=B3+1"),
        ("商业街社区", 4, "=B3+1"),
    )
    sheet = SheetGrid(sheet.name, sheet.rows, sheet.merged, formula_cells=frozenset({(1, 2)}))
    extraction = extract_sheet(sheet, CONTEXT)
    assert [(v.cell_ref, v.value) for v in extraction.values] == [("B3", 4.0)]
    assert [(p.cell_ref, p.problem_code) for p in extraction.problems] == [
        ("B2", "negative_value"), ("C2", "formula_no_result"), ("C3", "unreadable_value")]  # C3: text typed as "=B3+1"


def test_many_problems_of_one_kind_in_a_column_are_listed_twenty_then_counted() -> None:
    bad_rows = [(f"第{n}社区", n, "x") for n in range(1, 46)]
    sheet = grid(("社区名称", "受理数", "已办结"), ("建设街社区", 5, 2), *bad_rows)
    extraction = extract_sheet(sheet, CONTEXT)
    codes = [(p.problem_code, p.cell_ref[0]) for p in extraction.problems]
    assert codes.count(("unknown_community", "A")) == 20
    assert codes.count(("unreadable_value", "C")) == 0  # the row's community is unknown: one reason, in A
    more = [p for p in extraction.problems if p.problem_code == "more_problems"]
    assert [(p.cell_ref, p.raw_text, p.detail) for p in more] == [("A23", "无法匹配的社区", "25 处，第 23–47 行")]
    assert sum(role == "problem" for role in roles(extraction).values()) == 3 * 45  # every bad cell keeps its reason
    assert [v.cell_ref for v in extraction.values] == ["B2", "C2"]

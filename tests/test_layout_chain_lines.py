"""A WeChat group's 接龙 pasted down one column: numbered lines, each a community and its figures.
Grids straight to the layout, with the helpers of tests/test_layout_readings.py."""

from dataclasses import replace

from ingest.layout import cover_texts, extract_sheet
from tests.test_layout_readings import CONTEXT, grid, loaded, problems


def chain(*lines: str) -> object:
    return grid(("和平街道2025年1月民情诉求数据（群接龙整理）",), ("",), ("#接龙",),
                ("请各社区接龙填报1月数据，格式如下：",), ("例  XX社区 受理诉求X件 办结X件 调解纠纷X起",),
                *((line,) for line in lines), ("街道综治中心：收到，谢谢各位！",))


def test_each_numbered_line_is_a_community_and_its_figures() -> None:
    """A sender's name or a bracket after the community, commas or spaces between figures, 无 for 0;
    the 例 line, the request and the thanks are labels."""
    sheet = chain("1. 建设街社区 受理诉求51件 办结50件 调解纠纷1起",
                  "2. 商业街社区（李娟）：受理诉求58件，办结56件，调解纠纷无")
    assert loaded(sheet) == [("A6", "001", "petitions_received", 51.0), ("A6", "001", "petitions_resolved", 50.0),
                             ("A6", "001", "disputes_mediated", 1.0), ("A7", "003", "petitions_received", 58.0),
                             ("A7", "003", "petitions_resolved", 56.0), ("A7", "003", "disputes_mediated", 0.0)]
    assert problems(sheet) == []


def test_a_later_line_marked_as_the_correction_replaces_the_earlier_one() -> None:
    """Words where a figure belongs (待司法所核实) are no figure; a line marked 以此条为准 stands."""
    sheet = chain("1. 建设街社区 受理诉求74件 办结72件 调解纠纷待司法所核实",
                  "2. 商业街社区 受理诉求30件 办结29件",
                  "3. 建设街社区（更正，以此条为准）受理诉求76件 办结73件")
    assert loaded(sheet) == [("A7", "003", "petitions_received", 30.0), ("A7", "003", "petitions_resolved", 29.0),
                             ("A8", "001", "petitions_received", 76.0), ("A8", "001", "petitions_resolved", 73.0)]
    assert problems(sheet) == [("A6", "superseded_in_file")]


def test_a_second_line_without_a_correction_mark_is_a_duplicate() -> None:
    sheet = chain("1. 建设街社区 受理诉求74件 办结72件", "2. 商业街社区 受理诉求30件 办结29件",
                  "3. 建设街社区 受理诉求76件 办结73件")
    assert [row[0] for row in loaded(sheet)] == ["A6", "A6", "A7", "A7"]
    assert problems(sheet) == [("A8", "duplicate_value"), ("A8", "duplicate_value")]


def test_an_example_line_with_zeros_is_never_a_paragraph_of_figures() -> None:
    """「例：XX社区 受理0件 办结0件 调解0起」 shows how to write a line: its zeros are no community's
    figures, not even read as a lone paragraph (a sheet of several communities' lines has no one
    community for a paragraph, whatever its context — here its own lines, as the loader's cover)."""
    sheet = grid(("和平街道2025年1月诉求接龙整理",), ("请各社区按格式接龙：社区+受理X件+办结X件+调解X起",),
                 ("例：XX社区 受理0件 办结0件 调解0起",), ("1. 建设街社区 受理50件 办结49件 调解5起",),
                 ("2. 商业街社区 受理24件 办结22件 调解6起",))
    extraction = extract_sheet(sheet, replace(CONTEXT, cover=cover_texts([sheet])))
    assert [v.cell_ref for v in extraction.values] == ["A4"] * 3 + ["A5"] * 3
    assert extraction.problems == []


def test_an_amount_in_wan_is_read_in_yuan() -> None:
    """「贷款20万」 on a 接龙 line is 200,000 元 (as 「贷款1.5万元」 is 15,000); 「贷款无」 is 0."""
    sheet = grid(("和平街道2025年3月就业数据接龙",), ("例 XX社区 就业X人 贷款X万",),
                 ("1. 建设街社区 就业12人 贷款20万",), ("2. 商业街社区 就业9人 贷款无",),
                 ("3. 千户社区 就业5人 贷款1.5万元",))
    assert [row for row in loaded(sheet) if row[2] == "micro_loans_yuan"] == [
        ("A3", "001", "micro_loans_yuan", 200000.0), ("A4", "003", "micro_loans_yuan", 0.0),
        ("A5", "005", "micro_loans_yuan", 15000.0)]
    assert problems(sheet) == []

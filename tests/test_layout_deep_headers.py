"""Four merged header rows (ingest/layout/header_rows.read_header): domain → object → measure → 本月 | 累计, with
序号 / 社区 merged down all four and a measure that has no 本月 | 累计 merged down over the fourth row. The fourth
row is header, never a data row; each leaf column is its measure's month or year to date."""

from __future__ import annotations

from datetime import date

from test_layout_readings import CONTEXT, MATCHER

from ingest.layout import FileContext, extract_sheet
from ingest.readers import SheetGrid

CATALOG = CONTEXT.catalog

ROWS = [("和平街道2025年10月民生保障工作进度表",),
        ("序号", "社区", "社会救助", "", "", "", "就业创业", "", "", ""),
        ("", "", "城市最低生活保障", "", "", "", "城镇新增就业", "", "就业岗位开发", ""),
        ("", "", "户数", "人数", "保障金", "", "人数", "", "新开发岗位", ""),
        ("", "", "", "", "本月", "1-10月累计", "本月", "1-10月累计", "本月", "1-10月累计"),
        ("", "合计", 39, 58, 59900, 641200, 36, 329, 29, 213),
        (1, "建设街社区", 20, 31, 32900, 353300, 20, 200, 13, 103),
        (2, "商业街社区", 19, 27, 27000, 287900, 16, 129, 16, 110)]
# (first row, first column, last row, last column), 0-based
MERGED = ((1, 0, 4, 0), (1, 1, 4, 1), (1, 2, 1, 5), (1, 6, 1, 9), (2, 2, 2, 5), (2, 6, 2, 7), (2, 8, 2, 9),
          (3, 2, 4, 2), (3, 3, 4, 3), (3, 4, 3, 5), (3, 6, 3, 7), (3, 8, 3, 9))


def test_four_header_rows_leave_every_community_row_its_values() -> None:
    grid = SheetGrid("民生保障", tuple(tuple(str(v) for v in row) + ("",) * (10 - len(row)) for row in ROWS), MERGED)
    found = extract_sheet(grid, FileContext("和平街道2025年10月民生保障工作进度表.xlsx", CATALOG, MATCHER, date(2025, 11, 6)))
    monthly = {v.cell_ref: (v.indicator_code, v.value) for v in found.values if not v.is_cumulative}
    assert monthly == {
        "C7": ("dibao_households", 20), "D7": ("dibao_persons", 31), "E7": ("dibao_payout_yuan", 32900),
        "G7": ("people_employed", 20), "I7": ("jobs_created", 13),
        "C8": ("dibao_households", 19), "D8": ("dibao_persons", 27), "E8": ("dibao_payout_yuan", 27000),
        "G8": ("people_employed", 16), "I8": ("jobs_created", 16)}
    assert {v.period.period for v in found.values} == {"2025-10"}
    assert not [p for p in found.problems if p.problem_code in {"unknown_community", "unknown_header"}]


def test_a_note_merged_down_the_side_of_the_sheet_holds_no_data_row_in_the_header() -> None:
    """填报说明 merged over the first columns of thirty rows, beside a title and two header rows: the
    rows beside the note under the headers are communities' figures, never a fourth header row."""
    note = "填报说明：\n1. 文体活动以活动台账为准；\n2. 请于11月5日前报街道。"
    rows = [(note, "", "和平街道2025年10月文化活动统计表", "", "", ""),
            ("", "", "序号", "社区", "文体活动（场）", "政策宣讲（次）"),
            ("", "", "", "", "本月", "本月"),
            ("", "", 1, "建设街", 8, 2),
            ("", "", 2, "商业街", 14, 6)] + [("",) * 6] * 25
    grid = SheetGrid("10月", tuple(tuple(str(v) for v in row) for row in rows),
                     ((0, 0, 29, 1), (0, 2, 0, 5), (1, 2, 2, 2), (1, 3, 2, 3)))
    found = extract_sheet(grid, FileContext("和平街道2025年10月文化活动统计.xlsx", CATALOG, MATCHER, date(2025, 11, 6)))
    assert sorted((v.cell_ref, v.indicator_code, v.value) for v in found.values) == [
        ("E4", "cultural_activities", 8), ("E5", "cultural_activities", 14),
        ("F4", "lectures_held", 2), ("F5", "lectures_held", 6)]


def test_an_amount_in_figures_and_in_capital_numerals_is_one_figure() -> None:
    """低保金发放 over 小写（元） | 大写: the figure, and the same written 玖仟贰佰肆拾元整 (never a second value)."""
    rows = [("和平街道2025年11月社会救助工作月报",),
            ("序号", "社区", "低保金发放", ""),
            ("", "", "小写（元）", "大写"),
            (1, "建设街社区", 9240, "玖仟贰佰肆拾元整"),
            (2, "商业街社区", 25410, "贰万伍仟肆佰壹拾元整")]
    grid = SheetGrid("11月", tuple(tuple(str(v) for v in row) + ("",) * (4 - len(row)) for row in rows),
                     ((1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3)))
    found = extract_sheet(grid, FileContext("社会救助.xlsx", CATALOG, MATCHER, date(2025, 12, 3)))
    assert [(v.cell_ref, v.indicator_code, v.value) for v in found.values] == [
        ("C4", "dibao_payout_yuan", 9240), ("C5", "dibao_payout_yuan", 25410)]
    assert not found.problems

"""Amounts a note says were rounded in 万元 (ingest/layout/rounded_amounts.py): the 元 figure cannot be
read from them, so the column is one problem, never a guessed figure; a plain 万元 note still scales."""

from test_layout_readings import grid, loaded, problems


def dibao_sheet(note: str) -> object:
    """A street's 低保 table: households and persons, the amount marked * and its unit in the footnote."""
    return grid(("和平街道2025年1月低保发放统计表",), ("社区", "低保户数", "本月发放金额*"),
                ("建设街社区", 44, 5.71), ("商业街社区", 26, 3.6), ("合计", 70, 9.31), (note,))


def test_amounts_rounded_in_wan_yuan_are_one_problem_not_a_figure() -> None:
    sheet = dibao_sheet("*金额单位：万元（保留两位小数）。")
    assert loaded(sheet) == [("B3", "001", "dibao_households", 44.0), ("B4", "003", "dibao_households", 26.0)]
    assert problems(sheet) == [("C2", "rounded_amount")]


def test_amounts_in_wan_yuan_without_a_rounding_note_are_scaled() -> None:
    sheet = dibao_sheet("*金额单位：万元。")
    assert ("C3", "001", "dibao_payout_yuan", 57100.0) in loaded(sheet)
    assert problems(sheet) == []

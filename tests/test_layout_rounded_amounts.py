"""Amounts a note says were rounded in 万元 whose rows miss their own 合计 (ingest/layout/rounded_amounts.py):
the 元 figure cannot be read from them, so the column is one problem, never a guessed figure; rows
that add up to their total, or a note saying no rounding, are scaled as before."""

from dataclasses import replace

from test_layout_readings import CONTEXT, grid, loaded, problems

from ingest.layout import extract_sheets


def dibao_sheet(note: str, total: float) -> object:
    """A street's 低保 table: households, the amount marked * and its unit in the footnote."""
    return grid(("和平街道2025年1月低保发放统计表",), ("社区", "低保户数", "本月发放金额*"),
                ("建设街社区", 44, 5.71), ("商业街社区", 26, 3.6), ("合计", 70, total), (note,))


def test_amounts_rounded_one_by_one_in_wan_yuan_are_one_problem_not_a_figure() -> None:
    sheet = dibao_sheet("*金额单位：万元（保留两位小数）。", 9.32)   # 5.71 + 3.6 = 9.31: rounded apart
    assert loaded(sheet) == [("B3", "001", "dibao_households", 44.0), ("B4", "003", "dibao_households", 26.0)]
    assert ("C2", "rounded_amount") in problems(sheet)


def test_rounded_amounts_that_add_up_to_their_total_are_scaled() -> None:
    sheet = dibao_sheet("*金额单位：万元（保留两位小数）。", 9.31)
    assert ("C3", "001", "dibao_payout_yuan", 57100.0) in loaded(sheet)
    assert problems(sheet) == []


def test_amounts_in_wan_yuan_without_a_rounding_note_are_scaled() -> None:
    sheet = dibao_sheet("*金额单位：万元。", 9.32)
    assert ("C3", "001", "dibao_payout_yuan", 57100.0) in loaded(sheet)


def test_a_sibling_sheet_shown_rounded_makes_the_same_column_a_problem_on_every_sheet() -> None:
    """1月 adds up by chance, 2月 does not: the rounding is the workbook's, so 1月's amounts are
    as uncertain — no amount loads from either sheet, one problem on each."""
    january = replace(dibao_sheet("*金额单位：万元（保留两位小数）。", 9.31), name="1月")
    february = replace(dibao_sheet("*金额单位：万元（保留两位小数）。", 9.32), name="2月")
    extractions = list(extract_sheets([january, february], CONTEXT))
    assert [v.indicator_code for e in extractions for v in e.values] == ["dibao_households"] * 4
    assert [(p.sheet, p.problem_code) for e in extractions for p in e.problems] == [
        ("1月", "rounded_amount"), ("2月", "rounded_amount")]

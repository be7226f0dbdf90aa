"""Ledgers and street returns read as the 兰州 blind corpus showed clerks write them: months across
a year end with the year only in the title's span, … (sheet helpers from tests/test_layout_readings.py)."""

from dataclasses import replace

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid


def periods_loaded(sheet, file_name: str = "和平街道工作台账.xlsx") -> list[tuple[str, str, str, float]]:
    extraction = extract_sheet(sheet, replace(CONTEXT, file_name=file_name))
    return [(v.cell_ref, v.period.period, v.indicator_code, v.value) for v in extraction.values]


def test_months_across_a_year_end_take_their_year_from_the_titles_span() -> None:
    """9月 … 12月 1月 2月 under 2025年9月至2026年2月: the months from 1月 on are 2026's."""
    sheet = grid(("建设街社区2025年9月至2026年2月主要工作指标台账",),
                 ("序号", "指标", "单位", "11月", "12月", "1月", "2月"),
                 (1, "受理群众诉求", "件", 96, 102, 96, 40))
    assert periods_loaded(sheet) == [
        ("D3", "2025-11", "petitions_received", 96.0), ("E3", "2025-12", "petitions_received", 102.0),
        ("F3", "2026-01", "petitions_received", 96.0), ("G3", "2026-02", "petitions_received", 40.0)]

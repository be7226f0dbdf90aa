"""A row of amounts whose unit only an unmarked note under the table says (ingest/layout/noted_units.py):
communities across, 「本月发放低保金」 with no unit, and 「注：本月低保金单位：万元」 below.
(Sheet helpers from tests/test_layout_readings.py.)"""

from __future__ import annotations

import pytest

from ingest.layout import extract_sheet
from test_layout_readings import CONTEXT, grid


def payout(note: str, label: str = "本月发放低保金") -> list[tuple[str, float]]:
    sheet = grid(("和平街道2025年1月城乡低保情况统计表",), ("项  目", "合计", "建设街", "商业街"),
                 ("低保户数（户）", 26, 12, 14), (label, 2.33, 0.85, 1.48), (note,))
    return [(v.cell_ref, round(v.value, 6)) for v in extract_sheet(sheet, CONTEXT).values
            if v.indicator_code == "dibao_payout_yuan"]


@pytest.mark.parametrize("note", ["注：本月低保金单位：万元（保留4位小数）", "注：金额单位：万元"])
def test_a_note_naming_the_rows_amount_or_all_amounts_gives_its_unit(note) -> None:
    assert payout(note) == [("C4", 8500.0), ("D4", 14800.0)]


@pytest.mark.parametrize("note", ["注：慰问金单位：万元", "注：低保金单位为元；12月份按万元填报。"])
def test_a_note_about_another_amount_or_another_month_leaves_the_figure_as_written(note) -> None:
    assert payout(note) == [("C4", 0.85), ("D4", 1.48)]


def test_a_label_saying_its_own_unit_keeps_it() -> None:
    assert payout("注：金额单位：万元", label="本月发放低保金（元）") == [("C4", 0.85), ("D4", 1.48)]


def test_counts_of_the_same_table_never_take_the_amount_unit() -> None:
    sheet = grid(("和平街道2025年1月城乡低保情况统计表",), ("项  目", "合计", "建设街", "商业街"),
                 ("低保户数（户）", 26, 12, 14), ("本月发放低保金", 2.33, 0.85, 1.48), ("注：金额单位：万元",))
    assert [v.value for v in extract_sheet(sheet, CONTEXT).values if v.indicator_code == "dibao_households"] == [12, 14]

"""Korean date words (ingest/hangul_dates.py): 년/월 after a digit are 年/月 wherever a period is read
— a month column 「10월」, a sheet 「2026년2월」, a title 「2025年10-12월」 — while the same syllables
inside a word (원월, a community's Korean reading) stay as written."""

from __future__ import annotations

import pytest

from ingest.hangul_dates import hangul_date_words
from ingest.layout import extract_sheet
from ingest.layout.translations import chinese_only
from ingest.periods import Period, find_period, parse_period
from test_layout_readings import CONTEXT, grid


@pytest.mark.parametrize("text, expected", [
    ("10월", "10月"), ("2026년 1월", "2026年 1月"), ("2026년2월", "2026年2月"), ("원월사회구역", "원월사회구역"),
    ("처리 완료", "처리 완료"),
])
def test_date_words_after_a_digit_only(text: str, expected: str) -> None:
    assert hangul_date_words(text) == expected


@pytest.mark.parametrize("text, year, expected", [
    ("10월", 2025, Period("month", "2025-10")), ("2026년 1월", None, Period("month", "2026-01")),
    ("2026년2월", None, Period("month", "2026-02")), ("원월", None, None),
])
def test_a_korean_month_is_a_period(text: str, year: int | None, expected: Period | None) -> None:
    assert parse_period(text, year) == expected


def test_a_title_with_a_korean_month_span_is_its_quarter() -> None:
    assert find_period("和平街道 2025年10-12월 분기 통계") == Period("quarter", "2025-Q4")


def test_a_korean_month_is_no_translation_to_drop() -> None:
    assert chinese_only("10월") == "10月"
    assert chinese_only(" 합계") == "合计"
    assert chinese_only("민원 접수 受理居民诉求") == "受理居民诉求"


def test_months_across_written_in_korean_are_each_months_figures() -> None:
    """指标 | 10월 | 11월 | 12월 | 합계: the three months' figures, the 합계 column none of them."""
    sheet = grid(("建设街社区 2025年10-12월 분기 통계",), ("指标", "10월", "11월", "12월", "합계", "单位"),
                 ("受理诉求（件）", 46, 22, 27, 95, "件"), ("办结（件）", 45, 22, 27, 94, "件"))
    months = {(v.cell_ref, v.period.period, v.value) for v in extract_sheet(sheet, CONTEXT).values
              if v.period.grain == "month"}
    assert months == {("B3", "2025-10", 46.0), ("C3", "2025-11", 22.0), ("D3", "2025-12", 27.0),
                      ("B4", "2025-10", 45.0), ("C4", "2025-11", 22.0), ("D4", "2025-12", 27.0)}

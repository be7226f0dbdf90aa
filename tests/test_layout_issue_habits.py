"""Readings of street bulletins and half-month, part-and-total returns the 宁波 blind corpus showed: an
issue's date beside its number, a month's figure beside its halves, parts before their 合计 row. Grids
straight to the layout, with the helpers of tests/test_layout_readings.py."""

from test_layout_readings import CONTEXT, grid

from ingest.layout import extract_sheet
from ingest.periods import dated_only


def periods(sheet) -> set[str]:
    return {v.period.period for v in extract_sheet(sheet, CONTEXT).values if v.period}


def test_an_issues_date_is_not_its_month() -> None:
    """「第7期　党政办编　2026年2月5日」 then 「（2026年1月各社区数据）」: the bulletin was issued on
    5 February; its figures are January's (and 第7期 is no month)."""
    sheet = grid(("和平街道社区工作月报",), ("第7期　　和平街道党政办编　　2026年2月5日",),
                 ("（2026年1月各社区数据）",), ("社区", "健康体检（人）", "文体活动（场）"),
                 ("建设街", 15, 8), ("商业街", 24, 5))
    assert periods(sheet) == {"2026-01"}


def test_which_dates_are_an_issue_date() -> None:
    assert dated_only("第7期　党政办编　2026年2月5日")
    assert dated_only("2026-02-05")
    assert not dated_only("数据截至：2026年4月30日")          # a month's last day: that month's stock
    assert not dated_only("2025年9月26日—2025年10月25日")      # a span of days: a platform's month
    assert not dated_only("2026年1月工作报表（2026年2月5日报）")  # the month is written as a month too
    assert not dated_only("2026年1月")

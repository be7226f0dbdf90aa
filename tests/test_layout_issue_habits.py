"""Readings of street bulletins and half-month, part-and-total returns the 宁波 blind corpus showed: an
issue's date beside its number, a month's figure beside its halves, parts before their 合计 row. Grids
straight to the layout, with the helpers of tests/test_layout_readings.py."""

from test_layout_readings import CONTEXT, grid, loaded, problems

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


def test_a_months_figure_beside_its_two_halves() -> None:
    """新增就业岗位（个） over 上半月 | 下半月 | 全月 (a half-month report merged): only 全月 is the
    month's figure; the halves are its parts (never loaded, no problem)."""
    sheet = grid(("和平街道2025年11月就业创业统计（半月报汇总）",),
                 ("社区", "新增就业岗位（个）", "", "", "职业技能培训（场）"),
                 ("", "上半月", "下半月", "全月", ""), ("建设街", 5, 4, 9, 2), ("商业街", 4, 2, 6, 1),
                 merged=((1, 1, 1, 3), (1, 0, 2, 0), (1, 4, 2, 4)))
    assert loaded(sheet) == [("D4", "001", "jobs_created", 9.0), ("E4", "001", "training_sessions", 2.0),
                             ("D5", "003", "jobs_created", 6.0), ("E5", "003", "training_sessions", 1.0)]
    assert problems(sheet) == []


def test_a_list_of_items_over_two_halves_and_the_whole_month() -> None:
    """项目 | 单位 | 上半月 | 下半月 | 全月: the 全月 column holds each item's figure (a stock written
    only there, 月末数, too)."""
    sheet = grid(("建设街社区2025年11月工作数据（半月报合并）",), ("项目", "单位", "上半月", "下半月", "全月", "备注"),
                 ("受理诉求", "件", 36, 19, 55, ""), ("文体活动", "场", 4, 3, 7, ""),
                 ("低保户数", "户", "", "", 30, "月末数"))
    assert loaded(sheet) == [("E3", "001", "petitions_received", 55.0), ("E4", "001", "cultural_activities", 7.0),
                             ("E5", "001", "dibao_households", 30.0)]


def test_the_marginal_families_beside_dibao_are_not_dibao_nor_households() -> None:
    """低保户数 | 低保人数 | 低边户数 | 低边人数: 低边 (低保边缘家庭) is a scheme of its own beside 低保 — its
    户数 is neither 低保户数 nor, by elimination, 常住户数: reported, never loaded."""
    sheet = grid(("和平街道2025年12月城市低保、低保边缘家庭情况统计表",),
                 ("社区", "低保户数（户）", "低保人数（人）", "低边户数（户）", "低边人数（人）"),
                 ("建设街社区", 7, 9, 11, 14), ("商业街社区", 31, 50, 7, 12))
    assert loaded(sheet) == [("B3", "001", "dibao_households", 7.0), ("C3", "001", "dibao_persons", 9.0),
                             ("B4", "003", "dibao_households", 31.0), ("C4", "003", "dibao_persons", 50.0)]
    assert ("D2", "unknown_header") in problems(sheet) and ("E2", "unknown_header") in problems(sheet)


def test_an_items_parts_then_its_named_total_row() -> None:
    """类别 | 项目 | 单位 | 数量: 实现就业（男） | 实现就业（女） | 实现就业合计 and 学雷锋志愿服务 | 日常志愿服务 |
    志愿服务合计: each 合计 naming an item is its figure, the rows above it its parts (never loaded)."""
    sheet = grid(("建设街社区2026年3月工作报表",), ("类别", "项目", "单位", "数量"),
                 ("就业", "新增就业岗位", "个", 28), ("", "实现就业（男）", "人", "12"), ("", "实现就业（女）", "人", "14"),
                 ("", "实现就业合计", "人", 26), ("志愿", "学雷锋志愿服务", "人次", "447"),
                 ("", "日常志愿服务", "人次", "299"), ("", "志愿服务合计", "人次", 746),
                 merged=((2, 0, 5, 0), (6, 0, 8, 0)))
    assert loaded(sheet) == [("D3", "001", "jobs_created", 28.0), ("D6", "001", "people_employed", 26.0),
                             ("D9", "001", "volunteer_person_times", 746.0)]
    assert problems(sheet) == []


def test_parts_that_do_not_add_up_to_their_named_total_are_said() -> None:
    sheet = grid(("建设街社区2026年3月工作报表",), ("项目", "单位", "数量"),
                 ("实现就业（男）", "人", 12), ("实现就业（女）", "人", 14), ("实现就业合计", "人", 30))
    assert loaded(sheet) == [("C5", "001", "people_employed", 30.0)]
    assert problems(sheet) == [("C5", "total_mismatch")]


def test_an_offices_sign_off_and_a_correction_note_under_the_table_are_no_rows() -> None:
    """Under the communities: 「更正说明：商业街社区12月低保人数漏统2人…」, 「社会事务科　经办人：方敏　0574-…」 and
    「综合文化站　2026年4月3日　（元宵活动计入2月）」 — notes and sign-offs, never an unknown community."""
    sheet = grid(("和平街道2025年12月城市低保情况统计表（更正）",), ("社区", "低保户数（户）", "低保人数（人）"),
                 ("建设街社区", "18", "32"), ("商业街社区", "10", "15"),
                 ("更正说明：商业街社区12月低保人数漏统2人，现重新报送。",), ("社会事务科　经办人：方敏　0574-87361145",),
                 ("综合文化站　2026年4月3日　（元宵活动计入2月）",))
    assert [v[:3] for v in loaded(sheet)] == [("B3", "001", "dibao_households"), ("C3", "001", "dibao_persons"),
                                             ("B4", "003", "dibao_households"), ("C4", "003", "dibao_persons")]
    assert problems(sheet) == []

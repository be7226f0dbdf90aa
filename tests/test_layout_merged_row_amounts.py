"""An indicator column beside a table of indicators as rows, its figure merged down over one
community's rows (ingest/layout/merged_row_amounts.py). Grids straight to the layout."""

from test_layout_readings import grid, loaded, problems

ROWS = (("和平街道2025年9月城市低保对象统计表",), ("社区", "项目", "本月", "上月", "当月发放金额"),
        ("建设街", "户数", 24, 23, 33600), ("", "人数", 48, 47, ""),
        ("商业街", "户数", 13, 14, 25300), ("", "人数", 39, 37, ""))


def test_an_amount_merged_over_a_communitys_rows_is_that_communitys_amount() -> None:
    """社区 | 项目 | 本月 | 上月 | 当月发放金额 with 户数 / 人数 rows, the amount merged over both: one 低保金
    figure per community and month, beside its 户数 and 人数."""
    sheet = grid(*ROWS, merged=((2, 0, 3, 0), (4, 0, 5, 0), (2, 4, 3, 4), (4, 4, 5, 4)))
    assert loaded(sheet) == [("C3", "001", "dibao_households", 24.0), ("C4", "001", "dibao_persons", 48.0),
                             ("C5", "003", "dibao_households", 13.0), ("C6", "003", "dibao_persons", 39.0),
                             ("E3", "001", "dibao_payout_yuan", 33600.0), ("E5", "003", "dibao_payout_yuan", 25300.0)]
    assert problems(sheet) == []


def test_an_amount_merged_over_two_communities_rows_is_nobodys() -> None:
    """The same amount merged over 建设街's and 商业街's rows: whose is it? Not read."""
    sheet = grid(*ROWS, merged=((2, 0, 3, 0), (4, 0, 5, 0), (2, 4, 5, 4)))
    assert not any(code == "dibao_payout_yuan" for *_, code, _ in loaded(sheet))

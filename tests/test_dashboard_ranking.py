"""排名 view on the fixture warehouse: leaders, league tables, street and peer scope."""

from dashboard_apptest import metric, open_page, rows
from warehouse_fixture import empty_home, warehouse_home  # noqa: F401


def test_leader_of_the_demo_month_by_resolution_rate(warehouse_home):
    app = open_page("ranking")
    assert not app.exception
    assert metric(app, "2025年12月诉求办结率第一") == "建设街社区居委会"
    table = rows(app, "办结率", "街道内名次")
    assert len(table) == 21
    assert table[0] == {"社区": "建设街社区居委会", "街道": "和平街道", "受理数": "50", "办结数": "49",
                        "办结率": "98.0%", "街道内名次": 1, "全市名次": 1}
    assert [row["社区"] for row in table[1:3]] == ["杜别克街社区居委会", "伊宁街社区居委会"]


def test_league_table_shows_score_rank_change_coverage_interval_and_drivers(warehouse_home):
    app = open_page("ranking")
    app.sidebar.radio(key="method").set_value("composite").run()
    assert metric(app, "2025年12月综合得分第一") == "伊宁街社区居委会"
    table = rows(app, "名次", "得分", "名次区间")
    assert len(table) == 20  # 宏图街 sent 3 of its 4 indicators: not ranked (see below)
    assert table[0] == {"名次": 1, "社区": "伊宁街社区居委会", "街道": "新城街道", "得分": "73.91",
                        "名次变化": "↑1", "覆盖率": "100%", "名次区间": "第1–3名",
                        "主要加分项": "诉求办结率、千人志愿者数", "主要拖累项": "治安案件数、新增就业岗位数"}
    assert len(app.get("plotly_chart")) == 2


def test_score_drivers_show_value_target_and_points_and_never_contradict(warehouse_home):
    app = open_page("ranking")
    app.sidebar.radio(key="method").set_value("composite").run()
    assert not app.exception
    # 伊宁街 (the leader): 诉求办结率 95.45 % against ≥ 90 % adds 35.16 points.
    app.selectbox(key="driver_community").set_value("654201003005").run()
    helping = rows(app, "指标", "贡献（分）")
    assert helping[0] == {"指标": "诉求办结率", "数值": "95.5%", "目标": "≥90.0%",
                          "贡献（分）": "+35.16", "比满分少（分）": "−4.84"}
    assert helping[1]["数值"] == "58.75 人/千人" and helping[1]["目标"] == "无目标"
    hurting = app.dataframe[position(app, "贡献（分）") + 1].value.to_dict("records")
    assert [row["指标"] for row in hurting] == ["治安案件数", "新增就业岗位数"]
    assert hurting[0]["数值"] == "2 起" and hurting[0]["目标"] == "≤2 起"
    # 宏图街 did not report 治安案件数: it hurts, with its penalty, and is in that list only.
    app.selectbox(key="driver_community").set_value("654201002007").run()
    helping = rows(app, "指标", "贡献（分）")
    hurting = app.dataframe[position(app, "贡献（分）") + 1].value.to_dict("records")
    assert hurting[0] == {"指标": "治安案件数（未报送）", "数值": "—", "目标": "≤2 起",
                          "贡献（分）": "−20", "比满分少（分）": "−40"}
    assert not {row["指标"] for row in helping} & {row["指标"] for row in hurting}
    for row in rows(app, "名次", "主要加分项", "主要拖累项"):  # no indicator on both sides
        helps, hurts = row["主要加分项"].split("、"), row["主要拖累项"].split("、")
        assert not set(helps) & {name.removesuffix("（未报送）") for name in hurts}, row
        assert len(helps) <= 3 and len(hurts) <= 3


def position(app, column: str) -> int:
    """Where on the page the first table with this column is (tables in page order)."""
    return next(number for number, frame in enumerate(app.dataframe)
                if column in frame.value.columns)


def test_a_community_short_of_data_is_listed_below_the_ranking_not_in_it(warehouse_home):
    app = open_page("ranking")
    for method in ("composite", "target_ratio"):
        app.sidebar.radio(key="method").set_value(method).run()
        assert not app.exception
        ranked = [row["社区"] for row in rows(app, "名次", "得分", "名次区间")]
        assert "宏图街社区居委会" not in ranked and len(ranked) == 20
        assert rows(app, "说明") == [{"社区": "宏图街社区居委会", "街道": "杜别克街道",
                                     "说明": "数据不全（覆盖率 75.0 %），不参与排名"}]
        assert position(app, "说明") == position(app, "名次区间") + 1  # right below the ranking
        assert any(text.value.startswith("**不参与排名的社区（1 个）") for text in app.markdown)
    # A month in which two communities sent nothing: listed below the petition ranking too.
    app.sidebar.selectbox(key="period_month").set_value("2025-11").run()
    petitions = rows(app, "办结率", "街道内名次")
    assert len(petitions) == 19
    below = position(app, "办结率") + 1  # the next table after the petition ranking
    unranked = app.dataframe[below].value.to_dict("records")
    assert unranked == [
        {"社区": "拜格托别街社区居委会", "街道": "杜别克街道", "说明": "数据不全（覆盖率 0.0 %），不参与排名"},
        {"社区": "哈尔墩社区居委会", "街道": "新城街道", "说明": "数据不全（覆盖率 0.0 %），不参与排名"}]


def test_choosing_a_street_ranks_within_it(warehouse_home):
    app = open_page("ranking")
    app.sidebar.selectbox(key="street").set_value("654201003").run()
    # target ratio = resolution rate: 伊宁 95.45 > 边城 91.18 > 新城 90.38 > 爱国 89.13 > …
    table = rows(app, "名次", "得分", "名次区间")
    assert [row["社区"] for row in table] == [
        "伊宁街社区居委会", "边城街社区居委会", "新城街社区居委会", "爱国街社区居委会",
        "东门外街社区居委会", "哈尔墩社区居委会"]
    assert [row["名次"] for row in table] == [1, 2, 3, 4, 5, 6]
    assert metric(app, "2025年12月诉求办结率第一") == "伊宁街社区居委会"


def test_peer_group_and_quarter(warehouse_home):
    app = open_page("ranking")
    app.sidebar.radio(key="grain").set_value("quarter").run()
    assert app.sidebar.selectbox(key="period_quarter").value == "2025-Q4"
    app.sidebar.selectbox(key="peer_group").set_value("large").run()
    table = rows(app, "名次", "得分", "名次区间")
    assert len(table) == 9  # residents ≥ 4000, less the two that missed months of the quarter
    assert table[0]["名次"] == 1
    # Peer ranks get the peer group's interval (the fixture's ±1 within the 9), not the city's ±2.
    assert [row["名次区间"] for row in table[:2]] == ["第1–2名", "第1–3名"]
    assert table[-1]["名次区间"] == "第8–9名"
    assert rows(app, "说明") == [
        {"社区": "拜格托别街社区居委会", "街道": "杜别克街道", "说明": "数据不全（覆盖率 66.7 %），不参与排名"},
        {"社区": "哈尔墩社区居委会", "街道": "新城街道", "说明": "数据不全（覆盖率 33.3 %），不参与排名"}]
    assert any("按月显示" in caption.value for caption in app.caption)


def test_empty_state_says_why(empty_home):
    app = open_page("ranking")
    assert not app.exception
    assert [info.value for info in app.info] == ["尚未发布数据仓：请先运行 jiedao ingest 与 jiedao build"]

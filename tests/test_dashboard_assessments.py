"""考核评星 view (AppTest on the fixture warehouse): every community's dimension scores, stars and
达标 for the city; a community's staff see their own community only and cannot score it; a street
leader's manual score is saved, audited and counted; a planner sees but does not score."""

from __future__ import annotations

from dashboard_apptest import open_page, rows
from jiedao.audit import read_events
from jiedao.settings import Settings
from warehouse_fixture import warehouse_home  # noqa: F401

JIANSHE = "654201001001"
DIMENSIONS = ["创建理念", "办公设施", "班子团结", "居民自治", "民间组织", "社区服务", "实事工程", "主题活动", "文明祥和", "管理良好"]


def shixingji(app):
    app.selectbox(key="assess_scheme").set_value("shixingji").run()
    assert not app.exception
    return app


def button(app, label: str):
    return next(b for b in app.button if b.label == label)


def test_the_city_sees_every_community_with_ten_dimensions_stars_and_pass(warehouse_home):
    app = shixingji(open_page("assessments", role="admin"))
    summary = rows(app, "社区", "星数", "达标")
    assert len(summary) == 21
    for row in summary:
        assert all(0 <= row[name] <= 10 for name in DIMENSIONS)
        assert row["星数"] == sum(1 for name in DIMENSIONS if row[name] >= 9)
        assert row["达标"] == ("是" if row["星数"] >= 7 else "否")
    assert len(app.get("plotly_chart")) == 2              # scores by dimension (★), totals by community
    history = rows(app, "社区", "2025")
    assert len(history) == 21 and all("分" in row["2025"] for row in history)
    criteria = rows(app, "细则", "得分来源")
    assert len(criteria) == 31 and any("数据仓" in row["得分来源"] for row in criteria)
    assert app.get("download_button")[0].proto.label == "下载评分表（XLSX）"
    assert [e for e in read_events(Settings(home=warehouse_home)) if e.action == "download"] == []


def test_a_community_sees_itself_only_and_cannot_score_itself(warehouse_home):
    app = shixingji(open_page("assessments", role="community_staff", scope_code=JIANSHE))
    assert [row["社区代码"] for row in rows(app, "社区", "星数")] == [JIANSHE]
    assert app.selectbox(key="assess_community").options == ["建设街社区居委会"]
    assert "社区账号可以查看本社区的评分，但不能为本社区评分" in [info.value for info in app.info]
    assert not [b for b in app.button if b.label == "保存评分"]
    button(app, "办理「社区自荐」").click().run()              # the first workflow step is the community's
    assert not app.exception
    steps = rows(app, "步骤", "状态")
    assert steps[0]["状态"] == "通过" and steps[0]["办理人"].startswith("community_staff_")
    assert [row["状态"] for row in steps[1:]] == ["待办理", "待办理"]


def test_a_street_leader_scores_their_own_streets_communities(warehouse_home):
    app = shixingji(open_page("assessments", role="street_leader", scope_code="654201001"))
    before = rows(app, "社区", "总分")
    assert len(before) == 7
    app.selectbox(key="assess_community").set_value(JIANSHE).run()
    app.selectbox(key="assess_criterion").set_value("创建理念·创建规划和年度方案").run()
    app.number_input(key="assess_points").set_value(3.5)
    app.text_input(key="assess_note").input("规划和方案齐全")
    app.text_input(key="assess_evidence").input("2025年创建方案.pdf")
    button(app, "保存评分").click().run()
    assert not app.exception
    assert [s.value for s in app.success] == ["已保存「创建理念·创建规划和年度方案」：3.5 分"]
    after = {row["社区代码"]: row for row in rows(app, "社区", "总分")}
    old = {row["社区代码"]: row for row in before}
    assert after[JIANSHE]["创建理念"] == old[JIANSHE]["创建理念"] + 3.5
    assert after[JIANSHE]["待评分项"] == old[JIANSHE]["待评分项"] - 1
    (event,) = [e for e in read_events(Settings(home=warehouse_home)) if e.action == "assessment"]
    assert event.role == "street_leader" and event.detail["evidence_file"] == "2025年创建方案.pdf"
    scored = next(row for row in rows(app, "细则", "得分来源") if row["细则"] == "创建规划和年度方案")
    assert scored["得分"] == "3.5" and "2025年创建方案.pdf" in scored["得分来源"]


def test_a_planner_sees_the_page_but_does_not_score(warehouse_home):
    app = shixingji(open_page("assessments", role="planner", scope_code="654201002"))
    assert {row["街道"] for row in rows(app, "社区", "总分")} == {"杜别克街道"}
    assert not [b for b in app.button if b.label == "保存评分"]
    assert any("无权评分" in info.value for info in app.info)

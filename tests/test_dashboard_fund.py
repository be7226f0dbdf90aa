"""经费 view (AppTest) on the fixture warehouse with the demo's fund ledger: the findings with
their deadlines and fund use for the viewer's communities only; a community's staff add a
project through the form, see its findings at once, and the change is audited; no one changes
another community's ledger, a community never its own allocation; 规划人员 only read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from dashboard_apptest import open_page, rows
from jiedao.audit import read_events
from jiedao.fund import Actor, LedgerError, Project, load_ledger
from jiedao.settings import Settings
from warehouse_fixture import warehouse_home  # noqa: F401

JIANSHE, SHANGYE = "654201001001", "654201001003"


@pytest.fixture
def fund_home(warehouse_home):
    from jiedao.demo.fund_ledger import write_demo_fund_ledger

    write_demo_fund_ledger(Settings(home=warehouse_home))
    return warehouse_home


def button(app, label: str):
    return next(b for b in app.button if b.label == label)


def test_the_administrator_sees_every_finding_with_its_deadline_and_fund_use(fund_home):
    app = open_page("fund", role="admin")
    assert not app.exception
    assert app.sidebar.selectbox(key="fund_year").value == "2025"      # the newest year with a ledger
    findings = rows(app, "社区", "项目", "规则", "截止日期")
    assert sorted(row["规则"] for row in findings) == sorted(
        ["禁止用途", "项目公示", "小组/团队项目占比", "不超过年度经费", "审批时限", "年度报告", "年度公开"])
    publicity = next(row for row in findings if row["规则"] == "项目公示")
    assert (publicity["社区"], publicity["项目"], publicity["截止日期"]) == ("建设街社区居委会", "国庆邻里联欢会", "2025-10-10")
    assert "日历 4 天，其中工作日 1 天" in publicity["实际情况"]
    use = rows(app, "社区", "年度经费（元）", "已安排（元）", "使用率（%）")
    assert len(use) == 21
    over = next(row for row in use if row["社区"] == "哈尔墩社区居委会")
    assert (over["年度经费（元）"], over["已安排（元）"]) == (150000.0, 175000.0) and over["问题数"] == 1
    assert {b.label for b in app.button} >= {"保存项目", "保存年度经费", "导入"}


def test_a_community_sees_only_its_own_ledger(fund_home):
    app = open_page("fund", role="community_staff", scope_code=JIANSHE)
    assert not app.exception
    assert [row["社区"] for row in rows(app, "社区", "年度经费（元）")] == ["建设街社区居委会"]
    assert [row["规则"] for row in rows(app, "社区", "规则")] == ["项目公示"]
    assert {row["社区"] for row in rows(app, "社区", "项目", "类别")} == {"建设街社区居委会"}
    assert app.selectbox(key="fund_form_community").options == ["建设街社区居委会"]
    assert "保存年度经费" not in {b.label for b in app.button}        # the fund is set by the street


def test_a_community_adds_a_project_sees_its_finding_at_once_and_it_is_audited(fund_home):
    app = open_page("fund", role="community_staff", scope_code=JIANSHE)
    app.text_input(key="fund_form_name_new").input("重阳节敬老活动")
    app.selectbox(key="fund_form_category_new").set_value("为老服务")
    app.number_input(key="fund_form_amount_new").set_value(6000.0)
    app.date_input(key="fund_form_publicity_start_new").set_value(dt.date(2025, 9, 30))
    app.date_input(key="fund_form_publicity_end_new").set_value(dt.date(2025, 10, 3))
    app.date_input(key="fund_form_approval_date_new").set_value(dt.date(2025, 10, 9))
    app.date_input(key="fund_form_report_date_new").set_value(dt.date(2025, 11, 20))
    app.date_input(key="fund_form_disclosure_date_new").set_value(dt.date(2025, 12, 10))
    button(app, "保存项目").click().run()
    assert not app.exception
    assert any("已保存「重阳节敬老活动」，本项目有 1 个问题：项目公示" in w.value for w in app.warning)
    saved = next(p for p in load_ledger(Settings(home=fund_home)).projects if p.name == "重阳节敬老活动")
    assert (saved.community_code, saved.amount, saved.updated_by) == (JIANSHE, Decimal("6000.00"),
                                                                       f"community_staff_{JIANSHE}")
    assert app.selectbox(key="fund_form_project").value == saved.project_id   # the form now shows it
    assert sum(row["项目"] == "国庆邻里联欢会" or row["项目"] == "重阳节敬老活动"
               for row in rows(app, "社区", "规则")) == 2                      # the tables are checked again
    (event,) = [e for e in read_events(Settings(home=fund_home)) if e.action == "fund" and e.role == "community_staff"]
    assert event.detail["op"] == "project_added" and event.detail["after"]["name"] == "重阳节敬老活动"


def test_an_existing_project_is_changed_through_the_form(fund_home):
    app = open_page("fund", role="admin")
    app.selectbox(key="fund_form_community").set_value(SHANGYE).run()
    forbidden = next(p for p in load_ledger(Settings(home=fund_home)).projects if p.name == "节日慰问品采购")
    app.selectbox(key="fund_form_project").set_value(forbidden.project_id).run()
    app.selectbox(key=f"fund_form_category_{forbidden.project_id}").set_value("为民服务")
    button(app, "保存项目").click().run()
    assert not app.exception
    assert any("本项目未发现问题" in s.value for s in app.success)
    assert "禁止用途" not in {row["规则"] for row in rows(app, "社区", "规则")}
    event = [e for e in read_events(Settings(home=fund_home)) if e.action == "fund"][-1]
    assert (event.detail["before"]["category"], event.detail["after"]["category"]) == ("购买礼品礼金", "为民服务")


def test_no_one_changes_another_communitys_ledger(fund_home):
    from dashboard.data import Scope
    from dashboard.data import fund as fund_data

    staff, scope = Actor("jianshe", "community_staff", JIANSHE), Scope("community", JIANSHE)
    theirs = next(p for p in load_ledger(Settings(home=fund_home)).projects if p.community_code == SHANGYE)
    with pytest.raises(LedgerError, match="无权修改社区 654201001003"):
        fund_data.save(staff, scope, Project("", SHANGYE, 2025, "越权项目", "为民服务", Decimal(1)))
    with pytest.raises(LedgerError, match="无权修改"):
        fund_data.save(staff, scope, Project(theirs.project_id, JIANSHE, 2025, "挪用", "为民服务", Decimal(1)))
    with pytest.raises(LedgerError, match="无权修改"):
        fund_data.delete(staff, scope, theirs.project_id)
    with pytest.raises(LedgerError, match="社区账号不能修改"):
        fund_data.allocate(staff, scope, JIANSHE, 2025, Decimal(999_999))
    leader = Actor("heping", "street_leader", "654201001")
    with pytest.raises(LedgerError, match="无权修改社区 654201002001"):
        fund_data.allocate(leader, Scope("street", "654201001"), "654201002001", 2025, Decimal(1))
    assert load_ledger(Settings(home=fund_home)).allocation(JIANSHE, 2025) == Decimal("200000.00")


def test_a_planner_reads_the_street_and_cannot_edit(fund_home):
    app = open_page("fund", role="planner", scope_code="654201002")
    assert not app.exception
    assert len(rows(app, "社区", "年度经费（元）")) == 8
    assert {row["社区"] for row in rows(app, "社区", "规则")} == {"公园街社区居委会", "光明街社区居委会"}
    assert "保存项目" not in {b.label for b in app.button}
    assert any("只能查看" in c.value for c in app.caption)

"""社区专项工作经费: the official working-day calendar, the compliance engine on a ledger with
exactly one breach of each rule (and on a clean one), the rules as data, the store's audit, the
import template and its importer (messages name file, sheet and cell; bad rows kept), the
`jiedao fund` command and the demo ledger."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jiedao.audit import read_events
from jiedao.cli import main
from jiedao.fund import (Actor, Allocation, CalendarRangeError, Ledger, LedgerError, Project, RulesError,
                         check_ledger, covered_years, import_ledger, load_ledger, load_rules, read_rules,
                         run_check, save_project, working_days_between)
from jiedao.fund.store import read_rejected
from jiedao.fund.template import template_bytes
from jiedao.fund.registry import registry_communities
from jiedao.fund.workdays import is_working_day
from jiedao.settings import Settings
from sheets import write_xlsx

D = dt.date
AS_OF = D(2025, 12, 31)            # after every 2025 deadline: a date still missing is a breach
CLEAN, BREACHES, GROUPS, OVER = "654201001001", "654201001003", "654201002001", "654201003001"
ADMIN = Actor("tester", "admin", "654201")


def project(community: str, number: int, name: str, *, category: str = "为老服务", amount: int = 20_000,
            group: bool = False, publicity: tuple[dt.date, dt.date] | None = (D(2025, 3, 3), D(2025, 3, 5)),
            approved: dt.date | None = D(2025, 3, 10), reported: dt.date | None = D(2025, 11, 28),
            disclosed: dt.date | None = D(2025, 12, 19)) -> Project:
    """A project that keeps every rule unless told otherwise (publicity Mon–Wed, 3 working days)."""
    start, end = publicity or (None, None)
    return Project(f"{community}-2025-{number:03d}", community, 2025, name, category, Decimal(amount), group,
                   start, end, approved, approved and approved + dt.timedelta(days=30), reported, disclosed)


def clean_ledger() -> Ledger:
    return Ledger(
        (Allocation(CLEAN, 2025, Decimal(200_000)),),
        (project(CLEAN, 1, "老年人助餐", amount=40_000, approved=D(2025, 3, 12)),   # the 5th working day after 03-05
         # Thu 10-09 … Sat 10-11: the Saturday is a 调休 working day, so 3 working days
         project(CLEAN, 2, "舞蹈队展演", category="小组/团队活动", amount=40_000, group=True,   # exactly 20 %
                 publicity=(D(2025, 10, 9), D(2025, 10, 11)), approved=D(2025, 10, 17),
                 reported=D(2025, 12, 1), disclosed=D(2025, 12, 20))))            # on the day is in time


def breach_ledger() -> Ledger:
    """Exactly one breach of each of the seven rules, each in its own project or community."""
    return Ledger(
        (Allocation(BREACHES, 2025, Decimal(200_000)), Allocation(GROUPS, 2025, Decimal(100_000)),
         Allocation(OVER, 2025, Decimal(50_000))),
        (project(BREACHES, 1, "节日聚餐", category="宴请招待", amount=6_000),
         # National Day: 09-30 … 10-03 is 4 calendar days but 1 working day (09-30)
         project(BREACHES, 2, "国庆联欢", category="文体活动", publicity=(D(2025, 9, 30), D(2025, 10, 3)),
                 approved=D(2025, 10, 9)),
         # publicity ends Thu 05-08; five working days after: 05-09, 12, 13, 14, 15
         project(BREACHES, 3, "楼道照明", category="便民设施", publicity=(D(2025, 5, 6), D(2025, 5, 8)),
                 approved=D(2025, 5, 20)),
         project(BREACHES, 4, "儿童托管", category="儿童关爱", reported=D(2025, 12, 2)),
         project(BREACHES, 5, "助残上门", category="助残服务", disclosed=None),
         project(GROUPS, 1, "合唱团", category="小组/团队活动", amount=15_000, group=True),
         project(GROUPS, 2, "书画小组", category="小组/团队活动", amount=10_000, group=True),
         project(OVER, 1, "道路修补", category="便民设施", amount=30_000),
         project(OVER, 2, "绿化补植", category="环境整治", amount=30_000)))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def rules(home: Path):
    return load_rules(Settings(home=home))


# ---- the official calendar -------------------------------------------------------------------

def test_working_days_follow_the_official_calendar_with_its_working_weekends():
    assert working_days_between(D(2025, 9, 30), D(2025, 10, 3)) == 1      # National Day
    assert is_working_day(D(2025, 9, 28)) and D(2025, 9, 28).weekday() == 6   # a Sunday worked (调休上班)
    assert is_working_day(D(2025, 10, 11)) and not is_working_day(D(2025, 10, 12))
    assert working_days_between(D(2025, 10, 9), D(2025, 10, 11)) == 3      # Thu, Fri and the working Saturday
    assert working_days_between(D(2025, 3, 7), D(2025, 3, 9)) == 1         # an ordinary weekend


def test_a_date_outside_the_calendar_is_a_clear_message_never_a_guess(rules):
    first, last = covered_years()
    beyond = D(last + 1, 3, 2)
    with pytest.raises(CalendarRangeError, match=rf"chinesecalendar .*{first}—{last} 年"):
        working_days_between(beyond, beyond + dt.timedelta(days=3))
    ledger = Ledger((), (Project(f"{CLEAN}-{last + 1}-001", CLEAN, last + 1, "远期项目", "为老服务", Decimal(1000),
                                 publicity_start=beyond, publicity_end=beyond + dt.timedelta(days=3)),))
    result = check_ledger(ledger, rules, last + 1, as_of=D(last + 1, 1, 1))
    assert result.findings == ()
    assert len(result.notes) == 2 and all("无法判断这一天是否工作日" in note for note in result.notes)  # publicity, approval


# ---- the engine ------------------------------------------------------------------------------

def test_a_clean_ledger_has_no_finding(rules):
    result = check_ledger(clean_ledger(), rules, 2025, as_of=AS_OF)
    assert result.findings == () and result.notes == ()


def test_each_breach_is_found_exactly_once_with_its_figures_and_deadline(rules):
    result = check_ledger(breach_ledger(), rules, 2025, as_of=AS_OF, names={BREACHES: "商业街社区居委会"})
    assert Counter(f.rule_code for f in result.findings) == Counter(
        ["forbidden_use", "publicity", "approval", "yearly_report", "disclosure", "group_share", "allocation_total"])
    by_rule = {f.rule_code: f for f in result.findings}
    assert {f.project_name for f in result.findings if f.project_id} == {"节日聚餐", "国庆联欢", "楼道照明", "儿童托管", "助残上门"}
    publicity = by_rule["publicity"]
    assert (publicity.community_name, publicity.project_name) == ("商业街社区居委会", "国庆联欢")
    assert "日历 4 天，其中工作日 1 天" in publicity.actual and "不少于 3 个工作日" in publicity.required
    assert publicity.deadline == D(2025, 10, 10)          # 09-30, 10-09, 10-10: three working days
    assert by_rule["approval"].deadline == D(2025, 5, 15) and "第 8 个工作日" in by_rule["approval"].actual
    assert by_rule["yearly_report"].deadline == D(2025, 12, 1) and "晚 1 天" in by_rule["yearly_report"].actual
    assert by_rule["disclosure"].deadline == D(2025, 12, 20) and "未公开" in by_rule["disclosure"].actual
    assert "宴请招待" in by_rule["forbidden_use"].actual and by_rule["forbidden_use"].deadline is None
    assert "25,000.00 元" in by_rule["group_share"].actual and "25.0%" in by_rule["group_share"].actual
    assert "20%（20,000.00 元）" in by_rule["group_share"].required
    assert "超出 10,000.00 元" in by_rule["allocation_total"].actual
    assert by_rule["group_share"].community_code == GROUPS and by_rule["allocation_total"].community_code == OVER


def test_a_date_not_yet_entered_is_a_breach_only_after_its_deadline(rules):
    ledger = Ledger((), (project(CLEAN, 1, "冬季送温暖", publicity=(D(2025, 11, 24), D(2025, 11, 26)), approved=None,
                                 reported=None, disclosed=None),))
    assert check_ledger(ledger, rules, 2025, as_of=D(2025, 11, 28)).findings == ()
    later = check_ledger(ledger, rules, 2025, as_of=D(2025, 12, 21)).findings
    assert sorted(f.rule_code for f in later) == ["approval", "disclosure", "yearly_report"]


def test_approval_without_a_recorded_publicity_is_a_publicity_breach(rules):
    ledger = Ledger((), (project(CLEAN, 1, "无公示项目", publicity=None),))
    (finding,) = check_ledger(ledger, rules, 2025, as_of=AS_OF).findings
    assert finding.rule_code == "publicity" and "没有公示起止日期" in finding.actual


# ---- rules as data ---------------------------------------------------------------------------

def own_rules(home: Path, **changes: str) -> Path:
    """The shipped rules file copied into the data home, with text replaced."""
    text = (Settings(home=home).project_dir / "rules" / "fund_rules.yml").read_text(encoding="utf-8")
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    path = home / "rules" / "fund_rules.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_threshold_or_a_date_changed_in_the_rules_file_changes_the_findings(home):
    own_rules(home, **{"min_working_days: 3": "min_working_days: 1", 'due: "12-01"': 'due: "12-05"',
                       "max_percent: 20": "max_percent: 30"})
    rules = load_rules(Settings(home=home))
    found = {f.rule_code for f in check_ledger(breach_ledger(), rules, 2025, as_of=AS_OF).findings}
    assert found == {"forbidden_use", "approval", "disclosure", "allocation_total"}


def test_a_rule_can_be_switched_off_and_a_broken_file_is_named(home):
    own_rules(home, **{"  disclosure:\n": "  disclosure:\n    enabled: false\n"})
    rules = load_rules(Settings(home=home))
    assert "disclosure" not in {f.rule_code for f in check_ledger(breach_ledger(), rules, 2025, as_of=AS_OF).findings}
    path = own_rules(home, **{'due: "12-20"': 'due: "12月20日"'})
    with pytest.raises(RulesError, match=re.escape(f"经费规则文件「{path}」中规则「disclosure」的 due")):
        read_rules(path)


# ---- store and audit -------------------------------------------------------------------------

def test_a_change_is_audited_and_a_name_is_unique_within_a_community_year(home):
    settings = Settings(home=home)
    saved = save_project(settings, Project("", CLEAN, 2025, "老年人助餐", "为老服务", Decimal("40000.00")), ADMIN)
    assert saved.project_id == f"{CLEAN}-2025-001" and load_ledger(settings).projects == (saved,)
    changed = save_project(settings, Project(saved.project_id, CLEAN, 2025, "老年人助餐", "为老服务", Decimal("45000.00")),
                           ADMIN)
    events = [e for e in read_events(settings) if e.action == "fund"]
    assert [e.detail["op"] for e in events] == ["project_added", "project_changed"]
    assert events[1].detail["before"]["amount"] == "40000.00" and events[1].detail["after"]["amount"] == "45000.00"
    assert events[1].username == "tester" and changed.updated_by == "tester"
    with pytest.raises(LedgerError, match="已有项目「老年人助餐」"):
        save_project(settings, Project("", CLEAN, 2025, "老年人助餐", "为老服务", Decimal(1)), ADMIN)


# ---- the template and the importer -----------------------------------------------------------

HEADER = ["社区代码", "社区名称", "年度", "年度经费（元）", "项目名称", "类别", "金额（元）", "小组/团队项目（是/否）",
          "公示开始日期", "公示结束日期", "审批日期", "完成日期", "年度报告日期", "公开日期"]
DATES = ["2025-03-03", "2025/3/5", "2025年3月12日", None, "2025-11-28", "2025-12-19"]


def filled_template(path: Path) -> Path:
    return write_xlsx(path, {"经费台账": [
        ["塔城市社区专项工作经费台账（2025年）"],
        HEADER,
        [CLEAN, "建设街社区居委会", 2025, 200000, "老年人助餐", "为老服务", "4万", "否", *DATES],
        [CLEAN, "建设街社区居委会", 2025, None, "楼道照明", "便民设施", "abc", "否", *DATES],
        ["65420100100", "商业街社区居委会", 2025, 150000, None, None, None, None, None, None, None, None, None, None],
        [BREACHES, "商业街社区居委会", 2025, 150000, "节日聚餐", "宴请招待", 6000, "也许", "2025-13-01", *DATES[1:]],
        ["654201009999", "不存在社区", 2025, None, "绿化", "环境整治", 1000, "是", *DATES],
        ["合计", None, None, None, None, None, 46000],
        ["填表人：王芳"],
    ]})


def test_bad_cells_are_named_by_file_sheet_and_cell_and_the_good_rows_load(home, tmp_path):
    settings = Settings(home=home)
    report = import_ledger(settings, filled_template(tmp_path / "台账.xlsx"), ADMIN)
    where = "文件「台账.xlsx」工作表「经费台账」单元格 "
    assert list(report.problems) == [
        where + "G4：金额「abc」无法识别（应为数字，如 12000 或 1.2万）",
        where + "A5：社区代码「65420100100」应是 12 位数字",
        where + "H6：小组/团队项目「也许」应填“是”或“否”",
        where + "I6：公示开始日期「2025-13-01」不是日期（应写成 2025-09-30）",
        where + "A7：社区代码「654201009999」不在区划名录中",
    ]
    assert (report.rows_loaded, report.rows_rejected, report.projects_added) == (1, 4, 1)
    ledger = load_ledger(settings)
    assert ledger.allocation(CLEAN, 2025) == Decimal("200000.00")
    (loaded,) = ledger.projects
    assert (loaded.amount, loaded.publicity_end, loaded.approval_date, loaded.completion_date) == (
        Decimal("40000.00"), D(2025, 3, 5), D(2025, 3, 12), None)
    rejected = read_rejected(settings)                       # nothing lost: the bad rows, every cell, why
    assert [row["row"] for row in rejected] == ["4", "5", "6", "7"]
    assert json.loads(rejected[0]["cells"])["金额（元）"] == "abc" and "G4" in rejected[0]["problems"]
    again = import_ledger(settings, tmp_path / "台账.xlsx", ADMIN)
    assert (again.projects_added, again.projects_changed, again.projects_unchanged) == (0, 0, 1)
    assert load_ledger(settings) == ledger


def test_a_gbk_csv_with_amounts_in_wan_reads_as_yuan(home, tmp_path):
    path = tmp_path / "台账.csv"
    path.write_bytes("社区代码,年度,项目名称,类别,金额（万元）,小组/团队项目\r\n"
                     f"{CLEAN},2025年,图书角,文体活动,0.5,否\r\n"
                     f"{CLEAN},2025,棋牌队,小组/团队活动,3000元,是\r\n".encode("gbk"))
    report = import_ledger(Settings(home=home), path, ADMIN)
    assert report.problems == () and report.projects_added == 2
    amounts = {p.name: (p.amount, p.is_group) for p in load_ledger(Settings(home=home)).projects}
    assert amounts == {"图书角": (Decimal("5000.00"), False), "棋牌队": (Decimal("3000.00"), True)}


def test_a_viewer_imports_only_communities_in_scope_and_a_community_never_its_own_allocation(home, tmp_path):
    settings = Settings(home=home)
    path = write_xlsx(tmp_path / "本社区.xlsx", {"Sheet1": [
        HEADER, [CLEAN, "", 2025, 300000, "老年人助餐", "为老服务", 40000, "否", *DATES],
        [BREACHES, "", 2025, None, "节日聚餐", "为民服务", 6000, "否", *DATES]]})
    staff = Actor("jianshe", "community_staff", CLEAN)
    report = import_ledger(settings, path, staff, allowed={CLEAN}, allocations=False)
    assert report.problems == (
        "文件「本社区.xlsx」工作表「Sheet1」单元格 D2：年度经费由街道或管理员登记，社区账号不能修改（台账中为 未登记）",
        "文件「本社区.xlsx」工作表「Sheet1」单元格 A3：社区代码「654201001003」不在您的管理范围内，只能导入本范围社区的台账")
    assert load_ledger(settings) == Ledger()


def test_the_template_reads_back_unchanged_with_codes_as_text(home, tmp_path):
    settings = Settings(home=home)
    from jiedao.fund.store import merge

    merge(settings, breach_ledger().allocations, breach_ledger().projects, ADMIN, {"op": "test"})
    before = load_ledger(settings)
    data = template_bytes(before, registry_communities(settings), 2025)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["经费台账"]
    assert [cell.value for cell in sheet[1]] == HEADER
    assert sheet["A2"].value == "654201001001" and sheet["A2"].data_type == "s"
    path = tmp_path / "模板.xlsx"
    path.write_bytes(data)
    report = import_ledger(settings, path, ADMIN)
    assert report.problems == () and report.projects_unchanged == len(before.projects)
    assert (report.projects_added, report.projects_changed, report.allocations_changed) == (0, 0, 0)
    assert load_ledger(settings) == before


# ---- the command and the demo ----------------------------------------------------------------

def test_fund_check_writes_the_findings_and_fund_use(home, tmp_path, capsys):
    from jiedao.fund.store import merge

    merge(Settings(home=home), breach_ledger().allocations, breach_ledger().projects, ADMIN, {"op": "test"})
    out = tmp_path / "检查.xlsx"
    assert main(["--home", str(home), "fund", "check", "--year", "2025", "--as-of", "2025-12-31", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "商业街社区居委会｜国庆联欢｜项目公示：公示 2025-09-30 至 2025-10-03：日历 4 天，其中工作日 1 天" in printed
    assert "发现问题 7 项" in printed
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["问题清单", "经费使用", "说明"]
    findings = list(book["问题清单"].iter_rows(values_only=True))
    assert len(findings) == 8 and findings[0][:3] == ("社区代码", "社区", "年度")
    assert {row[0] for row in findings[1:]} == {BREACHES, GROUPS, OVER}
    assert ("国庆联欢", "2025-10-10") in {(row[4], row[8]) for row in findings[1:]}
    use = {row[0]: row for row in book["经费使用"].iter_rows(min_row=2, values_only=True)}
    assert len(use) == 21 and use[OVER][3:5] == (50000, 60000)


def test_the_demo_ledger_breaks_each_rule_once_in_2025_and_none_in_2024(home):
    from jiedao.demo.fund_ledger import write_demo_fund_ledger

    settings = Settings(home=home)
    communities, projects = write_demo_fund_ledger(settings)
    assert communities == 21 and write_demo_fund_ledger(settings) == (21, projects)
    assert len(load_ledger(settings).projects) == projects          # written again: nothing added
    found = run_check(settings, 2025, as_of=AS_OF).result.findings
    assert Counter(f.rule_code for f in found) == Counter(
        ["forbidden_use", "publicity", "approval", "yearly_report", "disclosure", "group_share", "allocation_total"])
    assert run_check(settings, 2024, as_of=AS_OF).result.findings == ()

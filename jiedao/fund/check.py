"""The compliance engine: a year's ledger against the rules file, one finding per breach.

A date not yet entered is a breach only once the rule's deadline has passed (``as_of``), so a
project under way is not flagged before it is due. A date outside the years the official
calendar covers is not guessed: the rule is skipped for that project with a note saying why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal

from jiedao.fund.model import CheckResult, Finding, Ledger, Project
from jiedao.fund.rules import FundRules, Rule, normalize_category
from jiedao.fund.workdays import (CalendarRangeError, nth_working_day_after,
                                  nth_working_day_from, working_days_between)


def money(amount: Decimal) -> str:
    """12000 → "12,000.00 元"."""
    return f"{amount:,.2f} 元"


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day else "未填"


def check_ledger(ledger: Ledger, rules: FundRules, year: int, *, as_of: dt.date | None = None,
                 names: Mapping[str, str] | None = None) -> CheckResult:
    """Every breach in ``year`` of every rule the file switches on, communities in code order."""
    today = as_of or dt.date.today()
    names = names or {}
    findings: list[Finding] = []
    notes: list[str] = []
    communities = sorted({p.community_code for p in ledger.projects if p.year == year}
                         | {a.community_code for a in ledger.allocations if a.year == year})
    for code in communities:
        name = names.get(code, code)
        projects = sorted(ledger.projects_of(code, year), key=lambda p: p.project_id)
        allocation = ledger.allocation(code, year)
        findings.extend(community_findings(rules, code, name, year, projects, allocation))
        for project in projects:
            for rule_code in ("forbidden_use", "publicity", "approval", "yearly_report", "disclosure"):
                rule = rules.get(rule_code)
                if rule is None:
                    continue
                try:
                    found = PROJECT_CHECKS[rule_code](rule, project, today)
                except CalendarRangeError as error:
                    notes.append(f"{name}「{project.name}」未能检查「{rule.name}」：{error}")
                    continue
                if found is not None:
                    actual, required, deadline = found
                    findings.append(Finding(code, name, year, project.project_id, project.name, rule.code,
                                            rule.name, actual, required, deadline, rule.basis))
    return CheckResult(tuple(findings), tuple(notes), year, today)


def community_findings(rules: FundRules, code: str, name: str, year: int, projects: tuple[Project, ...],
                       allocation: Decimal | None) -> Iterator[Finding]:
    """The rules on a community's whole year: 小组/团队 share and the total against the allocation."""
    if allocation is None or allocation <= 0:
        return
    share_rule = rules.get("group_share")
    groups = [p for p in projects if p.is_group]
    if share_rule is not None and groups:
        total = sum((p.amount for p in groups), Decimal(0))
        limit = allocation * share_rule.max_percent / 100
        if total > limit:
            yield Finding(code, name, year, "", f"小组/团队项目 {len(groups)} 个", share_rule.code, share_rule.name,
                          f"合计 {money(total)}，占年度经费 {money(allocation)} 的 {total / allocation * 100:.1f}%",
                          f"不超过 {share_rule.max_percent:g}%（{money(limit)}）", None, share_rule.basis)
    total_rule = rules.get("allocation_total")
    spent = sum((p.amount for p in projects), Decimal(0))
    if total_rule is not None and spent > allocation:
        yield Finding(code, name, year, "", f"全部项目 {len(projects)} 个", total_rule.code, total_rule.name,
                      f"项目合计 {money(spent)}，超出 {money(spent - allocation)}",
                      f"不超过年度经费 {money(allocation)}", None, total_rule.basis)


Found = tuple[str, str, dt.date | None] | None   # (actual, required, deadline) of a breach
Check = Callable[[Rule, Project, dt.date], Found]


def forbidden_use(rule: Rule, project: Project, today: dt.date) -> Found:
    if normalize_category(project.category) in rule.forbidden_categories:
        return (f"类别「{project.category}」，金额 {money(project.amount)}",
                f"不得用于：{'、'.join(rule.forbidden_categories)}", None)
    return None


def publicity(rule: Rule, project: Project, today: dt.date) -> Found:
    start, end = project.publicity_start, project.publicity_end
    required = f"公示不少于 {rule.min_working_days} 个工作日"
    if start is None or end is None:
        if project.approval_date is not None:   # approved without a publicity on record
            return (f"已于 {project.approval_date} 审批，台账中没有公示起止日期", required, project.approval_date)
        return None
    days = working_days_between(start, end)
    if days >= rule.min_working_days:
        return None
    deadline = nth_working_day_from(start, rule.min_working_days)
    calendar_days = max(0, (end - start).days + 1)
    return (f"公示 {start} 至 {end}：日历 {calendar_days} 天，其中工作日 {days} 天",
            f"{required}（自 {start} 起应公示至 {deadline}）", deadline)


def approval(rule: Rule, project: Project, today: dt.date) -> Found:
    end = project.publicity_end
    if end is None:
        return None
    deadline = nth_working_day_after(end, rule.max_working_days)
    required = f"公示期满（{end}）后 {rule.max_working_days} 个工作日内审批"
    approved = project.approval_date
    if approved is None:
        return (f"截至 {today} 尚未审批", required, deadline) if today > deadline else None
    if approved <= deadline:
        return None
    late = working_days_between(end + dt.timedelta(days=1), approved)
    return (f"{approved} 审批，为公示期满后第 {late} 个工作日", required, deadline)


def due_by(field_name: str, label: str) -> Check:
    def check(rule: Rule, project: Project, today: dt.date) -> Found:
        deadline = rule.due_date(project.year)
        done = getattr(project, field_name)
        required = f"{deadline.month} 月 {deadline.day} 日前{label}"
        if done is None:
            return (f"截至 {today} 未{label}", required, deadline) if today > deadline else None
        if done <= deadline:
            return None
        return (f"{done} {label}，晚 {(done - deadline).days} 天", required, deadline)
    return check


PROJECT_CHECKS: dict[str, Check] = {
    "forbidden_use": forbidden_use,
    "publicity": publicity,
    "approval": approval,
    "yearly_report": due_by("report_date", "报告"),
    "disclosure": due_by("disclosure_date", "公开"),
}

"""The ledger's records: a community's yearly allocation, its projects, who changed them, and a
compliance finding. Codes are text (12-digit community codes), money is Decimal in 元 (two
places), dates are ``datetime.date`` or None when not yet done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

# Project date fields in the order a project passes through them, with their Chinese names.
DATE_FIELDS: dict[str, str] = {
    "publicity_start": "公示开始日期",
    "publicity_end": "公示结束日期",
    "approval_date": "审批日期",
    "completion_date": "完成日期",
    "report_date": "年度报告日期",
    "disclosure_date": "公开日期",
}


@dataclass(frozen=True)
class Actor:
    """Who makes a change, as the audit trail records it."""

    username: str
    role: str
    scope_code: str = ""


@dataclass(frozen=True)
class Allocation:
    community_code: str
    year: int
    amount: Decimal                     # 元
    updated_by: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Project:
    project_id: str                     # "<community_code>-<year>-<n>", text
    community_code: str
    year: int
    name: str
    category: str
    amount: Decimal                     # 元
    is_group: bool = False              # a 小组/团队 project
    publicity_start: dt.date | None = None
    publicity_end: dt.date | None = None
    approval_date: dt.date | None = None
    completion_date: dt.date | None = None
    report_date: dt.date | None = None
    disclosure_date: dt.date | None = None
    updated_by: str = ""
    updated_at: str = ""

    def same_content(self, other: "Project") -> bool:
        """Equal in everything a person entered (not who saved it or when)."""
        return content(self) == content(other)


def content(project: Project) -> tuple[object, ...]:
    return (project.community_code, project.year, project.name, project.category, project.amount,
            project.is_group, *(getattr(project, name) for name in DATE_FIELDS))


@dataclass(frozen=True)
class Ledger:
    allocations: tuple[Allocation, ...] = ()
    projects: tuple[Project, ...] = ()

    def allocation(self, community_code: str, year: int) -> Decimal | None:
        for item in self.allocations:
            if item.community_code == community_code and item.year == year:
                return item.amount
        return None

    def projects_of(self, community_code: str, year: int) -> tuple[Project, ...]:
        return tuple(p for p in self.projects if p.community_code == community_code and p.year == year)

    def years(self) -> list[int]:
        return sorted({a.year for a in self.allocations} | {p.year for p in self.projects})

    def within(self, community_codes: set[str] | frozenset[str]) -> "Ledger":
        """Only these communities' rows (a viewer's scope)."""
        return Ledger(tuple(a for a in self.allocations if a.community_code in community_codes),
                      tuple(p for p in self.projects if p.community_code in community_codes))


@dataclass(frozen=True)
class Finding:
    """One breach of one rule: where, which rule, the figures, and the rule's deadline."""

    community_code: str
    community_name: str
    year: int
    project_id: str                     # "" for a rule on the whole year's fund
    project_name: str                   # or what the community-level finding is about
    rule_code: str
    rule_name: str
    actual: str                         # what the ledger says, with its figures
    required: str                       # what the rule asks
    deadline: dt.date | None            # the rule's deadline for this project (None: no date)
    basis: str = ""                     # the rule as published


@dataclass(frozen=True)
class CheckResult:
    """The findings, and what could not be checked (a date outside the official calendar's years)."""

    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()
    year: int = 0
    as_of: dt.date = field(default_factory=dt.date.today)

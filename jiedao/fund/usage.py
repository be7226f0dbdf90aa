"""Fund use per community against its allocation: what the projects add up to, how much of it
is done, the 小组/团队 part, and how many findings the community has."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from jiedao.fund.model import Finding, Ledger


@dataclass(frozen=True)
class FundUse:
    community_code: str
    community_name: str
    year: int
    allocation: Decimal | None          # None: not entered yet
    planned: Decimal                    # all projects of the year
    completed: Decimal                  # projects with a completion date
    group_amount: Decimal               # 小组/团队 projects
    projects: int
    findings: int

    @property
    def used_percent(self) -> float | None:
        if not self.allocation:
            return None
        return float(self.planned / self.allocation * 100)

    @property
    def remaining(self) -> Decimal | None:
        return None if self.allocation is None else self.allocation - self.planned


def fund_use(ledger: Ledger, year: int, communities: Mapping[str, str],
             findings: Iterable[Finding] = ()) -> list[FundUse]:
    """One row per community in ``communities`` (code → name), in code order, even without a
    ledger yet: a community that entered nothing shows as such rather than disappearing."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.community_code] = counts.get(finding.community_code, 0) + 1
    rows = []
    for code in sorted(communities):
        projects = ledger.projects_of(code, year)
        rows.append(FundUse(
            code, communities[code], year, ledger.allocation(code, year),
            sum((p.amount for p in projects), Decimal(0)),
            sum((p.amount for p in projects if p.completion_date), Decimal(0)),
            sum((p.amount for p in projects if p.is_group), Decimal(0)),
            len(projects), counts.get(code, 0)))
    return rows

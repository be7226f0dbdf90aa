"""经费: the 社区专项工作经费 ledger for the viewer's scope — read, checked, changed.

The ledger lives in the data home (``jiedao/fund/store.py``), not in the warehouse; the
communities a viewer may see come from the warehouse's registry through ``communities(scope)``
(bound parameters), and every read and every change here is limited to them: community staff
see and change only their own community's ledger. Who may change what:

- projects: 管理员, 街道领导 (their street) and 社区工作人员 (their community)
- allocations: 管理员 and 街道领导 — a community does not set its own fund
- 市级 and 规划人员 read only
Reads are not cached: the ledger is small, and a change shows at once.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dashboard.data.dimensions import communities
from dashboard.data.scope import Scope
from dashboard.data.warehouse import settings
from jiedao.fund import (Actor, FundCheck, ImportReport, LedgerError, Project, delete_project,
                         import_bytes, load_ledger, run_check, save_project, set_allocation)
from jiedao.fund.registry import RegistryCommunity
from jiedao.fund.report import check_workbook
from jiedao.fund.template import template_bytes

PROJECT_ROLES = frozenset({"admin", "street_leader", "community_staff"})
ALLOCATION_ROLES = frozenset({"admin", "street_leader"})


def scope_communities(scope: Scope) -> dict[str, RegistryCommunity]:
    """The communities the viewer may see (from the warehouse, bound parameters), by code."""
    frame = communities(scope)
    return {str(row.community_code): RegistryCommunity(str(row.community_code), row.community_name,
                                                       str(row.street_code), row.street_name)
            for row in frame.itertuples(index=False)}


def community_names(scope: Scope) -> dict[str, str]:
    """code → name of the communities the viewer may see."""
    return {code: item.community_name for code, item in scope_communities(scope).items()}


def years(scope: Scope, today: dt.date | None = None) -> tuple[list[int], int]:
    """Years with a ledger in the scope and the current year, newest first; and the year to open
    on: the newest with a ledger (the current year when there is none yet)."""
    ledger = load_ledger(settings()).within(set(community_names(scope)))
    current = (today or dt.date.today()).year
    kept = ledger.years()
    return sorted(set(kept) | {current}, reverse=True), (kept[-1] if kept else current)


def fund_check(scope: Scope, year: int, as_of: dt.date | None = None) -> FundCheck:
    """Findings and fund use of the scope's communities (RulesError if the rules file is broken)."""
    return run_check(settings(), year, as_of=as_of, communities=scope_communities(scope))


def project_rows(checked: FundCheck, year: int) -> list[Project]:
    return sorted((p for p in checked.ledger.projects if p.year == year), key=lambda p: p.project_id)


def may_edit_projects(role: str) -> bool:
    return role in PROJECT_ROLES


def may_set_allocation(role: str) -> bool:
    return role in ALLOCATION_ROLES


def _within(scope: Scope, community_code: str) -> None:
    if community_code not in community_names(scope):
        raise LedgerError(f"无权修改社区 {community_code} 的经费台账：只能修改本范围内社区的台账")


def save(actor: Actor, scope: Scope, project: Project) -> Project:
    """Add or change a project of a community in the scope (audited)."""
    if not may_edit_projects(actor.role):
        raise LedgerError("当前账号只能查看经费台账，不能修改")
    _within(scope, project.community_code)
    if project.project_id:
        current = next((p for p in load_ledger(settings()).projects if p.project_id == project.project_id), None)
        if current is not None:
            _within(scope, current.community_code)   # never move another community's project into ours
    return save_project(settings(), project, actor)


def delete(actor: Actor, scope: Scope, project_id: str) -> Project:
    if not may_edit_projects(actor.role):
        raise LedgerError("当前账号只能查看经费台账，不能修改")
    current = next((p for p in load_ledger(settings()).projects if p.project_id == project_id), None)
    if current is None:
        raise LedgerError(f"台账中没有项目 {project_id}，可能已被删除")
    _within(scope, current.community_code)
    return delete_project(settings(), project_id, actor)


def allocate(actor: Actor, scope: Scope, community_code: str, year: int, amount: Decimal) -> None:
    if not may_set_allocation(actor.role):
        raise LedgerError("年度经费由街道或管理员登记，社区账号不能修改")
    _within(scope, community_code)
    set_allocation(settings(), community_code, year, amount, actor)


def import_upload(actor: Actor, scope: Scope, file_name: str, data: bytes) -> ImportReport:
    """A filled template; rows of communities outside the scope are refused, cell by cell."""
    if not may_edit_projects(actor.role):
        raise LedgerError("当前账号只能查看经费台账，不能导入")
    allowed = set(community_names(scope))
    if not may_set_allocation(actor.role):
        return import_bytes(settings(), file_name, data, actor, allowed, allocations=False)
    return import_bytes(settings(), file_name, data, actor, allowed)


def template(scope: Scope, year: int) -> bytes:
    checked = fund_check(scope, year)
    return template_bytes(checked.ledger, checked.communities, year)


def check_file(scope: Scope, year: int) -> bytes:
    checked = fund_check(scope, year)
    return check_workbook(checked.result, checked.use)

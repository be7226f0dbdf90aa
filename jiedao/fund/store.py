"""The ledger in the data home, as CSV files a person can open (codes as text, utf-8 with BOM):

- ``<home>/fund/allocations.csv`` — community_code, year, amount (元), updated_by, updated_at
- ``<home>/fund/projects.csv``    — one row per project (the columns of ``Project``)
- ``<home>/fund/rejected.csv``    — import rows that were not loaded, with their cells and why

Every change holds ``<home>/fund/.lock`` (not the home's lock, so a rebuild never blocks a
form), replaces the file atomically, and is appended to the audit trail (action ``fund``) with
who, what and the values before and after.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields, replace
from decimal import Decimal
from pathlib import Path

from jiedao.audit import AuditEvent, record
from jiedao.fund.model import DATE_FIELDS, Actor, Allocation, Ledger, Project
from jiedao.locking import home_lock
from jiedao.settings import Settings

ALLOCATION_COLUMNS = [f.name for f in fields(Allocation)]
PROJECT_COLUMNS = [f.name for f in fields(Project)]
REJECTED_COLUMNS = ["at", "source_file", "sheet", "row", "problems", "cells"]


class LedgerError(ValueError):
    """A change that cannot be made (unknown project, a name already taken); the message is Chinese."""


def fund_dir(settings: Settings) -> Path:
    return settings.home / "fund"


def now_text() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, columns: Sequence[str], rows: Iterable[dict[str, object]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(buffer.getvalue(), encoding="utf-8-sig")
    os.replace(temporary, path)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def load_ledger(settings: Settings) -> Ledger:
    folder = fund_dir(settings)
    allocations = tuple(Allocation(row["community_code"], int(row["year"]), Decimal(row["amount"]),
                                   row.get("updated_by", ""), row.get("updated_at", ""))
                        for row in _read(folder / "allocations.csv"))
    projects = tuple(Project(
        row["project_id"], row["community_code"], int(row["year"]), row["name"], row["category"],
        Decimal(row["amount"]), row["is_group"] == "1",
        **{name: _date(row.get(name, "")) for name in DATE_FIELDS},
        updated_by=row.get("updated_by", ""), updated_at=row.get("updated_at", ""))
        for row in _read(folder / "projects.csv"))
    return Ledger(allocations, projects)


def _row(item: Allocation | Project) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in asdict(item).items():
        out[key] = ("1" if value else "0") if isinstance(value, bool) else \
            value.isoformat() if isinstance(value, dt.date) else "" if value is None else value
    return out


def _save(settings: Settings, ledger: Ledger) -> None:
    folder = fund_dir(settings)
    _write(folder / "allocations.csv", ALLOCATION_COLUMNS,
           [_row(a) for a in sorted(ledger.allocations, key=lambda a: (a.year, a.community_code))])
    _write(folder / "projects.csv", PROJECT_COLUMNS,
           [_row(p) for p in sorted(ledger.projects, key=lambda p: (p.year, p.project_id))])


def _audit(settings: Settings, actor: Actor, detail: dict) -> None:
    record(settings, AuditEvent("fund", actor.username, actor.role, actor.scope_code,
                                json.loads(json.dumps(detail, ensure_ascii=False, default=str))))


def next_project_id(ledger: Ledger, community_code: str, year: int) -> str:
    prefix = f"{community_code}-{year}-"
    used = [int(p.project_id.removeprefix(prefix)) for p in ledger.projects
            if p.project_id.startswith(prefix) and p.project_id.removeprefix(prefix).isdigit()]
    return f"{prefix}{max(used, default=0) + 1:03d}"


def save_project(settings: Settings, project: Project, actor: Actor) -> Project:
    """Add (empty project_id) or change a project; its name is unique within the community's year."""
    with home_lock(fund_dir(settings)):
        ledger = load_ledger(settings)
        before = next((p for p in ledger.projects if p.project_id == project.project_id), None)
        if project.project_id and before is None:
            raise LedgerError(f"台账中没有项目 {project.project_id}，可能已被删除，请刷新后再试")
        clash = next((p for p in ledger.projects_of(project.community_code, project.year)
                      if p.name == project.name and p.project_id != project.project_id), None)
        if clash is not None:
            raise LedgerError(f"本社区 {project.year} 年已有项目「{project.name}」（{clash.project_id}），请换一个名称或修改那一项")
        saved = replace(project, project_id=project.project_id or next_project_id(ledger, project.community_code, project.year),
                        updated_by=actor.username, updated_at=now_text())
        others = tuple(p for p in ledger.projects if p.project_id != saved.project_id)
        _save(settings, Ledger(ledger.allocations, others + (saved,)))
    _audit(settings, actor, {"op": "project_added" if before is None else "project_changed",
                             "project_id": saved.project_id, "before": _row(before) if before else None,
                             "after": _row(saved)})
    return saved


def delete_project(settings: Settings, project_id: str, actor: Actor) -> Project:
    with home_lock(fund_dir(settings)):
        ledger = load_ledger(settings)
        gone = next((p for p in ledger.projects if p.project_id == project_id), None)
        if gone is None:
            raise LedgerError(f"台账中没有项目 {project_id}，可能已被删除")
        _save(settings, Ledger(ledger.allocations, tuple(p for p in ledger.projects if p.project_id != project_id)))
    _audit(settings, actor, {"op": "project_deleted", "project_id": project_id, "before": _row(gone)})
    return gone


def set_allocation(settings: Settings, community_code: str, year: int, amount: Decimal, actor: Actor) -> None:
    with home_lock(fund_dir(settings)):
        ledger = load_ledger(settings)
        before = ledger.allocation(community_code, year)
        kept = tuple(a for a in ledger.allocations if (a.community_code, a.year) != (community_code, year))
        _save(settings, Ledger(kept + (Allocation(community_code, year, amount, actor.username, now_text()),),
                               ledger.projects))
    _audit(settings, actor, {"op": "allocation_set", "community_code": community_code, "year": year,
                             "before": before, "after": amount})


def merge(settings: Settings, allocations: Sequence[Allocation], projects: Sequence[Project], actor: Actor,
          detail: dict) -> tuple[int, int, int, int]:
    """Write imported rows: allocations replace the community's year, projects are matched by
    (community, year, name) and added or changed; identical rows change nothing. Returns
    (projects added, changed, unchanged, allocations changed); one audit event for the lot."""
    stamp = now_text()
    with home_lock(fund_dir(settings)):
        ledger = load_ledger(settings)
        by_key = {(p.community_code, p.year, p.name): p for p in ledger.projects}
        current = list(ledger.projects)
        added = changed = unchanged = 0
        for project in projects:
            old = by_key.get((project.community_code, project.year, project.name))
            if old is not None and old.same_content(project):
                unchanged += 1
                continue
            working = Ledger(ledger.allocations, tuple(current))
            new = replace(project, project_id=old.project_id if old else next_project_id(
                working, project.community_code, project.year), updated_by=actor.username, updated_at=stamp)
            current = [p for p in current if p.project_id != new.project_id] + [new]
            by_key[(new.community_code, new.year, new.name)] = new
            added, changed = (added + 1, changed) if old is None else (added, changed + 1)
        amounts = {(a.community_code, a.year): a for a in ledger.allocations}
        allocations_changed = 0
        for item in allocations:
            old_allocation = amounts.get((item.community_code, item.year))
            if old_allocation is None or old_allocation.amount != item.amount:
                amounts[(item.community_code, item.year)] = replace(item, updated_by=actor.username, updated_at=stamp)
                allocations_changed += 1
        if added or changed or allocations_changed:
            _save(settings, Ledger(tuple(amounts.values()), tuple(current)))
    _audit(settings, actor, {**detail, "projects_added": added, "projects_changed": changed,
                             "projects_unchanged": unchanged, "allocations_changed": allocations_changed})
    return added, changed, unchanged, allocations_changed


def keep_rejected(settings: Settings, rows: Sequence[dict[str, object]]) -> Path:
    """Append rows an import could not load (nothing is lost): file, sheet, row, why, every cell."""
    path = fund_dir(settings) / "rejected.csv"
    with home_lock(fund_dir(settings)):
        existing = _read(path)
        _write(path, REJECTED_COLUMNS, [*existing, *rows])
    return path


def read_rejected(settings: Settings) -> list[dict[str, str]]:
    return _read(fund_dir(settings) / "rejected.csv")

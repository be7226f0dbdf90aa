"""What people enter: manual scores with their evidence, and the steps of the yearly workflow
(社区自荐 → 街道审查 → 检查验收), each with who and when.

Both are append-only JSON Lines in ``<home>/assessments/`` (``manual_scores.jsonl``,
``workflow.jsonl``) — the latest score for a criterion counts, the earlier ones stay as history —
and every entry is also written to the audit trail (action ``assessment``). Who may enter what
is checked here, not in the page: only the scheme's scorers (and the 管理员) score, only within
their own scope, never a community account (a community does not score itself), and not after
the last workflow step has passed (the result is then final).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from jiedao.accounts import ROLES
from jiedao.assessments.schemes import Scheme, Step
from jiedao.audit import AuditEvent, record
from jiedao.settings import Settings

PASSED, RETURNED = "通过", "退回"


class NotAllowed(ValueError):
    """An entry this account may not make, or that does not fit the scheme; Chinese message."""


@dataclass(frozen=True)
class Entrant:
    """Who enters: the signed-in account's name, role and scope code."""
    username: str
    role: str
    scope_code: str


@dataclass(frozen=True)
class ManualScore:
    scheme: str
    year: str
    community_code: str
    criterion: str                 # 「维度·细则」, see schemes.criterion_key
    points: float
    note: str
    evidence_file: str
    username: str
    role: str
    at: str = field(default_factory=lambda: dt.datetime.now().isoformat(timespec="seconds"))

    def describe(self) -> str:
        text = f"人工评分：{self.username}（{ROLES.get(self.role, self.role)}）{self.at.replace('T', ' ')}；说明：{self.note}"
        return text + (f"；附件：{self.evidence_file}" if self.evidence_file else "")


@dataclass(frozen=True)
class StepRecord:
    scheme: str
    year: str
    community_code: str
    step: str
    decision: str                  # 通过 | 退回
    note: str
    username: str
    role: str
    at: str = field(default_factory=lambda: dt.datetime.now().isoformat(timespec="seconds"))


@dataclass(frozen=True)
class StepStatus:
    step: Step
    passed: StepRecord | None      # the record that passed it; None while it waits


def assessments_dir(settings: Settings) -> Path:
    return settings.home / "assessments"


def scores_file(settings: Settings) -> Path:
    return assessments_dir(settings) / "manual_scores.jsonl"


def workflow_file(settings: Settings) -> Path:
    return assessments_dir(settings) / "workflow.jsonl"


def append(path: Path, item: object) -> None:
    """One line, appended atomically (concurrent sessions never interleave records)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(asdict(item), ensure_ascii=False) + "\n").encode("utf-8")
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, line)
    finally:
        os.close(descriptor)


def read_lines(path: Path, scheme: str, year: str | None) -> list[dict]:
    if not path.exists():
        return []
    found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [item for item in found if item["scheme"] == scheme and (year is None or item["year"] == year)]


def manual_scores(settings: Settings, scheme: str, year: str) -> dict[tuple[str, str], ManualScore]:
    """(community, criterion) → the latest score entered."""
    return {(item["community_code"], item["criterion"]): ManualScore(**item)
            for item in read_lines(scores_file(settings), scheme, year)}


def step_records(settings: Settings, scheme: str, year: str) -> dict[str, list[StepRecord]]:
    """community → its workflow records, oldest first."""
    found: dict[str, list[StepRecord]] = {}
    for item in read_lines(workflow_file(settings), scheme, year):
        found.setdefault(item["community_code"], []).append(StepRecord(**item))
    return found


def progress(scheme: Scheme, records: list[StepRecord]) -> tuple[StepStatus, ...]:
    """Each step and the record that passed it. A step 退回 sends the community back to the
    step before it (that one and every later one wait again)."""
    names = [step.name for step in scheme.workflow]
    passed: dict[int, StepRecord] = {}
    for item in records:
        if item.step not in names:
            continue
        index = names.index(item.step)
        if item.decision == PASSED:
            passed[index] = item
        else:
            passed = {k: v for k, v in passed.items() if k < index - 1}
    return tuple(StepStatus(step, passed.get(i)) for i, step in enumerate(scheme.workflow))


def community_progress(settings: Settings, scheme: Scheme, year: str, community_code: str) -> tuple[StepStatus, ...]:
    return progress(scheme, step_records(settings, scheme.code, year).get(community_code, []))


def finished(statuses: tuple[StepStatus, ...]) -> bool:
    return bool(statuses) and all(status.passed for status in statuses)


def in_scope(scope_code: str, community_code: str) -> bool:
    """A city (6), street (9) or community (12) code covers the communities it begins."""
    return len(community_code) == 12 and community_code.isdigit() and community_code.startswith(scope_code)


def scoring_refusal(scheme: Scheme, who: Entrant, community_code: str) -> str | None:
    """Why this account may not score this community under this scheme; None when it may."""
    if who.role == "community_staff":
        return "社区账号可以查看本社区的评分，但不能为本社区评分"
    if who.role != "admin" and who.role not in scheme.scorers:
        return f"「{scheme.name}」的人工评分由{'、'.join(ROLES[r] for r in scheme.scorers)}录入，当前账号无权评分"
    if not in_scope(who.scope_code, community_code):
        return f"社区「{community_code}」不在当前账号的范围（{who.scope_code}）内"
    return None


def enter_score(settings: Settings, scheme: Scheme, year: str, community_code: str, criterion: str,
                points: float, note: str, evidence_file: str, who: Entrant) -> ManualScore:
    """Record a manual score (appended, audited) after checking who, where and what."""
    refusal = scoring_refusal(scheme, who, community_code)
    if refusal:
        raise NotAllowed(refusal)
    try:
        _, found = scheme.criterion(criterion)
    except KeyError:
        raise NotAllowed(f"「{scheme.name}」中没有细则「{criterion}」") from None
    if found.automatic:
        raise NotAllowed(f"细则「{criterion}」由数据仓指标自动评分，不能人工录入")
    if not 0 <= points <= found.max:
        raise NotAllowed(f"细则「{criterion}」的得分应在 0 到 {found.max:g} 之间（录入的是 {points:g}）")
    if not note.strip():
        raise NotAllowed("请填写评分说明（依据）")
    if finished(community_progress(settings, scheme, year, community_code)):
        raise NotAllowed(f"{year} 年已完成「{scheme.workflow[-1].name}」，评分已锁定")
    score = ManualScore(scheme.code, year, community_code, criterion, float(points), note.strip(),
                        evidence_file.strip(), who.username, who.role)
    append(scores_file(settings), score)
    record(settings, AuditEvent("assessment", who.username, who.role, who.scope_code, {
        "scheme": scheme.code, "year": year, "community_code": community_code, "criterion": criterion,
        "points": score.points, "note": score.note, "evidence_file": score.evidence_file}))
    return score


def step_refusal(scheme: Scheme, who: Entrant, community_code: str, statuses: tuple[StepStatus, ...],
                 decision: str = PASSED) -> str | None:
    """Why this account may not record the community's next step now; None when it may."""
    waiting = next((s.step for s in statuses if s.passed is None), None)
    if waiting is None:
        return "流程已全部完成"
    if not in_scope(who.scope_code, community_code):
        return f"社区「{community_code}」不在当前账号的范围（{who.scope_code}）内"
    if who.role != "admin" and who.role not in waiting.roles:
        return f"「{waiting.name}」由{'、'.join(ROLES[r] for r in waiting.roles)}办理"
    if decision == RETURNED and waiting is scheme.workflow[0]:
        return f"「{waiting.name}」是第一步，不能退回"
    return None


def record_step(settings: Settings, scheme: Scheme, year: str, community_code: str, decision: str, note: str,
                who: Entrant) -> StepRecord:
    """Record the community's next workflow step (通过 or 退回), appended and audited."""
    statuses = community_progress(settings, scheme, year, community_code)
    if decision not in (PASSED, RETURNED):
        raise NotAllowed(f"办理结果应为「{PASSED}」或「{RETURNED}」")
    refusal = step_refusal(scheme, who, community_code, statuses, decision)
    if refusal:
        raise NotAllowed(refusal)
    step = next(s.step for s in statuses if s.passed is None)
    item = StepRecord(scheme.code, year, community_code, step.name, decision, note.strip(), who.username, who.role)
    append(workflow_file(settings), item)
    record(settings, AuditEvent("assessment", who.username, who.role, who.scope_code, {
        "scheme": scheme.code, "year": year, "community_code": community_code, "step": step.name,
        "decision": decision, "note": item.note}))
    return item

"""An append-only audit trail of sign-ins, downloads, uploads and rebuilds.

Kept as JSON Lines beside the databases rather than in a DuckDB file: the dashboard must not hold
a database that ingest or build writes, and an append of one short line is atomic, so concurrent
sessions never interleave records.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from jiedao.settings import Settings

ACTIONS = ("sign_in", "sign_in_failed", "sign_out", "download", "upload", "rebuild", "template", "mapping", "fund", "withdraw",
           "assessment")


@dataclass(frozen=True)
class AuditEvent:
    action: str
    username: str
    role: str
    scope_code: str
    detail: dict = field(default_factory=dict)
    at: str = field(default_factory=lambda: dt.datetime.now().isoformat(timespec="seconds"))


def audit_path(settings: Settings) -> Path:
    return settings.home / "audit.jsonl"


def record(settings: Settings, event: AuditEvent) -> None:
    if event.action not in ACTIONS:
        raise ValueError(f"unknown audit action {event.action!r}")
    settings.home.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(asdict(event), ensure_ascii=False, default=str) + "\n").encode("utf-8")
    descriptor = os.open(audit_path(settings), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, line)
    finally:
        os.close(descriptor)


def read_events(settings: Settings) -> list[AuditEvent]:
    path = audit_path(settings)
    if not path.exists():
        return []
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            events.append(AuditEvent(**json.loads(line)))
    return events

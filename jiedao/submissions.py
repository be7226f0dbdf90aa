"""Submissions from communities: a community's staff send their own return, see at once what was
read and every problem (a preview: nothing written, no rebuild), fix and send again; the street
sees who has sent what for which period (报送进度) and publishes.

A community account may send only its own community's figures: a file naming another community
is refused as a whole, with the names, and nothing of it is loaded.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb

from ingest.loader import BatchReport, read_one
from ingest.readers import UnreadableFile, sniff_bytes
from ingest.store import StoreBusy
from jiedao.audit import AuditEvent, record
from jiedao.ingestion import ingest_paths
from jiedao.settings import Settings
from jiedao.uploads import refusal_message, safe_file_name, save_uploads

DUE_DAY = 10   # a month's return is late after this day of the next month (as dbt's submission_due_day)


@dataclass(frozen=True)
class PreviewValue:
    community_code: str
    period: str
    indicator_code: str
    value: float
    where: str               # 工作表「…」单元格 …


@dataclass(frozen=True)
class Preview:
    file_name: str
    status: str                          # loaded | partial | rejected | refused
    values: tuple[PreviewValue, ...]
    problems: tuple[str, ...]            # Chinese, with sheet and cell
    foreign: tuple[str, ...]             # other communities' codes in the file (a community account)

    @property
    def may_send(self) -> bool:
        return self.status in {"loaded", "partial"} and not self.foreign and bool(self.values)


def preview(settings: Settings, original_name: str, data: bytes, community_code: str | None) -> Preview:
    """Read one upload as ingest would, write nothing; for a community account, name any other
    community's figures in it."""
    name = safe_file_name(original_name)
    try:
        sniff_bytes(name, data, settings)
    except UnreadableFile as error:
        return Preview(original_name, "refused", (), (refusal_message(original_name, error),), ())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        parsed = read_one(settings, path)
    values = tuple(PreviewValue(v.community_code, v.period.period, v.indicator_code, v.value,
                                f"工作表「{v.sheet}」单元格 {v.cell_ref}") for v in parsed.values)
    foreign = tuple(sorted({v.community_code for v in values if community_code and v.community_code != community_code}))
    problems = tuple(problem.message(original_name) for problem in parsed.problems)
    return Preview(original_name, parsed.status, values, problems, foreign)


def send(settings: Settings, original_name: str, data: bytes, *, username: str, role: str,
         scope_code: str) -> tuple[Preview, BatchReport | None]:
    """Check the upload as ``preview`` does; if it may be sent, save it into the inbox and load it
    into the raw store (audited). Publishing is a separate step (``jiedao build``)."""
    community = scope_code if role == "community_staff" else None
    checked = preview(settings, original_name, data, community)
    detail = {"file": original_name, "status": checked.status, "values": len(checked.values),
              "problems": len(checked.problems), "foreign": list(checked.foreign)}
    if not checked.may_send:
        record(settings, AuditEvent("upload", username, role, scope_code, {**detail, "sent": False}))
        return checked, None
    saved = save_uploads(settings, [(original_name, data)])
    report = ingest_paths(settings, [saved.folder])
    record(settings, AuditEvent("upload", username, role, scope_code,
                                {**detail, "sent": True, "folder": str(saved.folder)}))
    return checked, report


@dataclass(frozen=True)
class Progress:
    community_code: str
    community_name: str
    files: tuple[str, ...]
    values: int
    problems: int
    last_sent: datetime | None
    late: bool

    @property
    def state(self) -> str:
        if not self.files:
            return "未报送"
        return ("逾期报送" if self.late else "已报送") + (f"（{self.problems} 个问题）" if self.problems else "")


def due_date(period: str, due_day: int = DUE_DAY) -> date:
    year, month = int(period[:4]), int(period[5:7])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, due_day)


def progress_board(settings: Settings, street_code: str, period: str) -> list[Progress]:
    """Each community of the street for one month: the files that brought its figures (in the raw
    store: sent, not necessarily published), their problems, when last sent (the file's own
    date: an upload's is the moment it arrived) and whether that was after the due day."""
    if not settings.raw_db.exists():
        return []
    try:
        con = duckdb.connect(str(settings.raw_db), read_only=True)
    except duckdb.IOException as error:
        raise StoreBusy(settings.raw_db, str(error)) from error
    try:
        communities = con.execute("select community_code, community_name from registry_communities "
                                  "where street_code = ? order by community_code", [street_code]).fetchall()
        sent = con.execute("""
            select o.community_code, f.file_name, count(*) as n, max(f.problems) as problems, max(f.file_mtime) as at
            from observations o join files f using (file_sha256)
            where o.period = ? and o.community_code like ?
            group by o.community_code, f.file_name""", [period, f"{street_code}%"]).fetchall()
    finally:
        con.close()
    by_community: dict[str, list[tuple]] = {}
    for code, file_name, count, problems, at in sent:
        by_community.setdefault(code, []).append((file_name, count, problems, at))
    due = due_date(period)
    board = []
    for code, name in communities:
        rows = by_community.get(code, [])
        last = max((row[3] for row in rows), default=None)
        board.append(Progress(code, name, tuple(row[0] for row in rows), sum(row[1] for row in rows),
                              sum(row[2] for row in rows), last, bool(last and last.date() > due)))
    return board


__all__ = ["Preview", "PreviewValue", "Progress", "preview", "send", "progress_board", "due_date"]

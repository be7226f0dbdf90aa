"""Withdrawing files: a bad file's (or a whole batch's) rows leave the raw store's current data.

The rows go the way a file read again loses its earlier rows (``ingest.store.delete_file_rows``),
in one transaction with a record in the raw store's ``withdrawals`` table (what, which batch, how
many values and problems, by whom, when, why) and an audit event. The next ``jiedao build``
publishes without them. Ingest skips the same content from then on, so running ``jiedao ingest``
over the whole inbox again does not bring a withdrawn file back; ``restore`` undoes that (the
record stays, marked restored) and the next ingest loads the file again.

A file is named by its id (the start of its SHA-256, at least 8 characters, as ``jiedao files
list`` shows it), by the path of a file with the same content, or by its name when only one
current file has it; a batch by its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from ingest import store
from ingest.loader import sha256_of
from ingest.writer import connect_when_free
from jiedao import audit
from jiedao.locking import home_lock
from jiedao.settings import Settings

ID_LENGTH = 12          # how much of the SHA-256 `jiedao files list` shows
MIN_ID_LENGTH = 8
MAX_BATCH_DIGITS = 9    # a number this short is a batch, never the start of a SHA-256
STATUS_LABELS = {"loaded": "已载入", "partial": "部分载入", "rejected": "已拒收"}


class WithdrawError(ValueError):
    """A target that names no file, or several; the message is in Chinese."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    name: str
    path: str
    batch_id: int
    status: str
    values_loaded: int
    problems: int

    @property
    def file_id(self) -> str:
        return self.sha256[:ID_LENGTH]


@dataclass(frozen=True)
class Batch:
    batch_id: int
    started_at: datetime | None
    files: tuple[StoredFile, ...]


@dataclass(frozen=True)
class Withdrawal:
    file: StoredFile
    withdrawn_at: datetime
    withdrawn_by: str
    reason: str
    restored_at: datetime | None


FILE_COLUMNS = "file_sha256, file_name, file_path, batch_id, status, values_loaded, problems"


def _files(con: duckdb.DuckDBPyConnection, where: str, params: list) -> list[StoredFile]:
    rows = con.execute(f"select {FILE_COLUMNS} from files where {where} order by batch_id, file_name, file_sha256",
                       params).fetchall()
    return [StoredFile(*row) for row in rows]


def batches(settings: Settings, batch_id: int | None = None) -> list[Batch]:
    """Every batch (or one) with its current files; withdrawn files are no longer among them."""
    con = connect_when_free(settings)
    try:
        found = con.execute("select batch_id, started_at from batches where ? is null or batch_id = ? "
                            "order by batch_id", [batch_id, batch_id]).fetchall()
        files = _files(con, "? is null or batch_id = ?", [batch_id, batch_id])
    finally:
        con.close()
    return [Batch(number, started, tuple(f for f in files if f.batch_id == number)) for number, started in found]


def withdrawals(settings: Settings) -> list[Withdrawal]:
    """The history of withdrawals, oldest first, restored ones included."""
    con = connect_when_free(settings)
    try:
        rows = con.execute(
            "select file_sha256, file_name, file_path, batch_id, 'withdrawn', values_withdrawn, problems_withdrawn,"
            " withdrawn_at, withdrawn_by, reason, restored_at from withdrawals order by withdrawn_at, file_name").fetchall()
    finally:
        con.close()
    return [Withdrawal(StoredFile(*row[:7]), row[7], row[8], row[9] or "", row[10]) for row in rows]


def resolve(con: duckdb.DuckDBPyConnection, target: str) -> list[StoredFile]:
    """The current files a target names: a batch number, a file id (SHA-256 prefix), the path of a
    file with the same content, or a file name that only one current file has."""
    text = target.strip()
    if text.isdigit() and len(text) <= MAX_BATCH_DIGITS:
        files = _files(con, "batch_id = ?", [int(text)])
        if not files:
            raise WithdrawError(f"批次 {text} 中没有当前的文件（运行 jiedao files list 查看批次和文件）")
        return files
    path = Path(text)
    if path.is_file():
        files = _files(con, "file_sha256 = ?", [sha256_of(path)])
        if not files:
            raise WithdrawError(f"原始库中没有与「{text}」内容相同的文件（它可能从未导入，或已被撤回）")
        return files
    if re.fullmatch(r"[0-9a-fA-F]{%d,64}" % MIN_ID_LENGTH, text):
        files = _files(con, "starts_with(file_sha256, ?)", [text.lower()])
        if files:
            return _one(files, text)
    files = _files(con, "file_name = ? or file_path = ?", [text, text])
    if not files:
        raise WithdrawError(f"原始库中没有名为或编号为「{text}」的当前文件（运行 jiedao files list 查看）")
    return _one(files, text)


def _one(files: list[StoredFile], text: str) -> list[StoredFile]:
    if len(files) == 1:
        return files
    listed = "；".join(f"{f.file_id}（批次 {f.batch_id}，{f.name}）" for f in files)
    raise WithdrawError(f"「{text}」对应 {len(files)} 个文件，请用编号指定其中一个：{listed}")


def withdraw(settings: Settings, target: str, *, by: str, reason: str = "") -> list[StoredFile]:
    """Take the named file(s) out of the current data, record the withdrawal and audit it."""
    with home_lock(settings.home):  # never while a build reads the raw store
        con = connect_when_free(settings)
        try:
            files = resolve(con, target)
            now = datetime.now()
            con.execute("begin")
            store.delete_file_rows(con, [f.sha256 for f in files])
            con.executemany("insert into withdrawals values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)",
                            [[f.sha256, f.name, f.path, f.batch_id, f.values_loaded, f.problems, now, by, reason]
                             for f in files])
            con.execute("commit")
        finally:
            con.close()  # without the commit, closing rolls everything back
    audit.record(settings, audit.AuditEvent("withdraw", by, "", "", {
        "target": target, "reason": reason,
        "files": [{"sha256": f.sha256, "name": f.name, "batch": f.batch_id, "values": f.values_loaded,
                   "problems": f.problems} for f in files]}))
    return files


def restore(settings: Settings, target: str, *, by: str) -> list[StoredFile]:
    """Undo a withdrawal: the record stays (marked restored) and the next ingest of the same
    content loads it again."""
    text = target.strip()
    if Path(text).is_file():
        text = sha256_of(Path(text))
    with home_lock(settings.home):
        con = connect_when_free(settings)
        try:
            rows = con.execute(
                f"select distinct file_sha256, file_name, file_path, batch_id, 'withdrawn', values_withdrawn,"
                f" problems_withdrawn from withdrawals where restored_at is null"
                f" and (starts_with(file_sha256, ?) and length(?) >= {MIN_ID_LENGTH} or file_name = ? or file_path = ?)",
                [text.lower(), text, text, text]).fetchall()
            files = _one([StoredFile(*row) for row in rows], text) if rows else []
            if not files:
                raise WithdrawError(f"没有名为或编号为「{text}」的已撤回文件（运行 jiedao files list 查看）")
            con.execute("update withdrawals set restored_at = ?, restored_by = ? "
                        "where file_sha256 = ? and restored_at is null", [datetime.now(), by, files[0].sha256])
        finally:
            con.close()
    audit.record(settings, audit.AuditEvent("withdraw", by, "", "", {
        "restored": files[0].sha256, "name": files[0].name}))
    return files

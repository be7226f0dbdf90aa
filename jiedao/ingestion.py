"""Ingest as the application uses it: run the loaders on paths and say what happened.

The CLI and the dashboard's upload page both come through here, so neither imports ``ingest``
directly and both describe a batch the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from ingest import store
from ingest.loader import BatchReport, ingest_paths as _load
from ingest.writer import connect_when_free
from jiedao.settings import Settings

MESSAGES_PER_FILE = 5
WITHDRAWN_SKIPPED = "该文件已被撤回（jiedao files withdraw），未再导入；如需重新导入，先运行 jiedao files restore {file_id}"


def ingest_paths(settings: Settings, paths: Sequence[Path], *, progress: bool = False,
                 reread: frozenset[str] = frozenset()) -> BatchReport:
    """Load files or folders (recursively) into the raw store as one batch; files whose sha256
    is in ``reread`` are read again and replace their earlier rows."""
    return explain_withdrawn(settings, _load(settings, list(paths), progress=progress, reread=reread))


def explain_withdrawn(settings: Settings, report: BatchReport) -> BatchReport:
    """A skipped file that was withdrawn says so, instead of "already loaded"."""
    skipped = {item.file_sha256 for item in report.file_reports if item.status == "skipped"}
    if not skipped:
        return report
    con = connect_when_free(settings)
    try:
        withheld = store.withheld_sha256s(con) & skipped
    finally:
        con.close()
    if not withheld:
        return report
    return dataclasses.replace(report, file_reports=tuple(
        dataclasses.replace(item, messages=(WITHDRAWN_SKIPPED.format(file_id=item.file_sha256[:12]),))
        if item.status == "skipped" and item.file_sha256 in withheld else item for item in report.file_reports))


def describe_batch(report: BatchReport) -> list[str]:
    """Lines for a person: each file that needs a look, then the batch summary."""
    lines = []
    withdrawn = sum(1 for item in report.file_reports if item.status == "skipped"
                    and item.messages == (WITHDRAWN_SKIPPED.format(file_id=item.file_sha256[:12]),))
    for file_report in report.file_reports:
        if file_report.status == "refused":  # not read at all: the reason is the whole story
            lines.extend(f"[未读取] {message}" for message in file_report.messages)
            continue
        # A clean file needs no line of its own: the batch summary counts it.
        if file_report.status == "skipped" or (file_report.status == "loaded" and not file_report.problems):
            continue
        lines.append(f"[{file_report.status}] {file_report.file_name}：载入 {file_report.values_loaded} 个值，"
                     f"问题 {file_report.problems} 个")
        lines.extend(f"    {message}" for message in file_report.messages[:MESSAGES_PER_FILE])
        if len(file_report.messages) > MESSAGES_PER_FILE:
            lines.append(f"    …… 另有 {len(file_report.messages) - MESSAGES_PER_FILE} 个问题，见 jiedao export problems")
    lines.append(
        f"批次 {report.batch_id}：文件 {report.files_seen} 个（新 {report.files_new}，已导入过 {report.files_skipped}，"
        f"拒收 {report.files_rejected}），载入值 {report.values_loaded} 个，问题 {report.problems} 个"
        + (f"；未读取 {report.files_refused} 项（原因见上）" if report.files_refused else ""))
    if withdrawn:
        lines.append(f"其中 {withdrawn} 个已导入过的文件是已撤回的文件，未再导入（jiedao files list 查看）")
    return lines

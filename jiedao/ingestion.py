"""Ingest as the application uses it: run the loaders on paths and say what happened.

The CLI and the dashboard's upload page both come through here, so neither imports ``ingest``
directly and both describe a batch the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ingest.loader import BatchReport, ingest_paths as _load
from jiedao.settings import Settings

MESSAGES_PER_FILE = 5


def ingest_paths(settings: Settings, paths: Sequence[Path], *, progress: bool = False,
                 reread: frozenset[str] = frozenset()) -> BatchReport:
    """Load files or folders (recursively) into the raw store as one batch; files whose sha256
    is in ``reread`` are read again and replace their earlier rows."""
    return _load(settings, list(paths), progress=progress, reread=reread)


def describe_batch(report: BatchReport) -> list[str]:
    """Lines for a person: each file that needs a look, then the batch summary."""
    lines = []
    for file_report in report.file_reports:
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
        f"拒收 {report.files_rejected}），载入值 {report.values_loaded} 个，问题 {report.problems} 个")
    return lines

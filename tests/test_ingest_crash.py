"""Crash-safe ingest: kill it mid-batch and re-run; the result equals a clean run.

An inbox of 46 files is ingested by a subprocess in its own session; its whole process group
(the loader and its parsing workers) is SIGKILLed at a named step of the write phase (the writer
pauses there when JIEDAO_TEST_PAUSE_WRITE names the step) or after a fixed delay, wherever that
lands. The killed store must hold either the batch complete or nothing of it; a re-run then
brings it to exactly what a clean run stores (batch ids and ingest times aside).
"""

from __future__ import annotations

import csv
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from ingest.loader import ingest_paths
from jiedao.settings import PROJECT_DIR, Settings
from ingest.writer import PAUSE_ENV, PAUSE_STEPS
from sheets import write_csv, write_docx_named, write_ods, write_xls, write_xlsx

TABLES = ("files", "cells", "observations", "problems")
IGNORED_COLUMNS = {"batch_id", "ingested_at"}
STREETS = {"654201001": "和平街道", "654201002": "杜别克街道", "654201003": "新城街道"}
WRITERS = (write_xlsx, write_xls, write_ods, None)  # None: CSV
INGEST = ("import sys; from pathlib import Path; from ingest.loader import ingest_paths;"
          " from jiedao.settings import Settings;"
          " ingest_paths(Settings(home=Path(sys.argv[1]), workers=2), [Path(sys.argv[2])])")


def registry() -> dict[str, list[str]]:
    """Community names by street, from the shipped registry."""
    names: dict[str, list[str]] = {}
    with open(PROJECT_DIR / "seeds" / "registry_communities.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names.setdefault(row["street_code"], []).append(row["community_name"])
    return names


def street_month(path: Path, street: str, communities: list[str], year: int, month: int, writer) -> Path:
    rows: list[list[object]] = [[f"{street}{year}年{month}月民情诉求统计"], ["社区名称", "受理数", "办结数"]]
    for index, name in enumerate(communities):
        received = 10 + (index * 7 + month * 3) % 50
        rows.append([name, received, received - index % 3])
    if writer is None:
        return write_csv(path.with_suffix(".csv"), rows, encoding="gb18030")
    suffix = {write_xlsx: ".xlsx", write_xls: ".xls", write_ods: ".ods"}[writer]
    return writer(path.with_suffix(suffix), {"Sheet1": rows})


def build_inbox(inbox: Path) -> list[Path]:
    """46 files: 42 street summaries in four formats, a correction of a file from the earlier
    batch, a late 补报 with problems that conflicts with a file of its own batch, a Word file in
    disguise, and a duplicate (skipped, never written)."""
    files: list[Path] = []
    communities = registry()
    for count in range(14):
        year, month = 2024 + count // 12, count % 12 + 1
        for street_index, (code, street) in enumerate(STREETS.items()):
            writer = WRITERS[(count + street_index) % len(WRITERS)]
            files.append(street_month(inbox / f"{year}年{month:02d}月" / street, street, communities[code],
                                      year, month, writer))
    files.append(write_xlsx(inbox / "更正" / "和平街道2024年3月更正.xlsx", {"Sheet1": [
        ["和平街道2024年3月民情诉求统计"], ["社区名称", "受理数"], ["建设街社区", 99]]}))
    files.append(write_xlsx(inbox / "问题" / "新城街道2024年5月补报.xlsx", {"Sheet1": [
        ["新城街道2024年5月"], ["社区名称", "受理数", "办结数"],
        ["不存在社区", 3, 2], ["边城街社区", "l60", "约30"], ["合计", 999, 32]]}))
    files.append(write_docx_named(inbox / "问题" / "会议纪要.xlsx"))
    duplicate = inbox / "问题" / "和平街道1月副本.xlsx"
    shutil.copyfile(files[0], duplicate)
    files.append(duplicate)
    for index, path in enumerate(sorted(files)):  # fixed mtimes: the correction is the newest file
        stamp = 1_700_000_000 + index * 60 + (10_000 if "更正" in path.name else 0)
        os.utime(path, (stamp, stamp))
    return sorted(files)


def snapshot(home: Path) -> dict[str, list[tuple]]:
    """Every row of the compared tables, without batch ids and ingest times, in a fixed order."""
    with duckdb.connect(str(home / "raw.duckdb"), read_only=True) as con:
        tables = {}
        for table in TABLES:
            columns = [name for (name,) in con.execute(
                "select column_name from information_schema.columns where table_name = ? order by ordinal_position",
                [table]).fetchall() if name not in IGNORED_COLUMNS]
            tables[table] = con.execute(f"select {', '.join(columns)} from {table} order by all").fetchall()
        return tables


def batches(home: Path) -> list[tuple]:
    with duckdb.connect(str(home / "raw.duckdb"), read_only=True) as con:
        return con.execute("select b.files_new, b.values_loaded, b.problems,"
                           " (select count(*) from files f where f.batch_id = b.batch_id),"
                           " (select count(*) from observations o where o.batch_id = b.batch_id)"
                           " from batches b order by b.batch_id").fetchall()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The inbox; a home with an earlier batch (the first 12 files); a clean run of the whole inbox
    into a copy of that home."""
    root = tmp_path_factory.mktemp("crash")
    inbox = root / "inbox"
    files = build_inbox(inbox)
    earlier = root / "earlier"
    ingest_paths(Settings(home=earlier, workers=2), files[:12])
    clean = root / "clean"
    shutil.copytree(earlier, clean)
    ingest_paths(Settings(home=clean, workers=2), [inbox])
    return {"root": root, "inbox": inbox, "earlier": earlier, "clean": clean}


def start_ingest(home: Path, inbox: Path, pause_at: str | None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
    env.pop(PAUSE_ENV, None)
    if pause_at:
        env[PAUSE_ENV] = pause_at
    return subprocess.Popen([sys.executable, "-c", INGEST, str(home), str(inbox)], cwd=PROJECT_DIR, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def wait_for_pause(process: subprocess.Popen, give_up_after: float = 600.0) -> str:
    """The pause line from the ingest's stderr (warnings before it are no concern); '' if the
    process ended without pausing. ``give_up_after`` only keeps a broken run from hanging."""
    deadline = time.monotonic() + give_up_after
    pending = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], 1.0)
        if not ready:
            continue
        chunk = os.read(process.stderr.fileno(), 65536)
        if not chunk:
            return ""
        pending += chunk
        for line in pending.decode("utf-8", "replace").splitlines():
            if line.startswith("jiedao-paused:"):
                return line.strip()
    return ""


def kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)  # the loader and every parsing worker at once
    except ProcessLookupError:
        pass
    process.wait()
    process.stderr.close()


def test_the_clean_run_is_what_the_comparison_expects(runs) -> None:
    tables = snapshot(runs["clean"])
    assert {table: len(rows) for table, rows in tables.items()} == {
        "files": 45, "cells": 1068, "observations": 590, "problems": 4}
    # (files_new, values_loaded, problems, files rows, observation rows) per batch
    assert batches(runs["clean"]) == [(12, 168, 0, 12, 168), (33, 422, 4, 33, 422)]
    assert sorted((row[1], row[4], row[7]) for row in tables["problems"]) == [
        ("会议纪要.xlsx", "not_a_spreadsheet", ""),
        ("新城街道.ods", "conflicting_value", "31"),     # the 补报 file is newer and says 约30
        ("新城街道2024年5月补报.xlsx", "unknown_community", "不存在社区"),
        ("新城街道2024年5月补报.xlsx", "unreadable_value", "l60"),
    ]


@pytest.mark.parametrize("pause_at", PAUSE_STEPS)
def test_killed_at_a_step_of_the_write_phase(runs, tmp_path: Path, pause_at: str) -> None:
    home = tmp_path / "home"
    shutil.copytree(runs["earlier"], home)
    process = start_ingest(home, runs["inbox"], pause_at)
    try:
        assert wait_for_pause(process) == f"jiedao-paused:{pause_at}"
    finally:
        kill_group(process)
    after_kill = runs["clean"] if pause_at == "committed" else runs["earlier"]
    assert snapshot(home) == snapshot(after_kill)
    ingest_paths(Settings(home=home, workers=2), [runs["inbox"]])
    assert snapshot(home) == snapshot(runs["clean"])


@pytest.mark.parametrize("delay", [0.5, 1.5, 2.5, 4.0])
def test_killed_after_a_delay_wherever_it_lands(runs, tmp_path: Path, delay: float) -> None:
    home = tmp_path / "home"
    shutil.copytree(runs["earlier"], home)
    process = start_ingest(home, runs["inbox"], None)
    time.sleep(delay)
    kill_group(process)
    assert snapshot(home) in (snapshot(runs["earlier"]), snapshot(runs["clean"]))  # all of the batch or none
    ingest_paths(Settings(home=home, workers=2), [runs["inbox"]])
    assert snapshot(home) == snapshot(runs["clean"])
    assert sum(row[1] for row in batches(home)) == sum(row[1] for row in batches(runs["clean"]))


def test_files_loaded_by_another_ingest_meanwhile_are_skipped_not_doubled(runs, tmp_path: Path, monkeypatch) -> None:
    """Two ingests of one inbox that overlap: the second read the store before the first wrote.
    Its stale view (no known files, batch id 1) is corrected inside its write transaction."""
    from ingest import loader

    home = tmp_path / "home"
    shutil.copytree(runs["clean"], home)
    real_lookups = loader.load_lookups

    def stale_lookups(settings: Settings):
        catalog, matcher, _, _ = real_lookups(settings)
        return catalog, matcher, set(), 1

    monkeypatch.setattr(loader, "load_lookups", stale_lookups)
    report = ingest_paths(Settings(home=home, workers=2), [runs["inbox"]])
    assert (report.batch_id, report.files_seen, report.files_new, report.files_skipped, report.values_loaded) == (
        3, 46, 0, 46, 0)
    assert {file_report.messages for file_report in report.file_reports} == {("已导入过相同内容的文件，跳过",)}
    assert snapshot(home) == snapshot(runs["clean"])
    assert batches(home) == batches(runs["clean"]) + [(0, 0, 0, 0, 0)]

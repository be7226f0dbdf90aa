"""A small synthetic raw store, written from rows, and a dbt build over it.

Warehouse tests describe the raw observations they need as a list of ``Obs`` rows (one per
loaded cell, as ingest would write them) and then read the marts dbt builds from them.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

import duckdb

from ingest.store import connect, seed_registry_if_empty

PROJECT_DIR = Path(__file__).resolve().parent.parent
DBT = Path(sys.executable).parent / "dbt"

# Demo registry codes, named for readability in tests.
JIANSHE = "654201001001"    # 建设街社区 (和平街道)
SHANGYE = "654201001003"    # 商业街社区 (和平街道)
WENHUA = "654201001004"     # 文化街社区 (和平街道)
DUBIEKE = "654201002001"    # 杜别克街社区 (杜别克街道)
GONGYUAN = "654201002002"   # 公园街社区 (杜别克街道)
XINCHENG = "654201003001"   # 新城街社区 (新城街道)
HEPING_STREET = "654201001"
DUBIEKE_STREET = "654201002"
XINCHENG_STREET = "654201003"


@dataclass(frozen=True)
class Obs:
    """One loaded value cell, as ingest writes it to ``observations``."""

    community_code: str
    indicator_code: str
    period: str
    value: float | None
    period_grain: str = "month"
    is_cumulative: bool = False
    is_approximate: bool = False
    raw_text: str | None = None
    file_name: str = "report.xlsx"
    sheet: str = "Sheet1"
    cell_ref: str = "B2"
    batch_id: int = 1
    file_mtime: datetime = datetime(2025, 1, 5, 9, 0)


@dataclass(frozen=True)
class Problem:
    """One row of ``problems``."""

    file_name: str
    sheet: str
    cell_ref: str
    problem_code: str
    message: str
    raw_text: str = ""
    severity: str = "error"
    batch_id: int = 1


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str
    warehouse_db: Path


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    # DuckDB's executemany refuses an empty list; an empty fixture is a valid raw store.
    if rows:
        placeholders = ", ".join("?" for _ in rows[0])
        con.executemany(f"insert into {table} values ({placeholders})", rows)


def file_sha(file_name: str, batch_id: int) -> str:
    """A stable fake content hash: one file per (name, batch) in fixtures."""
    return hashlib.sha256(f"{batch_id}/{file_name}".encode()).hexdigest()


def _raw_text(obs: Obs) -> str:
    if obs.raw_text is not None:
        return obs.raw_text
    if obs.value is None:
        return ""
    return f"{obs.value:g}"


def write_raw_store(
    raw_db: Path,
    observations: Sequence[Obs] = (),
    problems: Sequence[Problem] = (),
    *,
    with_registry: bool = True,
) -> Path:
    """Create ``raw_db`` with the shipped registry and the given rows (plus files/batches)."""
    con = connect(raw_db)
    try:
        if with_registry:
            seed_registry_if_empty(con, PROJECT_DIR / "seeds")
        ingested_at = datetime(2025, 6, 1, 12, 0)
        _insert_rows(
            con, "observations",
            [
                (file_sha(o.file_name, o.batch_id), o.batch_id, o.file_name, o.sheet, o.cell_ref,
                 o.indicator_code, o.community_code, o.period, _raw_text(o), o.community_code,
                 "code", o.indicator_code, o.period_grain, o.period, o.value, None,
                 o.is_cumulative, o.is_approximate, o.file_mtime, ingested_at)
                for o in observations
            ],
        )
        _insert_rows(
            con, "problems",
            [
                (file_sha(p.file_name, p.batch_id), p.batch_id, p.file_name, p.sheet, p.cell_ref,
                 p.problem_code, p.severity, p.message, p.raw_text)
                for p in problems
            ],
        )
        files = _files_of(observations, problems)
        _insert_rows(
            con, "files",
            [
                (file_sha(name, batch), name, f"inbox/{name}", 1000, "xlsx", None, mtime, batch,
                 ingested_at, "loaded", loaded, loaded, 0, 0, loaded, problem_count)
                for (name, batch), (mtime, loaded, problem_count) in sorted(files.items())
            ],
        )
        batch_ids = sorted({batch for (_, batch) in files})
        _insert_rows(
            con, "batches",
            [(b, ingested_at, ingested_at, 0, 0, 0, 0) for b in batch_ids],
        )
    finally:
        con.close()
    return raw_db


def _files_of(
    observations: Iterable[Obs], problems: Iterable[Problem]
) -> dict[tuple[str, int], tuple[datetime, int, int]]:
    files: dict[tuple[str, int], tuple[datetime, int, int]] = {}
    for o in observations:
        mtime, loaded, problem_count = files.get((o.file_name, o.batch_id), (o.file_mtime, 0, 0))
        files[(o.file_name, o.batch_id)] = (mtime, loaded + 1, problem_count)
    for p in problems:
        mtime, loaded, problem_count = files.get(
            (p.file_name, p.batch_id), (datetime(2025, 1, 5, 9, 0), 0, 0)
        )
        files[(p.file_name, p.batch_id)] = (mtime, loaded, problem_count + 1)
    return files


def run_dbt_build(
    raw_db: Path, work_dir: Path, *, dbt_vars: str | None = None, select: str | None = None,
    unit_tests: bool = False,
) -> BuildResult:
    """``dbt build`` in a subprocess (dbt-duckdb keeps its file locked in-process).

    The warehouse, its logs and dbt's spill folder go into ``work_dir``. Two things keep the many
    builds of the tests short without changing what they build or check:

    - dbt reuses its parse of the project (partial parsing) when the profile is the same, and the
      profile holds the paths of the raw store and the build. So dbt is always given the same two
      paths — links in a private folder of this process, pointed at this build's folders just
      before it runs — and one target folder per ``dbt_vars`` (vars are part of the parse too).
      dbt still re-reads every project file and re-parses the ones that changed.
    - dbt's unit tests (models on fixed inputs, blind to the raw store) run only when asked for
      (``unit_tests=True``: tests/test_warehouse.py); `jiedao build` leaves them out too.
    """
    warehouse_db = work_dir / "warehouse.duckdb"
    work_dir.mkdir(parents=True, exist_ok=True)
    with _SAME_PATHS:
        links = _links_folder()
        _point(links / "work", work_dir)
        _point(links / "raw", raw_db.resolve().parent)
        env = {
            **os.environ,
            "DO_NOT_TRACK": "1",
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
            "JIEDAO_RAW_PATH": str(links / "raw" / raw_db.name),
            "JIEDAO_BUILD_PATH": str(links / "work" / warehouse_db.name),
        }
        vars_key = hashlib.sha256((dbt_vars or "").encode()).hexdigest()[:12]
        command = [
            str(DBT), "build", "--profiles-dir", str(PROJECT_DIR), "--project-dir", str(PROJECT_DIR),
            "--partial-parse", "--log-path", str(work_dir / "logs"),
            "--target-path", str(links / f"target-{vars_key}"),
        ]
        if dbt_vars:
            command += ["--vars", dbt_vars]
        if select:
            command += ["--select", select]
        if not unit_tests:
            command += ["--exclude-resource-type", "unit_test"]
        completed = subprocess.run(
            command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=False
        )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr, warehouse_db)


_SAME_PATHS = threading.Lock()  # one build at a time may own the links


@functools.cache
def _links_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="jiedao-dbt-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _point(link: Path, target: Path) -> None:
    """Make ``link`` a symbolic link to the folder ``target`` (replacing the link at once)."""
    staged = link.with_name(link.name + ".new")
    staged.unlink(missing_ok=True)
    staged.symlink_to(target.resolve(), target_is_directory=True)
    os.replace(staged, link)


def query(warehouse_db: Path, sql: str, params: Sequence[object] = ()) -> list[tuple]:
    """Rows of one query against a built warehouse, opened read-only and closed at once."""
    with duckdb.connect(str(warehouse_db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()

"""The write phase of a batch: cross-file conflicts, then one transaction into the raw store."""

from __future__ import annotations

import operator
import os
import sys
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import duckdb
import numpy as np

from ingest import store
from ingest.headers import HeaderCatalog
from ingest.layout import ExtractedValue
from ingest.problems import Problem
from ingest.settings import Settings


@dataclass(frozen=True)
class ParsedFile:
    """What a worker sends back for one file."""

    path: Path
    sha256: str
    size_bytes: int
    mtime: datetime
    file_format: str
    encoding: str | None
    status: str                                   # loaded | partial | rejected
    values: tuple[ExtractedValue, ...]
    problems: tuple[Problem, ...]
    cells: tuple[tuple[str, str, int, int, str, str], ...]   # sheet, ref, row, col, raw, role
    cells_nonempty: int

    @property
    def values_loaded(self) -> int:
        return len(self.values)


def flag_conflicts(parsed: list[ParsedFile]) -> list[ParsedFile]:
    """Two files of one batch with different values for one key: the newer file wins (dbt picks
    it by file_mtime); the older file's cell gets a conflicting_value problem."""
    # Nearly every key has one owner: remember the first, and gather a list only on a repeat.
    first: dict[tuple[str, str, str, str, bool], tuple[int, ExtractedValue]] = {}
    owners: dict[tuple[str, str, str, str, bool], list[tuple[int, ExtractedValue]]] = {}
    for index, item in enumerate(parsed):
        for value in item.values:
            key = (value.community_code, value.indicator_code, value.period.grain, value.period.period,
                   value.is_cumulative)
            earlier = first.setdefault(key, (index, value))
            if earlier[1] is not value:
                owners.setdefault(key, [earlier]).append((index, value))
    extra: dict[int, list[Problem]] = {}
    for entries in owners.values():
        files = {index for index, _ in entries}
        if len(files) < 2:
            continue
        newest_index, newest = max(entries, key=lambda e: (parsed[e[0]].mtime, parsed[e[0]].path.name))
        for index, value in entries:
            if index != newest_index and abs(value.value - newest.value) > 1e-9:
                detail = f"本文件 {value.value:g}，「{parsed[newest_index].path.name}」{newest.value:g}"
                extra.setdefault(index, []).append(
                    Problem("conflicting_value", value.sheet, value.cell_ref, value.raw_text, detail))
    result = []
    for index, item in enumerate(parsed):
        if index in extra:
            item = replace(item, problems=item.problems + tuple(extra[index]),
                           status="partial" if item.status == "loaded" else item.status)
        result.append(item)
    return result


@dataclass(frozen=True)
class WrittenBatch:
    batch_id: int
    written: list[ParsedFile]
    already_loaded: list[ParsedFile]   # loaded by another ingest while this one was parsing


# Tests kill ingest at a named step of the write phase (tests/test_ingest_crash.py). With
# JIEDAO_TEST_PAUSE_WRITE=<step> the process says so on stderr and waits there to be killed.
PAUSE_ENV = "JIEDAO_TEST_PAUSE_WRITE"
PAUSE_STEPS = ("parsed", "begin", "batches", "files", "cells", "observations", "problems", "committed")


def pause_for_crash_test(step: str) -> None:
    if os.environ.get(PAUSE_ENV) != step:
        return
    print(f"jiedao-paused:{step}", file=sys.stderr, flush=True)
    time.sleep(600)  # the test kills the process long before; never a hang for ever


def connect_when_free(settings: Settings, wait_seconds: float = 300.0) -> duckdb.DuckDBPyConnection:
    """The raw store, waiting while another process (a second ingest, a registry import) holds
    DuckDB's file lock, instead of failing the whole batch after parsing it."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return store.connect(settings.raw_db)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def write_batch(settings: Settings, batch_id: int, started_at: datetime, files_seen: int,
                parsed: list[ParsedFile], catalog: HeaderCatalog) -> WrittenBatch:
    """Everything of one batch in one transaction: a killed ingest leaves the store as it was,
    and a re-run loads the whole batch again. ``batch_id`` is a proposal; inside the transaction
    the next free id is taken and files another ingest loaded meanwhile are left out."""
    con = connect_when_free(settings)
    try:
        con.execute("begin")
        pause_for_crash_test("begin")
        (last_batch,) = con.execute("select coalesce(max(batch_id), 0) from batches").fetchone()
        batch_id = max(batch_id, int(last_batch) + 1)
        present = {row[0] for row in con.execute(
            "select file_sha256 from files where file_sha256 in (select unnest(?))",
            [[item.sha256 for item in parsed]]).fetchall()} if parsed else set()
        already_loaded = [item for item in parsed if item.sha256 in present]
        parsed = flag_conflicts([item for item in parsed if item.sha256 not in present])
        file_rows, cell_rows, value_rows, problem_rows = batch_rows(batch_id, parsed, catalog)
        con.execute(
            "insert into batches values (?, ?, ?, ?, ?, ?, ?)",
            [batch_id, started_at, datetime.now(), files_seen, len(parsed),
             sum(item.values_loaded for item in parsed), sum(len(item.problems) for item in parsed)],
        )
        pause_for_crash_test("batches")
        _insert(con, "files", {name: [row[name] for row in file_rows] for name in file_rows[0]}
                if file_rows else {})
        pause_for_crash_test("files")
        _insert(con, "cells", cell_rows)
        pause_for_crash_test("cells")
        _insert(con, "observations", value_rows)
        pause_for_crash_test("observations")
        _insert(con, "problems", problem_rows)
        pause_for_crash_test("problems")
        con.execute("commit")
        pause_for_crash_test("committed")
    finally:
        con.close()  # without a commit, closing rolls the whole batch back
    return WrittenBatch(batch_id, parsed, already_loaded)


Columns = dict[str, list]


def batch_rows(batch_id: int, parsed: list[ParsedFile],
               catalog: HeaderCatalog) -> tuple[list[dict], Columns, Columns, Columns]:
    """Rows for files; columns (name → values) for cells, observations and problems — built a
    column at a time, which is what the DataFrames handed to DuckDB are made of anyway."""
    now = datetime.now()
    file_rows: list[dict] = []
    cell_rows: Columns = {name: [] for name in (
        "file_sha256", "sheet", "cell_ref", "row_index", "col_index", "raw_text", "role")}
    value_rows: Columns = {name: [] for name in (
        "file_sha256", "batch_id", "file_name", "sheet", "cell_ref", "header_text", "community_text",
        "period_text", "raw_text", "community_code", "community_match", "indicator_code", "period_grain",
        "period", "value", "unit", "is_cumulative", "is_approximate", "file_mtime", "ingested_at")}
    problem_rows: Columns = {name: [] for name in (
        "file_sha256", "batch_id", "file_name", "sheet", "cell_ref", "problem_code", "severity",
        "message", "raw_text")}
    units = catalog.indicator_units
    for item in parsed:
        roles = [cell[5] for cell in item.cells]
        file_rows.append({
            "file_sha256": item.sha256, "file_name": item.path.name, "file_path": str(item.path),
            "size_bytes": item.size_bytes, "file_format": item.file_format, "encoding": item.encoding,
            "file_mtime": item.mtime, "batch_id": batch_id, "ingested_at": now, "status": item.status,
            "cells_nonempty": item.cells_nonempty, "cells_value": roles.count("value"),
            "cells_label": roles.count("label"), "cells_problem": roles.count("problem"),
            "values_loaded": item.values_loaded, "problems": len(item.problems),
        })
        name = item.path.name
        _extend(cell_rows, len(item.cells), {"file_sha256": item.sha256}, zip(
            ("sheet", "cell_ref", "row_index", "col_index", "raw_text", "role"), zip(*item.cells)))
        values = item.values
        _extend(value_rows, len(values), {
            "file_sha256": item.sha256, "batch_id": batch_id, "file_name": name, "file_mtime": item.mtime,
            "ingested_at": now,
        }, zip(VALUE_COLUMNS, zip(*map(VALUE_COLUMNS_OF, values))))
        value_rows["period_grain"].extend(value.period.grain for value in values)
        value_rows["period"].extend(value.period.period for value in values)
        value_rows["unit"].extend(units.get(value.indicator_code, "") for value in values)
        problems = item.problems
        _extend(problem_rows, len(problems), {"file_sha256": item.sha256, "batch_id": batch_id, "file_name": name},
                zip(PROBLEM_COLUMNS, zip(*map(PROBLEM_COLUMNS_OF, problems))))
        problem_rows["message"].extend(problem.message(name) for problem in problems)
    return file_rows, cell_rows, value_rows, problem_rows


VALUE_COLUMNS = ("sheet", "cell_ref", "header_text", "community_text", "period_text", "raw_text",
                 "community_code", "community_match", "indicator_code", "value", "is_cumulative", "is_approximate")
VALUE_COLUMNS_OF = operator.attrgetter(*VALUE_COLUMNS)
PROBLEM_COLUMNS = ("sheet", "cell_ref", "problem_code", "severity", "raw_text")
PROBLEM_COLUMNS_OF = operator.attrgetter(*PROBLEM_COLUMNS)


def _extend(columns: Columns, count: int, constants: dict[str, object], varying) -> None:
    """Append ``count`` rows: one value repeated per constant column, the given lists for the rest."""
    for name, constant in constants.items():
        columns[name].extend([constant] * count)
    for name, values in varying:
        columns[name].extend(values)


# Columns that are not text (or timestamps, which DuckDB reads from Python objects as well).
NUMERIC_COLUMNS = {
    "batch_id": np.int64, "row_index": np.int64, "col_index": np.int64, "size_bytes": np.int64,
    "cells_nonempty": np.int64, "cells_value": np.int64, "cells_label": np.int64,
    "cells_problem": np.int64, "values_loaded": np.int64, "problems": np.int64,
    "value": np.float64, "is_cumulative": np.bool_, "is_approximate": np.bool_,
}


def _insert(con: "duckdb.DuckDBPyConnection", table: str, columns: Columns) -> None:
    """One insert … select from the columns as NumPy arrays (no pandas: importing it alone took
    longer than writing a 500-file batch)."""
    if not columns or not len(next(iter(columns.values()))):
        return
    names = ", ".join(columns)
    frame = {name: np.array(values, dtype=NUMERIC_COLUMNS.get(name, object)) for name, values in columns.items()}
    con.register("incoming", frame)
    try:
        con.execute(f"insert into {table} ({names}) select {names} from incoming")
    finally:
        con.unregister("incoming")

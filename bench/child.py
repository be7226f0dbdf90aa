"""One measured step in its own process: ``python -m bench.child TASK JSON-ARGS``.

Prints one JSON line: the task's own figures plus ``seconds`` and ``peak_rss_mb`` (the larger of
this process and its waited-for children, e.g. the loader's workers or dbt).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable


def ingest(args: dict[str, Any]) -> dict[str, Any]:
    from ingest.loader import ingest_paths
    from ingest.settings import Settings

    report = ingest_paths(Settings(home=Path(args["home"])), [Path(args["inbox"])])
    return {"files": report.files_seen, "values": report.values_loaded, "problems": report.problems,
            "rejected": report.files_rejected}


def pandas_openpyxl(args: dict[str, Any]) -> dict[str, Any]:
    import pandas as pd

    files = cells = 0
    for path in sorted(Path(args["inbox"]).iterdir()):
        frames = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
        cells += sum(int(frame.notna().sum().sum()) for frame in frames.values())
        files += 1
    return {"files": files, "cells": cells}


def calamine_bare(args: dict[str, Any]) -> dict[str, Any]:
    from python_calamine import CalamineWorkbook

    files = cells = 0
    for path in sorted(Path(args["inbox"]).iterdir()):
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python()
            cells += sum(1 for row in rows for value in row if value != "")
        workbook.close()
        files += 1
    return {"files": files, "cells": cells}


def build(args: dict[str, Any]) -> dict[str, Any]:
    from ingest.publish import build_warehouse
    from ingest.settings import Settings

    report = build_warehouse(Settings(home=Path(args["home"])), dbt_args=tuple(args.get("dbt_args", ())))
    return {"ok": report.ok, "message": report.message, "log_tail": report.log_tail[-2000:]}


def sql_script(args: dict[str, Any]) -> dict[str, Any]:
    """Run SQL statements directly in DuckDB (the same marts without dbt)."""
    import duckdb

    with duckdb.connect(args["database"]) as con:
        for statement in args["statements"]:
            con.execute(statement)
    return {"statements": len(args["statements"])}


def dbt_run(args: dict[str, Any]) -> dict[str, Any]:
    """`dbt run --select …` in this process (env JIEDAO_* given); per-node execution times."""
    import os

    os.environ.update(args["env"])
    from dbt.cli.main import dbtRunner

    outcome = dbtRunner().invoke(args["argv"])
    if not outcome.success:
        raise RuntimeError(f"dbt failed: {outcome.exception}")
    return {"nodes": {r.node.name: r.execution_time for r in outcome.result.results}}


TASKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "ingest": ingest, "pandas_openpyxl": pandas_openpyxl, "calamine_bare": calamine_bare,
    "build": build, "sql_script": sql_script, "dbt_run": dbt_run,
}


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run(task: str, args: dict[str, Any], *, timeout: float = 3600) -> dict[str, Any]:
    """Run a task in a child process; never raises for a failing task (the result says so)."""
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "bench.child", task, json.dumps(args)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s", "seconds": time.perf_counter() - started}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"error": (done.stderr or done.stdout).strip().splitlines()[-1:] or ["failed"],
                "seconds": time.perf_counter() - started}
    return json.loads(lines[-1])


def main() -> None:
    task, args = sys.argv[1], json.loads(sys.argv[2])
    started = time.perf_counter()
    result = TASKS[task](args)
    result["seconds"] = time.perf_counter() - started
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()

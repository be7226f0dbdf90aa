"""One measured step in its own process: ``python -m bench.child TASK JSON-ARGS``.

Prints one JSON line: the task's own figures plus ``seconds`` and ``peak_rss_mb`` (the larger of
this process and its waited-for children, e.g. the loader's workers or dbt).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable


def ingest(args: dict[str, Any]) -> dict[str, Any]:
    from ingest.loader import ingest_paths
    from jiedao.settings import Settings

    limits = {"file_timeout_seconds": args["file_timeout_seconds"]} if "file_timeout_seconds" in args else {}
    report = ingest_paths(Settings(home=Path(args["home"]), **limits), [Path(args["inbox"])])
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


def warm(task: Callable[[dict[str, Any]], dict[str, Any]], runs: list[dict[str, Any]]) -> dict[str, Any]:
    """A task run in this one process over and over: the first run (imports, caches, the files in
    the page cache) is not counted; ``warm_seconds`` is the median of the others. Every reader is
    measured the same way, so the warm ratios leave out start-up and imports on both sides."""
    result = task(runs[0])
    times = []
    for args in runs[1:]:
        started = time.perf_counter()
        result = task(args)
        times.append(time.perf_counter() - started)
    times.sort()
    result["warm_seconds"] = times[len(times) // 2] if times else None
    result["warm_runs"] = len(times)
    return result


def ingest_warm(args: dict[str, Any]) -> dict[str, Any]:
    """``ingest`` into each of ``homes`` in turn (each a fresh raw store with the registry)."""
    return warm(ingest, [{"home": home, "inbox": args["inbox"]} for home in args["homes"]])


def pandas_openpyxl_warm(args: dict[str, Any]) -> dict[str, Any]:
    return warm(pandas_openpyxl, [args] * (1 + args["repeat"]))


def calamine_bare_warm(args: dict[str, Any]) -> dict[str, Any]:
    return warm(calamine_bare, [args] * (1 + args["repeat"]))


def build(args: dict[str, Any]) -> dict[str, Any]:
    from jiedao.publish import build_warehouse
    from jiedao.settings import Settings

    report = build_warehouse(Settings(home=Path(args["home"])), dbt_args=tuple(args.get("dbt_args", ())))
    return {"ok": report.ok, "message": report.message, "log_tail": report.log_tail[-2000:]}


def sql_script(args: dict[str, Any]) -> dict[str, Any]:
    """Run SQL statements directly in DuckDB (the same marts without dbt), under `config`."""
    import duckdb

    with duckdb.connect(args["database"], config=args.get("config", {})) as con:
        for statement in args["statements"]:
            con.execute(statement)
    return {"statements": len(args["statements"])}


def dbt_run(args: dict[str, Any]) -> dict[str, Any]:
    """`dbt run --select …` in this process (env JIEDAO_* given); per-node execution times."""
    os.environ.update(args["env"])
    from dbt.cli.main import dbtRunner

    outcome = dbtRunner().invoke(args["argv"])
    if not outcome.success:
        raise RuntimeError(f"dbt failed: {outcome.exception}")
    return {"nodes": {r.node.name: r.execution_time for r in outcome.result.results}}


TASKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "ingest": ingest, "pandas_openpyxl": pandas_openpyxl, "calamine_bare": calamine_bare,
    "ingest_warm": ingest_warm, "pandas_openpyxl_warm": pandas_openpyxl_warm,
    "calamine_bare_warm": calamine_bare_warm,
    "build": build, "sql_script": sql_script, "dbt_run": dbt_run,
}


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc (no psutil)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            rss[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[21]) * resource.getpagesize()
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree) / 1024 / 1024


def default_memory_limit_mb() -> float:
    """Stop a step that takes over 60 % of this machine's memory (it would endanger others)."""
    with open("/proc/meminfo", encoding="utf-8") as handle:
        total_kib = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
    return 0.6 * total_kib / 1024


def run(task: str, args: dict[str, Any], *, timeout: float = 3600,
        memory_limit_mb: float | None = None) -> dict[str, Any]:
    """Run a task in a child process; never raises for a failing task (the result says so).

    The child's process tree is polled: its summed RSS is reported as ``tree_peak_mb``, and the
    step is stopped (and reported) when it passes the memory limit or the timeout.
    """
    limit = memory_limit_mb or default_memory_limit_mb()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "bench.child", task, json.dumps(args)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    peak = 0.0
    stopped = None
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        elapsed = time.perf_counter() - started
        if peak > limit or elapsed > timeout:
            stopped = (f"stopped after {elapsed:.0f} s: memory {peak:,.0f} MB > {limit:,.0f} MB"
                       if peak > limit else f"timed out after {timeout:.0f} s")
            os.killpg(process.pid, signal.SIGKILL)
            break
        time.sleep(0.5)
    stdout, stderr = process.communicate()
    if stopped:
        return {"error": stopped, "seconds": time.perf_counter() - started, "tree_peak_mb": peak}
    lines = stdout.strip().splitlines()
    if process.returncode != 0 or not lines:
        return {"error": ((stderr or stdout).strip().splitlines() or ["failed"])[-1],
                "seconds": time.perf_counter() - started, "tree_peak_mb": peak}
    result = json.loads(lines[-1])
    result["tree_peak_mb"] = peak
    return result


def main() -> None:
    task, args = sys.argv[1], json.loads(sys.argv[2])
    started = time.perf_counter()
    result = TASKS[task](args)
    result["seconds"] = time.perf_counter() - started
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()

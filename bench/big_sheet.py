"""Issue 19: one huge return — a street summary of a million rows (a community × month per row,
then the same keys again), written with xlsxwriter's constant-memory mode, ingested in a child
process: its peak memory against the file's size, and how many problems it records."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench import child, registry
from bench.registry import RegistrySubset

LIMIT_FOR_BENCH = 3600.0
HEADER = ("序号", "社区名称", "统计月份", "受理数", "办结数", "备注")


def write_big_sheet(path: Path, communities: list[tuple[str, str, str]], rows: int, *, bad_every: int = 997) -> Path:
    """``rows`` data rows: each registry community in each month of 2025 once, then the same keys
    again (each a duplicate_value), and every ``bad_every``-th figure written as text (l60) —
    the problems a huge sheet brings, many of one kind per column."""
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("汇总")
    sheet.write_row(0, 0, ("某街道 2025 年社区工作量汇总表",))
    sheet.write_row(1, 0, HEADER)
    names = [name for _, name, _ in communities]
    for n in range(rows):
        name = names[n % len(names)]
        month = (n // len(names)) % 12 + 1
        received = (n * 7919) % 500
        done = received - (n % 3)
        sheet.write_row(n + 2, 0, (n + 1, name, f"2025年{month}月",
                                   f"l{received}" if n % bad_every == 0 else received,
                                   max(done, 0), "" if n % 5 else "按时"))
    book.close()
    return path


def run(work: Path, *, quick: bool) -> list[dict]:
    """One row per size: file MB, rows, jiedao's values, problems, seconds and peak memory."""
    subset = registry.subset("cityCode = '5101'", "成都市")
    sizes = [100_000] if quick else [100_000, 1_000_000]
    rows = []
    for size in sizes:
        folder = work / f"big-{size}"
        shutil.rmtree(folder, ignore_errors=True)
        path = write_big_sheet(folder / "inbox" / f"成都市{size}行汇总表2025年.xlsx", subset.communities, size)
        registry.install(folder / "home" / "raw.duckdb", subset)
        # The whole file is read however long it takes (the default limit, 120 s, is reported
        # against the time): the figure here is the memory of a complete read.
        result = child.run("ingest", {"home": str(folder / "home"), "inbox": str(folder / "inbox"),
                                      "file_timeout_seconds": LIMIT_FOR_BENCH})
        rows.append({"rows": size, "mb": path.stat().st_size / 1e6, "ours": result})
    return rows

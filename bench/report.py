"""The benchmark report: Markdown tables, the machine they ran on, aims met or missed."""

from __future__ import annotations

import os
import platform
import subprocess
from datetime import datetime, timezone
from typing import Any

import duckdb


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            kib = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        pass
    return (f"{cpu}, {os.cpu_count()} CPUs{memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, DuckDB {duckdb.__version__}")


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def ratio(numerator: float | None, denominator: float | None) -> str:
    if not numerator or not denominator:
        return "—"
    return f"{numerator / denominator:.1f}×"


def failed(result: dict[str, Any]) -> str | None:
    return f"失败：{result['error']}" if "error" in result else None


def ingest_table(rows: list[dict]) -> list[str]:
    lines = [
        "| 场景 | 社区 | 文件 | MB | jiedao 冷 | 文件/s | 值/s | 峰值内存 | pandas+openpyxl 冷 | calamine 裸读 冷 "
        "| pandas ÷ jiedao 冷 | jiedao ÷ 裸读 冷 | jiedao 热 | pandas 热 | 裸读 热 | pandas ÷ jiedao 热 "
        "| jiedao ÷ 裸读 热 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    notes = []
    for row in rows:
        ours, pandas, bare = row["ours"], row["pandas"], row["bare"]
        warm = row.get("warm", {})
        problem = failed(ours)
        if problem:
            notes.append(f"- {row['scenario']}：jiedao ingest {problem}")
        t = None if problem else ours["seconds"]
        head = f"| {row['scenario']} | {row['communities']:,} | {row['files']:,} | {row['mb']:.1f} "
        lines.append(head + (f"| {seconds(t)} | {row['files'] / t:,.0f} | {ours['values'] / t:,.0f} " if t
                             else "| — | — | — "))
        w_ours, w_pandas, w_bare = (warm_seconds(warm.get(reader, {})) for reader in ("ours", "pandas", "bare"))
        lines[-1] += (
            f"| {ours.get('peak_rss_mb', 0):,.0f} MB | {seconds(pandas.get('seconds'))} "
            f"| {seconds(bare.get('seconds'))} | {ratio(pandas.get('seconds'), t)} "
            f"| {ratio(t, bare.get('seconds'))} | {seconds(w_ours)} | {seconds(w_pandas)} | {seconds(w_bare)} "
            f"| {ratio(w_pandas, w_ours)} | {ratio(w_ours, w_bare)} |"
        )
        if not problem:
            notes.append(f"- {row['scenario']}：jiedao 载入 {ours['values']:,} 个值，报告 "
                         f"{ours['problems']:,} 个问题，拒收 {ours['rejected']} 个文件；"
                         f"裸读非空单元格 {bare.get('cells', 0):,} 个。")
    legend = ("冷 = 新进程中导入所需模块并读一遍（一次 `jiedao ingest` 的代价）；热 = 同一进程先读一遍不计，"
              "再读两遍取中位数（三者都不含导入与启动）。同一行的数字来自同一次运行，三者轮流。")
    return lines + ["", legend, ""] + notes + [""] + [f"- {line}" for line in ingest_ratios(rows)]


def warm_seconds(result: dict[str, Any]) -> float | None:
    return None if "error" in result else result.get("warm_seconds")


def verdict(value: float | None, met: bool) -> str:
    return "—" if value is None else f"{value:.1f}×（{'达到' if met else '未达到'}）"


def ingest_ratios(rows: list[dict]) -> list[str]:
    """The issue's two aims, one line per scenario, cold and warm: pandas ÷ jiedao (≥ 10×) and
    jiedao ÷ the bare calamine read (≤ 2×), from runs of the same files made turn about."""
    lines = []
    for row in rows:
        warm = row.get("warm", {})
        for label, (t, theirs, read) in (
                ("冷", tuple(None if "error" in row[reader] else row[reader].get("seconds")
                            for reader in ("ours", "pandas", "bare"))),
                ("热", tuple(warm_seconds(warm.get(reader, {})) for reader in ("ours", "pandas", "bare")))):
            faster = theirs / t if t and theirs else None
            slower = t / read if t and read else None
            runs = row.get("runs", 1)
            lines.append(
                f"{row['scenario']}，{row['files']:,} 个文件，{label}：pandas ÷ jiedao = "
                f"{verdict(faster, faster is not None and faster >= 10)}，目标 ≥10×；jiedao ÷ calamine 裸读 = "
                f"{verdict(slower, slower is not None and slower <= 2)}，目标 ≤2×"
                + (f"（各取 {runs} 次轮流运行的中位数）" if runs > 1 else ""))
    return lines


def big_sheet_table(rows: list[dict]) -> list[str]:
    """Issue 19: one huge sheet — peak memory against the file's size, the problems recorded."""
    lines = ["| 数据行 | 文件 MB | 用时 | 默认时限 120 s 内 | 峰值内存 | 峰值 ÷ 文件大小 | 载入值 | 问题数 | 状态 |",
             "|---:|---:|---:|---|---:|---:|---:|---:|---|"]
    for row in rows:
        ours = row["ours"]
        peak = max(ours.get("peak_rss_mb", 0.0), ours.get("tree_peak_mb", 0.0))
        state = failed(ours) or ("拒收" if ours.get("rejected") else "载入")
        within = "—" if ours.get("seconds") is None else ("是" if ours["seconds"] <= 120 else "否（会被判为解析超时）")
        lines.append(f"| {row['rows']:,} | {row['mb']:.1f} | {seconds(ours.get('seconds'))} | {within} | {peak:,.0f} MB "
                     f"| {peak / row['mb']:.0f}× | {ours.get('values', 0):,} | {ours.get('problems', 0):,} "
                     f"| {state} |")
    return lines + ["", "目标：50 MB 的文件峰值内存 < 500 MB；同类问题每列只列前 20 处，其余合为一条。"]


def render(sections: dict[str, list[str]], *, quick: bool) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        "# jiedao benchmarks",
        "",
        f"Latest run: {stamp}, commit `{commit()}`{'（--quick 冒烟运行，规模缩小）' if quick else ''}.",
        f"Machine: {machine()}.",
        "",
        "Regenerate with `make bench` (full) or `.venv/bin/python -m bench --quick`. Every measured "
        "step runs in its own child process; peak memory is that process tree's max RSS.",
        "",
    ]
    body = []
    for title, lines in sections.items():
        body += [f"## {title}", ""] + lines + [""]
    return "\n".join(head + body)

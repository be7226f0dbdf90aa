"""Ingest: our loader vs pandas.read_excel (openpyxl) vs a bare python-calamine read, same files."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from bench import child, registry
from bench.inboxes import write_street_summaries

CITY = "5101"  # 成都市: 3,047 communities in 261 streets — "a city of ~3,000 communities"


@dataclass(frozen=True)
class IngestScenario:
    label: str
    where: str                    # which communities (SQL on villages)
    months: tuple[tuple[int, int], ...]
    file_limit: int | None = None


def scenarios(quick: bool) -> list[IngestScenario]:
    street = registry.largest_street(CITY)
    year = tuple((2025, m) for m in range(1, 13))
    if quick:
        return [IngestScenario("一个街道 × 3 个月", f"streetCode = '{street}'", year[:3]),
                IngestScenario("100 个文件（成都市街道汇总表）", f"cityCode = '{CITY}'", year[:1], 100)]
    return [
        IngestScenario("一个街道 × 12 个月", f"streetCode = '{street}'", year),
        IngestScenario("一个城市约 3,000 社区 × 1 个月", f"cityCode = '{CITY}'", year[:1]),
        IngestScenario("500 个文件（issue 3）", f"cityCode = '{CITY}'", year[:2], 500),
    ]


# Warm runs per warm child, after its first (uncounted) run.
WARM_RUNS = 2


def median_run(results: list[dict], key: str = "seconds") -> dict:
    """The run with the median time (a failed run, if any, so that the failure is reported)."""
    failed = [result for result in results if "error" in result]
    if failed:
        return failed[0]
    return sorted(results, key=lambda result: result[key])[len(results) // 2]


def fresh_homes(folder: Path, subset: registry.RegistrySubset, count: int) -> list[str]:
    """``count`` new data homes, each a raw store holding the subset's registry."""
    homes = []
    for number in range(count):
        home = folder / f"home-{number}"
        shutil.rmtree(home, ignore_errors=True)
        registry.install(home / "raw.duckdb", subset)
        homes.append(str(home))
    return homes


def run(work: Path, *, quick: bool, repeat: int = 1) -> list[dict]:
    """One result row per scenario: files, values, time and peak memory of each reader, ratios.
    Each reader is measured twice over, on the same files: cold — a new process that imports
    what it needs and reads once (what one ``jiedao ingest`` costs) — and warm — one process that
    reads the files 1 + ``WARM_RUNS`` times and counts only the later runs (imports, start-up and
    first-touch caches left out on both sides, so the ratio compares the reading itself). With
    ``repeat`` > 1 the readers take turns that many times and each reports its median run: the
    ratios then compare runs made under the same load of the machine."""
    rows = []
    for number, scenario in enumerate(scenarios(quick)):
        folder = work / f"ingest-{number}"
        shutil.rmtree(folder, ignore_errors=True)
        subset = registry.subset(scenario.where, scenario.label)
        files = write_street_summaries(folder / "inbox", subset, scenario.months,
                                       limit=scenario.file_limit)
        inbox = str(folder / "inbox")
        runs: dict[str, list[dict]] = {reader: [] for reader in ("ours", "pandas", "bare")}
        warm: dict[str, list[dict]] = {reader: [] for reader in ("ours", "pandas", "bare")}
        for turn in range(max(1, repeat)):
            (home,) = fresh_homes(folder / f"cold-{turn}", subset, 1)
            runs["ours"].append(child.run("ingest", {"home": home, "inbox": inbox}))
            runs["pandas"].append(child.run("pandas_openpyxl", {"inbox": inbox}))
            runs["bare"].append(child.run("calamine_bare", {"inbox": inbox}))
            homes = fresh_homes(folder / f"warm-{turn}", subset, 1 + WARM_RUNS)
            warm["ours"].append(child.run("ingest_warm", {"homes": homes, "inbox": inbox}))
            warm["pandas"].append(child.run("pandas_openpyxl_warm", {"inbox": inbox, "repeat": WARM_RUNS}))
            warm["bare"].append(child.run("calamine_bare_warm", {"inbox": inbox, "repeat": WARM_RUNS}))
        rows.append({
            "scenario": scenario.label, "communities": len(subset.communities), "files": len(files),
            "mb": sum(path.stat().st_size for path in files) / 1e6, "runs": max(1, repeat),
            **{reader: median_run(results) for reader, results in runs.items()},
            "warm": {reader: median_run(results, "warm_seconds") for reader, results in warm.items()},
        })
    return rows

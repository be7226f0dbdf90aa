"""Build (dbt) on generated warehouses, the same SQL run directly, dashboard views, Monte Carlo."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import child, dashboard_bench, facts, registry, report
from jiedao.publish import dbt_environment
from jiedao.settings import Settings


def _results(target: Path) -> tuple[dict, dict]:
    with open(target / "run_results.json", encoding="utf-8") as handle:
        results = json.load(handle)
    with open(target / "manifest.json", encoding="utf-8") as handle:
        manifest = json.load(handle)
    return results, manifest


def _execute_start(result: dict) -> str:
    return next((t["started_at"] for t in result["timing"] if t["name"] == "execute"), "")


def replay_statements(results: dict, manifest: dict, raw_db: Path,
                      only: set[str] | None = None) -> tuple[list[str], list[str]]:
    """The models' compiled SQL in run order as plain DuckDB statements (+ skipped python models)."""
    statements = [f"attach '{raw_db}' as raw (read_only)"]
    skipped = []
    for result in sorted(results["results"], key=_execute_start):
        unique_id = result["unique_id"]
        if not unique_id.startswith("model.") or (only is not None and unique_id not in only):
            continue
        node = manifest["nodes"][unique_id]
        if node.get("language") == "python":
            skipped.append(node["name"])
            continue
        kind = "view" if node["config"]["materialized"] == "view" else "table"
        statements.append(f"create or replace {kind} {result['relation_name']} as "
                          f"{result.get('compiled_code') or node['compiled_code']}")
    return statements, skipped


def replay_config(spill: Path) -> dict[str, str]:
    """The DuckDB settings profiles.yml gives the build, so the direct SQL is a fair comparison
    (without a memory limit DuckDB takes up to 80 % of RAM instead of spilling)."""
    return {
        "memory_limit": os.environ.get("JIEDAO_DUCKDB_MEMORY_LIMIT", "6GB"),
        "threads": os.environ.get("JIEDAO_DUCKDB_THREADS", "2"),
        "preserve_insertion_order": "false",
        "temp_directory": str(spill),
    }


def node_seconds(results: dict, prefix: str) -> float:
    return sum(r["execution_time"] for r in results["results"] if r["unique_id"].startswith(prefix))


def monte_carlo(settings: Settings, manifest: dict, work: Path, draws: int) -> dict:
    """Re-run the models that use mc_draws with `draws`, on a copy of the built warehouse."""
    names = sorted(node["name"] for uid, node in manifest["nodes"].items()
                   if uid.startswith("model.") and "mc_draws" in node.get("raw_code", ""))
    if not names:
        return {"error": "no model uses the mc_draws var yet"}
    copy = work / "mc" / "warehouse-mc.duckdb"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(settings.warehouse_db, copy)
    env = {key: value for key, value in dbt_environment(settings, copy).items()
           if key.startswith(("JIEDAO_", "DO_NOT_TRACK", "DBT_"))}
    argv = ["run", "--project-dir", str(settings.project_dir), "--profiles-dir", str(settings.project_dir),
            "--no-partial-parse", "--target-path", str(work / "mc" / "target"),
            "--log-path", str(work / "mc" / "logs"), "--select", *names,
            "--vars", json.dumps({"mc_draws": draws})]
    outcome = child.run("dbt_run", {"env": env, "argv": argv}, timeout=1800)
    copy.unlink(missing_ok=True)
    outcome["models"] = names
    return outcome


def run(work: Path, scales: list[int], chosen: list[str], *, quick: bool) -> dict[str, list[str]]:
    build_lines = [
        "| 社区 | 观测值 | 生成 raw | `jiedao build` 墙钟 | dbt 报告的模型 SQL | 数据测试 | seeds "
        "| dbt 自身开销 | 同样 SQL 直接在 DuckDB | build ÷ 直接 SQL | 峰值内存 | 目标 |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    mc_lines = ["| 社区 | 抽样次数 | 用时 | 峰值内存 | 模型 |", "|---:|---:|---:|---:|---|"]
    view_sections: list[str] = []
    notes: list[str] = []
    for scale in scales:
        print(f"build {scale:,} …", file=sys.stderr, flush=True)
        home = work / f"build-{scale}"
        shutil.rmtree(home, ignore_errors=True)
        settings = Settings(home=home)
        subset = registry.subset("true", f"{scale}", limit=scale)
        registry.install(settings.raw_db, subset)
        started = time.perf_counter()
        observations = facts.generate(settings.raw_db)
        generated = time.perf_counter() - started
        built = child.run("build", {"home": str(home)}, timeout=3 * 3600)
        if "error" in built or not built.get("ok"):
            notes.append(f"- {scale:,} 社区：构建失败：{built.get('error') or built.get('message')}\n"
                         f"```\n{built.get('log_tail', '')[-1500:]}\n```")
            continue
        results, manifest = _results(settings.build_dir / "target")
        statements, skipped = replay_statements(results, manifest, settings.raw_db)
        copy = work / "replay" / Path(results["results"][0]["relation_name"].split('"')[1] + ".duckdb")
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(settings.warehouse_db, copy)
        direct = child.run("sql_script", {"database": str(copy), "statements": statements,
                                          "config": replay_config(copy.parent / "spill")},
                           timeout=3 * 3600)
        copy.unlink(missing_ok=True)
        models, tests, seeds = (node_seconds(results, p) for p in ("model.", "test.", "seed."))
        python_models = sum(r["execution_time"] for r in results["results"]
                            if r["unique_id"].split(".")[-1] in skipped)
        wall = built["seconds"]
        aim_seconds = 60 if scale <= 3000 else 600
        aim = (f"{'✅' if wall < aim_seconds else '❌'} < {aim_seconds // 60} min"
               + ("" if scale <= 3000 else f"，{'✅' if built['peak_rss_mb'] < 8192 else '❌'} < 8 GB"))
        build_lines.append(
            f"| {scale:,} | {observations:,} | {report.seconds(generated)} | {report.seconds(wall)} "
            f"| {report.seconds(models)} | {report.seconds(tests)} | {report.seconds(seeds)} "
            f"| {report.seconds(wall - direct['seconds'] - tests - seeds - python_models if 'error' not in direct else None)} "
            f"| {report.seconds(direct.get('seconds'))} | {report.ratio(wall, direct.get('seconds'))} "
            f"| {built['peak_rss_mb']:,.0f} MB | {aim} |")
        slowest = sorted((r for r in results["results"]), key=lambda r: -r["execution_time"])[:5]
        notes.append(f"- {scale:,} 社区：最慢的节点 " + "，".join(
            f"{r['unique_id'].split('.')[-1]} {report.seconds(r['execution_time'])}" for r in slowest)
            + (f"；直接 SQL 跳过 python 模型 {', '.join(skipped)}" if skipped else "")
            + (f"；直接 SQL 失败：{direct['error']}" if "error" in direct else ""))
        if "dashboard" in chosen:
            print(f"dashboard {scale:,} …", file=sys.stderr, flush=True)
            view_sections += dashboard_bench.run(settings, scale, quick=quick)
        if "mc" in chosen:
            print(f"monte carlo {scale:,} …", file=sys.stderr, flush=True)
            outcome = monte_carlo(settings, manifest, work, 1000)
            if "error" in outcome:
                mc_lines.append(f"| {scale:,} | 1,000 | {outcome['error']} | — | — |")
            else:
                per_node = "，".join(f"{name} {report.seconds(sec)}" for name, sec in outcome["nodes"].items())
                mc_lines.append(f"| {scale:,} | 1,000 | {report.seconds(sum(outcome['nodes'].values()))} "
                                f"| {outcome['peak_rss_mb']:,.0f} MB | {per_node} |")
        shutil.rmtree(home, ignore_errors=True)
    sections: dict[str, list[str]] = {}
    if "build" in chosen:
        sections["2. Build"] = build_lines + [
            "", "dbt 自身开销 = 墙钟 − 同样的 SQL 模型直接在 DuckDB 中按同一顺序执行的用时 − 数据测试 − seeds − "
            "python 模型（直接执行时跳过）的节点用时，即 dbt 启动、解析、编译与调度。dbt 报告的节点用时是 "
            "2 个线程并行时各节点之和，可能大于墙钟。build ÷ 直接 SQL 的分子含数据测试与 python 模型。", ""] + notes
    if "dashboard" in chosen:
        sections["3. Dashboard"] = view_sections
    if "mc" in chosen:
        sections["4. Rank uncertainty (Monte Carlo)"] = mc_lines + [
            "", "用时 = 用到 `mc_draws` 的模型在已建好的数据仓副本上以 `dbt run --vars {mc_draws: 1000}` "
            "重跑时 dbt 报告的节点执行时间之和；峰值内存为该 dbt 进程。"]
    return sections

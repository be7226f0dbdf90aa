"""Build the warehouse with dbt into a new file and publish it by an atomic rename.

Readers (the dashboard, exports) open ``warehouse.duckdb`` per query, so they see either the
previous warehouse or the new one, never half of one. dbt runs in a subprocess because
dbt-duckdb keeps its database file open within a process; that child never outlives jiedao
(jiedao/child_process.py): Ctrl-C or SIGTERM kills its process group, and a ``kill -9`` of jiedao
kills it through the kernel's parent-death signal.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ingest import store
from jiedao.child_process import run_in_group
from jiedao.locking import home_lock
from jiedao.settings import Settings

DBT_ENTRY = "from jiedao.child_process import die_with_parent; die_with_parent(); from dbt.cli.main import cli; cli()"


@dataclass(frozen=True)
class BuildReport:
    ok: bool
    message: str
    warehouse_path: Path | None
    seconds: float
    log_tail: str = ""


# Every DuckDB build writes this file in the home's build folder, then renames it to warehouse.duckdb.
BUILD_FILE = "warehouse-build.duckdb"
PARSE_FILE = "partial_parse.msgpack"


def dbt_environment(settings: Settings, build_path: Path, cwd: Path | None = None) -> dict[str, str]:
    """With ``cwd`` (the folder dbt runs in) the paths are written relative to it, so the profile
    is the same for every home: dbt reuses its parse of the project only while the profile is
    unchanged (see ``restore_parse``)."""
    def shown(path: Path) -> str:
        if cwd is None:
            return str(path)
        relative = os.path.relpath(path, cwd)
        return relative if relative.startswith(".") else f"./{relative}"

    env = dict(os.environ)
    env.update(
        DO_NOT_TRACK="1",
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
        JIEDAO_RAW_PATH=shown(settings.raw_db),
        JIEDAO_BUILD_PATH=shown(build_path),
    )
    return env


def dbt_command(settings: Settings, verb: str, *extra: str) -> list[str]:
    """dbt parses the project with partial parsing: it re-reads every project file and re-parses
    the ones that changed (or all of them when the profile, the vars or dbt itself changed)."""
    return [
        sys.executable, "-c", DBT_ENTRY, verb,
        "--project-dir", str(settings.project_dir),
        "--profiles-dir", str(settings.project_dir),
        "--log-path", str(settings.build_dir / "logs"),
        "--target-path", str(settings.build_dir / "target"),
        *extra,
    ]


def parse_cache(settings: Settings) -> Path:
    """dbt's saved parse of this project, shared by every home on the machine (a cache: losing it
    only costs the next build a full parse of several seconds). JIEDAO_CACHE_DIR, else
    $XDG_CACHE_HOME/jiedao, else ~/.cache/jiedao."""
    root = os.environ.get("JIEDAO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "jiedao")
    project = hashlib.sha256(str(settings.project_dir).encode()).hexdigest()[:16]
    return Path(root) / f"dbt-parse-{project}.msgpack"


def restore_parse(settings: Settings) -> None:
    """A home's first build starts from the machine's saved parse; dbt checks it file by file."""
    saved = settings.build_dir / "target" / PARSE_FILE
    cached = parse_cache(settings)
    if saved.exists() or not cached.exists():
        return
    try:
        saved.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, saved)
    except OSError:
        saved.unlink(missing_ok=True)


def keep_parse(settings: Settings) -> None:
    """After a build dbt's parse is saved for the next home's first build (replaced atomically)."""
    saved = settings.build_dir / "target" / PARSE_FILE
    cached = parse_cache(settings)
    if not saved.exists():
        return
    partial = cached.with_name(f"{cached.name}.{uuid.uuid4().hex[:8]}")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(saved, partial)
        os.replace(partial, cached)
    except OSError:
        partial.unlink(missing_ok=True)


def ensure_raw_store(settings: Settings) -> None:
    """A build before any ingest still works: it sees an empty store with the shipped registry."""
    con = store.connect(settings.raw_db)
    try:
        store.seed_registry_if_empty(con, settings.seeds_dir)
    finally:
        con.close()


def remove_database(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)


def fold_wal_into_file(path: Path) -> None:
    """The published file must stand alone: a rename would leave its write-ahead log behind."""
    con = duckdb.connect(str(path))
    try:
        con.execute("checkpoint")
    finally:
        con.close()


def remove_stale_builds(settings: Settings) -> None:
    """Files left by a build that was killed before it could publish."""
    for stale in settings.build_dir.glob("warehouse-*.duckdb*"):
        stale.unlink(missing_ok=True)
    # DuckDB's spill files (profiles.yml temp_directory) outlive a killed build and can be large.
    shutil.rmtree(settings.build_dir / "spill", ignore_errors=True)


def build_warehouse(settings: Settings, *, dbt_args: tuple[str, ...] = (),
                    target: str = "duckdb") -> BuildReport:
    """Run ``dbt build`` into a fresh file; publish it only if every model and test passed.

    target "postgres" builds on PostgreSQL instead and publishes by a schema swap there
    (jiedao/publish_postgres.py); "spark" on Spark, published by a pointer view
    (jiedao/publish_spark.py)."""
    if target == "postgres":
        from jiedao.publish_postgres import build_on_postgres

        return build_on_postgres(settings, dbt_args=dbt_args)
    if target == "spark":
        from jiedao.publish_spark import build_on_spark

        return build_on_spark(settings, dbt_args=dbt_args)
    started = time.perf_counter()
    settings.build_dir.mkdir(parents=True, exist_ok=True)
    with home_lock(settings.home):
        remove_stale_builds(settings)
        ensure_raw_store(settings)
        build_path = settings.build_dir / BUILD_FILE
        restore_parse(settings)
        # dbt's unit tests check the models' logic on fixed inputs, blind to this home's data: `make
        # test` runs them (tests/test_warehouse.py, and the engines' builds), a user's build does not.
        result = run_in_group(dbt_command(settings, "build", "--exclude-resource-type", "unit_test", *dbt_args),
                              env=dbt_environment(settings, build_path, settings.build_dir), cwd=settings.build_dir)
        keep_parse(settings)
        shutil.rmtree(settings.build_dir / "spill", ignore_errors=True)
        tail = "\n".join(result.output.strip().splitlines()[-40:])
        seconds = time.perf_counter() - started
        if result.stopped_by is not None:
            remove_database(build_path)
            return BuildReport(False, f"构建已中断（收到信号 {signal.Signals(result.stopped_by).name}），未发布；"
                                      "仍使用上一次发布的数据仓", None, seconds, tail)
        if result.returncode != 0 or not build_path.exists():
            remove_database(build_path)
            return BuildReport(False, f"构建失败（dbt 退出码 {result.returncode}），仍使用上一次发布的数据仓", None, seconds, tail)
        fold_wal_into_file(build_path)
        os.replace(build_path, settings.warehouse_db)
        return BuildReport(True, f"数据仓已发布：{settings.warehouse_db}", settings.warehouse_db, seconds, tail)

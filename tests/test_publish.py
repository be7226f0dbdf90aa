"""Publishing: a build goes into a new file; only a complete, tested build replaces the warehouse."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from jiedao.publish import build_warehouse
from jiedao.settings import PROJECT_DIR, Settings


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_names(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name for (name,) in con.execute("select table_name from information_schema.tables").fetchall()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def built_home(tmp_path_factory) -> Path:
    """A home whose warehouse was built from an empty raw store (no ingest yet)."""
    home = tmp_path_factory.mktemp("publish")
    report = build_warehouse(Settings.from_env(home))
    assert report.ok, report.log_tail
    return home


def test_a_build_before_any_ingest_publishes_an_empty_warehouse_with_the_registry(built_home):
    con = duckdb.connect(str(built_home / "warehouse.duckdb"), read_only=True)
    try:
        (communities,) = con.execute("select count(*) from dim_community").fetchone()
        (facts,) = con.execute("select count(*) from fct_indicator_monthly").fetchone()
    finally:
        con.close()
    assert (communities, facts) == (21, 0)
    assert not list((built_home / "build").glob("warehouse-*.duckdb*"))


def broken_project(tmp_path: Path) -> Path:
    """A copy of the dbt project with one model that cannot compile against the data."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copy(PROJECT_DIR / name, project / name)
    for folder in ("models", "macros", "seeds", "tests"):
        if (PROJECT_DIR / folder).exists():
            shutil.copytree(PROJECT_DIR / folder, project / folder,
                            ignore=shutil.ignore_patterns("*.py", "__pycache__", "*.duckdb"))
    (project / "models" / "marts" / "broken_on_purpose.sql").write_text(
        "select no_such_column from {{ ref('stg_raw__communities') }}\n")
    return project


def test_a_failed_build_keeps_the_last_published_warehouse(built_home, tmp_path):
    before = file_digest(built_home / "warehouse.duckdb")
    settings = replace(Settings.from_env(built_home), project_dir=broken_project(tmp_path))
    # The broken model and what it reads: the new file is begun (a view in it), then the build fails.
    report = build_warehouse(settings, dbt_args=("--select", "+broken_on_purpose"))
    assert not report.ok
    assert "broken_on_purpose" in report.log_tail and "no_such_column" in report.log_tail
    assert "仍使用上一次发布的数据仓" in report.message
    assert file_digest(built_home / "warehouse.duckdb") == before
    assert not list((built_home / "build").glob("warehouse-*.duckdb*"))


def test_a_reader_holding_the_warehouse_does_not_block_a_build(built_home):
    reader = duckdb.connect(str(built_home / "warehouse.duckdb"), read_only=True)
    try:
        report = build_warehouse(Settings.from_env(built_home))
        assert report.ok, report.log_tail
        # The open connection still sees the file it opened; it is not corrupted by the rename.
        assert reader.execute("select count(*) from dim_community").fetchone() == (21,)
    finally:
        reader.close()


BUILD_SCRIPT = "from jiedao.publish import build_warehouse; from jiedao.settings import Settings; " \
               "import sys; build_warehouse(Settings.from_env(sys.argv[1]))"


KILL_AFTER_SECONDS = (0.2, 1.0, 2.5, 4.0, 6.0)  # before dbt runs, while it parses, while it writes


def test_killing_a_build_at_any_moment_leaves_a_working_warehouse(built_home):
    """Builds killed one after another at several moments: after each kill the warehouse is the
    old file untouched or a complete new one; the next build removes what they all left behind
    (each killed build began by removing what the one before left) and publishes."""
    warehouse = built_home / "warehouse.duckdb"
    for kill_after_seconds in KILL_AFTER_SECONDS:
        before = file_digest(warehouse)
        process = subprocess.Popen([sys.executable, "-c", BUILD_SCRIPT, str(built_home)],
                                   cwd=PROJECT_DIR, start_new_session=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(kill_after_seconds)  # the moment of the kill, not a wait for anything
        finished_first = process.poll() is not None
        if not finished_first:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        # Either the old file, untouched, or a complete new one: never half a warehouse.
        assert file_digest(warehouse) == before or finished_first, f"killed after {kill_after_seconds} s"
        assert {"dim_community", "fct_indicator_monthly"} <= table_names(warehouse), \
            f"killed after {kill_after_seconds} s"
    report = build_warehouse(Settings.from_env(built_home))
    assert report.ok, report.log_tail
    assert not list((built_home / "build").glob("warehouse-*.duckdb*"))


def test_the_spill_folder_is_a_start_up_option_of_the_build_connection():
    """dbt-duckdb runs `settings` as SET on every new cursor; DuckDB refuses to SET the temp
    directory once a query has spilled there, so a large build (30,000 communities) failed
    mid-run. It must be a connect-time `config_options` entry."""
    import yaml

    output = yaml.safe_load((PROJECT_DIR / "profiles.yml").read_text(encoding="utf-8"))["jiedao"]["outputs"]["local"]
    assert "temp_directory" in output["config_options"]
    assert "temp_directory" not in output.get("settings", {})
    assert "memory_limit" in output["settings"]


def test_every_home_gives_dbt_the_same_profile():
    """dbt reuses its parse only while the profile is unchanged, and the profile holds the paths of
    the raw store and the build file: they are written relative to the build folder dbt runs in."""
    from jiedao.publish import BUILD_FILE, dbt_environment

    def paths(home: str) -> dict[str, str]:
        settings = Settings(home=Path(home))
        env = dbt_environment(settings, settings.build_dir / BUILD_FILE, settings.build_dir)
        return {key: env[key] for key in ("JIEDAO_RAW_PATH", "JIEDAO_BUILD_PATH")}

    assert paths("/srv/jiedao/district") == paths("/tmp/another-home") == {
        "JIEDAO_RAW_PATH": "../raw.duckdb", "JIEDAO_BUILD_PATH": "./warehouse-build.duckdb"}


def test_a_new_home_builds_from_the_saved_parse(built_home, tmp_path):
    """The first build of a home starts from the machine's saved parse (dbt still checks every file
    of the project): the built_home fixture's build saved it."""
    from jiedao.publish import parse_cache

    assert parse_cache(Settings.from_env(built_home)).exists()
    report = build_warehouse(Settings.from_env(tmp_path / "second"))
    assert report.ok, report.log_tail
    log = (tmp_path / "second" / "build" / "logs" / "dbt.log").read_text(encoding="utf-8")
    assert "Partial parsing enabled" in log and "Starting full parse" not in log
    assert table_names(tmp_path / "second" / "warehouse.duckdb") == table_names(built_home / "warehouse.duckdb")

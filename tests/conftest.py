"""Fixtures shared across test modules: the real demo, built once per session.

`make test` runs the tests in parallel (pytest-xdist, one worker per core, at most
MAX_WORKERS; each test module on one worker). Work that every worker would otherwise repeat
is done once per run with `built_once` and each worker gets a private copy of it.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("DO_NOT_TRACK", "1")

MAX_WORKERS = 4  # every worker may run a dashboard, chromium and dbt at once


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker per core this process may use, at most MAX_WORKERS
    (PYTEST_XDIST_AUTO_NUM_WORKERS=N still chooses N)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "").isdigit():
        return int(os.environ["PYTEST_XDIST_AUTO_NUM_WORKERS"])
    return max(1, min(MAX_WORKERS, len(os.sched_getaffinity(0))))


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder ``build(folder)`` filled once per test run, shared by the xdist workers: the
    first worker to ask builds it (the others wait on a file lock), later ones find it made.
    Without xdist it is simply built. It is built where it stays (a data home records the paths
    of the files it ingested). Treat it as read-only; copy it to change anything."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder, done = shared / name, shared / f"{name}.built"
    with open(shared / f"{name}.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, or its holder dies
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            folder.mkdir()
            build(folder)
            done.touch()
    return folder


def build_demo_home(home: Path) -> None:
    """`jiedao demo --no-serve` into ``home``."""
    from jiedao.cli import main

    assert main(["--home", str(home), "demo", "--no-serve"]) == 0


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data home after `jiedao demo --no-serve`: demo inbox ingested, warehouse published.

    Tests must not modify it; copy it with `demo_copy` to change anything. Each worker has its
    own copy of the one demo the run builds (file times kept, as a byte copy of a home)."""
    built = built_once(tmp_path_factory, "demo-built", build_demo_home)
    home = tmp_path_factory.mktemp("demo-home")
    shutil.copytree(built, home, symlinks=True, dirs_exist_ok=True)
    return home


@pytest.fixture
def demo_copy(demo_home: Path, tmp_path: Path) -> Path:
    """A private copy of the demo home that a test may ingest into and rebuild."""
    home = tmp_path / "home"
    shutil.copytree(demo_home, home, ignore=shutil.ignore_patterns("build", ".lock"))
    return home

"""Fixtures shared across test modules: the real demo, built once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data home after `jiedao demo --no-serve`: demo inbox ingested, warehouse published.

    Tests must not modify it; copy it with `demo_copy` to change anything.
    """
    from jiedao.cli import main

    home = tmp_path_factory.mktemp("demo-home")
    assert main(["--home", str(home), "demo", "--no-serve"]) == 0
    return home


@pytest.fixture
def demo_copy(demo_home: Path, tmp_path: Path) -> Path:
    """A private copy of the demo home that a test may ingest into and rebuild."""
    home = tmp_path / "home"
    shutil.copytree(demo_home, home, ignore=shutil.ignore_patterns("build", ".lock"))
    return home

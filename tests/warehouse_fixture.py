"""A small published warehouse that matches docs/contracts.md, with values the tests can assert.

The demo city's 21 communities report three months (2025-10 … 2025-12). Known facts:
- 2025-12 resolution-rate leader: 建设街社区居委会 with 49 of 50 = 98.0%.
- Submission matrix: 3 red (missing) cells, 1 amber (partial) cell, the rest green.
- 商业街社区居委会's 2025-12 volunteers are approximate (“近140”).
- 建设街社区居委会's 2025-12 petitions_received has a superseded earlier version (45 → 50).

The tables are made in warehouse_facts.py (dimensions and facts) and warehouse_marts.py (marts);
this module writes them into <home>/warehouse.duckdb and gives the tests their data homes.
Making the tables takes seconds and a hundred and more tests ask for them, so they are written
once per test process (into a private temporary folder) and each home gets a byte copy of that
file: a test may change its copy freely, the next one still gets the tables as made here.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from warehouse_facts import (community_dimension, indicator_dimension, monthly_facts, period_facts,
                             street_facts)
from warehouse_marts import (PROBLEMS, QUALITY_FINDINGS, completeness_mart, petition_ranking_mart,
                             scores_marts, target_gaps_mart, value_history_mart)


def build_fixture_warehouse(home: Path) -> Path:
    """Write <home>/warehouse.duckdb with the known values above; return its path.

    The file is a fresh copy (its own inode and modification time, as a build publishes)."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / "warehouse.duckdb"
    shutil.copyfile(_made_once(), path)
    return path


@functools.cache
def _made_once() -> Path:
    """The tables written once per process into a temporary folder removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="jiedao-fixture-warehouse-"))
    atexit.register(shutil.rmtree, folder, True)
    return _write_tables(folder / "warehouse.duckdb")


def _write_tables(path: Path) -> Path:
    dims = community_dimension()
    catalogue = indicator_dimension()
    monthly = monthly_facts(dims, catalogue)
    values = period_facts(monthly, catalogue)
    values["unit_name"] = values["unit_code"].map(
        dict(zip(dims["community_code"], dims["community_name"])))
    scores, contributions = scores_marts(values, dims)
    files = monthly[monthly["source_file"].notna()].groupby(
        ["file_sha256", "source_file"], as_index=False).size().rename(
        columns={"source_file": "file_name", "size": "values_loaded"})
    files["status"] = "loaded"
    tables = {
        "dim_community": dims,
        "dim_street": dims[["street_code", "street_name", "city_code", "city_name"]].drop_duplicates(),
        "dim_indicator": catalogue,
        "fct_indicator_monthly": monthly,
        "fct_indicator_period": pd.concat([values, street_facts(values, dims)],
                                          ignore_index=True),
        "mart_petition_ranking": petition_ranking_mart(monthly, dims),
        "mart_target_gaps": target_gaps_mart(values, dims),
        "mart_scores": scores,
        "mart_score_contributions": contributions,
        "mart_quality_findings": QUALITY_FINDINGS,
        "mart_submission_completeness": completeness_mart(dims),
        "mart_value_history": value_history_mart(monthly),
        "mart_files": files,
        "mart_problems": PROBLEMS,
    }
    with duckdb.connect(str(path)) as con:
        for name, frame in tables.items():
            con.register("frame", frame)
            con.execute(f"create or replace table {name} as select * from frame")
            con.unregister("frame")
        con.execute("checkpoint")  # the copies must stand alone: nothing left in a .wal beside it
    return path


try:
    import pytest
except ImportError:  # pragma: no cover - pytest is only needed by the tests
    pytest = None

if pytest is not None:
    @pytest.fixture
    def warehouse_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        """JIEDAO_HOME pointing at a fresh fixture warehouse."""
        home = tmp_path / "home"
        build_fixture_warehouse(home)
        monkeypatch.setenv("JIEDAO_HOME", str(home))
        return home

    @pytest.fixture
    def empty_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        """JIEDAO_HOME pointing at a home with no published warehouse."""
        home = tmp_path / "empty"
        home.mkdir()
        monkeypatch.setenv("JIEDAO_HOME", str(home))
        return home

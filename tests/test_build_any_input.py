"""No input can stop publishing: every generated layout (tests/layout_generator.py, 250 specs
with their wrong wordings, stray totals, unknown names and periods) ingested into one data home,
then `jiedao build` must publish. What the loader could not place stays a problem in raw."""

from __future__ import annotations

import duckdb

from jiedao.ingestion import ingest_paths
from jiedao.publish import build_warehouse
from jiedao.settings import Settings
from layout_generator import generate
from layout_render import write_rendered


def test_every_generated_layout_in_one_home_builds_and_publishes(tmp_path):
    inbox = tmp_path / "inbox"
    for seed in range(250):
        write_rendered(generate(seed), inbox / f"spec{seed:03d}")
    settings = Settings(home=tmp_path / "home")
    report = ingest_paths(settings, [inbox])
    assert report.values_loaded > 5000 and report.problems > 0   # not an empty run
    build = build_warehouse(settings)
    assert build.ok, build.log_tail
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        (published,) = con.execute("select count(*) from fct_indicator_monthly").fetchone()
        (problems,) = con.execute("select count(*) from mart_problems").fetchone()
    assert published > 5000 and problems > 0

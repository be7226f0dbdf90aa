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


def test_a_clerks_worst_returns_are_problems_in_raw_and_the_build_still_publishes(tmp_path):
    """Issue 19, as a careless clerk would send it: an empty workbook (rejected, never "loaded"),
    a row whose community name is blank, a 23-digit number where a count goes, and a 23-digit
    number where the community goes. None of them may make `jiedao build` fail."""
    from sheets import write_xlsx

    inbox = tmp_path / "inbox"
    write_xlsx(inbox / "和平街道2025年1月（空）.xlsx", {"Sheet1": []})
    write_xlsx(inbox / "和平街道2025年1月民情诉求统计.xlsx", {"Sheet1": [
        ["和平街道2025年1月民情诉求统计"],
        ["社区名称", "受理数", "办结数"],
        ["建设街社区", 41, 40],
        ["", 12, 11],                                        # the name left blank
        ["商业街社区", "12345678901234567890123", 5],        # 23 digits as text
        ["12345678901234567890123", 3, 2],                   # 23 digits where the community goes
        ["文化街社区", 1.2345678901234568e22, 7],            # 23 digits as a number
    ]})
    settings = Settings(home=tmp_path / "home")
    report = ingest_paths(settings, [inbox])
    by_name = {item.file_name: item for item in report.file_reports}
    empty = by_name["和平街道2025年1月（空）.xlsx"]
    assert (empty.status, empty.values_loaded) == ("rejected", 0)
    assert "工作簿中没有可导入的数据表" in empty.messages[-1]
    assert by_name["和平街道2025年1月民情诉求统计.xlsx"].problems > 0
    build = build_warehouse(settings)
    assert build.ok, build.log_tail
    with duckdb.connect(str(settings.warehouse_db), read_only=True) as con:
        published = con.execute("select community_code, indicator_code, value from fct_indicator_monthly "
                                "where community_code = '654201001001' and indicator_code like 'petitions_re%' "
                                "order by all").fetchall()
        (largest,) = con.execute("select max(value) from fct_indicator_monthly").fetchone()
    assert published == [("654201001001", "petitions_received", 41.0), ("654201001001", "petitions_resolved", 40.0)]
    assert largest < 1e15   # no 23-digit figure was published as a count

"""The test corpus: every layout, format and value form of issue 3, built in code and ingested
as one batch. Each case asserts the exact values loaded and the exact problems reported.
Each case uses its own year so no two cases share a (community, indicator, period).

The cases live by topic in corpus_layouts.py, corpus_values.py, corpus_names.py,
corpus_periods.py and corpus_formats.py; all of them are ingested here together, as one batch.
"""

from __future__ import annotations

import duckdb
import pytest

import corpus_formats
import corpus_layouts
import corpus_names
import corpus_periods
import corpus_values
from corpus_case import Case
from ingest.loader import ingest_paths
from jiedao.settings import Settings

CASES: list[Case] = [*corpus_layouts.CASES, *corpus_values.CASES, *corpus_names.CASES,
                     *corpus_periods.CASES, *corpus_formats.CASES]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, object]:
    root = tmp_path_factory.mktemp("corpus")
    inbox = root / "inbox"
    inbox.mkdir()
    for item in CASES:
        item.build(inbox / item.file)
    settings = Settings(home=root / "home", workers=2)
    return settings, ingest_paths(settings, [inbox])


def test_corpus_has_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
    assert len({item.file for item in CASES}) == len(CASES)


@pytest.mark.parametrize("item", CASES, ids=[item.build.__name__ for item in CASES])
def test_case_loads_exactly(corpus: tuple[Settings, object], item: Case) -> None:
    settings, report = corpus
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        values = {
            (f"{sheet}!{cell}", community, indicator, period, value,
             "approx" if approx else "cum" if cumulative else "")
            for sheet, cell, community, indicator, period, value, approx, cumulative in con.execute(
                "select sheet, cell_ref, community_code, indicator_code, period, value, is_approximate,"
                " is_cumulative from observations where file_name = ?", [item.file]).fetchall()
        }
        problems = {
            (f"{sheet}!{cell}" if sheet else "", code)
            for sheet, cell, code in con.execute(
                "select sheet, cell_ref, problem_code from problems where file_name = ?", [item.file]).fetchall()
        }
        (status,) = con.execute("select status from files where file_name = ?", [item.file]).fetchone()
    assert values == item.values
    assert problems == item.problems
    assert status == item.status


def test_messages_name_file_sheet_and_cell(corpus: tuple[Settings, object]) -> None:
    _, report = corpus
    by_name = {item.file_name: item for item in report.file_reports}
    assert by_name["和平街道2005年5月.xlsx"].messages[3] == \
        "文件「和平街道2005年5月.xlsx」工作表「Sheet1」单元格 B6：无法识别的数值「l60」"
    assert by_name["伪装的表格.xlsx"].messages == ("文件「伪装的表格.xlsx」：文件内容不是表格（Word 文档），未解析",)


def test_nothing_lost_on_the_whole_corpus(corpus: tuple[Settings, object]) -> None:
    settings, _ = corpus
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        rows = con.execute("""
            select f.file_name, f.cells_nonempty, f.cells_value + f.cells_label + f.cells_problem,
                   (select count(*) from cells c where c.file_sha256 = f.file_sha256),
                   (select count(*) from cells c where c.file_sha256 = f.file_sha256 and role = 'value'),
                   (select count(*) from observations o where o.file_sha256 = f.file_sha256)
            from files f
        """).fetchall()
    assert len(rows) == len(CASES)
    for name, nonempty, classified, cells, value_cells, observations in rows:
        assert (name, classified, cells, value_cells) == (name, nonempty, nonempty, observations)


def test_batch_totals(corpus: tuple[Settings, object]) -> None:
    _, report = corpus
    assert report.files_seen == len(CASES)
    assert report.files_new == len(CASES)
    assert report.files_rejected == sum(item.status == "rejected" for item in CASES) == 6
    assert report.values_loaded == sum(len(item.values) for item in CASES)
    assert report.problems == sum(len(item.problems) for item in CASES)

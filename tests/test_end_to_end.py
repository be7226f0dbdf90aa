"""The whole path on the real demo: messy inbox → raw store → dbt → published warehouse → export."""

from __future__ import annotations

import csv
import hashlib

import duckdb

from jiedao.cli import main

STARTING_INDICATORS = ("petitions_received", "petitions_resolved", "jobs_created",
                       "public_welfare_jobs", "people_employed", "residents")


def query(path, sql, params=()):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_demo_warehouse_covers_21_communities_by_24_months_for_the_starting_indicators(demo_home):
    rows = query(
        demo_home / "warehouse.duckdb",
        "select indicator_code, count(distinct community_code), count(distinct period),"
        " min(period), max(period) from fct_indicator_monthly group by indicator_code",
    )
    coverage = {code: rest for code, *rest in rows}
    for code in STARTING_INDICATORS:
        assert coverage[code] == [21, 24, "2024-01", "2025-12"], code


def test_community_codes_are_text_of_twelve_digits(demo_home):
    types = dict(query(demo_home / "warehouse.duckdb",
                       "select column_name, data_type from information_schema.columns"
                       " where table_name = 'fct_indicator_monthly'"))
    assert types["community_code"] == "VARCHAR" and types["street_code"] == "VARCHAR"
    (bad,) = query(demo_home / "warehouse.duckdb",
                   "select count(*) from fct_indicator_monthly where length(community_code) <> 12")[0]
    assert bad == 0


def test_export_indicators_is_the_standard_table_and_opens_cleanly_in_excel(demo_home, tmp_path):
    out = tmp_path / "x.csv"
    assert main(["--home", str(demo_home), "export", "indicators", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["community_code", "community_name", "street_code", "street_name", "period",
                       "indicator_code", "indicator_name", "value", "unit", "source_file",
                       "source_sheet", "source_cell"]
    (expected,) = query(demo_home / "warehouse.duckdb", "select count(*) from fct_indicator_monthly")[0]
    assert len(rows) - 1 == expected
    first = dict(zip(rows[0], rows[1]))
    assert len(first["community_code"]) == 12 and first["community_code"].isdigit()
    assert first["source_file"] and first["source_sheet"] and first["source_cell"]


def test_export_can_filter_and_write_xlsx(demo_home, tmp_path):
    out = tmp_path / "heping.xlsx"
    assert main(["--home", str(demo_home), "export", "indicators", "--out", str(out),
                 "--street", "654201001", "--period", "2025-12"]) == 0
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert sheet[0][0] == "community_code"
    assert {row[2] for row in sheet[1:]} == {"654201001"}
    assert {row[4] for row in sheet[1:]} == {"2025-12"}


def mart_fingerprints(path) -> dict[str, str]:
    tables = [name for (name,) in query(path, "select table_name from information_schema.tables"
                                              " where table_schema = 'main' order by 1")
              if name.startswith(("fct_", "dim_", "mart_"))]
    fingerprints = {}
    for table in tables:
        rows = query(path, f"select * exclude (ingested_at) from {table}" if _has_column(path, table, "ingested_at")
                     else f"select * from {table}")
        digest = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
        fingerprints[table] = f"{len(rows)}:{digest}"
    return fingerprints


def _has_column(path, table, column) -> bool:
    return bool(query(path, "select 1 from information_schema.columns where table_name = ? and column_name = ?",
                      (table, column)))


def test_ingesting_the_demo_inbox_again_leaves_every_mart_unchanged(demo_copy, capsys):
    before = mart_fingerprints(demo_copy / "warehouse.duckdb")
    assert len(before) >= 5
    assert main(["--home", str(demo_copy), "ingest", str(demo_copy / "inbox" / "demo")]) == 0
    assert "新 0" in capsys.readouterr().out
    assert main(["--home", str(demo_copy), "build"]) == 0
    assert mart_fingerprints(demo_copy / "warehouse.duckdb") == before

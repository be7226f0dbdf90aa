"""The raw store (``raw.duckdb``): the schema every loader writes and dbt reads as a source.

Only ingest opens this file for writing. Codes are VARCHAR everywhere.
"""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

SCHEMA = """
create table if not exists batches (
    batch_id integer primary key,
    started_at timestamp,
    finished_at timestamp,
    files_seen integer,
    files_new integer,
    values_loaded integer,
    problems integer
);
create table if not exists files (
    file_sha256 varchar primary key,
    file_name varchar,          -- name as submitted (basename)
    file_path varchar,          -- path as given to ingest
    size_bytes bigint,
    file_format varchar,        -- xlsx | xls | ods | csv | unknown
    encoding varchar,           -- for text files: utf-8 | utf-8-sig | gb18030 | utf-16
    file_mtime timestamp,
    batch_id integer,
    ingested_at timestamp,
    status varchar,             -- loaded | partial | rejected
    cells_nonempty integer,     -- non-empty cells = cells_value + cells_label + cells_problem
    cells_value integer,
    cells_label integer,
    cells_problem integer,
    values_loaded integer,
    problems integer
);
create table if not exists cells (
    file_sha256 varchar,
    sheet varchar,
    cell_ref varchar,           -- A1 style
    row_index integer,          -- 0-based
    col_index integer,          -- 0-based
    raw_text varchar,
    role varchar                -- value | label | problem
);
create table if not exists observations (
    file_sha256 varchar,
    batch_id integer,
    file_name varchar,
    sheet varchar,
    cell_ref varchar,
    header_text varchar,        -- header text(s) above the cell, group / sub joined by ' / '
    community_text varchar,     -- the community label as written
    period_text varchar,        -- where the period came from, as written
    raw_text varchar,           -- the cell as written
    community_code varchar,     -- 12 digits, from the registry
    community_match varchar,    -- code | name | normalized | alias
    indicator_code varchar,
    period_grain varchar,       -- month | quarter | year
    period varchar,             -- 2025-01 | 2025-Q1 | 2025
    value double,               -- in the indicator's canonical unit
    unit varchar,
    is_cumulative boolean,      -- a year-to-date (本年累计) figure
    is_approximate boolean,     -- 3000余, 近140, 约30, 140多
    file_mtime timestamp,
    ingested_at timestamp
);
create table if not exists reported_derived (
    file_sha256 varchar,        -- a derived cell (办结率, 占比, 千人…数) naming a catalogue derived
    batch_id integer,           -- indicator: what the sheet says, kept to be checked against the
    file_name varchar,          -- rate computed from the raw values; never loaded as a value
    sheet varchar,
    cell_ref varchar,
    header_text varchar,        -- header (or row label and column) as written, joined by ' / '
    raw_text varchar,           -- the cell as written: 95.2%, 95.2, 0.952
    community_code varchar,
    indicator_code varchar,     -- the derived indicator (petition_resolution_rate …)
    period_grain varchar,
    period varchar,
    value double,               -- in the catalogue's scale (× multiplier: 95.2 for 95.2 %)
    rounding double,            -- half a unit of the last digit written, in that scale
    is_cumulative boolean       -- a year-to-date (本年累计) rate
);
create table if not exists problems (
    file_sha256 varchar,
    batch_id integer,
    file_name varchar,
    sheet varchar,
    cell_ref varchar,
    problem_code varchar,       -- e.g. unreadable_value, unknown_community, unknown_header
    severity varchar,           -- error | warning
    message varchar,            -- Chinese, names file, sheet and cell
    raw_text varchar
);
create table if not exists withdrawals (
    file_sha256 varchar,        -- a file taken out of the current data (`jiedao files withdraw`):
    file_name varchar,          -- its rows leave every table above; this record stays, and ingest
    file_path varchar,          -- skips the same content until the withdrawal is undone
    batch_id integer,           -- the batch that had loaded it
    values_withdrawn integer,
    problems_withdrawn integer,
    withdrawn_at timestamp,
    withdrawn_by varchar,
    reason varchar,
    restored_at timestamp,      -- set by `jiedao files restore`: the next ingest may load it again
    restored_by varchar
);
create table if not exists registry_streets (
    street_code varchar primary key,
    street_name varchar,
    city_code varchar,
    city_name varchar,
    prefecture_code varchar,
    prefecture_name varchar,
    province_code varchar,
    province_name varchar
);
create table if not exists registry_communities (
    community_code varchar primary key,
    community_name varchar,
    street_code varchar
);
"""


class StoreBusy(Exception):
    """Another process holds DuckDB's lock on the raw store (a DuckDB shell, a second jiedao)."""

    def __init__(self, raw_db: Path, detail: str) -> None:
        super().__init__(f"原始库 {raw_db} 正被另一个程序占用，无法打开：请关闭占用它的程序（如 DuckDB 命令行、"
                         f"另一个 jiedao 导入或构建）后重试。DuckDB 原文：{detail}")
        self.raw_db = raw_db


def connect(raw_db: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the raw store; create its tables (and the shipped registry) on first write.

    Raises StoreBusy when another process holds the file's lock."""
    raw_db.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(raw_db), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" not in str(error).lower():
            raise
        raise StoreBusy(raw_db, str(error)) from error
    if not read_only:
        con.execute(SCHEMA)
    return con


# The tables holding a file's rows, by file_sha256 (``files`` first: it names what is current).
FILE_TABLES = ("files", "cells", "observations", "problems", "reported_derived")


def delete_file_rows(con: duckdb.DuckDBPyConnection, sha256s: list[str]) -> None:
    """Take these files' rows out of the current data, inside the caller's transaction: what a
    file read again (its new rows replace them) and a withdrawn file both need."""
    if not sha256s:
        return
    for table in FILE_TABLES:
        con.execute(f"delete from {table} where file_sha256 in (select unnest(?))", [list(sha256s)])


def withheld_sha256s(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Files withdrawn and not restored: ingest skips the same content again."""
    return {row[0] for row in con.execute(
        "select file_sha256 from withdrawals where restored_at is null").fetchall()}


def seed_registry_if_empty(con: duckdb.DuckDBPyConnection, seeds_dir: Path) -> None:
    """A new store starts with the shipped registry (the demo city) until a user imports theirs."""
    (count,) = con.execute("select count(*) from registry_communities").fetchone()
    if count:
        return
    for table, name in (("registry_streets", "registry_streets.csv"),
                        ("registry_communities", "registry_communities.csv")):
        with open(seeds_dir / name, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        header, body = rows[0], rows[1:]
        placeholders = ", ".join("?" for _ in header)
        con.executemany(
            f"insert into {table} ({', '.join(header)}) values ({placeholders})", body
        )

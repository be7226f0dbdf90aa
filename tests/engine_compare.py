"""Comparing a warehouse built on another engine with DuckDB's: the same rows, text equal,
numbers to 1e-9 (tests/test_engines.py for PostgreSQL, tests/test_engines_spark.py for Spark)."""

from __future__ import annotations

import math
from pathlib import Path

import duckdb


def duckdb_relations(warehouse: Path) -> list[str]:
    """Every table and view of the DuckDB warehouse but the staging views (they read raw.duckdb)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return [name for (name,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' "
            "and table_name not like 'stg\\_%' escape '\\' order by table_name").fetchall()]


def plain(value: object) -> object:
    """One representation for both drivers: floats as floats, NaN and None as None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) or type(value).__name__ == "Decimal":
        number = float(value)
        return None if math.isnan(number) else number
    return value


def sort_key(row: tuple) -> tuple:
    """Rows in one order on both sides: numbers by 8 significant digits (two engines' doubles may
    differ in the last bits), everything else by its text."""
    return tuple((value is None, f"{value:.8g}" if isinstance(value, float) else str(value)) for value in row)


def assert_same_rows(name: str, expected: list[tuple], actual: list[tuple], engine: str = "PostgreSQL") -> None:
    assert len(actual) == len(expected), f"{name}: {len(actual)} rows on {engine}, {len(expected)} on DuckDB"
    expected = sorted((tuple(plain(v) for v in row) for row in expected), key=sort_key)
    actual = sorted((tuple(plain(v) for v in row) for row in actual), key=sort_key)
    for number, (want, got) in enumerate(zip(expected, actual)):
        for want_value, got_value in zip(want, got):
            if isinstance(want_value, float) and isinstance(got_value, float):
                assert math.isclose(got_value, want_value, rel_tol=1e-9, abs_tol=1e-9), \
                    f"{name} row {number}: {got} ≠ {want}"
            else:
                assert got_value == want_value, f"{name} row {number}: {got} ≠ {want}"

"""Reading the published warehouse on any serving engine: one small connection abstraction.

The dashboard's data layer (dashboard/data/warehouse.py) and ``jiedao export`` read through
``published_warehouse(settings)``; they write their SQL once, in the dialect DuckDB and
PostgreSQL share, with ``?`` placeholders and bound parameters only:

- ``DuckDBWarehouse`` opens the published file (``warehouse.duckdb``) read-only per query, as
  before: a build publishes a new file by ``os.replace``.
- ``PostgresWarehouse`` reads over read-only psycopg2 connections (autocommit, kept open between
  queries: jiedao/postgres_connections.py) to the server the JIEDAO_PG_* settings name, with the
  published schema first on the search path; ``?`` becomes ``%s`` (and a literal ``%`` ``%%``)
  outside quoted text, NUMERIC comes back as float.

Which engine: ``Settings.engine`` (JIEDAO_ENGINE, default duckdb; ``--target`` of ``jiedao serve``
and ``jiedao export``). Spark is built but not served: docs/engines.md says how to read it.
``identity()`` changes whenever a build publishes (file inode and mtime; the published schema's
oid, new at each schema swap), so a cache keyed by it never shows an old warehouse.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import duckdb
import pandas as pd

from jiedao import postgres_connections
from jiedao.engines import EngineSettingsError, PostgresTarget
from jiedao.settings import Settings

try:
    import psycopg2
    import psycopg2.errors
except ImportError:  # the optional extra `postgres` is not installed
    psycopg2 = None

SERVING_ENGINES = ("duckdb", "postgres")
Result = TypeVar("Result")
MISSING_RELATION_ERRORS = ((psycopg2.errors.UndefinedTable, psycopg2.errors.UndefinedColumn,
                            psycopg2.errors.InvalidSchemaName) if psycopg2 is not None else ())
EMPTY_WAREHOUSE_MESSAGE = "尚未发布数据仓：请先运行 jiedao ingest 与 jiedao build"
# PostgreSQL type oids: int8, int2, int4; float4, float8, numeric; bool.
INTEGER_OIDS = frozenset({20, 21, 23})
FLOAT_OIDS = frozenset({700, 701, 1700})
BOOLEAN_OID = 16


class WarehouseMissing(Exception):
    """No warehouse is published (or the server cannot be reached); the message is in Chinese."""


class MissingRelation(Exception):
    """The warehouse lacks a table or column a query names (an older build); Chinese message."""


class Warehouse(Protocol):
    engine: str

    def identity(self) -> tuple[object, ...] | None: ...

    def read(self, sql: str, params: Sequence[object] = ()) -> pd.DataFrame: ...

    def describe(self) -> str: ...


@dataclass(frozen=True)
class DuckDBWarehouse:
    """The published warehouse.duckdb, opened read-only per query."""

    path: Path
    engine: str = "duckdb"

    def identity(self) -> tuple[object, ...] | None:
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns)

    def read(self, sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
        if not self.path.exists():
            raise WarehouseMissing(EMPTY_WAREHOUSE_MESSAGE)
        try:
            with duckdb.connect(str(self.path), read_only=True) as con:
                return con.execute(sql, list(params)).df()
        except duckdb.CatalogException as error:
            raise MissingRelation(first_line(error)) from error

    def describe(self) -> str:
        return f"DuckDB {self.path}"


@dataclass(frozen=True)
class PostgresWarehouse:
    """The published schema on a PostgreSQL server, read over pooled read-only connections."""

    target: PostgresTarget
    engine: str = "postgres"

    def identity(self) -> tuple[object, ...] | None:
        def oid(cursor: Any) -> Any:
            cursor.execute("select oid from pg_namespace where nspname = %s", (self.target.schema,))
            return cursor.fetchone()

        row = self.run(oid)
        return None if row is None else (self.target.describe(), int(row[0]))

    def read(self, sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
        def fetch(cursor: Any) -> tuple[list[str], list[int], list[tuple]]:
            cursor.execute(to_pyformat(sql), [adapt(value) for value in params])
            return ([column.name for column in cursor.description],
                    [column.type_code for column in cursor.description], cursor.fetchall())

        try:
            names, kinds, rows = self.run(fetch)
        except MISSING_RELATION_ERRORS as error:
            raise MissingRelation(first_line(error)) from error
        frame = pd.DataFrame.from_records(rows, columns=names) if rows else pd.DataFrame(columns=names)
        for position, kind in enumerate(kinds):  # by position: a query may repeat a name
            frame.isetitem(position, as_duckdb_would(frame.iloc[:, position], kind))
        return frame

    def run(self, work: Callable[[Any], Result]) -> Result:
        try:
            return postgres_connections.run(self.target, work)
        except postgres_connections.Unreachable as error:
            raise WarehouseMissing(str(error)) from error

    def describe(self) -> str:
        return self.target.describe()


def as_duckdb_would(column: pd.Series, kind: int) -> pd.Series:
    """A column in the dtype DuckDB's ``.df()`` gives: integers int64 (Int64 with NULLs), booleans
    bool (boolean with NULLs), numbers float64, so pages format both engines' frames alike."""
    nulls = bool(column.isna().any())
    if kind in INTEGER_OIDS:
        return pd.to_numeric(column, errors="coerce").astype("Int64" if nulls or column.empty else "int64")
    if kind in FLOAT_OIDS:
        return pd.to_numeric(column, errors="coerce").astype("float64")
    if kind == BOOLEAN_OID:
        return column.astype("boolean" if nulls else "bool")
    return column


def published_warehouse(settings: Settings) -> Warehouse:
    """The warehouse the settings point to (EngineSettingsError, in Chinese, for a bad setting)."""
    if settings.engine == "duckdb":
        return DuckDBWarehouse(settings.warehouse_db)
    if settings.engine == "postgres":
        return PostgresWarehouse(PostgresTarget.from_env())
    if settings.engine == "spark":
        raise EngineSettingsError("仪表盘与导出暂不直接读取 Spark：请用 JIEDAO_ENGINE=duckdb 或 postgres "
                                  "（docs/engines.md 说明如何读取 Spark 上发布的数据仓）")
    raise EngineSettingsError(f"环境变量 JIEDAO_ENGINE 应为 duckdb 或 postgres，现为「{settings.engine}」")


def to_pyformat(sql: str) -> str:
    """DuckDB's ``?`` placeholders as psycopg2's ``%s``; every literal ``%`` doubled (psycopg2
    reads ``%`` everywhere in a query with parameters). A ``?`` inside quotes stays."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if char == "%":
            out.append("%%")
            continue
        if quote:
            if char == quote:
                quote = None
        elif char in ("'", '"'):
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append(char)
    return "".join(out)


def adapt(value: object) -> object:
    """A parameter as psycopg2 takes it: a tuple or list as an array (``unnest(?)``), a numpy
    scalar as its Python value."""
    if isinstance(value, (tuple, list)):
        return [adapt(item) for item in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()  # type: ignore[union-attr]
    return value


def first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]

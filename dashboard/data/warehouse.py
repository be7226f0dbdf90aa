"""The connection to the published warehouse: the only code in the dashboard that reads it.

It reads through jiedao.warehouse_reader: DuckDB (the default) opens ``warehouse.duckdb``
read-only per query, because a build publishes a new file by ``os.replace`` and DuckDB caches an
open database by path within a process; PostgreSQL (JIEDAO_ENGINE=postgres, ``jiedao serve
--target postgres``) opens a read-only connection per query to the published schema. The SQL is
written once, in the dialect both engines share, with bound ``?`` parameters. Results are cached
per (query, parameters, warehouse identity: file inode and mtime, or the published schema's oid),
so a newly published warehouse shows after a reload.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from jiedao.engines import EngineSettingsError
from jiedao.settings import Settings
from jiedao.warehouse_reader import (EMPTY_WAREHOUSE_MESSAGE, DuckDBWarehouse, MissingRelation,
                                     Warehouse, WarehouseMissing, published_warehouse)

__all__ = ["EMPTY_WAREHOUSE_MESSAGE", "WarehouseUnavailable", "columns", "current_warehouse",
           "query", "settings", "table_exists", "warehouse_exists", "warehouse_identity"]


class WarehouseUnavailable(Exception):
    """The warehouse is not published yet, or lacks a table this page needs; the message says why."""


def settings() -> Settings:
    return Settings.from_env()


def warehouse() -> Warehouse:
    try:
        return published_warehouse(settings())
    except EngineSettingsError as error:
        raise WarehouseUnavailable(str(error)) from error


def warehouse_identity(path: Path) -> tuple[int, int] | None:
    """(inode, mtime) of a published DuckDB file: changes whenever a build publishes a new one."""
    identity = DuckDBWarehouse(path).identity()
    return None if identity is None else (int(identity[0]), int(identity[1]))  # type: ignore[call-overload]


def identity_of(chosen: Warehouse) -> tuple[object, ...]:
    try:
        identity = chosen.identity()
    except WarehouseMissing as error:
        raise WarehouseUnavailable(str(error)) from error
    if identity is None:
        raise WarehouseUnavailable(EMPTY_WAREHOUSE_MESSAGE)
    return identity


def current_warehouse() -> tuple[object, ...]:
    """(where, identity…) of the published warehouse: the cache key for what views derive from
    its data, so a newly published warehouse is never shown through an old derivation."""
    chosen = warehouse()
    return (chosen.describe(), *identity_of(chosen))


def warehouse_exists() -> bool:
    try:
        current_warehouse()
    except WarehouseUnavailable:
        return False
    return True


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_query(_warehouse: Warehouse, where: str, identity: tuple[object, ...], sql: str,
                  params: tuple[object, ...]) -> pd.DataFrame:
    # where and identity are the cache key only (the warehouse object itself is not hashed):
    # a republished warehouse misses the cache.
    del where, identity
    return _warehouse.read(sql, params)


def query(sql: str, params: tuple[object, ...] = ()) -> pd.DataFrame:
    """Run one read-only query against the published warehouse (cached)."""
    chosen = warehouse()
    identity = identity_of(chosen)
    try:
        return _cached_query(chosen, chosen.describe(), identity, sql, tuple(params))
    except MissingRelation as error:
        raise WarehouseUnavailable(
            f"数据仓缺少本页需要的表或字段，请重新运行 jiedao build（{error}）") from error
    except WarehouseMissing as error:
        raise WarehouseUnavailable(str(error)) from error


def table_exists(name: str) -> bool:
    frame = query("select count(*) as n from information_schema.tables "
                  "where table_schema = current_schema() and table_name = ?", (name,))
    return bool(frame["n"].iloc[0])


def columns(table: str) -> set[str]:
    """The columns a warehouse table has: lets pages use optional extras (e.g. peer_group_name)."""
    frame = query("select column_name from information_schema.columns "
                  "where table_schema = current_schema() and table_name = ?", (table,))
    return set(frame["column_name"])

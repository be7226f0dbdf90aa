"""The connection to the published warehouse: the only code in the dashboard that opens DuckDB.

Every query opens the published warehouse read-only, runs with bound parameters and closes it,
because a build publishes a new file by ``os.replace`` and DuckDB caches an open database by
path within a process. Results are cached per (query, parameters, warehouse file identity), so a
newly published warehouse shows after a reload.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from jiedao.settings import Settings

EMPTY_WAREHOUSE_MESSAGE = "尚未发布数据仓：请先运行 jiedao ingest 与 jiedao build"


class WarehouseUnavailable(Exception):
    """The warehouse is not published yet, or lacks a table this page needs; the message says why."""


def settings() -> Settings:
    return Settings.from_env()


def warehouse_identity(path: Path) -> tuple[int, int] | None:
    """(inode, mtime) of the published file: changes whenever a build publishes a new one."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns)


def current_warehouse() -> tuple[str, int, int]:
    """(path, inode, mtime) of the published warehouse: the cache key for what views derive
    from its data, so a newly published warehouse is never shown through an old derivation."""
    path = settings().warehouse_db
    identity = warehouse_identity(path)
    if identity is None:
        raise WarehouseUnavailable(EMPTY_WAREHOUSE_MESSAGE)
    return (str(path), *identity)


def warehouse_exists() -> bool:
    return warehouse_identity(settings().warehouse_db) is not None


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_query(db_path: str, identity: tuple[int, int], sql: str,
                  params: tuple[object, ...]) -> pd.DataFrame:
    # identity is part of the cache key only: a republished warehouse misses the cache.
    del identity
    with duckdb.connect(db_path, read_only=True) as con:
        return con.execute(sql, list(params)).df()


def query(sql: str, params: tuple[object, ...] = ()) -> pd.DataFrame:
    """Run one read-only query against the published warehouse (cached)."""
    path = settings().warehouse_db
    identity = warehouse_identity(path)
    if identity is None:
        raise WarehouseUnavailable(EMPTY_WAREHOUSE_MESSAGE)
    try:
        return _cached_query(str(path), identity, sql, tuple(params))
    except duckdb.CatalogException as error:
        raise WarehouseUnavailable(
            f"数据仓缺少本页需要的表或字段，请重新运行 jiedao build（{str(error).splitlines()[0]}）"
        ) from error


def table_exists(name: str) -> bool:
    frame = query(
        "select count(*) as n from information_schema.tables where table_name = ?", (name,)
    )
    return bool(frame["n"].iloc[0])


def columns(table: str) -> set[str]:
    """The columns a warehouse table has: lets pages use optional extras (e.g. peer_group_name)."""
    frame = query("select column_name from information_schema.columns where table_name = ?",
                  (table,))
    return set(frame["column_name"])

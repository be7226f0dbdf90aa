"""Read-only connections to the published PostgreSQL schema, kept open between queries.

A dashboard page runs tens of queries, each first asking for the warehouse's identity (the cache
key); opening a connection for each took 40–100 ms on a busy machine, more than the queries.
Connections are kept in one pool per target and process (POOL_KEPT stay open while idle, at
most POOL_SIZE at once; past that a query opens a connection of its own and closes it). Each is in autocommit, so between queries it holds
no lock and no snapshot: a schema swap is never blocked by an idle dashboard, and the next query
resolves the published schema's name anew. A connection the server dropped (a restart) is
discarded and the query tried once more on a new one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from jiedao.engines import PostgresTarget

try:
    import psycopg2
    import psycopg2.extensions
    import psycopg2.pool
except ImportError:  # the optional extra `postgres` is not installed
    psycopg2 = None

POOL_SIZE = 8  # connections at most in the pool; past that a query opens one of its own
POOL_KEPT = 2  # connections kept open while idle (psycopg2's pool closes any returned beyond)
Result = TypeVar("Result")
_pools: dict[PostgresTarget, Any] = {}
_pools_lock = threading.Lock()


class Unreachable(Exception):
    """No connection could be made; the message (Chinese) says why."""


def float_or_none(value: str | None, cursor: object) -> float | None:
    return None if value is None else float(value)


NUMERIC_AS_FLOAT = (psycopg2.extensions.new_type((1700,), "JIEDAO_NUMERIC_AS_FLOAT", float_or_none)
                    if psycopg2 is not None else None)


def reader_arguments(target: PostgresTarget) -> dict[str, object]:
    return dict(target.connect_arguments(), application_name="jiedao-reader", connect_timeout=30,
                options=f"-c search_path={target.schema} -c default_transaction_read_only=on")


def first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def pool_for(target: PostgresTarget) -> Any:
    with _pools_lock:
        if target not in _pools:  # opens POOL_KEPT connections (raises when the server is down)
            _pools[target] = psycopg2.pool.ThreadedConnectionPool(POOL_KEPT, POOL_SIZE,
                                                                   **reader_arguments(target))
        return _pools[target]


def prepared(connection: Any) -> Any:
    """A new connection set up once: autocommit, NUMERIC read as float."""
    if not connection.autocommit:
        connection.autocommit = True
        psycopg2.extensions.register_type(NUMERIC_AS_FLOAT, connection)
    return connection


def borrow(target: PostgresTarget, pooled: bool = True) -> tuple[Any, bool]:
    """(connection, pooled): from the pool, or a connection of its own when the pool is full
    (or pooled is False)."""
    if psycopg2 is None:
        raise Unreachable("未安装 PostgreSQL 支持：请运行 .venv/bin/pip install -e '.[postgres]'")
    try:
        try:
            if pooled:
                return prepared(pool_for(target).getconn()), True
        except psycopg2.pool.PoolError:  # every pooled connection is busy
            pass
        return prepared(psycopg2.connect(**reader_arguments(target))), False
    except psycopg2.OperationalError as error:
        raise Unreachable(f"无法连接 {target.describe()}：{first_line(error)}") from error


def give_back(target: PostgresTarget, connection: Any, pooled: bool, broken: bool) -> None:
    if pooled:
        pool_for(target).putconn(connection, close=broken or connection.closed != 0)
    else:
        connection.close()


def run(target: PostgresTarget, work: Callable[[Any], Result]) -> Result:
    """work(cursor) on a read-only connection; once more on a new connection of its own if the
    server had dropped the pooled one (each other dropped one is discarded when next used)."""
    for attempt in (1, 2):
        connection, pooled = borrow(target, pooled=attempt == 1)
        broken = False
        try:
            with connection.cursor() as cursor:
                return work(cursor)
        except (psycopg2.OperationalError, psycopg2.InterfaceError) as error:
            broken = True
            if attempt == 2 or not pooled:
                raise Unreachable(f"无法连接 {target.describe()}：{first_line(error)}") from error
        finally:
            give_back(target, connection, pooled, broken)
    raise AssertionError("unreachable")  # the loop returns or raises

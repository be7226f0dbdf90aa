"""Build the warehouse on PostgreSQL and publish it by a schema swap in one transaction.

``jiedao build --target postgres``: the raw store's tables are copied into a new schema
(postgres_raw.py), dbt builds every model and test into another new schema, and only when all
passed one transaction renames the published pair (<schema>, <schema>_raw) away, the new pair to
those names, and drops the old. A reader sees the old warehouse or the new one, never half (and,
once accounts have database roles, never a table without its row-level security:
jiedao/postgres_access.py); a failed build leaves the published schemas as they were and drops
its own. One build per schema at a time (a PostgreSQL advisory lock); schemas left by a killed build are dropped by the next.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from collections.abc import Callable

try:
    import psycopg2
except ImportError:  # the optional extra `postgres` (dbt-postgres) is not installed
    psycopg2 = None

from jiedao.engines import EngineSettingsError, PostgresTarget
from jiedao.locking import home_lock
from jiedao.postgres_access import access_exists, secure_schema
from jiedao.postgres_raw import copy_raw_store, quote
from jiedao.publish import BuildReport, dbt_command, ensure_raw_store
from jiedao.settings import Settings


def build_schema_names(target: PostgresTarget) -> tuple[str, str]:
    """(models, raw copy) schemas of one build: <schema>_build_<time>_<id>, <schema>_rawbuild_…"""
    suffix = f"{time.strftime('%Y%m%d%H%M%S')}_{uuid.uuid4().hex[:8]}"
    return f"{target.schema}_build_{suffix}", f"{target.schema}_rawbuild_{suffix}"


def first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def take_build_lock(connection, target: PostgresTarget) -> bool:
    """A session advisory lock per published schema (released when the connection closes)."""
    with connection.cursor() as cursor:
        cursor.execute("select pg_try_advisory_lock(hashtext(%s))", (f"jiedao build {target.schema}",))
        (taken,) = cursor.fetchone()
    connection.commit()
    return bool(taken)


def schemas_starting(connection, prefixes: tuple[str, ...]) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("select nspname from pg_namespace")
        names = [name for (name,) in cursor.fetchall()]
    connection.commit()
    return [name for name in names if name.startswith(prefixes)]


def drop_schemas(connection, names: list[str]) -> None:
    with connection.cursor() as cursor:
        for name in names:
            cursor.execute(f"drop schema if exists {quote(name)} cascade")
    connection.commit()


def swap_schemas(connection, target: PostgresTarget, build_schema: str, raw_build: str) -> None:
    """Publish in one transaction: the new pair takes the published names, the old pair is dropped."""
    published = ((build_schema, target.schema), (raw_build, target.raw_schema))
    existing = set(schemas_starting(connection, (target.schema,)))
    try:
        with connection.cursor() as cursor:
            if access_exists(cursor, target):  # accounts have database roles: row-level security
                secure_schema(cursor, target, build_schema)
            for new, name in published:
                if name in existing:
                    cursor.execute(f"alter schema {quote(name)} rename to {quote(name + '_previous')}")
                cursor.execute(f"alter schema {quote(new)} rename to {quote(name)}")
            for _, name in published:
                if name in existing:
                    cursor.execute(f"drop schema {quote(name + '_previous')} cascade")
            if target.read_role:
                role = quote(target.read_role)
                for _, name in published:
                    cursor.execute(f"grant usage on schema {quote(name)} to {role}")
                    cursor.execute(f"grant select on all tables in schema {quote(name)} to {role}")
        connection.commit()
    except BaseException:
        connection.rollback()
        raise


def build_on_postgres(settings: Settings, *, dbt_args: tuple[str, ...] = (),
                      target: PostgresTarget | None = None) -> BuildReport:
    """Copy raw, run ``dbt build --target postgres`` into new schemas, swap them in if all passed."""
    started = time.perf_counter()

    def report(ok: bool, message: str, tail: str = "") -> BuildReport:
        return BuildReport(ok, message, None, time.perf_counter() - started, tail)

    if psycopg2 is None:
        return report(False, "未安装 PostgreSQL 支持：请运行 .venv/bin/pip install -e '.[postgres]'（dbt-postgres）")
    try:
        target = target or PostgresTarget.from_env()
    except EngineSettingsError as error:
        return report(False, str(error))
    settings.build_dir.mkdir(parents=True, exist_ok=True)
    with home_lock(settings.home):
        ensure_raw_store(settings)
        try:
            connection = psycopg2.connect(**target.connect_arguments())
        except psycopg2.Error as error:
            return report(False, f"无法连接 {target.describe()}：{first_line(error)}；仍使用上一次发布的数据仓")
        try:
            return build_and_swap(settings, target, connection, dbt_args, report)
        except psycopg2.Error as error:
            return report(False, f"{target.describe()} 出错：{first_line(error)}；仍使用上一次发布的数据仓")
        finally:
            connection.close()


def build_and_swap(settings: Settings, target: PostgresTarget, connection,
                   dbt_args: tuple[str, ...], report: Callable[..., BuildReport]) -> BuildReport:
    """The build on one connection: lock, raw copy, dbt into new schemas, then the swap."""
    if not take_build_lock(connection, target):
        return report(False, f"另一个构建正在向 {target.describe()} 发布，请稍后再试")
    drop_schemas(connection, schemas_starting(
        connection, (f"{target.schema}_build_", f"{target.schema}_rawbuild_")))
    build_schema, raw_build = build_schema_names(target)
    try:
        copy_raw_store(settings.raw_db, connection, raw_build, settings.project_dir,
                       settings.build_dir / "postgres-copy")
    except psycopg2.Error as error:
        drop_schemas(connection, [raw_build])
        return report(False, f"原始数据复制到 {target.describe()} 失败：{first_line(error)}")
    environment = dict(os.environ, DO_NOT_TRACK="1", DBT_SEND_ANONYMOUS_USAGE_STATS="false",
                       **target.dbt_environment(build_schema, raw_build))
    result = subprocess.run(
        dbt_command(settings, "build", "--target", "postgres", *dbt_args),
        env=environment, cwd=settings.project_dir, capture_output=True, text=True)
    output = (result.stdout or "") + (result.stderr or "")
    tail = "\n".join(output.strip().splitlines()[-40:])
    if result.returncode != 0:
        drop_schemas(connection, [build_schema, raw_build])
        return report(False, f"构建失败（dbt 退出码 {result.returncode}），{target.describe()} "
                             "仍是上一次发布的数据仓", tail)
    swap_schemas(connection, target, build_schema, raw_build)
    return report(True, f"数据仓已发布：{target.describe()}", tail)

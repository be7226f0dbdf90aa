"""Row-level security on the PostgreSQL warehouse: a database role per dashboard account sees only
the rows of that account's scope, in psql or any other client, not only in the dashboard.

- ``<schema>_access.role_scopes`` (role_name, account, level, code) maps database roles to
  scopes: ``city`` (6-digit code), ``street`` (9) or ``community`` (12); codes are text. It lives
  outside the swapped schemas, so every publish keeps it. A role reads only its own row.
- Every publish (jiedao/publish_postgres.py), in the swap's transaction, enables row-level
  security on the new schema's tables and gives each a policy: ``dim_community`` shows the
  communities inside the role's scope; a table with ``community_code`` the rows of those
  communities; ``fct_indicator_period`` (level, unit_code) those communities' rows and their
  streets' and city's totals; a table with only ``street_code`` those streets. Views are made
  ``security_invoker``, so the policies of the tables they read apply. Catalogue tables without
  community data are readable; every other table (files, problems, staging) is not granted.
- The group role ``<schema>_scoped`` (no login) holds the grants; ``jiedao pg-role`` makes an
  account's database role a member and records its scope. The owner (the build's user) and the
  optional JIEDAO_PG_READ_ROLE, which the dashboard may connect as, see every row: the dashboard
  applies the signed-in account's scope itself (dashboard/data/scope.py), as on DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jiedao.engines import SCHEMA_NAME, EngineSettingsError, PostgresTarget
from jiedao.postgres_raw import quote

# Tables with no community's data: readable by every scoped role.
CATALOGUE = frozenset({"dim_indicator", "indicators", "peer_groups", "weights", "alert_rules",
                       "header_vocabulary", "header_synonyms"})
LEVEL_OF_ROLE = {"city": "city", "admin": "city", "street_leader": "street", "planner": "street",
                 "community_staff": "community"}
CODE_LENGTH = {"city": 6, "street": 9, "community": 12}
LEVEL_NAMES = {"city": "市", "street": "街道", "community": "社区"}
Cursor = Any  # a psycopg2 cursor (psycopg2 is an optional extra)
POLICY = "jiedao_scope"
READER_POLICY = "jiedao_reader"


@dataclass(frozen=True)
class RoleScope:
    role_name: str
    account: str
    level: str
    code: str

    def __post_init__(self) -> None:
        if not SCHEMA_NAME.match(self.role_name) or len(self.role_name) > 30:
            raise EngineSettingsError(
                f"数据库角色名应为小写字母、数字和下划线（不超过 30 个字符，不以数字开头），现为「{self.role_name}」")
        if self.level not in CODE_LENGTH:
            raise EngineSettingsError(f"未知的范围级别：{self.level}")
        if not (self.code.isdigit() and len(self.code) == CODE_LENGTH[self.level]):
            raise EngineSettingsError(f"{self.level} 范围的代码应为 {CODE_LENGTH[self.level]} 位数字，现为「{self.code}」")


def access_schema(target: PostgresTarget) -> str:
    return f"{target.schema}_access"


def scoped_group(target: PostgresTarget) -> str:
    return f"{target.schema}_scoped"


def ensure_access(cursor: Cursor, target: PostgresTarget) -> None:
    """The access schema, its role_scopes table (each role reads its own row) and the group role."""
    access, group = quote(access_schema(target)), scoped_group(target)
    cursor.execute(f"create schema if not exists {access}")
    cursor.execute(f"create table if not exists {access}.role_scopes (role_name text primary key, "
                   "account text not null, level text not null check (level in ('city', 'street', 'community')), "
                   "code text not null check (code ~ '^[0-9]+$'))")
    cursor.execute(f"alter table {access}.role_scopes enable row level security")
    cursor.execute(f"drop policy if exists own_row on {access}.role_scopes")
    cursor.execute(f"create policy own_row on {access}.role_scopes for select using (role_name = current_user)")
    cursor.execute("select 1 from pg_roles where rolname = %s", (group,))
    if cursor.fetchone() is None:
        cursor.execute(f"create role {quote(group)} nologin")
    cursor.execute(f"grant usage on schema {access} to {quote(group)}")
    cursor.execute(f"grant select on {access}.role_scopes to {quote(group)}")


def access_exists(cursor: Cursor, target: PostgresTarget) -> bool:
    """Whether any account was ever given a database role here (jiedao pg-role)."""
    cursor.execute("select to_regclass(%s) is not null", (f"{quote(access_schema(target))}.role_scopes",))
    return bool(cursor.fetchone()[0])


def relations(cursor: Cursor, schema: str) -> list[tuple[str, str, set[str]]]:
    """(name, kind 'r' table or 'v' view, columns) of every relation in the schema."""
    cursor.execute(
        "select c.relname, c.relkind, array_agg(a.attname::text) from pg_class c "
        "join pg_namespace n on n.oid = c.relnamespace "
        "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped "
        "where n.nspname = %s and c.relkind in ('r', 'v') group by c.relname, c.relkind order by 1",
        (schema,))
    return [(name, kind, set(columns)) for name, kind, columns in cursor.fetchall()]


def row_condition(name: str, columns: set[str], schema: str, access: str) -> str | None:
    """The policy's USING condition for one table, or None when scoped roles may not read it."""
    communities = f"(select d.community_code from {quote(schema)}.dim_community d)"
    if name == "dim_community":
        return (f"exists (select 1 from {quote(access)}.role_scopes r where r.role_name = current_user "
                "and ((r.level = 'city' and city_code = r.code) or (r.level = 'street' and street_code = r.code) "
                "or (r.level = 'community' and community_code = r.code)))")
    if "community_code" in columns:
        return f"community_code in {communities}"
    if {"level", "unit_code"} <= columns:
        return (f"(level = 'community' and unit_code in {communities}) or (level = 'street' and unit_code in "
                f"(select d.street_code from {quote(schema)}.dim_community d)) or (level = 'city' and unit_code in "
                f"(select d.city_code from {quote(schema)}.dim_community d))")
    if "street_code" in columns:
        return (f"street_code is null or street_code in "
                f"(select d.street_code from {quote(schema)}.dim_community d)")
    return None


def secure_schema(cursor: Cursor, target: PostgresTarget, schema: str) -> list[str]:
    """Policies and grants on one schema's relations (the build's before the swap, or the
    published one); idempotent. Returns the relations scoped roles may read."""
    ensure_access(cursor, target)
    access, group = access_schema(target), quote(scoped_group(target))
    readable = []
    for name, kind, columns in relations(cursor, schema):
        if name.startswith("stg_"):
            continue  # the staging views read the raw copy: never for scoped roles
        relation = f"{quote(schema)}.{quote(name)}"
        condition = row_condition(name, columns, schema, access)
        if condition is None and name not in CATALOGUE:
            continue
        if kind == "v":
            cursor.execute(f"alter view {relation} set (security_invoker = true)")
        elif condition is not None:
            cursor.execute(f"alter table {relation} enable row level security")
            cursor.execute(f"drop policy if exists {POLICY} on {relation}")
            cursor.execute(f"create policy {POLICY} on {relation} for select using ({condition})")
            if target.read_role:
                cursor.execute(f"drop policy if exists {READER_POLICY} on {relation}")
                cursor.execute(f"create policy {READER_POLICY} on {relation} for select "
                               f"to {quote(target.read_role)} using (true)")
        cursor.execute(f"grant select on {relation} to {group}")
        readable.append(name)
    cursor.execute(f"grant usage on schema {quote(schema)} to {group}")
    return readable


def grant_role(cursor: Cursor, target: PostgresTarget, scope: RoleScope, password: str | None = None) -> None:
    """Create the database role if missing (LOGIN; a password when given), make it a member of the
    scoped group and record its scope; the published schema is (re)secured too."""
    role = quote(scope.role_name)
    cursor.execute("select rolsuper or rolbypassrls from pg_roles where rolname = %s", (scope.role_name,))
    found = cursor.fetchone()
    if found is not None and found[0]:
        raise EngineSettingsError(f"数据库角色 {scope.role_name} 是超级用户或可绕过行级安全，不能作为受限账号的角色")
    if found is None:
        cursor.execute(f"create role {role} login")
    if password:
        cursor.execute(f"alter role {role} password %s", (password,))
    ensure_access(cursor, target)
    cursor.execute(f"grant {quote(scoped_group(target))} to {role}")
    cursor.execute(
        f"insert into {quote(access_schema(target))}.role_scopes (role_name, account, level, code) "
        "values (%s, %s, %s, %s) on conflict (role_name) do update set account = excluded.account, "
        "level = excluded.level, code = excluded.code",
        (scope.role_name, scope.account, scope.level, scope.code))
    cursor.execute("select 1 from pg_namespace where nspname = %s", (target.schema,))
    if cursor.fetchone() is not None:
        secure_schema(cursor, target, target.schema)


def revoke_role(cursor: Cursor, target: PostgresTarget, role_name: str) -> bool:
    """Forget a role's scope and take it out of the scoped group (the role itself stays)."""
    ensure_access(cursor, target)
    cursor.execute(f"delete from {quote(access_schema(target))}.role_scopes where role_name = %s", (role_name,))
    removed = cursor.rowcount > 0
    cursor.execute("select 1 from pg_roles where rolname = %s", (role_name,))
    if cursor.fetchone() is not None:
        cursor.execute(f"revoke {quote(scoped_group(target))} from {quote(role_name)}")
    return removed

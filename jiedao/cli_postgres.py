"""`jiedao pg-role`: a dashboard account's own PostgreSQL role, limited to its scope by row-level
security (jiedao/postgres_access.py), for people who query the warehouse with psql or a BI tool."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from jiedao.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]


def cmd_pg_role(args: argparse.Namespace, settings: Settings) -> int:
    """Give an account a PostgreSQL login role that sees only its scope's rows (row-level security), or --revoke it."""
    from jiedao.accounts import load_accounts
    from jiedao.engines import EngineSettingsError, PostgresTarget
    from jiedao.postgres_access import LEVEL_NAMES, LEVEL_OF_ROLE, RoleScope, grant_role, revoke_role
    from jiedao.publish_postgres import first_line, psycopg2

    if psycopg2 is None:
        print("未安装 PostgreSQL 支持：请运行 .venv/bin/pip install -e '.[postgres]'", file=sys.stderr)
        return 1
    account = load_accounts(settings).get(args.account)
    if account is None and not args.revoke:
        print(f"没有账号「{args.account}」：先用 jiedao user add 创建", file=sys.stderr)
        return 2
    role_name = args.db_role or args.account
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    try:
        target = PostgresTarget.from_env()
        scope = None if args.revoke or account is None else RoleScope(
            role_name, account.username, LEVEL_OF_ROLE[account.role], account.scope_code)
        connection = psycopg2.connect(**target.connect_arguments())
    except EngineSettingsError as error:
        print(f"{error}（可用 --db-role 指定数据库角色名）", file=sys.stderr)
        return 2
    except psycopg2.Error as error:
        print(f"无法连接 PostgreSQL：{first_line(error)}", file=sys.stderr)
        return 1
    try:
        with connection.cursor() as cursor:
            if scope is None:
                removed = revoke_role(cursor, target, role_name)
            else:
                grant_role(cursor, target, scope, password)
        connection.commit()
    except (psycopg2.Error, EngineSettingsError) as error:
        connection.rollback()
        print(f"未能设置数据库角色 {role_name}：{first_line(error)}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    if scope is None:
        print(f"数据库角色 {role_name} 已{'撤销范围' if removed else '本无范围记录'}，不再能读取 {target.schema} 的数据")
    else:
        print(f"数据库角色 {role_name} ↔ 账号 {scope.account}：只能读取{LEVEL_NAMES[scope.level]} {scope.code} 范围内的行"
              f"（{target.describe()}）")
    return 0


def add_postgres_commands(add: Callable[[str, Command], argparse.ArgumentParser]) -> None:
    pg_role = add("pg-role", cmd_pg_role)
    pg_role.add_argument("account", help="the dashboard account (jiedao user add)")
    pg_role.add_argument("--db-role", default=None,
                         help="the PostgreSQL role name (lower-case letters, digits, _; default the account name)")
    pg_role.add_argument("--password-stdin", action="store_true", help="set the role's password from standard input")
    pg_role.add_argument("--revoke", action="store_true", help="take the role's scope away (the role itself stays)")

"""jiedao（街道数据仓）: community spreadsheets → DuckDB → dbt → dashboard.

Every command works on one data home: --home DIR, or JIEDAO_HOME, default ./data.
Exit status: 0 when the work ran (problems in the input are reported, not fatal),
1 when a build or export could not be done, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from collections.abc import Callable, Sequence
from pathlib import Path

from jiedao.cli_fund import add_fund_command
from jiedao.cli_files import add_files_commands
from jiedao.cli_mappings import add_mapping_commands
from jiedao.cli_postgres import add_postgres_commands
from jiedao.cli_assess import add_assess_command
from jiedao.cli_reports import add_brief_command, add_report_command
from jiedao.engines import TARGETS
from jiedao.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]
SERVING_ENGINES = ("duckdb", "postgres")
SERVE_TARGET_HELP = ("where the published warehouse is read: duckdb (warehouse.duckdb in the home) or postgres "
                     "(the JIEDAO_PG_* server); default $JIEDAO_ENGINE, else duckdb")
ADDRESS_HELP = "address to listen on (default 127.0.0.1, this machine only; 0.0.0.0 for every interface)"


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Write the 塔城市 demo inbox (24 months, several messy layouts), ingest it, build the warehouse and serve the dashboard."""
    from jiedao.demo import write_demo_inbox

    manifest = write_demo_inbox(settings.inbox_dir / "demo")
    print(f"示例收件箱：{len(manifest.files)} 个文件 → {settings.inbox_dir / 'demo'}")
    status = run_ingest(settings, [settings.inbox_dir / "demo"])
    if status:
        return status
    status = run_build(settings)
    if status:
        return status
    from jiedao.accounts import create_demo_accounts
    from jiedao.demo.fund_ledger import write_demo_fund_ledger

    print("示例经费台账：{} 个社区，{} 个项目 → fund/".format(*write_demo_fund_ledger(settings)))
    print("示例账号（每个角色一个；密码只显示这一次）：")
    for username, role_name, scope_code, password in create_demo_accounts(settings):
        print(f"  {role_name:<8}{username:<16}范围 {scope_code:<14}密码 {password}")
    if args.no_serve:
        return 0
    return run_serve(settings, args.port, args.address)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Load spreadsheets (files or folders, recursively) into the raw store, cell by cell, with lineage."""
    missing = [path for path in args.paths if not path.exists()]
    for path in missing:
        print(f"找不到路径：{path}", file=sys.stderr)
    if missing and len(missing) == len(args.paths):
        return 2
    return run_ingest(settings, [path for path in args.paths if path.exists()])


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    """Build the warehouse with dbt into a new file and publish it atomically (--target postgres or spark: see docs/engines.md)."""
    return run_build(settings, args.target or settings.engine)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Serve the dashboard (Streamlit) on the last published warehouse (--target postgres: the JIEDAO_PG_* server's)."""
    return run_serve(replace(settings, engine=args.target or settings.engine), args.port, args.address)


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write a table as CSV (utf-8-sig, opens cleanly in Excel) or XLSX: indicators, scores, quality, files, problems."""
    from jiedao.export import EXPORT_TABLES, ExportUnavailable, default_export_path, read_export, write_export

    table = EXPORT_TABLES[args.table]
    file_format = args.format or (args.out.suffix.lstrip(".").lower() if args.out else "csv")
    if file_format not in ("csv", "xlsx"):
        print(f"不支持的格式：{file_format}（可用 csv 或 xlsx）", file=sys.stderr)
        return 2
    filters = {"period": args.period, "street_code": args.street,
               "community_code": args.community, "indicator_code": args.indicator}
    try:
        frame = read_export(replace(settings, engine=args.target or settings.engine), table, filters)
    except ExportUnavailable as error:
        print(str(error), file=sys.stderr)
        return 1
    out = args.out or default_export_path(settings, table.name, file_format)
    write_export(settings, frame, out, file_format=file_format, headers=args.headers)
    print(f"已导出 {table.name}：{len(frame)} 行 → {out}")
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """Show what the data home holds: batches, files, values, problems and the published warehouse."""
    from jiedao.status import describe_home

    print(describe_home(settings))
    return 0


def cmd_registry_import(args: argparse.Namespace, settings: Settings) -> int:
    """Replace the registry of streets and communities with a file in the statistical division layout."""
    from jiedao.locking import home_lock
    from jiedao.registry_import import RegistryImportError, import_registry

    if not args.file.exists():
        print(f"找不到区划文件：{args.file}", file=sys.stderr)
        return 2
    try:
        with home_lock(settings.home):
            report = import_registry(settings, args.file, city_code=args.city)
    except RegistryImportError as error:
        print(str(error), file=sys.stderr)
        return 1
    print(f"已导入区划（{report.source}）：城市 {len(report.cities)} 个（{'、'.join(report.cities)}），街道/乡镇 {report.streets} 个，"
          f"社区/村 {report.communities} 个")
    return 0


def cmd_template(args: argparse.Namespace, settings: Settings) -> int:
    """Write the fill-in form (XLSX) for one street and month, its communities prefilled."""
    from jiedao.template import build_template

    out = args.out or settings.exports_dir / f"template-{args.street}-{args.period}.xlsx"
    out.parent.mkdir(parents=True, exist_ok=True)
    wanted = {args.community} if args.community else None
    try:
        out.write_bytes(build_template(settings, args.street, args.period, communities_wanted=wanted))
    except ValueError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(f"已生成填报模板 → {out}")
    return 0


def cmd_user_add(args: argparse.Namespace, settings: Settings) -> int:
    """Create or reset an account (role: city, street_leader, planner, community_staff, admin; scope: its region code)."""
    from jiedao.accounts import ROLES, AccountError, add_user

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    try:
        chosen = add_user(settings, args.name, args.role, args.scope, password)
    except AccountError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(f"账号 {args.name}（{ROLES[args.role]}，范围 {args.scope}）已保存")
    if password is None:
        print(f"初始密码：{chosen}")
    return 0


def cmd_user_list(args: argparse.Namespace, settings: Settings) -> int:
    """List the accounts with their role and scope (never their passwords)."""
    from jiedao.accounts import load_accounts

    for account in load_accounts(settings).values():
        print(f"{account.username}\t{account.role_name}\t{account.scope_code}")
    return 0


def cmd_user_remove(args: argparse.Namespace, settings: Settings) -> int:
    """Remove an account."""
    from jiedao.accounts import remove_user

    if not remove_user(settings, args.name):
        print(f"没有账号 {args.name}", file=sys.stderr)
        return 1
    print(f"账号 {args.name} 已删除")
    return 0


def run_ingest(settings: Settings, paths: Sequence[Path]) -> int:
    from jiedao.ingestion import describe_batch, ingest_paths

    report = ingest_paths(settings, paths, progress=sys.stderr.isatty())
    print("\n".join(describe_batch(report)))
    return 0


def run_build(settings: Settings, target: str | None = None) -> int:
    from jiedao.publish import build_warehouse

    chosen = target or settings.engine
    if chosen not in TARGETS:
        print(f"环境变量 JIEDAO_ENGINE 应为 {'、'.join(TARGETS)} 之一，现为「{chosen}」", file=sys.stderr)
        return 2
    report = build_warehouse(settings, target=chosen)
    print(f"{report.message}（用时 {report.seconds:.1f} 秒）")
    if not report.ok:
        print(report.log_tail, file=sys.stderr)
        return 1
    return 0


def run_serve(settings: Settings, port: int, address: str = "127.0.0.1") -> int:
    """The dashboard in a child process that stops with jiedao (Ctrl-C, SIGTERM): jiedao/serve.py."""
    from jiedao.serve import run_serve as serve

    return serve(settings, port, address)


def parser() -> argparse.ArgumentParser:
    from jiedao.export import EXPORT_TABLES

    root = argparse.ArgumentParser(prog="jiedao", description=__doc__,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    root.add_argument("--home", type=Path, default=None, help="data home (default: $JIEDAO_HOME or ./data)")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Command) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=handler.__doc__, description=handler.__doc__)
        sub.set_defaults(handler=handler)
        return sub

    demo = add("demo", cmd_demo)
    demo.add_argument("--no-serve", action="store_true", help="build the warehouse but do not start the dashboard")
    demo.add_argument("--port", type=int, default=8501)
    demo.add_argument("--address", default="127.0.0.1", help=ADDRESS_HELP)
    ingest = add("ingest", cmd_ingest)
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add("build", cmd_build).add_argument("--target", choices=TARGETS, default=None,
                                         help="duckdb (default): warehouse.duckdb; postgres: the JIEDAO_PG_* server; "
                                              "spark: Spark local[2] or the JIEDAO_SPARK_* cluster")
    serve = add("serve", cmd_serve)
    serve.add_argument("--port", type=int, default=8501)
    serve.add_argument("--address", default="127.0.0.1", help=ADDRESS_HELP)
    serve.add_argument("--target", choices=SERVING_ENGINES, default=None, help=SERVE_TARGET_HELP)
    export = add("export", cmd_export)
    export.add_argument("table", choices=sorted(EXPORT_TABLES))
    export.add_argument("--out", type=Path, default=None, help="output file (default: <home>/exports/TABLE.FORMAT)")
    export.add_argument("--format", choices=("csv", "xlsx"), default=None, help="default: from --out, else csv")
    export.add_argument("--period", help="YYYY-MM (or YYYY-Qn / YYYY for scores)")
    export.add_argument("--street", help="9-digit street code")
    export.add_argument("--community", help="12-digit community code")
    export.add_argument("--indicator", help="indicator code, e.g. petitions_received")
    export.add_argument("--target", choices=SERVING_ENGINES, default=None, help=SERVE_TARGET_HELP)
    export.add_argument("--headers", choices=("machine", "zh"), default="machine",
                        help="zh: for people (Chinese headers, numbers rounded by unit, codes as text); default: for scripts")
    add("status", cmd_status)
    registry = commands.add_parser("registry", help="区划（街道与社区名录）：import")
    registry_commands = registry.add_subparsers(dest="registry_command", required=True, metavar="ACTION")
    registry_import = registry_commands.add_parser("import", help=cmd_registry_import.__doc__,
                                                   description=cmd_registry_import.__doc__)
    registry_import.set_defaults(handler=cmd_registry_import)
    registry_import.add_argument("file", type=Path, help="villages.csv(.gz) or its folder")
    registry_import.add_argument("--city", default=None, help="keep one 6-digit city/district code, e.g. 654201")
    user = commands.add_parser("user", help="账号：add, list, remove")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    user_add = user_commands.add_parser("add", help=cmd_user_add.__doc__, description=cmd_user_add.__doc__)
    user_add.set_defaults(handler=cmd_user_add)
    user_add.add_argument("name")
    user_add.add_argument("--role", required=True)
    user_add.add_argument("--scope", required=True, help="6-digit city, 9-digit street or 12-digit community code")
    user_add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    for name, handler in (("list", cmd_user_list), ("remove", cmd_user_remove)):
        sub = user_commands.add_parser(name, help=handler.__doc__, description=handler.__doc__)
        sub.set_defaults(handler=handler)
        if name == "remove":
            sub.add_argument("name")
    add_mapping_commands(commands)
    add_files_commands(commands)
    add_report_command(add)
    add_assess_command(add)
    add_fund_command(add)
    add_postgres_commands(add)
    add_brief_command(add)
    template = add("template", cmd_template)
    template.add_argument("--street", required=True, help="9-digit street code")
    template.add_argument("--period", required=True, help="YYYY-MM")
    template.add_argument("--community", default=None, help="only this 12-digit community (its own form)")
    template.add_argument("--out", type=Path, default=None)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings.from_env(args.home)
    from ingest.store import StoreBusy

    try:
        return args.handler(args, settings)
    except StoreBusy as busy:  # a DuckDB shell left open on the raw store: say so, in Chinese
        print(str(busy), file=sys.stderr)
        return 1

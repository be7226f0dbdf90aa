"""`jiedao fund`: the 社区专项工作经费 ledger from the command line (see jiedao/fund/)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from jiedao.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]


def cmd_fund(args: argparse.Namespace, settings: Settings) -> int:
    """社区专项工作经费台账: `fund check --year Y [--out F.xlsx]`, `fund template [--year Y]`, `fund import FILE`."""
    return ACTIONS[args.fund_command](args, settings)


def cmd_fund_check(args: argparse.Namespace, settings: Settings) -> int:
    """Check a year's ledger against rules/fund_rules.yml; print each finding (community, project, rule, figures, deadline) and write them with fund use per community to an XLSX."""
    from jiedao.fund import RulesError, run_check
    from jiedao.fund.report import check_workbook

    try:
        checked = run_check(settings, args.year, as_of=args.as_of, scope_code=args.scope)
    except RulesError as error:
        print(str(error), file=sys.stderr)
        return 1
    result = checked.result
    for finding in result.findings:
        deadline = f"；截止 {finding.deadline}" if finding.deadline else ""
        print(f"{finding.community_name}｜{finding.project_name}｜{finding.rule_name}：{finding.actual}"
              f"（要求：{finding.required}{deadline}）")
    for note in result.notes:
        print(f"未能检查：{note}", file=sys.stderr)
    out = args.out or settings.exports_dir / f"fund-check-{args.year}.xlsx"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(check_workbook(result, checked.use))
    with_ledger = sum(1 for row in checked.use if row.projects or row.allocation is not None)
    print(f"{args.year} 年：{with_ledger} 个社区有台账，发现问题 {len(result.findings)} 项（检查日期 {result.as_of}）→ {out}")
    return 0


def cmd_fund_template(args: argparse.Namespace, settings: Settings) -> int:
    """Write the import template (XLSX): a row per project already in the ledger, one per community without any."""
    from jiedao.fund.registry import in_scope, registry_communities
    from jiedao.fund.store import load_ledger
    from jiedao.fund.template import template_bytes

    communities = in_scope(registry_communities(settings), args.scope)
    if not communities:
        print(f"区划名录中没有代码以 {args.scope} 开头的社区", file=sys.stderr)
        return 2
    out = args.out or settings.exports_dir / f"fund-template-{args.year}.xlsx"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(template_bytes(load_ledger(settings), communities, args.year))
    print(f"已生成经费台账导入模板（{len(communities)} 个社区，{args.year} 年）→ {out}")
    return 0


def cmd_fund_import(args: argparse.Namespace, settings: Settings) -> int:
    """Import a filled template (xlsx, xls, ods, csv): bad cells are named, good rows load, bad rows are kept in <home>/fund/rejected.csv; then the years imported are checked."""
    from jiedao.fund import Actor, RulesError, import_ledger, run_check

    if not args.file.exists():
        print(f"找不到文件：{args.file}", file=sys.stderr)
        return 2
    report = import_ledger(settings, args.file, Actor(getpass.getuser(), "cli"))
    for problem in report.problems:
        print(problem)
    if report.refused:
        return 1
    print(f"「{report.file_name}」：载入 {report.rows_loaded} 行（项目新增 {report.projects_added}、修改 {report.projects_changed}、"
          f"未变 {report.projects_unchanged}，年度经费变更 {report.allocations_changed}），未载入 {report.rows_rejected} 行"
          + ("（已留存于 fund/rejected.csv 待核对）" if report.rows_rejected else ""))
    try:
        for year in report.years:
            findings = run_check(settings, year).result.findings
            print(f"{year} 年检查：发现问题 {len(findings)} 项（jiedao fund check --year {year} 查看）")
    except RulesError as error:
        print(str(error), file=sys.stderr)
        return 1
    return 0


ACTIONS: dict[str, Command] = {"check": cmd_fund_check, "template": cmd_fund_template, "import": cmd_fund_import}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写成 YYYY-MM-DD，收到「{text}」") from None


def add_fund_command(add: Callable[[str, Command], argparse.ArgumentParser]) -> None:
    fund = add("fund", cmd_fund)
    actions = fund.add_subparsers(dest="fund_command", required=True, metavar="ACTION")
    this_year = dt.date.today().year
    scope_help = "only communities under this 6-digit city, 9-digit street or 12-digit community code"
    check = actions.add_parser("check", help=cmd_fund_check.__doc__, description=cmd_fund_check.__doc__)
    check.add_argument("--year", type=int, required=True, help="the ledger's year, e.g. 2025")
    check.add_argument("--out", type=Path, default=None, help="XLSX (default: <home>/exports/fund-check-YEAR.xlsx)")
    check.add_argument("--as-of", type=_date, default=None,
                       help="check as on this day, YYYY-MM-DD (default today): a missing date is a finding only after its deadline")
    check.add_argument("--scope", default=None, help=scope_help)
    template = actions.add_parser("template", help=cmd_fund_template.__doc__, description=cmd_fund_template.__doc__)
    template.add_argument("--year", type=int, default=this_year, help=f"default {this_year}")
    template.add_argument("--scope", default=None, help=scope_help)
    template.add_argument("--out", type=Path, default=None, help="default: <home>/exports/fund-template-YEAR.xlsx")
    imported = actions.add_parser("import", help=cmd_fund_import.__doc__, description=cmd_fund_import.__doc__)
    imported.add_argument("file", type=Path, metavar="FILE")

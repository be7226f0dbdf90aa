"""`jiedao mappings`: the mapping review from the command line (see jiedao/mappings.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from jiedao.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]


def cmd_mappings_list(args: argparse.Namespace, settings: Settings) -> int:
    """The mapping review queue: each header, row label or community name the loaders were unsure of (or matched only nearly), once, with samples and candidates."""
    from jiedao.mappings import KIND_LABELS, review_queue

    queue = review_queue(settings)
    if not queue:
        print("没有待确认的映射。")
        return 0
    for item in queue:
        print(f"[{item.item_id}] {KIND_LABELS[item.kind]}「{item.text}」：{len(item.files)} 个文件，{item.cells} 处；"
              f"首见于{item.first_seen}")
        if item.loaded_as:
            print(f"    {item.loaded_as}")
        if item.samples:
            print(f"    样例值：{'、'.join(item.samples)}")
        for option in item.options:
            print(f"    候选：{option.target}  {option.label}" + (f"  得分 {option.score:g}" if option.score else ""))
    print(f"共 {len(queue)} 项。确认：jiedao mappings confirm ID --to 代码（表头不是数据时 --to -）")
    return 0


def cmd_mappings_confirm(args: argparse.Namespace, settings: Settings) -> int:
    """Decide what a queued text means (an indicator code, a 12-digit community code, or - for not data); the waiting files are read again."""
    import getpass

    from jiedao.mappings import MappingError, decide, review_queue

    item = next((item for item in review_queue(settings) if item.item_id == args.item), None)
    if item is None:
        print(f"待确认映射中没有编号 {args.item}（运行 jiedao mappings list 查看）", file=sys.stderr)
        return 2
    try:
        applied = decide(settings, item.kind, item.text, args.to, username=getpass.getuser(), role="cli",
                         scope_code="", note=args.note or "", only_for=args.only_for or "")
    except MappingError as error:
        print(str(error), file=sys.stderr)
        return 2
    print_applied(applied.reread, applied.missing, applied.report)
    return 0


def cmd_mappings_decided(args: argparse.Namespace, settings: Settings) -> int:
    """The decisions in force: kind, text as written, what it means, who decided and when."""
    from ingest.decisions import read_decisions

    for d in read_decisions(settings.mappings_file):
        print(f"{d.kind}\t{d.text}\t{d.target}\t{d.decided_by}\t{d.decided_at}\t{d.note}")
    return 0


def cmd_mappings_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write the decisions as CSV (utf-8-sig) for another street's data home to import."""
    from jiedao.mappings import export_decisions

    count = export_decisions(settings, args.out)
    print(f"已导出 {count} 条映射 → {args.out}")
    return 0


def cmd_mappings_import(args: argparse.Namespace, settings: Settings) -> int:
    """Add decisions exported elsewhere; the files waiting on them are read again."""
    import getpass

    from jiedao.mappings import import_decisions

    if not args.file.exists():
        print(f"找不到文件：{args.file}", file=sys.stderr)
        return 2
    applied, refused = import_decisions(settings, args.file, username=getpass.getuser(), role="cli", scope_code="")
    for message in refused:
        print(f"未采用：{message}", file=sys.stderr)
    if applied is None:
        print("没有可采用的映射。")
        return 0
    print_applied(applied.reread, applied.missing, applied.report)
    return 0


def print_applied(reread: Sequence[str], missing: Sequence[str], report: object) -> None:
    print(f"已记录。重新读取 {len(reread)} 个文件" +
          (f"，载入 {report.values_loaded} 个值，仍有问题 {report.problems} 个" if report else "") + "。")
    for name in missing:
        print(f"    原文件「{name}」已不在导入时的位置或已被修改，请重新上传", file=sys.stderr)
    if reread:
        print("运行 jiedao build 发布。")


def add_mapping_commands(commands: "argparse._SubParsersAction") -> None:
    mappings = commands.add_parser("mappings", help="映射审核：list, confirm, decided, export, import")
    mapping_commands = mappings.add_subparsers(dest="mappings_command", metavar="ACTION")
    mappings.set_defaults(handler=cmd_mappings_list)

    def add_mapping(name: str, handler: Command) -> argparse.ArgumentParser:
        sub = mapping_commands.add_parser(name, help=handler.__doc__, description=handler.__doc__)
        sub.set_defaults(handler=handler)
        return sub

    add_mapping("list", cmd_mappings_list)
    confirm = add_mapping("confirm", cmd_mappings_confirm)
    confirm.add_argument("item", help="the item's id from jiedao mappings list")
    confirm.add_argument("--to", required=True, help="indicator code, 12-digit community code, or - (not data)")
    confirm.add_argument("--note", default=None)
    confirm.add_argument("--only-for", default=None, metavar="CODE",
                         help="a header decision for this sender only: its 9-digit street or 12-digit community code")
    add_mapping("decided", cmd_mappings_decided)
    add_mapping("export", cmd_mappings_export).add_argument("out", type=Path)
    add_mapping("import", cmd_mappings_import).add_argument("file", type=Path)

"""`jiedao files`: the files and batches in the raw store, and withdrawing them (jiedao/withdrawal.py)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from jiedao.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]
SHOWN = 10  # files named one by one when a batch is withdrawn


def cmd_files_list(args: argparse.Namespace, settings: Settings) -> int:
    """The batches and their current files, each with the id that `jiedao files withdraw` takes, then the files withdrawn."""
    from jiedao.withdrawal import STATUS_LABELS, batches, withdrawals

    found = batches(settings, args.batch)
    if args.batch is not None and not found:
        print(f"没有批次 {args.batch}", file=sys.stderr)
        return 2
    for batch in found:
        started = f"{batch.started_at:%Y-%m-%d %H:%M}" if batch.started_at else ""
        print(f"批次 {batch.batch_id}  {started}  当前文件 {len(batch.files)} 个")
        for item in batch.files:
            print(f"  {item.file_id}  {STATUS_LABELS.get(item.status, item.status)}  值 {item.values_loaded}  "
                  f"问题 {item.problems}  {item.name}")
    history = [entry for entry in withdrawals(settings) if args.batch is None or entry.file.batch_id == args.batch]
    if history:
        print("已撤回：")
    for entry in history:
        restored = f"，已于 {entry.restored_at:%Y-%m-%d %H:%M} 恢复可导入" if entry.restored_at else ""
        reason = f"，原因：{entry.reason}" if entry.reason else ""
        print(f"  {entry.file.file_id}  批次 {entry.file.batch_id}  {entry.file.name}：{entry.withdrawn_at:%Y-%m-%d %H:%M} "
              f"由 {entry.withdrawn_by} 撤回（值 {entry.file.values_loaded}，问题 {entry.file.problems}）{reason}{restored}")
    if not found and not history:
        print("原始库中还没有文件（运行 jiedao ingest PATH）")
    return 0


def cmd_files_withdraw(args: argparse.Namespace, settings: Settings) -> int:
    """Take a file (its id, its path, or its name) or a batch (its number) out of the current data; recorded and audited, published by the next `jiedao build`."""
    from jiedao.withdrawal import WithdrawError, withdraw

    try:
        files = withdraw(settings, args.target, by=args.by or getpass.getuser(), reason=args.reason or "")
    except WithdrawError as error:
        print(str(error), file=sys.stderr)
        return 2
    for item in files[:SHOWN]:
        print(f"已撤回 {item.file_id}（批次 {item.batch_id}）{item.name}：值 {item.values_loaded} 个，问题 {item.problems} 个")
    if len(files) > SHOWN:
        print(f"…… 另有 {len(files) - SHOWN} 个文件（jiedao files list 列出全部已撤回文件）")
    print(f"共撤回 {len(files)} 个文件，值 {sum(item.values_loaded for item in files)} 个。运行 jiedao build 发布不含它们的数据仓；"
          f"再次导入相同内容的文件会被跳过（撤销：jiedao files restore 编号）。")
    return 0


def cmd_files_restore(args: argparse.Namespace, settings: Settings) -> int:
    """Undo a withdrawal (the record stays): the next `jiedao ingest` of the same file loads it again."""
    from jiedao.withdrawal import WithdrawError, restore

    try:
        (item,) = restore(settings, args.target, by=args.by or getpass.getuser())
    except WithdrawError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(f"已恢复 {item.file_id} {item.name}：再次运行 jiedao ingest 导入该文件后，jiedao build 发布其数据。")
    return 0


def add_files_commands(commands: "argparse._SubParsersAction") -> None:
    files = commands.add_parser("files", help="文件与批次：list, withdraw, restore")
    file_commands = files.add_subparsers(dest="files_command", metavar="ACTION")
    files.set_defaults(handler=cmd_files_list, batch=None)

    def add_files(name: str, handler: Command) -> argparse.ArgumentParser:
        sub = file_commands.add_parser(name, help=handler.__doc__, description=handler.__doc__)
        sub.set_defaults(handler=handler)
        return sub

    add_files("list", cmd_files_list).add_argument("--batch", type=int, default=None, help="only this batch")
    withdraw = add_files("withdraw", cmd_files_withdraw)
    withdraw.add_argument("target", metavar="FILE|BATCH",
                          help="a file's id from jiedao files list (8+ characters), its path or its name; or a batch number")
    withdraw.add_argument("--reason", default=None, help="why, kept with the record (e.g. 填错了月份)")
    withdraw.add_argument("--by", default=None, help="who (default: the signed-in system user)")
    restore = add_files("restore", cmd_files_restore)
    restore.add_argument("target", metavar="FILE", help="a withdrawn file's id, path or name")
    restore.add_argument("--by", default=None, help="who (default: the signed-in system user)")

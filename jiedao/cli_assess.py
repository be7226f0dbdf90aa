"""`jiedao assess`: the yearly assessments (考核评星) scored from the warehouse (see jiedao/assessments/)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from jiedao.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]


def cmd_assess(args: argparse.Namespace, settings: Settings) -> int:
    """The yearly assessments (考核评星): `assess list`, or `assess SCHEME --year Y [--street S] --out F.xlsx` — a scoring sheet per community with every criterion, its points and where each automatic point came from."""
    from jiedao.assessments.service import AssessmentUnavailable, SchemeError, assess, available_schemes
    from jiedao.assessments.workbook import render

    try:
        if args.scheme == "list":
            for scheme in available_schemes(settings).values():
                stars = f"，维度 ≥{scheme.star_at:g} 分得星" if scheme.star_at is not None else ""
                print(f"{scheme.code:<16}{scheme.name}（{len(scheme.dimensions)} 个维度，满分 {scheme.total:g}{stars}）"
                      f"  {scheme.source}")
            return 0
        if not args.year:
            print("请用 --year 指定考核年度（如 2025）", file=sys.stderr)
            return 2
        out = args.out or settings.exports_dir / f"assess-{args.scheme}-{args.year}.xlsx"
        result = assess(settings, args.scheme, args.year, args.street)
        data = render(result)
    except (SchemeError, AssessmentUnavailable) as error:
        print(str(error), file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    passed = sum(1 for item in result.communities if item.passed)
    pending = sum(item.pending for item in result.communities)
    print(f"已生成考核评分表（{result.scheme.name}，{args.year} 年，{len(result.communities)} 个社区，"
          f"达标 {passed} 个，待人工评分 {pending} 项）→ {out}")
    return 0


def add_assess_command(add: Callable[[str, Command], argparse.ArgumentParser]) -> None:
    assess = add("assess", cmd_assess)
    assess.add_argument("scheme", metavar="SCHEME", help="a scheme's code (e.g. shixingji), or list")
    assess.add_argument("--year", help="the assessment year, e.g. 2025")
    assess.add_argument("--street", help="9-digit street code (default: every community of the city)")
    assess.add_argument("--out", type=Path, default=None,
                        help="output file (default: <home>/exports/assess-SCHEME-YEAR.xlsx)")

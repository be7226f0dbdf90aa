"""`jiedao report`: the departments' own forms filled from the warehouse (see jiedao/reports/)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from jiedao.settings import Settings

Command = Callable[[argparse.Namespace, Settings], int]


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    """The departments' own forms filled from the warehouse: `report list`, `report calendar`, or `report FORM --period P [--street S] --out F.xlsx`."""
    from jiedao.reports.service import FormError, ReportUnavailable, available_forms, render_report, reporting_calendar

    try:
        if args.form == "list":
            for form in available_forms(settings).values():
                print(f"{form.code:<22}{form.name}（{form.department}，{FREQUENCY_NAMES[form.frequency]}报，"
                      f"次月 {form.due_day} 日前）")
            return 0
        if args.form == "calendar":
            for entry in reporting_calendar(settings):
                state = "数据齐全" if entry.complete else (f"缺 {entry.missing} 项" if entry.missing is not None else "尚无数据仓")
                print(f"{entry.due:%m月%d日}前  {entry.form.name}（{entry.period}）  {state}")
            return 0
        if not args.period:
            print("请用 --period 指定期间（如 2025-03、2025-Q1、2025）", file=sys.stderr)
            return 2
        file_format = args.format or (args.out.suffix.lstrip(".").lower() if args.out else "xlsx")
        out = args.out or settings.exports_dir / f"{args.form}-{args.period}.{file_format}"
        if file_format == "pdf":
            from jiedao.briefing.render import BriefingError, html_to_pdf
            from jiedao.reports.html import forms_html
            from jiedao.reports.service import fill

            try:
                html_to_pdf(forms_html(fill(settings, args.form, args.period, args.street)), out)
            except BriefingError as error:
                print(str(error).replace("XLSX 已照常生成", "可改用 --format xlsx"), file=sys.stderr)
                return 1
            print(f"已生成报表 → {out}")
            return 0
        data = render_report(settings, args.form, args.period, args.street)
    except (FormError, ReportUnavailable) as error:
        print(str(error), file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"已生成报表 → {out}")
    return 0


FREQUENCY_NAMES = {"month": "按月", "quarter": "按季", "year": "按年"}


def add_report_command(add: Callable[[str, Command], argparse.ArgumentParser]) -> None:
    report = add("report", cmd_report)
    report.add_argument("form", metavar="FORM", help="a form's code, or list, or calendar")
    report.add_argument("--period", help="YYYY-MM, YYYY-Qn or YYYY, as the form is filed")
    report.add_argument("--street", help="9-digit street code (default: every street, a sheet each)")
    report.add_argument("--out", type=Path, default=None, help="output file (default: <home>/exports/FORM-PERIOD.xlsx)")
    report.add_argument("--format", choices=("xlsx", "pdf"), default=None, help="default: from --out, else xlsx")


def cmd_brief(args: argparse.Namespace, settings: Settings) -> int:
    """Write the monthly briefing of each street (or --street): XLSX and PDF, for a meeting or a cron job."""
    from jiedao.briefing import BriefingError, write_briefings

    out = args.out or settings.exports_dir / "briefings"
    try:
        written = write_briefings(settings, args.period, args.street, out, pdf=not args.no_pdf)
    except BriefingError as error:
        print(str(error), file=sys.stderr)
        return 1
    for item in written:
        print(f"已生成简报 → {item.xlsx}" + (f"、{item.pdf.name}" if item.pdf else ""))
        if item.pdf_error:
            print(f"    {item.pdf_error}", file=sys.stderr)
    return 0


def add_brief_command(add: Callable[[str, Command], argparse.ArgumentParser]) -> None:
    brief = add("brief", cmd_brief)
    brief.add_argument("--period", required=True, help="YYYY-MM")
    brief.add_argument("--street", help="9-digit street code (default: every street)")
    brief.add_argument("--out", type=Path, default=None, help="folder (default: <home>/exports/briefings)")
    brief.add_argument("--no-pdf", action="store_true", help="XLSX only")

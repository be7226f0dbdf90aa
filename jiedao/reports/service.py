"""What the command and the dashboard call: the forms available, one form rendered for a period
(one sheet per street, or one street), and the reporting calendar."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

import duckdb

from jiedao.reports.filling import FilledForm, fill_form
from jiedao.reports.forms import Form, FormError, form_dirs, load_forms
from jiedao.reports.periods import due_date, grain_of, months_of, period_due, period_label
from jiedao.reports.workbook import render
from jiedao.settings import Settings


class ReportUnavailable(Exception):
    """No published warehouse, an unknown form, street or period: the message is Chinese."""


def catalogue_kinds(settings: Settings) -> dict[str, str]:
    with open(settings.seeds_dir / "indicators.csv", encoding="utf-8", newline="") as handle:
        return {row["indicator_code"]: row["kind"] for row in csv.DictReader(handle)}


def available_forms(settings: Settings) -> dict[str, Form]:
    """Shipped forms and the user's own (``<home>/forms/``); FormError names a bad file."""
    return load_forms(form_dirs(settings.project_dir, settings.home), catalogue_kinds(settings))


def fill(settings: Settings, code: str, period: str, street: str | None = None) -> list[FilledForm]:
    forms = available_forms(settings)
    if code not in forms:
        raise ReportUnavailable(f"没有报表「{code}」（运行 jiedao report list 查看）")
    form = forms[code]
    if grain_of(period) != form.frequency:
        raise ReportUnavailable(f"「{form.name}」按{ {'month': '月', 'quarter': '季度', 'year': '年'}[form.frequency]}填报，"
                                f"期间「{period}」不符")
    if not settings.warehouse_db.exists():
        raise ReportUnavailable("尚未发布数据仓：请先运行 jiedao build")
    con = duckdb.connect(str(settings.warehouse_db), read_only=True)
    try:
        streets = [row[0] for row in con.execute(
            "select street_code from dim_street where street_code like ? order by street_code",
            [f"{street}%" if street else "%"]).fetchall()]
        if not streets:
            raise ReportUnavailable(f"数据仓中没有街道「{street}」")
        return [fill_form(con, form, code_, period) for code_ in streets]
    finally:
        con.close()


def render_report(settings: Settings, code: str, period: str, street: str | None = None,
                  today: date | None = None) -> bytes:
    return render(fill(settings, code, period, street), today)


@dataclass(frozen=True)
class CalendarEntry:
    form: Form
    period: str
    due: date
    complete: bool          # every community of every street reported every figure the form needs
    missing: int | None     # figures not reported (None: no warehouse to tell)


def reporting_calendar(settings: Settings, today: date | None = None) -> list[CalendarEntry]:
    """The forms due this month: for which period, by when, and whether the data is complete."""
    today = today or date.today()
    entries = []
    for form in available_forms(settings).values():
        period = period_due(form.frequency, today)
        due = due_date(period, form.due_day)
        if (due.year, due.month) != (today.year, today.month):
            continue
        try:
            missing = sum(len(filled.missing) for filled in fill(settings, form.code, period))
        except ReportUnavailable:
            missing = -1
        entries.append(CalendarEntry(form, period, due, missing == 0, None if missing < 0 else missing))
    return sorted(entries, key=lambda entry: (entry.due, entry.form.code))


__all__ = ["ReportUnavailable", "FormError", "available_forms", "fill", "render_report", "reporting_calendar",
           "CalendarEntry", "months_of", "period_label"]

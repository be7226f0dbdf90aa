"""Filling a form from the published warehouse: one row per community (or month), each figure
with where it came from; totals computed and checked against the warehouse's own street figure;
what was not reported listed, never left as a silent blank."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from jiedao.reports.forms import Form, FormColumn
from jiedao.reports.periods import months_of, period_label, year_to_date


@dataclass(frozen=True)
class Figure:
    value: float | None          # None: not reported
    source: str = ""             # file「…」sheet「…」cell …; or how it was computed


@dataclass(frozen=True)
class FilledRow:
    code: str                    # community code, or the month (YYYY-MM)
    name: str
    figures: tuple[Figure | None, ...]   # one per column; None for seq/name/code


@dataclass(frozen=True)
class FilledForm:
    form: Form
    street_code: str
    street_name: str
    city_name: str
    period: str
    rows: tuple[FilledRow, ...]
    total: tuple[Figure | None, ...]     # empty when the form has no total row
    indicator_names: dict[str, str]
    kinds: dict[str, str]
    units: dict[str, str]
    checks: tuple[str, ...]              # totals that differ from the warehouse's street figure

    @property
    def period_label(self) -> str:
        return period_label(self.period)

    @property
    def missing(self) -> list[tuple[str, str]]:
        """(row name, indicator name) of every figure not reported."""
        return [(row.name, self.indicator_names[column.indicator_code] + ("（本年累计）" if column.ytd else ""))
                for row in self.rows for column, figure in zip(self.form.columns, row.figures)
                if figure is not None and figure.value is None]


def fill_form(con: duckdb.DuckDBPyConnection, form: Form, street_code: str, period: str) -> FilledForm:
    catalogue = {code: (name, kind, unit) for code, name, kind, unit in con.execute(
        "select indicator_code, indicator_name, kind, unit from dim_indicator").fetchall()}
    street = con.execute("select street_name, city_name from dim_street where street_code = ?",
                         [street_code]).fetchone()
    if street is None:
        raise LookupError(f"数据仓中没有街道「{street_code}」")
    wanted = list(form.indicators)
    sources = lineage(con, street_code, months_of(period), wanted)
    if form.rows == "communities":
        units = con.execute("select community_code, community_name from dim_community where street_code = ? "
                            "order by community_code", [street_code]).fetchall()
        level, periods = "community", {code: period for code, _ in units}
    else:
        units = [(month, period_label(month)) for month in months_of(period)]
        level, periods = "street", {month: month for month, _ in units}
    grain = "month" if form.rows == "months" else form.frequency
    values = period_values(con, level, grain, [periods[code] for code, _ in units],
                           [street_code] if level == "street" else [code for code, _ in units], wanted)
    ytd = ytd_values(con, level, street_code, [code for code, _ in units], period, wanted) \
        if any(c.ytd for c in form.columns) else {}
    rows = []
    for code, name in units:
        unit_code = street_code if level == "street" else code
        figures = []
        for column in form.columns:
            if column.kind != "indicator":
                figures.append(None)
                continue
            key = (unit_code, periods[code], column.indicator_code)
            value = ytd.get((unit_code, periods[code], column.indicator_code)) if column.ytd else values.get(key)
            figures.append(Figure(value, describe_source(column, catalogue, sources, unit_code, periods[code], level)
                                  if value is not None else ""))
        rows.append(FilledRow(code, name, tuple(figures)))
    total, checks = totals(con, form, rows, catalogue, street_code, period) if form.total else ((), ())
    return FilledForm(form, street_code, street[0], street[1] or "", period, tuple(rows), total,
                      {code: item[0] for code, item in catalogue.items()},
                      {code: item[1] for code, item in catalogue.items()},
                      {code: item[2] for code, item in catalogue.items()}, checks)


def period_values(con, level: str, grain: str, periods: list[str], units: list[str],
                  indicators: list[str]) -> dict[tuple[str, str, str], float]:
    rows = con.execute("""
        select unit_code, period, indicator_code, value from fct_indicator_period
        where level = ? and grain = ? and period in (select unnest(?)) and unit_code in (select unnest(?))
          and indicator_code in (select unnest(?)) and value is not null""",
                       [level, grain, sorted(set(periods)), units, indicators]).fetchall()
    return {(unit, period, code): value for unit, period, code, value in rows}


def ytd_values(con, level: str, street_code: str, units: list[str], period: str,
               indicators: list[str]) -> dict[tuple[str, str, str], float]:
    """本年累计: each flow summed over the months of the year up to each row's period."""
    found: dict[tuple[str, str, str], float] = {}
    targets = [street_code] if level == "street" else units
    for row_period in (units if level == "street" else [period]):
        months = year_to_date(row_period)
        for unit, code, value in con.execute("""
                select unit_code, indicator_code, sum(value) from fct_indicator_period
                where level = ? and grain = 'month' and period in (select unnest(?)) and unit_code in (select unnest(?))
                  and indicator_code in (select unnest(?)) and value is not null
                group by unit_code, indicator_code""", [level, months, targets, indicators]).fetchall():
            found[(unit, row_period, code)] = value
    return found


def lineage(con, street_code: str, months: list[str], indicators: list[str]) -> dict[tuple[str, str], list[str]]:
    """(community, indicator) → the source cells of its months in the period."""
    found: dict[tuple[str, str], list[str]] = {}
    for community, code, period, file_name, sheet, cell in con.execute("""
            select community_code, indicator_code, period, source_file, source_sheet, source_cell
            from fct_indicator_monthly
            where street_code = ? and period in (select unnest(?)) and indicator_code in (select unnest(?))
              and source_file is not null
            order by period""", [street_code, months, indicators]).fetchall():
        found.setdefault((community, code), []).append(f"{period}：文件「{file_name}」工作表「{sheet}」单元格 {cell}")
    return found


def describe_source(column: FormColumn, catalogue, sources, unit_code: str, period: str, level: str) -> str:
    name, kind, _ = catalogue[column.indicator_code]
    if level == "street":
        return f"{period} 各社区「{name}」汇总（见数据仓 fct_indicator_period）"
    if kind == "derived":
        return f"由数据仓按口径计算（{name}）"
    cells = sources.get((unit_code, column.indicator_code), [])
    prefix = "本年累计，" if column.ytd else ""
    return prefix + "；".join(cells) if cells else prefix + "数据仓汇总值"


def totals(con, form: Form, rows: list[FilledRow], catalogue, street_code: str,
           period: str) -> tuple[tuple[Figure | None, ...], tuple[str, ...]]:
    """The total row: flows and stocks summed over the rows (months: stocks take the last month),
    rates the warehouse's street figure (recomputed from summed parts, never averaged). Each sum
    is checked against the warehouse's own street figure for the period."""
    street = period_values(con, "street", form.frequency, [period], [street_code], list(form.indicators))
    figures: list[Figure | None] = []
    checks: list[str] = []
    for index, column in enumerate(form.columns):
        if column.kind != "indicator":
            figures.append(None)
            continue
        name, kind, _ = catalogue[column.indicator_code]
        present = [row.figures[index].value for row in rows if row.figures[index].value is not None]
        warehouse = street.get((street_code, period, column.indicator_code))
        if kind == "derived" and not column.ytd:
            figures.append(Figure(warehouse, "街道数值，由合计的分子、分母计算" if warehouse is not None else ""))
            continue
        if form.rows == "months" and kind == "stock":
            value = present[-1] if present else None
        else:
            value = sum(present) if present else None
        figures.append(Figure(value, f"上方 {len(present)} 行之和" if value is not None else ""))
        if not column.ytd and value is not None and warehouse is not None and abs(value - warehouse) > 1e-6:
            checks.append(f"「{name}」合计 {value:g} 与数据仓街道数值 {warehouse:g} 不一致")
    return tuple(figures), tuple(checks)

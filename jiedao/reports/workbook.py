"""A filled form as the department prints it (XLSX): title, header rows with their merges, one
row per community or month, the total, the footer; a figure not reported is marked 未报 (never a
blank); a 说明 sheet lists what is missing and any total that disagrees with the warehouse; a
hidden 数据来源 sheet gives the source of every filled cell."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from jiedao.reports.filling import Figure, FilledForm
from jiedao.reports.forms import FormColumn, header_grid

MISSING = "未报"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
MISSING_FILL = PatternFill("solid", fgColor="FFF2CC")


def decimals_of(column: FormColumn, kind: str, unit: str) -> int:
    """The column's own precision, else the indicator's: rates 1 place, money 2, counts none."""
    if column.decimals is not None:
        return column.decimals
    if kind == "derived" or unit in {"%", "‰"}:
        return 1
    return 2 if unit.endswith("元") else 0


def rounded(value: float, places: int) -> float | int:
    return int(round(value)) if places == 0 else round(value, places)


def placeholders(filled: FilledForm, today: date) -> dict[str, str]:
    return {"street": filled.street_name, "city": filled.city_name, "period_label": filled.period_label,
            "year": filled.period[:4], "today": f"{today.year}年{today.month}月{today.day}日"}


def render(forms: list[FilledForm], today: date | None = None) -> bytes:
    """One sheet per filled form (a street each), then 说明 and the hidden 数据来源."""
    today = today or date.today()
    book = Workbook()
    book.remove(book.active)
    notes = book.create_sheet("说明") if forms else None
    sources = book.create_sheet("数据来源")
    sources.append(["工作表", "单元格", "行", "指标", "期间", "数值", "来源"])
    note_rows: list[list[str]] = []
    for filled in forms:
        sheet = book.create_sheet(filled.street_name[:31], index=len(book.sheetnames) - 2)
        write_form(sheet, filled, today, sources)
        note_rows += [[filled.street_name, "未报", f"{row}：{indicator}"] for row, indicator in filled.missing]
        note_rows += [[filled.street_name, "合计核对", check] for check in filled.checks]
    if notes is not None:
        notes.append(["街道", "类别", "说明"])
        for row in note_rows or [["", "", "所有数值均已报送，合计与数据仓一致"]]:
            notes.append(row)
        notes.column_dimensions["C"].width = 60
    sources.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_form(sheet, filled: FilledForm, today: date, sources) -> None:
    form = filled.form
    width = len(form.columns)
    words = placeholders(filled, today)
    row = 1
    sheet.cell(row, 1, form.title.format(**words)).font = Font(bold=True, size=14)
    sheet.cell(row, 1).alignment = CENTER
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet.row_dimensions[row].height = 28
    if form.subtitle:
        row += 1
        sheet.cell(row, 1, form.subtitle.format(**words))
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    top = row + 1
    for r, c, cell in header_grid(form.header):
        target = sheet.cell(top + r, c + 1, cell.text)
        target.font, target.alignment = Font(bold=True), CENTER
        if cell.colspan > 1 or cell.rowspan > 1:
            sheet.merge_cells(start_row=top + r, start_column=c + 1,
                              end_row=top + r + cell.rowspan - 1, end_column=c + cell.colspan)
    row = top + len(form.header)
    for seq, filled_row in enumerate(filled.rows, start=1):
        write_row(sheet, row, filled, [seq, filled_row.name, filled_row.code], filled_row.figures,
                  filled_row.name, sources)
        row += 1
    if form.total:
        write_row(sheet, row, filled, ["", form.total, ""], filled.total, form.total, sources, bold=True)
        sheet.cell(row, 1).value = form.total   # the label in the first column: merging keeps only that one
        if first_indicator(form.columns) > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=first_indicator(form.columns))
        row += 1
    for r in range(top, row):
        for c in range(1, width + 1):
            sheet.cell(r, c).border = BOX
    for line in form.footer:
        row += 1
        sheet.cell(row, 1, line.format(**words))
    for c, column in enumerate(form.columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = {"seq": 6, "code": 15, "name": 14}.get(column.kind, 12)


def first_indicator(columns: tuple[FormColumn, ...]) -> int:
    """How many leading columns the total's label spans (at least one)."""
    return max(1, next((i for i, column in enumerate(columns) if column.kind == "indicator"), 1))


def write_row(sheet, row: int, filled: FilledForm, plain: list, figures, row_name: str, sources,
              bold: bool = False) -> None:
    seq, name, code = plain
    for c, (column, figure) in enumerate(zip(filled.form.columns, figures), start=1):
        cell = sheet.cell(row, c)
        cell.alignment = CENTER
        if bold:
            cell.font = Font(bold=True)
        if column.kind == "seq":
            cell.value = seq
        elif column.kind == "name":
            cell.value = name
        elif column.kind == "code":
            cell.value, cell.number_format = str(code), "@"
        else:
            write_figure(cell, figure, column, filled)
            if figure is not None and figure.value is not None:
                label = filled.indicator_names[column.indicator_code] + ("（本年累计）" if column.ytd else "")
                sources.append([sheet.title, cell.coordinate, row_name, label, filled.period, cell.value,
                                figure.source])


def write_figure(cell, figure: Figure | None, column: FormColumn, filled: FilledForm) -> None:
    if figure is None or figure.value is None:
        cell.value, cell.fill = MISSING, MISSING_FILL
        cell.comment = Comment("该社区本期未报送此项，数据仓中没有数值", "jiedao")
        return
    code = column.indicator_code
    places = decimals_of(column, filled.kinds.get(code, ""), filled.units.get(code, ""))
    cell.value = rounded(figure.value, places)
    cell.number_format = "0" if places == 0 else "0." + "0" * places

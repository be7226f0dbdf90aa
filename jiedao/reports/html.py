"""A filled form as an HTML page (header merges as colspan/rowspan), printed to PDF by the same
headless chromium as the briefing: the department's layout on paper."""

from __future__ import annotations

import html
from datetime import date

from jiedao.reports.filling import FilledForm
from jiedao.reports.workbook import MISSING, decimals_of, placeholders

STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; } p { margin: 2pt 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; } th, td { border: 0.6pt solid #333; padding: 2pt 3pt; text-align: center; }
td.missing { background: #fff2cc; } section { page-break-after: always; } @page { size: A4 landscape; margin: 12mm; }
"""


def cell(value: object) -> str:
    return html.escape("" if value is None else str(value))


def figure_text(filled: FilledForm, index: int, figure) -> tuple[str, str]:
    column = filled.form.columns[index]
    if figure is None or figure.value is None:
        return MISSING, " class='missing'"
    places = decimals_of(column, filled.kinds.get(column.indicator_code, ""), filled.units.get(column.indicator_code, ""))
    return f"{figure.value:.{places}f}", ""


def form_section(filled: FilledForm, today: date) -> str:
    form, words = filled.form, placeholders(filled, today)
    rows = ["<tr>" + "".join(f"<th colspan='{c.colspan}' rowspan='{c.rowspan}'>{cell(c.text)}</th>" for c in row) + "</tr>"
            for row in form.header]
    for seq, row in enumerate(filled.rows, start=1):
        cells = []
        for index, (column, figure) in enumerate(zip(form.columns, row.figures)):
            if column.kind != "indicator":
                cells.append(f"<td>{cell({'seq': seq, 'name': row.name, 'code': row.code}[column.kind])}</td>")
            else:
                text, extra = figure_text(filled, index, figure)
                cells.append(f"<td{extra}>{cell(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if form.total:
        cells = [f"<td>{cell(form.total) if i == 0 else ''}</td>" if c.kind != "indicator"
                 else "<td{1}>{0}</td>".format(*figure_text(filled, i, f)) for i, (c, f) in enumerate(zip(form.columns, filled.total))]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    footer = "".join(f"<p>{cell(line.format(**words))}</p>" for line in form.footer)
    subtitle = f"<p>{cell(form.subtitle.format(**words))}</p>" if form.subtitle else ""
    return f"<section><h1>{cell(form.title.format(**words))}</h1>{subtitle}<table>{''.join(rows)}</table>{footer}</section>"


def forms_html(forms: list[FilledForm], today: date | None = None) -> str:
    today = today or date.today()
    body = "".join(form_section(filled, today) for filled in forms)
    return f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{body}</body></html>"

"""一数多用 (jiedao/reports): every shipped form filled from the demo warehouse, checked cell by
cell against the warehouse; what was not reported marked, never blank; a user's own seventh form
renders from one definition file; bad definitions named in Chinese."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import duckdb
import openpyxl
import pytest

from jiedao.cli import main
from jiedao.reports.filling import FilledForm
from jiedao.reports.forms import FormError, header_grid, parse_form
from jiedao.reports.periods import due_date, months_of, period_due
from jiedao.reports.service import available_forms, fill, render_report, reporting_calendar
from jiedao.reports.workbook import MISSING, decimals_of
from jiedao.settings import Settings

PERIODS = {"month": "2025-11", "quarter": "2025-Q4", "year": "2025"}


def warehouse_value(home: Path, level: str, unit: str, grain: str, period: str, code: str) -> float | None:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        found = con.execute("select value from fct_indicator_period where level = ? and unit_code = ? and grain = ? "
                            "and period = ? and indicator_code = ?", [level, unit, grain, period, code]).fetchone()
    return found[0] if found else None


def ytd_value(home: Path, unit: str, level: str, period: str, code: str) -> float | None:
    last = months_of(period)[-1]
    months = [f"{last[:4]}-{m:02d}" for m in range(1, int(last[5:]) + 1)]
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        (total,) = con.execute("select sum(value) from fct_indicator_period where level = ? and unit_code = ? and "
                               "grain = 'month' and period in (select unnest(?)) and indicator_code = ?",
                               [level, unit, months, code]).fetchone()
    return total


def data_top(filled: FilledForm) -> int:
    """The first data row of a rendered sheet (1-based): title, subtitle, header rows."""
    return 2 + bool(filled.form.subtitle) + len(filled.form.header)


def test_six_forms_cover_the_catalogue_domains(demo_home):
    forms = available_forms(Settings(home=demo_home))
    assert len(forms) >= 6
    departments = " ".join(form.department for form in forms.values())
    for department in ("信访", "人力资源", "民政", "卫生健康", "政法", "组织"):
        assert department in departments


@pytest.mark.parametrize("code", sorted(available_forms(Settings(home=Path("/nonexistent")))))
def test_every_filled_cell_equals_the_warehouse(demo_home, code):
    settings = Settings(home=demo_home)
    form = available_forms(settings)[code]
    period = PERIODS[form.frequency]
    book = openpyxl.load_workbook(io.BytesIO(render_report(settings, code, period)))
    checked = 0
    for filled in fill(settings, code, period):
        sheet = book[filled.street_name]
        top = data_top(filled)
        for offset, row in enumerate(filled.rows):
            level, unit = ("street", filled.street_code) if form.rows == "months" else ("community", row.code)
            row_period = row.code if form.rows == "months" else period
            for c, column in enumerate(form.columns, start=1):
                cell = sheet.cell(top + offset, c)
                if column.kind != "indicator":
                    expected = {"seq": offset + 1, "name": row.name, "code": row.code}[column.kind]
                    assert cell.value == expected
                    if column.kind == "code":
                        assert cell.data_type == "s" and cell.number_format == "@"
                    continue
                grain = "month" if form.rows == "months" else form.frequency
                value = ytd_value(demo_home, unit, level, row_period, column.indicator_code) if column.ytd else \
                    warehouse_value(demo_home, level, unit, grain, row_period, column.indicator_code)
                if value is None:
                    assert cell.value == MISSING
                    continue
                places = decimals_of(column, filled.kinds[column.indicator_code], filled.units[column.indicator_code])
                assert cell.value == pytest.approx(round(value, places), abs=10 ** -places / 2 + 1e-9), cell.coordinate
                checked += 1
        if form.total:
            total_row = top + len(filled.rows)
            assert sheet.cell(total_row, 1).value == form.total
            for c, column in enumerate(form.columns, start=1):
                if column.kind != "indicator":
                    continue
                above = [sheet.cell(r, c).value for r in range(top, total_row)]
                numbers = [v for v in above if isinstance(v, (int, float))]
                kind = filled.kinds[column.indicator_code]
                cell = sheet.cell(total_row, c).value
                if kind == "derived" and not column.ytd:
                    street = warehouse_value(demo_home, "street", filled.street_code, form.frequency, period,
                                             column.indicator_code)
                    places = decimals_of(column, kind, filled.units[column.indicator_code])
                    assert cell == pytest.approx(street, abs=10 ** -places / 2 + 1e-9)
                elif form.rows == "months" and kind == "stock":
                    assert cell == numbers[-1]
                else:
                    assert cell == pytest.approx(sum(numbers), abs=0.01 * len(numbers) + 1e-9)
    assert checked > 20   # the demo reports these periods: a form that filled nothing would be a defect


def test_every_filled_cell_names_its_source(demo_home):
    settings = Settings(home=demo_home)
    book = openpyxl.load_workbook(io.BytesIO(render_report(settings, "xinfang_monthly", "2025-11", "654201001")))
    sources = book["数据来源"]
    assert sources.sheet_state == "hidden"
    rows = list(sources.iter_rows(min_row=2, values_only=True))
    sheet = book["和平街道"]
    numbers = [cell for row in sheet.iter_rows(min_row=5) for cell in row[2:] if isinstance(cell.value, (int, float))]
    assert {(r[0], r[1]) for r in rows} == {("和平街道", cell.coordinate) for cell in numbers}
    monthly = [r for r in rows if r[3] == "民情诉求受理数" and r[2] != "合计"]
    assert monthly and all("文件「" in r[6] and "单元格" in r[6] for r in monthly)
    assert [r[6] for r in rows if r[3] == "民情诉求受理数" and r[2] == "合计"] == [f"上方 {len(monthly)} 行之和"]


def test_a_period_nobody_reported_is_marked_and_listed_never_blank(demo_home):
    settings = Settings(home=demo_home)
    book = openpyxl.load_workbook(io.BytesIO(render_report(settings, "jiuye_monthly", "2026-10", "654201001")))
    sheet = book["和平街道"]
    (filled,) = fill(settings, "jiuye_monthly", "2026-10", "654201001")
    top = data_top(filled)
    cells = [sheet.cell(top, c).value for c in range(4, 10)]
    assert cells == [MISSING] * 6
    notes = list(book["说明"].iter_rows(min_row=2, values_only=True))
    assert len([n for n in notes if n[1] == "未报"]) == len(filled.rows) * 6


def test_a_seventh_form_renders_from_one_definition_file(demo_copy):
    (demo_copy / "forms").mkdir()
    (demo_copy / "forms" / "wenhua_monthly.yml").write_text(textwrap.dedent("""\
        code: wenhua_monthly
        name: 社区文化活动月报表
        department: 区文化和旅游局
        frequency: month
        due_day: 6
        title: "{street}{period_label}文化活动统计"
        header:
          - [[社区, 1, 2], [文化活动, 2, 1]]
          - [场次, 宣讲]
        columns:
          - name
          - {indicator: cultural_activities}
          - {indicator: lectures_held}
        total: 合计
        """), encoding="utf-8")
    settings = Settings(home=demo_copy)
    assert "wenhua_monthly" in available_forms(settings)
    assert main(["--home", str(demo_copy), "report", "wenhua_monthly", "--period", "2025-11", "--street",
                 "654201001", "--out", str(demo_copy / "w.xlsx")]) == 0
    sheet = openpyxl.load_workbook(demo_copy / "w.xlsx")["和平街道"]
    assert sheet["A1"].value == "和平街道2025年11月文化活动统计"
    first = sheet["B4"].value
    community = sheet["A4"].value
    with duckdb.connect(str(demo_copy / "warehouse.duckdb"), read_only=True) as con:
        (expected,) = con.execute("select value from fct_indicator_period p join dim_community d on d.community_code = "
                                  "p.unit_code where level = 'community' and grain = 'month' and period = '2025-11' "
                                  "and indicator_code = 'cultural_activities' and d.community_name = ?",
                                  [community]).fetchone()
    assert first == expected


@pytest.mark.parametrize("text, message", [
    ("code: x1\nname: 表\nfrequency: month\nheader: [[a]]\ncolumns: [{indicator: nosuch}]", "指标目录中没有「nosuch」"),
    ("code: x1\nname: 表\nfrequency: weekly\nheader: [[a]]\ncolumns: [name]", "frequency"),
    ("code: x1\nname: 表\nfrequency: month\nheader: [[a, b]]\ncolumns: [name]", "表头宽 2 列"),
    ("code: x1\nname: 表\nfrequency: month\nheader: [[[a, 1, 3]]]\ncolumns: [name]", "超出"),
    ("code: X-1\nname: 表\nfrequency: month\nheader: [[a]]\ncolumns: [name]", "小写字母"),
    ("code: [unclosed", "无法读取"),
    ("code: x1\nname: 表\nfrequency: month\nheader: [[a]]\ncolumns: [{indicator: volunteers, ytd: true}]", "流量"),
])
def test_a_bad_definition_is_named_in_chinese(tmp_path, text, message):
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormError, match=message) as raised:
        parse_form(path, {"volunteers": "stock", "petitions_received": "flow"})
    assert "bad.yml" in str(raised.value)


def test_header_cells_are_placed_like_a_printed_table(tmp_path):
    path = tmp_path / "f.yml"
    path.write_text("code: f1\nname: 表\nfrequency: month\nheader:\n  - [[序号, 1, 2], [诉求, 2, 1], [率, 1, 2]]\n"
                    "  - [受理, 办结]\ncolumns: [seq, {indicator: petitions_received}, {indicator: petitions_received},"
                    " name]\n", encoding="utf-8")
    form = parse_form(path, {"petitions_received": "flow"})
    assert [(r, c, cell.text) for r, c, cell in header_grid(form.header)] == [
        (0, 0, "序号"), (0, 1, "诉求"), (0, 3, "率"), (1, 1, "受理"), (1, 2, "办结")]


def test_due_dates_and_the_period_due():
    from datetime import date
    assert due_date("2025-12", 5) == date(2026, 1, 5)
    assert due_date("2025-Q3", 15) == date(2025, 10, 15)
    assert period_due("month", date(2026, 1, 20)) == "2025-12"
    assert period_due("quarter", date(2026, 1, 20)) == "2025-Q4"
    assert period_due("quarter", date(2026, 5, 2)) == "2026-Q1"


def test_the_calendar_lists_what_is_due_this_month(demo_home):
    from datetime import date
    entries = reporting_calendar(Settings(home=demo_home), today=date(2025, 12, 3))
    assert {entry.form.code for entry in entries} >= {"xinfang_monthly", "jiuye_monthly"}
    assert all(entry.period == "2025-11" for entry in entries if entry.form.frequency == "month")
    assert all(entry.complete == (entry.missing == 0) for entry in entries)


def test_the_command_lists_and_refuses_a_wrong_period(demo_home, capsys):
    assert main(["--home", str(demo_home), "report", "list"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) >= 6
    assert main(["--home", str(demo_home), "report", "xinfang_monthly", "--period", "2025-Q1"]) == 1
    assert "按月填报" in capsys.readouterr().err
    assert main(["--home", str(demo_home), "report", "nosuch", "--period", "2025-01"]) == 1


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="needs poppler-utils (make test installs it)")
def test_a_form_prints_to_pdf_with_its_header_and_missing_marks(demo_home, tmp_path):
    import subprocess
    out = tmp_path / "f.pdf"
    assert main(["--home", str(demo_home), "report", "minzheng_monthly", "--period", "2025-11", "--street",
                 "654201001", "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True,
                          timeout=120).stdout.decode()
    assert "和平街道2025年11月城市低保及救助情况统计表" in text and "城市最低生活保障" in text and "合计" in text

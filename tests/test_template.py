"""The fill-in template: its layout, protection and validation, and that jiedao ingests it cleanly."""

import io
from pathlib import Path

import duckdb
import openpyxl
import pytest

from jiedao.settings import Settings
from jiedao.template import build_template, reported_indicators
from warehouse_fixture import build_fixture_warehouse

HEPING = "654201001"
HEPING_COMMUNITIES = [
    ("654201001001", "建设街社区居委会"), ("654201001003", "商业街社区居委会"),
    ("654201001004", "文化街社区居委会"), ("654201001006", "新华街社区居委会"),
    ("654201001007", "塔尔巴哈台街社区居委会"), ("654201001008", "广场街社区居委会"),
    ("654201001009", "营盘街社区居委会")]


def open_template(home: Path, street: str = HEPING, period: str = "2025-12"):
    payload = build_template(Settings.from_env(home), street, period)
    return openpyxl.load_workbook(io.BytesIO(payload))


def test_layout_title_headers_communities_and_footer(tmp_path):
    sheet = open_template(tmp_path).active
    assert sheet["A1"].value == "和平街道2025年12月社区工作月报表"
    headers = [cell.value for cell in sheet[2]]
    assert headers[:5] == ["序号", "社区代码", "社区名称", "民情诉求受理数(件)", "民情诉求办结数(件)"]
    assert len(headers) == 3 + 28  # every non-derived indicator of the catalogue
    assert "诉求办结率(%)" not in headers
    assert headers[-1] == "社区工作者人数(人)"
    body = [(row[0].value, row[1].value, row[2].value) for row in sheet.iter_rows(min_row=3, max_row=9)]
    assert body == [(i + 1, code, name) for i, (code, name) in enumerate(HEPING_COMMUNITIES)]
    assert sheet["B3"].data_type == "s"
    assert sheet["A11"].value == "填表人："
    assert "填报日期：" in [cell.value for cell in sheet[11]]


def test_a_community_form_lists_only_the_communities_asked_for(tmp_path):
    payload = build_template(Settings.from_env(tmp_path), HEPING, "2025-12",
                             communities_wanted={"654201001007"})
    sheet = openpyxl.load_workbook(io.BytesIO(payload)).active
    assert [(row[1].value, row[2].value) for row in sheet.iter_rows(min_row=3, max_row=3)] == [
        ("654201001007", "塔尔巴哈台街社区居委会")]
    assert sheet["A5"].value == "填表人："
    text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value)
    assert "建设街" not in text and "654201001001" not in text


def test_protected_with_only_number_cells_unlocked_and_validated(tmp_path):
    sheet = open_template(tmp_path).active
    assert sheet.protection.sheet is True
    assert sheet["B3"].protection.locked is True
    assert sheet["D2"].protection.locked is True
    assert sheet["D3"].protection.locked is False
    assert sheet["AE9"].protection.locked is False
    (validation,) = sheet.data_validations.dataValidation
    assert (validation.type, validation.operator, validation.formula1) == (
        "decimal", "greaterThanOrEqual", "0")
    assert str(validation.sqref) == "D3:AE9"


def test_communities_come_from_the_published_warehouse_when_there_is_one(tmp_path):
    home = tmp_path / "home"
    build_fixture_warehouse(home)
    with duckdb.connect(str(home / "warehouse.duckdb")) as con:
        con.execute("update dim_community set community_name = '建设街社区' "
                    "where community_code = '654201001001'")
    sheet = open_template(home).active
    assert sheet["C3"].value == "建设街社区"


def test_unknown_street_or_bad_month_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="未知的街道代码：654201009"):
        build_template(Settings.from_env(tmp_path), "654201009", "2025-12")
    with pytest.raises(ValueError, match="月份格式应为 YYYY-MM"):
        build_template(Settings.from_env(tmp_path), HEPING, "2025-13")


def test_a_filled_template_ingests_with_zero_problems_and_exact_values(tmp_path):
    """Fill by community code, ingest into a fresh home, read back every value."""
    from ingest.loader import ingest_paths

    home = tmp_path / "home"
    settings = Settings.from_env(home)
    book = open_template(home)
    sheet = book.active
    codes = [indicator.indicator_code for indicator in reported_indicators(settings.seeds_dir)]
    expected = {}
    for row in sheet.iter_rows(min_row=3, max_row=9):
        community = row[1].value
        base = int(community[-2:])
        for offset, code in enumerate(codes):
            value = base * 10 + offset  # 建设街 jobs_created = 13, …
            row[3 + offset].value = value
            expected[(community, code)] = float(value)
    inbox = home / "inbox" / "filled"
    inbox.mkdir(parents=True)
    book.save(inbox / "和平街道2025年12月社区工作月报表.xlsx")

    report = ingest_paths(settings, [inbox])

    (file_report,) = report.file_reports
    assert (file_report.status, file_report.problems, file_report.messages) == ("loaded", 0, ())
    assert file_report.values_loaded == 7 * 28
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        loaded = con.execute(
            "select community_code, indicator_code, period_grain, period, value, is_cumulative "
            "from observations").fetchall()
        problems = con.execute("select count(*) from problems").fetchone()[0]
    assert problems == 0
    assert {(c, i) for c, i, *_ in loaded} == set(expected)
    assert {(g, p, cumulative) for _, _, g, p, _, cumulative in loaded} == {("month", "2025-12", False)}
    assert {(c, i): v for c, i, _, _, v, _ in loaded} == expected


def test_stock_indicators_start_from_each_communitys_latest_figure(tmp_path):
    home = tmp_path / "home"
    build_fixture_warehouse(home)
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        expected = dict(con.execute("""
            select m.indicator_code, arg_max(m.value, m.period) from fct_indicator_monthly m
            join dim_indicator i using (indicator_code)
            where m.community_code = '654201001001' and i.kind = 'stock' and m.period < '2026-01'
              and m.value is not null
            group by m.indicator_code""").fetchall())
        flows = {code for (code,) in con.execute("select indicator_code from dim_indicator where kind = 'flow'").fetchall()}
    assert expected, "the fixture warehouse has stock figures"
    sheet = open_template(home, period="2026-01").active
    headers = [cell.value for cell in sheet[2]]
    by_code = {indicator.indicator_code: headers.index(indicator.header) + 1
               for indicator in reported_indicators(Settings.from_env(home).seeds_dir)}
    for code, value in expected.items():
        assert sheet.cell(3, by_code[code]).value == value, code
    assert all(sheet.cell(3, by_code[code]).value is None for code in flows if code in by_code)

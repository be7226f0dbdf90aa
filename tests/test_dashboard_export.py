"""数据下载 view: filtered standardized tables and the template section."""

import datetime as dt

import duckdb
import pytest

from dashboard_apptest import open_page, rows
from warehouse_fixture import warehouse_home  # noqa: F401


def caption_with(app, text: str) -> str:
    return next(caption.value for caption in app.caption if text in caption.value)


def test_indicators_table_for_the_month_with_counts(warehouse_home):
    app = open_page("export")
    assert not app.exception
    # 21 communities × (6 reported + 2 derived) − 宏图街's unreported 治安案件数
    assert caption_with(app, "共") == "2025年12月：共 167 行（下面预览前 20 行）。"
    preview = rows(app, "community_code", "indicator_code", "source_cell")
    assert preview[0]["community_code"] == "654201001001"
    assert [button.label for button in app.get("download_button")] == [
        "下载 CSV", "下载 XLSX", "下载填报模板"]


def test_filters_by_community_indicator_and_street(warehouse_home):
    app = open_page("export")
    app.selectbox(key="export_community").set_value("654201001001").run()
    assert caption_with(app, "共") == "2025年12月：共 8 行（下面预览前 20 行）。"
    app.multiselect(key="export_indicators").set_value(["petitions_received"]).run()
    preview = rows(app, "community_code", "indicator_code", "source_cell")
    assert [(r["community_name"], r["value"], r["source_file"], r["source_cell"]) for r in preview] == [
        ("建设街社区居委会", 50.0, "和平街道2025-12月报.xlsx", "C4")]
    app = open_page("export")
    app.sidebar.selectbox(key="street").set_value("654201002").run()
    # 杜别克街道: 8 communities × 8 indicators − 宏图街's 治安案件数
    assert caption_with(app, "共") == "2025年12月：共 63 行（下面预览前 20 行）。"


def test_scores_and_quality_tables(warehouse_home):
    app = open_page("export")
    app.radio(key="export_table").set_value("scores").run()
    assert caption_with(app, "共") == "2025年12月：共 42 行（下面预览前 20 行）。"  # 21 × 2 methods
    app.radio(key="export_table").set_value("quality").run()
    assert caption_with(app, "共") == "2025年12月：共 1 行（下面预览前 20 行）。"
    assert rows(app, "finding_type", "source_cell")[0]["source_cell"] == "C5"


def test_template_choice_lists_streets_and_months(warehouse_home):
    app = open_page("export")
    assert app.selectbox(key="template_street").options == ["和平街道", "杜别克街道", "新城街道"]
    months = app.selectbox(key="template_month").options
    assert "2025年12月" in months and "2026年1月" in months  # the month after the latest


def stopped_clock(monkeypatch, day: dt.date) -> None:
    """The dashboard's clock (dashboard.templates.today) reads `day`."""
    from dashboard import templates

    monkeypatch.setattr(templates, "today", lambda: day)


@pytest.mark.parametrize("day", [dt.date(2025, 3, 1), dt.date(2026, 1, 31), dt.date(2026, 12, 5),
                                 dt.date(2031, 7, 15)])
def test_template_month_defaults_to_the_month_due_whatever_the_date(warehouse_home, monkeypatch,
                                                                    day):
    stopped_clock(monkeypatch, day)
    app = open_page("export")
    assert not app.exception
    picker = app.selectbox(key="template_month")
    # the warehouse's latest month is 2025-12: January 2026 is due, on any day
    assert picker.value == "2026-01"
    assert picker.options[picker.index] == "2026年1月"
    # around it: two months ahead, then back a year and the warehouse's months, newest first
    assert picker.options[:4] == ["2026年3月", "2026年2月", "2026年1月", "2025年12月"]
    assert picker.options[-1] == "2025年1月"
    assert len(picker.options) == 15
    # choosing a street keeps the month due
    app.selectbox(key="template_street").set_value("654201001").run()
    assert app.selectbox(key="template_month").value == "2026-01"


def test_template_month_follows_the_scope_s_data(warehouse_home, monkeypatch):
    stopped_clock(monkeypatch, dt.date(2031, 7, 15))
    app = open_page("export", role="community_staff", scope_code="654201001001")
    assert not app.exception
    assert app.selectbox(key="template_month").value == "2026-01"


def test_with_no_data_yet_the_previous_calendar_month_is_due(warehouse_home, monkeypatch):
    with duckdb.connect(str(warehouse_home / "warehouse.duckdb")) as con:
        con.execute("delete from fct_indicator_period")
    stopped_clock(monkeypatch, dt.date(2027, 1, 10))
    app = open_page("export")
    assert not app.exception
    assert [info.value for info in app.info] == ["数据仓中还没有任何期间的数据。"]
    picker = app.selectbox(key="template_month")
    assert picker.value == "2026-12"
    assert picker.options[:3] == ["2027年2月", "2027年1月", "2026年12月"]


@pytest.mark.parametrize(("known", "on", "due"), [
    (["2025-10", "2025-12", "2025-11"], None, "2026-01"),
    (["2024-11"], None, "2024-12"),
    ([], dt.date(2027, 1, 10), "2026-12"),
    ([], dt.date(2026, 3, 31), "2026-02"),
])
def test_due_month(known, on, due):
    from dashboard.templates import due_month

    assert due_month(known, on) == due


def test_template_months_keep_older_warehouse_months():
    from dashboard.templates import template_months

    months = template_months(["2023-05", "2025-12"], "2026-01")
    assert months[:3] == ["2026-03", "2026-02", "2026-01"]
    assert months[-2:] == ["2025-01", "2023-05"]
    assert months == sorted(months, reverse=True)


def built_downloads(monkeypatch) -> dict[str, object]:
    """The files the page's download buttons would build, by the audit detail's format."""
    from dashboard import downloads

    builds: dict[str, object] = {}
    real = downloads.audited

    def capture(build, session, action, detail):
        builds[detail.get("format", action)] = build
        return real(build, session, action, detail)

    monkeypatch.setattr(downloads, "audited", capture)
    return builds


def test_downloads_are_for_people_chinese_headers_rounded_values_codes_as_text(warehouse_home,
                                                                            monkeypatch):
    import csv
    import io

    import openpyxl

    builds = built_downloads(monkeypatch)
    app = open_page("export")
    app.selectbox(key="export_community").set_value("654201001001").run()
    assert not app.exception
    preview = {r["indicator_code"]: r["value"] for r in rows(app, "indicator_code", "value")}
    text = builds["csv"]().decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == ["社区代码", "社区名称", "街道代码", "街道名称", "期间", "指标代码",
                              "指标名称", "数值", "单位", "来源文件", "来源工作表", "来源单元格"]
    assert {row["社区代码"] for row in table} == {'="654201001001"'}
    values = {row["指标代码"]: (row["数值"], row["单位"]) for row in table}
    rate = preview["petition_resolution_rate"]
    assert values["petition_resolution_rate"] == (f"{rate:.1f}", "%")
    assert values["petitions_received"] == (str(int(preview["petitions_received"])), "件")
    sheet = openpyxl.load_workbook(io.BytesIO(builds["xlsx"]())).active
    assert [cell.value for cell in sheet[1]][:2] == ["社区代码", "社区名称"]
    assert {(sheet.cell(row=r, column=1).value, sheet.cell(row=r, column=1).data_type,
             sheet.cell(row=r, column=1).number_format) for r in range(2, sheet.max_row + 1)} == {
        ("654201001001", "s", "@")}


def test_score_download_reads_as_the_ranking_page(warehouse_home, monkeypatch):
    import csv
    import io

    builds = built_downloads(monkeypatch)
    app = open_page("export")
    app.radio(key="export_table").set_value("scores").run()
    preview = rows(app, "community_code", "score")[0]
    table = list(csv.DictReader(io.StringIO(builds["csv"]().decode("utf-8-sig"))))
    assert table[0]["社区代码"] == f'="{preview["community_code"]}"'
    assert table[0]["计分方法"] in ("综合得分", "目标达成率") and table[0]["周期"] == "月"
    assert table[0]["得分（百分制）"] == f"{preview['score'] * 100:.1f}"
    assert table[0]["全市排名"] == str(int(preview["rank_in_city"]))

"""数据质量 view: the submission matrix and problems with file, sheet and cell."""

import duckdb

from dashboard_apptest import chart_data, metric, open_page, rows
from warehouse_fixture import warehouse_home  # noqa: F401


def test_submission_matrix_counts_green_amber_red(warehouse_home):
    app = open_page("quality")
    assert not app.exception
    assert metric(app, "缺报（红）") == "3"
    assert metric(app, "部分报送（黄）") == "1"
    assert metric(app, "迟报（黄）") == "0"
    assert metric(app, "按时报齐（绿）") == "59"
    (matrix,) = chart_data(app.get("plotly_chart")[0])
    assert matrix["x"] == ["2025年10月", "2025年11月", "2025年12月"]
    cells = [symbol for row in matrix["text"] for symbol in row]
    assert (cells.count("✗"), cells.count("△"), cells.count("✓")) == (3, 1, 59)
    assert matrix["text"][matrix["y"].index("哈尔墩社区居委会")] == ["✗", "✗", "✓"]


def test_problems_and_findings_name_file_sheet_and_cell(warehouse_home):
    app = open_page("quality")
    problems = rows(app, "文件", "原始文本")
    assert [(r["文件"], r["工作表"], r["单元格"], r["原始文本"]) for r in problems] == [
        ("杜别克街道2025-12月报.xlsx", "Sheet1", "G7", "待定")]
    findings = rows(app, "类型", "说明")
    assert [(r["类型"], r["社区"], r["单元格"]) for r in findings] == [
        ("一致性", "文化街社区居委会", "D6"), ("异常", "公园街社区居委会", "C5")]


def test_street_filter_narrows_the_matrix(warehouse_home):
    app = open_page("quality")
    app.sidebar.selectbox(key="street").set_value("654201001").run()
    assert metric(app, "缺报（红）") == "0"
    assert metric(app, "按时报齐（绿）") == "21"  # 7 communities × 3 months
    assert rows(app, "类型", "说明")[0]["社区"] == "文化街社区居委会"
    # the unreadable cell is in 杜别克街道's file: not shown to 和平街道
    assert not any("原始文本" in frame.value.columns for frame in [*app.dataframe, *app.table])


LONG = ("新城街社区居委会 2025-11 共 6 项指标晚于次月 5 日报送，其中民情诉求受理数、民情诉求办结数、"
        "新增就业岗位数、注册志愿者人数、治安案件数与常住人口均在次月 9 日才收到")


def with_a_late_month(home) -> None:
    """新城街 reported every indicator of 2025-11, all after the due day: the warehouse's
    indicators_late and its late_submission finding (no file, sheet or cell: nulls)."""
    with duckdb.connect(str(home / "warehouse.duckdb")) as con:
        con.execute("alter table mart_submission_completeness add column indicators_late integer "
                    "default 0")
        con.execute("update mart_submission_completeness set indicators_late = 6 "
                    "where community_code = '654201003001' and period = '2025-11'")
        con.execute("insert into mart_quality_findings (finding_type, rule_code, severity, "
                    "community_code, period, message) values ('completeness', 'late_submission', "
                    "'warning', '654201003001', '2025-11', ?)", [LONG])


def test_late_months_are_late_in_the_matrix_and_the_findings_with_no_none(warehouse_home):
    with_a_late_month(warehouse_home)
    app = open_page("quality")
    assert not app.exception
    assert metric(app, "按时报齐（绿）") == "58" and metric(app, "迟报（黄）") == "1"
    (matrix,) = chart_data(app.get("plotly_chart")[0])
    assert matrix["text"][matrix["y"].index("新城街社区居委会")] == ["✓", "迟", "✓"]
    cells = [symbol for row in matrix["text"] for symbol in row]
    assert (cells.count("✓"), cells.count("迟"), cells.count("△"), cells.count("✗")) == (58, 1, 1, 3)
    late = [row for row in rows(app, "类型", "说明") if row["类型"] == "迟报"]
    assert late == [{"类型": "迟报", "严重程度": "警告", "社区": "新城街社区居委会", "期间": "2025年11月",
                     "说明": LONG, "文件": "—", "工作表": "—", "单元格": "—"}]
    assert not app.dataframe  # the tables wrap their 说明 in full (st.table), never cut off
    shown = [str(cell) for table in app.table for cell in table.value.to_numpy().ravel()]
    shown += [str(metric_.value) for metric_ in app.metric] + [text.value for text in app.caption]
    assert shown and not [text for text in shown if text in ("None", "nan", "<NA>", "")]

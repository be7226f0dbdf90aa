"""数据质量: who reported what each month, ingest problems and the warehouse's findings."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, sidebar
from dashboard.formatting import escape_markdown, format_period

FINDING_TYPES = {"consistency": "一致性", "anomaly": "异常", "approximate": "约数",
                 "completeness": "完整性", "conflict": "冲突"}
SEVERITIES = {"error": "错误", "warning": "警告", "info": "提示"}


def status_counts(matrix: pd.DataFrame) -> dict[str, int]:
    statuses = matrix["status"].replace({"late": "partial"})
    return {status: int((statuses == status).sum()) for status in ("reported", "partial", "missing")}


def render_matrix(scope: data.Scope) -> None:
    matrix = data.submission_matrix(scope)
    if matrix.empty:
        st.info("还没有报送记录。")
        return
    counts = status_counts(matrix)
    left, middle, right = st.columns(3)
    left.metric("已报（绿）", counts["reported"])
    middle.metric("迟报或部分（黄）", counts["partial"])
    right.metric("缺报（红）", counts["missing"])
    wide = matrix.pivot_table(index="community_name", columns="period", values="status",
                              aggfunc="first", sort=False).fillna("missing")
    wide.columns = [format_period(period) for period in wide.columns]
    st.plotly_chart(charts.submission_matrix(wide, "报送矩阵（✓ 已报 · △ 迟报/部分 · ✗ 缺报）"))


def render_problems(scope: data.Scope) -> None:
    st.subheader("导入问题")
    problems = data.ingest_problems(scope)
    if problems.empty:
        st.success("导入时没有发现问题。")
    else:
        st.dataframe(pd.DataFrame({
            "文件": problems["file_name"], "工作表": problems["sheet"], "单元格": problems["cell_ref"],
            "严重程度": problems["severity"].map(lambda s: SEVERITIES.get(s, s)),
            "说明": problems["message"], "原始文本": problems["raw_text"],
        }), hide_index=True, key="problems_table")


def render_findings(scope: data.Scope) -> None:
    st.subheader("一致性与异常检查")
    findings = data.quality_findings(scope)
    if findings.empty:
        st.success("没有一致性或异常问题。")
        return
    st.dataframe(pd.DataFrame({
        "类型": findings["finding_type"].map(lambda t: FINDING_TYPES.get(t, t)),
        "严重程度": findings["severity"].map(lambda s: SEVERITIES.get(s, s)),
        "社区": findings["community_name"].fillna("—"),
        "期间": findings["period"].fillna("").map(format_period),
        "说明": findings["message"],
        "文件": findings["source_file"], "工作表": findings["source_sheet"],
        "单元格": findings["source_cell"],
    }), hide_index=True, key="findings_table")


def render() -> None:
    filters = sidebar.filters(with_period=False)
    for section in (render_matrix, render_problems, render_findings):
        try:  # one missing mart hides its own section, not the whole page
            section(filters.scope)
        except data.WarehouseUnavailable as reason:
            st.info(escape_markdown(str(reason)))


sidebar.view("数据质量", render)

"""数据质量: who reported what each month, ingest problems and the warehouse's findings."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, sidebar
from dashboard.formatting import escape_markdown, format_period, is_missing

FINDING_TYPES = {"consistency": "一致性", "anomaly": "异常", "approximate": "约数",
                 "completeness": "完整性", "conflict": "冲突"}
SEVERITIES = {"error": "错误", "warning": "警告", "info": "提示"}


TABLE_ROWS = 200  # rows a wrapped table lists in full; the rest are in 数据下载


def status_counts(matrix: pd.DataFrame) -> dict[str, int]:
    statuses = matrix["status"]
    return {"reported": int((statuses == "reported").sum()),
            "late": int(statuses.isin(["late", "partial_late"]).sum()),
            "partial": int(statuses.isin(["partial", "partial_late"]).sum()),
            "missing": int((statuses == "missing").sum())}


def render_matrix(scope: data.Scope) -> None:
    matrix = data.submission_matrix(scope)
    if matrix.empty:
        st.info("还没有报送记录。")
        return
    counts = status_counts(matrix)
    columns = st.columns(4)
    columns[0].metric("按时报齐（绿）", counts["reported"])
    columns[1].metric("迟报（黄）", counts["late"])
    columns[2].metric("部分报送（黄）", counts["partial"])
    columns[3].metric("缺报（红）", counts["missing"])
    wide = matrix.pivot_table(index="community_name", columns="period", values="status",
                              aggfunc="first", sort=False).fillna("missing")
    wide.columns = [format_period(period) for period in wide.columns]
    st.plotly_chart(charts.submission_matrix(
        wide, "报送矩阵（✓ 按时报齐 · 迟 迟报 · △ 部分 · ✗ 缺报）"))
    st.caption("只有当月全部应报指标都在截止日前报送才显示 ✓；迟报与下方检查结果中的“迟报”条目一致。")


def text_or_dash(values: pd.Series) -> pd.Series:
    """Text as shown: a missing value (None, NaN, empty) reads "—", never "None"."""
    return values.map(lambda value: "—" if is_missing(value) or str(value).strip() in ("", "None")
                      else str(value))


def wrapped_table(frame: pd.DataFrame, what: str) -> None:
    """A table whose 说明 wraps in full (a dataframe would cut it off), at most TABLE_ROWS rows."""
    if len(frame) > TABLE_ROWS:
        st.caption(f"共{len(frame):,}条{what}，下表列出前{TABLE_ROWS}条；完整清单请在“数据下载”导出。")
    st.table(frame.head(TABLE_ROWS).map(str), hide_index=True)


def render_problems(scope: data.Scope) -> None:
    st.subheader("导入问题")
    problems = data.ingest_problems(scope)
    if problems.empty:
        st.success("导入时没有发现问题。")
        return
    wrapped_table(pd.DataFrame({
        "文件": text_or_dash(problems["file_name"]), "工作表": text_or_dash(problems["sheet"]),
        "单元格": text_or_dash(problems["cell_ref"]),
        "严重程度": problems["severity"].map(lambda s: SEVERITIES.get(s, s)).pipe(text_or_dash),
        "说明": text_or_dash(problems["message"]), "原始文本": text_or_dash(problems["raw_text"]),
    }), "导入问题")


def render_findings(scope: data.Scope) -> None:
    st.subheader("一致性与异常检查")
    findings = data.quality_findings(scope)
    if findings.empty:
        st.success("没有一致性或异常问题。")
        return
    kinds = findings["finding_type"].map(lambda t: FINDING_TYPES.get(t, t))
    kinds = kinds.mask(findings["rule_code"] == "late_submission", "迟报").mask(
        findings["rule_code"] == "missing_submission", "缺报")
    wrapped_table(pd.DataFrame({
        "类型": text_or_dash(kinds),
        "严重程度": findings["severity"].map(lambda s: SEVERITIES.get(s, s)).pipe(text_or_dash),
        "社区": text_or_dash(findings["community_name"]),
        "期间": findings["period"].map(lambda p: "—" if is_missing(p) else format_period(str(p))),
        "说明": text_or_dash(findings["message"]),
        "文件": text_or_dash(findings["source_file"]), "工作表": text_or_dash(findings["source_sheet"]),
        "单元格": text_or_dash(findings["source_cell"]),
    }), "检查结果")


def render() -> None:
    filters = sidebar.filters(with_period=False)
    for section in (render_matrix, render_problems, render_findings):
        try:  # one missing mart hides its own section, not the whole page
            section(filters.scope)
        except data.WarehouseUnavailable as reason:
            st.info(escape_markdown(str(reason)))


sidebar.view("数据质量", render)

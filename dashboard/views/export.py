"""数据下载: the standardized tables as CSV / XLSX, and the fill-in template per street and month."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, data, downloads, sidebar, templates
from dashboard.formatting import format_period

ALL = "全部"
TABLES = {"indicators": "指标数据（标准化月度表）", "scores": "得分与排名", "quality": "数据质量发现"}


def table_for(kind: str, scope: data.Scope, filters: sidebar.Filters,
              indicator_codes: tuple[str, ...]) -> pd.DataFrame:
    if kind == "indicators":
        return data.standardized_indicators(
            scope, data.months_in(filters.grain, filters.period), indicator_codes)
    if kind == "scores":
        return data.score_table(scope, filters.grain, filters.period)
    findings = data.quality_findings(scope)
    months = set(data.months_in(filters.grain, filters.period))
    findings = findings[findings["period"].isin(months | {filters.period})]
    if indicator_codes:
        findings = findings[findings["indicator_code"].isin(indicator_codes)]
    return findings.reset_index(drop=True)


def render_tables(filters: sidebar.Filters) -> None:
    communities = data.communities(filters.scope)
    names = dict(zip(communities["community_code"], communities["community_name"]))
    community = st.selectbox("社区", [ALL, *names], key="export_community",
                             format_func=lambda code: names.get(code, code))
    # checked against the viewer's scope in SQL: a choice can only narrow it
    scope = filters.scope if community == ALL else data.within(filters.scope, community)
    catalogue = data.indicators()
    indicator_names = dict(zip(catalogue["indicator_code"], catalogue["indicator_name"]))
    chosen = st.multiselect("指标（不选即全部）", list(indicator_names), key="export_indicators",
                            format_func=indicator_names.get)
    kind = st.radio("数据表", list(TABLES), format_func=TABLES.get, key="export_table",
                    horizontal=True)
    frame = table_for(kind, scope, filters, tuple(chosen))
    st.caption(f"{format_period(filters.period)}：共 {len(frame)} 行（下面预览前 20 行）。")
    st.dataframe(frame.head(20), hide_index=True)
    stem = f"{kind}_{filters.period}" + ("" if community == ALL else f"_{community}")
    detail = {"table": kind, "grain": filters.grain, "period": filters.period,
              "scope": f"{scope.level}:{scope.code or ''}", "indicators": list(chosen),
              "rows": len(frame)}
    session = auth.require_session()
    left, right = st.columns(2)
    # The files are built only when clicked: Streamlit calls these functions on download.
    left.download_button(
        "下载 CSV", downloads.audited(lambda: downloads.to_csv_bytes(frame), session, "download",
                                    {**detail, "format": "csv"}),
        file_name=f"{stem}.csv", mime="text/csv", key="download_csv", on_click="ignore")
    right.download_button(
        "下载 XLSX", downloads.audited(lambda: downloads.to_xlsx_bytes(frame, TABLES[kind][:31]),
                                     session, "download", {**detail, "format": "xlsx"}),
        file_name=f"{stem}.xlsx", key="download_xlsx", on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def render_template(filters: sidebar.Filters) -> None:
    st.subheader("填报模板")
    if filters.scope.level == "community":
        st.caption("本社区每月一张表：社区已预填，只需填写数字；jiedao 可直接导入。")
    else:
        st.caption("每个街道每月一张表：社区已预填，只需填写数字；jiedao 可直接导入。")
    streets = data.streets(filters.scope)
    names = dict(zip(streets["street_code"], streets["street_name"]))
    if not names:
        st.info("当前范围内没有街道。")
        return
    left, right = st.columns(2)
    street = left.selectbox("街道", list(names), key="template_street", format_func=names.get)
    # selected first: the month due (after the latest month with data), not today's month
    known = data.months(filters.scope)
    due = templates.due_month(known)
    months = templates.template_months(known, due)
    month = right.selectbox("月份", months, index=months.index(due), key="template_month",
                            format_func=format_period)
    scope, settings = filters.scope, data.settings()
    year, month_number = month.split("-")
    build = downloads.audited(lambda: templates.template_bytes(settings, scope, street, month),
                              auth.require_session(), "template",
                              {"street": street, "month": month,
                               "scope": f"{scope.level}:{scope.code or ''}"})
    st.download_button(
        "下载填报模板", build, file_name=f"{names[street]}{year}年{int(month_number)}月填报模板.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="download_template", on_click="ignore")


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
    else:
        render_tables(filters)
    render_template(filters)


sidebar.view("数据下载", render)

"""报表: the departments' own forms filled from the warehouse — this month's reporting calendar,
then pick a form, a period and a street, preview it and download the XLSX the department
recognizes. Street-wide forms: a community's staff do not see this page's data (scope: a street
leader gets their own street only)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, data, downloads, sidebar
from dashboard.formatting import escape_markdown
from jiedao.reports.filling import FilledForm
from jiedao.reports.periods import period_label
from jiedao.reports.service import FormError, ReportUnavailable, available_forms, fill, render_report, reporting_calendar

FREQUENCIES = {"month": "月报", "quarter": "季报", "year": "年报"}


def calendar_table() -> pd.DataFrame:
    rows = [{"报表": entry.form.name, "报送部门": entry.form.department, "期间": period_label(entry.period),
             "截止日期": f"{entry.due.month}月{entry.due.day}日",
             "数据": "齐全" if entry.complete else ("尚无数据" if entry.missing is None else f"缺 {entry.missing} 项")}
            for entry in reporting_calendar(data.settings())]
    return pd.DataFrame(rows, columns=["报表", "报送部门", "期间", "截止日期", "数据"])


def preview(filled: FilledForm) -> pd.DataFrame:
    """The filled form as a table: the lowest header row names each column."""
    names = []
    for column in filled.form.columns:
        if column.kind != "indicator":
            names.append({"seq": "序号", "name": "名称", "code": "代码"}[column.kind])
        else:
            names.append(filled.indicator_names[column.indicator_code] + ("（本年累计）" if column.ytd else ""))
    rows = []
    for seq, row in enumerate(filled.rows, start=1):
        rows.append([seq if c.kind == "seq" else row.name if c.kind == "name" else row.code if c.kind == "code"
                     else ("未报" if f.value is None else round(f.value, 2))
                     for c, f in zip(filled.form.columns, row.figures)])
    if filled.form.total:
        rows.append([filled.form.total if c.kind == "name" else "" if c.kind != "indicator"
                     else ("—" if f is None or f.value is None else round(f.value, 2))
                     for c, f in zip(filled.form.columns, filled.total)])
    unique = [f"{name}·{i}" if names.count(name) > 1 else name for i, name in enumerate(names)]
    return pd.DataFrame(rows, columns=unique).astype(str)


def streets_for(session: auth.Session) -> dict[str, str]:
    frame = data.streets(session.scope)
    return dict(zip(frame["street_code"], frame["street_name"]))


def render() -> None:
    session = auth.require_role("city", "street_leader", "planner", "admin")
    st.subheader("本月应报")
    try:
        forms = available_forms(data.settings())
        st.dataframe(calendar_table(), hide_index=True, key="reports_calendar")
    except FormError as error:
        st.error(escape_markdown(str(error)))
        return
    if not forms:
        st.info("没有报表定义。")
        return
    st.subheader("生成报表")
    left, middle, right = st.columns(3)
    code = left.selectbox("报表", list(forms), key="reports_form",
                          format_func=lambda c: f"{forms[c].name}（{FREQUENCIES[forms[c].frequency]}）")
    form = forms[code]
    periods = data.periods(session.scope, form.frequency)
    if not periods:
        st.info("数据仓中还没有这一期间粒度的数据。")
        return
    period = middle.selectbox("期间", list(reversed(periods)), key="reports_period", format_func=period_label)
    streets = streets_for(session)
    street = right.selectbox("街道", list(streets), key="reports_street", format_func=streets.get)
    try:
        (filled,) = fill(data.settings(), code, period, street)
    except ReportUnavailable as error:
        st.warning(escape_markdown(str(error)))
        return
    st.caption(escape_markdown(f"{form.department} · {form.title.format(street=filled.street_name, city=filled.city_name, period_label=period_label(period), year=period[:4], today='')}"))
    st.dataframe(preview(filled), hide_index=True, key="reports_preview")
    missing = filled.missing
    if missing:
        st.warning(escape_markdown(f"有 {len(missing)} 项未报送，表中标为“未报”：" +
                                   "、".join(f"{row}·{indicator}" for row, indicator in missing[:12]) +
                                   ("……" if len(missing) > 12 else "")))
    for check in filled.checks:
        st.warning(escape_markdown(check))
    detail = {"form": code, "period": period, "street": street}
    st.download_button("下载报表（XLSX）",
                       downloads.audited(lambda: render_report(data.settings(), code, period, street), session,
                                         "download", {**detail, "format": "xlsx"}),
                       file_name=f"{filled.street_name}{period_label(period)}{form.name}.xlsx",
                       key="reports_download", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


sidebar.view("报表", render)

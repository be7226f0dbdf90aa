"""报送进度: for one street and month, each community — sent or not, on time or late, with how
many problems — from what has been sent (not only what is published); the administrator
publishes the warehouse from here."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, data, sidebar
from dashboard.formatting import escape_markdown, format_period
from jiedao.submissions import due_date, progress_board


def board_table(street_code: str, period: str) -> pd.DataFrame:
    rows = [{"社区": item.community_name, "状态": item.state, "数值": item.values, "问题": item.problems,
             "最近报送": item.last_sent.strftime("%Y-%m-%d %H:%M") if item.last_sent else "—",
             "文件": "、".join(item.files) or "—"}
            for item in progress_board(data.settings(), street_code, period)]
    return pd.DataFrame(rows, columns=["社区", "状态", "数值", "问题", "最近报送", "文件"])


def recent_months(count: int = 12) -> list[str]:
    today = pd.Timestamp.today()
    return [(today - pd.DateOffset(months=n)).strftime("%Y-%m") for n in range(1, count + 1)]


def render() -> None:
    session = auth.require_role("city", "street_leader", "admin")
    streets = data.streets(session.scope)
    names = dict(zip(streets["street_code"], streets["street_name"]))
    left, right = st.columns(2)
    street = left.selectbox("街道", list(names), format_func=names.get, key="progress_street")
    months = sorted(set(recent_months()) | set(data.months(session.scope)), reverse=True)
    period = right.selectbox("月份", months, format_func=format_period, key="progress_period")
    table = board_table(street, period)
    sent = int((table["状态"] != "未报送").sum())
    st.markdown(f"**{format_period(period)}**：{len(table)} 个社区中已报送 {sent} 个，"
                f"截止日期 {due_date(period):%Y年%m月%d日}。")
    st.dataframe(table, hide_index=True, key="progress_table")
    if session.role == "admin" and st.button("发布数据仓", type="primary", key="progress_publish"):
        from jiedao.publish import build_warehouse   # heavy: only when asked

        with st.spinner("正在重建数据仓…"):
            build = build_warehouse(data.settings())
        auth.record("rebuild", {"ok": bool(build.ok), "message": str(build.message)})
        st.cache_data.clear()
        (st.success if build.ok else st.error)(escape_markdown(f"数据仓{'已发布' if build.ok else '发布失败，仍显示上一版数据'}："
                                                               f"{build.message}"))


sidebar.view("报送进度", render)

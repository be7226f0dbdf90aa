"""报送: a community's staff send their own return. The file is read at once (nothing written)
and what was read and every problem shown; they fix and choose again, then send. A file with
another community's figures is refused whole. The street publishes on 报送进度."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, data, sidebar
from dashboard.formatting import escape_markdown, format_period
from jiedao.submissions import Preview, preview, send

ACCEPTED = ["xlsx", "xls", "xlsm", "ods", "csv"]
STATUS = {"loaded": "全部读出", "partial": "部分读出，有问题", "rejected": "无法读出数据", "refused": "不是可读的报表"}


def values_table(checked: Preview) -> pd.DataFrame:
    names = data.indicators().set_index("indicator_code")["indicator_name"].to_dict()
    communities = data.communities(auth.require_session().scope)
    community_names = dict(zip(communities["community_code"], communities["community_name"]))
    return pd.DataFrame([{"社区": community_names.get(v.community_code, v.community_code),
                          "期间": format_period(v.period), "指标": names.get(v.indicator_code, v.indicator_code),
                          "数值": v.value, "位置": v.where} for v in checked.values],
                        columns=["社区", "期间", "指标", "数值", "位置"])


def show(checked: Preview) -> None:
    st.markdown(f"**{escape_markdown(checked.file_name)}**：{STATUS.get(checked.status, checked.status)}，"
                f"读出 {len(checked.values)} 个数值，问题 {len(checked.problems)} 个")
    if checked.foreign:
        st.error(escape_markdown("文件中有其他社区的数据（" + "、".join(checked.foreign) +
                                 "），社区账号只能报送本社区的数据，本文件不能报送。"))
    for problem in checked.problems:
        st.warning(escape_markdown(problem))
    if checked.values:
        st.dataframe(values_table(checked), hide_index=True, key="submit_values")


def render() -> None:
    session = auth.require_role("community_staff", "admin")
    st.caption("选择本社区的报表文件：先显示读出的数值和问题，确认无误后再报送。报送后由街道统一发布。")
    upload = st.file_uploader("选择报表文件", type=ACCEPTED, key="submit_file")
    if upload is None:
        st.session_state.pop("submit_sent", None)
        return
    community = session.scope_code if session.role == "community_staff" else None
    checked = preview(data.settings(), upload.name, upload.getvalue(), community)
    show(checked)
    if st.session_state.get("submit_sent") == (upload.name, upload.size):
        st.success("已报送，等待街道发布。")
        return
    if st.button("报送", type="primary", disabled=not checked.may_send, key="submit_go"):
        result, report = send(data.settings(), upload.name, upload.getvalue(), username=session.username,
                              role=session.role, scope_code=session.scope_code)
        if report is None:
            st.error("未能报送：请按上面的提示修改后重新选择文件。")
            return
        st.session_state["submit_sent"] = (upload.name, upload.size)
        st.success(f"已报送：载入 {report.values_loaded} 个数值，等待街道发布。")


sidebar.view("报送", render)

"""审计日志: every sign-in, download, template, upload, rebuild and mapping decision, for the administrator."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from dashboard import auth, data, downloads, sidebar
from jiedao import audit
from jiedao.accounts import ROLES

ACTION_LABELS = {"sign_in": "登录", "sign_in_failed": "登录失败", "sign_out": "退出",
                 "download": "下载", "upload": "上传", "rebuild": "重建数据仓",
                 "template": "下载模板", "mapping": "映射审核",
                 "assessment": "考核评星", "fund": "经费台账", "withdraw": "撤回文件"}
ALL = "全部"


def events_table(events: list[audit.AuditEvent]) -> pd.DataFrame:
    """Newest first; the detail as JSON text (shown in a table cell, never as Markdown)."""
    frame = pd.DataFrame({
        "时间": [event.at for event in events],
        "操作": [ACTION_LABELS.get(event.action, event.action) for event in events],
        "action": [event.action for event in events],
        "用户": [event.username for event in events],
        "角色": [ROLES.get(event.role, event.role) for event in events],
        "范围": [event.scope_code for event in events],
        "详情": [json.dumps(event.detail, ensure_ascii=False, sort_keys=True) for event in events],
    }, columns=["时间", "操作", "action", "用户", "角色", "范围", "详情"])
    return frame.iloc[::-1].reset_index(drop=True)


def render() -> None:
    session = auth.require_role("admin")
    table = events_table(audit.read_events(data.settings()))
    left, right = st.columns(2)
    action = left.selectbox("操作", [ALL, *ACTION_LABELS], key="audit_action",
                            format_func=lambda a: ACTION_LABELS.get(a, a))
    users = sorted(set(table["用户"]))
    user = right.selectbox("用户", [ALL, *users], key="audit_user")
    if action != ALL:
        table = table[table["action"] == action]
    if user != ALL:
        table = table[table["用户"] == user]
    table = table.drop(columns="action").reset_index(drop=True)
    st.caption(f"共 {len(table)} 条记录（最新的在前）。")
    st.dataframe(table, hide_index=True, key="audit_table")
    st.download_button(
        "导出审计日志 CSV",
        downloads.audited(lambda: downloads.to_csv_bytes(table), session, "download",
                          {"table": "audit", "action": action, "user": user,
                           "rows": len(table), "format": "csv"}),
        file_name="audit.csv", mime="text/csv", key="download_audit", on_click="ignore")


sidebar.view("审计日志", render, needs_warehouse=False)

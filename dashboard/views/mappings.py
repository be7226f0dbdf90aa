"""映射审核: each header, row label or community name the loaders were unsure of, once, with its
samples and candidates; an administrator decides once, the waiting files are read again and the
warehouse rebuilt. Decisions export to CSV and import from another street's export."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import auth, data, sidebar
from dashboard.formatting import escape_markdown
from jiedao.mappings import (KIND_LABELS, NOT_DATA, NOT_DATA_LABEL, Applied, MappingError, Option, ReviewItem,
                             decide, decisions_table, export_decisions, import_decisions, indicator_names,
                             review_queue)

SHOWN = 30
DECIDED_COLUMNS = {"kind": "类型", "text": "原文", "target": "含义", "decided_by": "确认人", "decided_at": "确认时间",
                   "note": "说明", "scope": "适用发送方"}


def choices(item: ReviewItem, names: dict[str, str]) -> list[Option]:
    """The candidates first, then (for a header) every other indicator and 'not data'."""
    chosen = list(item.options)
    if item.kind == "header":
        offered = {option.target for option in chosen}
        chosen += [Option(code, f"{name}（{code}）", 0.0) for code, name in names.items() if code not in offered]
        chosen.append(Option(NOT_DATA, NOT_DATA_LABEL, 0.0))
    return chosen


def rebuild(applied: Applied) -> None:
    from jiedao.publish import build_warehouse   # heavy: only when a decision was taken

    message = f"已记录，重新读取 {len(applied.reread)} 个文件"
    if applied.missing:
        message += f"；原文件已不在导入时的位置，需重新上传：{'、'.join(applied.missing)}"
    if applied.reread:
        with st.spinner("正在重建数据仓…"):
            build = build_warehouse(data.settings())
        auth.record("rebuild", {"ok": bool(build.ok), "message": str(build.message)})
        st.cache_data.clear()
        message += f"；数据仓{'已重建' if build.ok else '重建失败，仍显示上一版数据'}：{build.message}"
    st.session_state["mapping_result"] = message


def item_box(item: ReviewItem, names: dict[str, str], session: auth.Session) -> None:
    with st.container(border=True):
        st.markdown(f"**{KIND_LABELS[item.kind]}「{escape_markdown(item.text)}」**　"
                    f"{len(item.files)} 个文件，{item.cells} 处")
        lines = [item.loaded_as] if item.loaded_as else []   # a near match: loaded already, to confirm
        lines.append(f"首见于{item.first_seen}")
        if item.samples:
            lines.append(f"样例值：{'、'.join(item.samples)}")
        if len(item.variants) > 1:
            lines.append(f"其他写法：{'、'.join(item.variants[1:])}")
        st.caption(escape_markdown("；".join(lines)))
        options = choices(item, names)
        left, right = st.columns([4, 1])
        picked = left.selectbox(f"「{item.text}」的含义", options, format_func=lambda option: option.label, index=None,
                                placeholder="请选择", key=f"mapping_choice_{item.item_id}",
                                label_visibility="collapsed")
        only_for = ""
        if item.kind == "header":
            only_for = st.text_input("只用于该发送方（可选）", key=f"mapping_only_for_{item.item_id}",
                                     placeholder="9 位街道代码或 12 位社区代码；留空则对所有文件有效",
                                     help="同一表头在不同街道或社区的表格中含义不同时，可只对该发送方的文件确认")
        if right.button("确认", key=f"mapping_go_{item.item_id}", disabled=picked is None):
            try:
                applied = decide(data.settings(), item.kind, item.text, picked.target, username=session.username,
                                 role=session.role, scope_code=session.scope_code, only_for=only_for)
            except MappingError as error:
                st.error(escape_markdown(str(error)))
                return
            rebuild(applied)
            st.rerun()


def decided_section(session: auth.Session) -> None:
    settings = data.settings()
    st.subheader("已确认的映射")
    table = decisions_table(settings)
    if table.empty:
        st.caption("尚无。")
    else:
        st.dataframe(table.rename(columns=DECIDED_COLUMNS), hide_index=True, key="mapping_decided")
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "mappings.csv"
            export_decisions(settings, out)
            st.download_button("下载映射（CSV）", out.read_bytes(), file_name="jiedao-mappings.csv",
                               mime="text/csv", key="mapping_export")
    uploaded = st.file_uploader("导入其他街道的映射（CSV）", type=["csv"], key="mapping_import_file")
    if uploaded is not None and st.button("导入映射", key="mapping_import_go"):
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "mappings.csv"
            source.write_bytes(uploaded.getvalue())
            applied, refused = import_decisions(settings, source, username=session.username, role=session.role,
                                                scope_code=session.scope_code)
        for message in refused:
            st.warning(escape_markdown(f"未采用：{message}"))
        if applied is not None:
            rebuild(applied)
            st.rerun()


def render() -> None:
    session = auth.require_role("admin")
    st.caption("导入时无法确定含义的表头、指标行和社区名称，同一写法只列一次。确认一次后，"
               "等待中的文件会重新读取，以后再出现同样的写法也会直接导入。")
    if "mapping_result" in st.session_state:
        st.success(escape_markdown(st.session_state.pop("mapping_result")))
    try:
        queue = review_queue(data.settings())
    except Exception as error:  # the raw store held by an ingest: say so, never a traceback
        st.warning(escape_markdown(f"暂时无法读取原始库（{error}），请稍后刷新。"))
        queue = []
    if not queue:
        st.success("没有待确认的映射。")
    else:
        st.markdown(f"待确认 **{len(queue)}** 项" + (f"（先显示处数最多的 {SHOWN} 项）" if len(queue) > SHOWN else ""))
        names = indicator_names(data.settings())
        for item in queue[:SHOWN]:
            item_box(item, names, session)
    decided_section(session)


sidebar.view("映射审核", render, needs_warehouse=False)

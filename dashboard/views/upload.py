"""上传: staff drop spreadsheets; they are ingested and the warehouse rebuilt, with a report."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, data, sidebar
from dashboard.formatting import escape_markdown
from jiedao.uploads import RefusedUpload, save_uploads

# What the loader reads; archives are not accepted from the browser (unpacking is a bomb risk).
ACCEPTED = ["xlsx", "xls", "xlsm", "ods", "csv"]
STATUS_LABELS = {"loaded": "已导入", "partial": "部分导入", "rejected": "未导入",
                 "duplicate": "重复文件", "skipped": "已跳过", "refused": "未保存"}
COLUMNS = ["文件", "状态", "导入数值", "问题数", "说明"]


def report_table(batch_report: object, refused: tuple[RefusedUpload, ...] = ()) -> pd.DataFrame:
    """One row per file: status, values loaded, problems and the loader's messages; files refused
    before saving come first, with the reason."""
    rows = [{"文件": item.original_name, "状态": STATUS_LABELS["refused"], "导入数值": 0,
             "问题数": 1, "说明": item.message} for item in refused]
    for report in getattr(batch_report, "file_reports", ()):
        problems = getattr(report, "problems", 0)
        count = problems if isinstance(problems, int) else len(problems)
        details = [str(m) for m in getattr(report, "messages", ()) or ()]
        status = str(getattr(report, "status", ""))
        rows.append({"文件": getattr(report, "file_name", ""),
                     "状态": STATUS_LABELS.get(status, status),
                     "导入数值": getattr(report, "values_loaded", 0),
                     "问题数": count,
                     "说明": "\n".join(details) or "无问题"})
    return pd.DataFrame(rows, columns=COLUMNS)


def ingest_and_build(uploads: list[tuple[str, bytes]]) -> None:
    settings = data.settings()
    progress = st.progress(0.0, text="正在保存文件…")
    result = save_uploads(settings, uploads)
    auth.record("upload", {"folder": str(result.folder),
                           "saved": [item.saved_path.name for item in result.saved],
                           "refused": [{"file": item.original_name, "message": item.message}
                                       for item in result.refused]})
    if not result.saved:
        progress.empty()
        st.session_state["upload_result"] = (report_table(None, result.refused), None, "")
        return
    try:  # imported here: ingest is heavy and the other pages never need it
        from jiedao.ingestion import ingest_paths
        from jiedao.publish import build_warehouse
    except ImportError as error:
        progress.empty()
        st.error(escape_markdown(f"导入功能暂不可用：{error}。文件已保存到 {result.folder}，"
                                 "可稍后运行 jiedao ingest。"))
        return
    progress.progress(0.2, text=f"正在导入 {len(result.saved)} 个文件…")
    try:
        batch = ingest_paths(settings, [result.folder])
        table = report_table(batch, result.refused)
        progress.progress(0.6, text="正在重建数据仓…")
        build = build_warehouse(settings)
    except Exception as error:  # never a crash: say what happened and where the files are
        progress.empty()
        auth.record("rebuild", {"ok": False, "message": str(error)})
        st.error(escape_markdown(f"导入或重建失败：{error}。文件已保存到 {result.folder}。"))
        return
    auth.record("rebuild", {"ok": bool(build.ok), "message": str(build.message)})
    progress.progress(1.0, text="完成")
    st.cache_data.clear()  # the new warehouse also has a new identity; this frees memory early
    st.session_state["upload_result"] = (table, bool(build.ok), str(build.message))


def render() -> None:
    auth.require_role("admin")
    st.caption("把社区报表拖到下面（Excel、WPS 表格或 CSV）。导入后数据仓会自动重建。")
    files = st.file_uploader("选择报表文件", type=ACCEPTED, accept_multiple_files=True,
                             key="upload_files")
    if st.button("导入并重建数据仓", type="primary", disabled=not files, key="upload_go"):
        ingest_and_build([(f.name, f.getvalue()) for f in files])
    if "upload_result" in st.session_state:
        table, ok, message = st.session_state["upload_result"]
        st.subheader("导入结果")
        st.dataframe(table, hide_index=True, key="upload_table")
        if ok is None:
            st.error("没有可导入的文件，数据仓未重建。")
        elif ok:
            st.success(escape_markdown(f"数据仓已重建：{message}".rstrip("：")))
        else:
            st.error(escape_markdown(f"数据仓重建失败，仍显示上一版数据：{message}"))


sidebar.view("上传", render, needs_warehouse=False)

"""经费: 社区专项工作经费 — each finding against the rules (community, project, rule, the figures
and the deadline), fund use per community against its allocation, the projects; for authorised
users a form to add, change or delete a project, the allocation (street and administrator only)
and the import template. A community's staff see and change only their own community's ledger.
The rules are data (rules/fund_rules.yml); every change is checked at once and audited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import streamlit as st

from dashboard import auth, downloads, sidebar
from dashboard.data import fund as fund_data
from dashboard.formatting import escape_markdown
from jiedao.fund import Actor, FundCheck, LedgerError, Project, RulesError
from jiedao.fund.model import DATE_FIELDS
from jiedao.fund.report import findings_frame

NEW = ""            # the project selectbox's choice for a new project
MESSAGE = "fund_message"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def actor(session: auth.Session) -> Actor:
    return Actor(session.username, session.role, session.scope_code)


def findings_table(checked: FundCheck) -> pd.DataFrame:
    frame = findings_frame(checked.result)
    return frame[["社区", "项目", "规则", "截止日期", "实际情况", "规定"]]


def use_table(checked: FundCheck) -> pd.DataFrame:
    rows = [{"社区": row.community_name, "年度经费（元）": _float(row.allocation), "已安排（元）": float(row.planned),
             "使用率（%）": row.used_percent, "结余（元）": _float(row.remaining),
             "小组/团队（元）": float(row.group_amount), "项目数": row.projects, "问题数": row.findings}
            for row in checked.use]
    return pd.DataFrame(rows, columns=["社区", "年度经费（元）", "已安排（元）", "使用率（%）", "结余（元）",
                                       "小组/团队（元）", "项目数", "问题数"])


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def projects_table(projects: list[Project], names: dict[str, str]) -> pd.DataFrame:
    rows = [{"社区": names.get(p.community_code, p.community_code), "项目": p.name, "类别": p.category,
             "金额（元）": float(p.amount), "小组/团队": "是" if p.is_group else "否",
             **{label: getattr(p, name).isoformat() if getattr(p, name) else "—" for name, label in DATE_FIELDS.items()},
             "修改人": p.updated_by} for p in projects]
    return pd.DataFrame(rows, columns=["社区", "项目", "类别", "金额（元）", "小组/团队", *DATE_FIELDS.values(), "修改人"])


MONEY = st.column_config.NumberColumn(format="localized")


def show_check(checked: FundCheck, year: int) -> None:
    result = checked.result
    for note in result.notes:
        st.warning(escape_markdown(f"未能检查：{note}"))
    allocated = sum((row.allocation or Decimal(0) for row in checked.use), Decimal(0))
    planned = sum((row.planned for row in checked.use), Decimal(0))
    first, second, third = st.columns(3)
    first.metric("年度经费合计（元）", f"{allocated:,.2f}")
    second.metric("已安排（元）", f"{planned:,.2f}")
    third.metric("合规问题", f"{len(result.findings)} 项")
    st.subheader("合规问题")
    st.caption(f"按经费规则检查 {year} 年台账（检查日期 {result.as_of}）；未填的日期在截止日期过后才算问题。")
    if result.findings:
        st.dataframe(findings_table(checked), hide_index=True, key="fund_findings")
    else:
        st.success("未发现问题。")
    st.subheader("经费使用")
    st.dataframe(use_table(checked), hide_index=True, key="fund_use", column_config={
        "年度经费（元）": MONEY, "已安排（元）": MONEY, "结余（元）": MONEY, "小组/团队（元）": MONEY,
        "使用率（%）": st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.1f%%")})


def downloads_row(session: auth.Session, year: int) -> None:
    scope = session.scope
    left, right = st.columns(2)
    left.download_button("下载检查结果（XLSX）",
                         downloads.audited(lambda: fund_data.check_file(scope, year), session, "download",
                                           {"table": "fund_check", "year": year}),
                         file_name=f"{year}年社区专项工作经费检查.xlsx", mime=XLSX, key="fund_check_download",
                         on_click="ignore")
    if fund_data.may_edit_projects(session.role):
        right.download_button("下载导入模板（XLSX）",
                              downloads.audited(lambda: fund_data.template(scope, year), session, "template",
                                                {"table": "fund_template", "year": year}),
                              file_name=f"{year}年社区专项工作经费台账.xlsx", mime=XLSX, key="fund_template_download",
                              on_click="ignore")


def form_key(name: str, project_id: str) -> str:
    return f"fund_form_{name}_{project_id or 'new'}"


def save_from_form(session: auth.Session, community: str, year: int, project_id: str) -> None:
    """The form's submit (a callback, so the page then selects the saved project)."""
    state = st.session_state
    name = (state.get(form_key("name", project_id)) or "").strip()
    category = (state.get(form_key("category", project_id)) or "").strip()
    amount = state.get(form_key("amount", project_id))
    dates = {field: state.get(form_key(field, project_id)) for field in DATE_FIELDS}
    problems = [text for missing, text in ((not name, "请填写项目名称"), (not category, "请选择类别"),
                                           (not amount or amount <= 0, "金额应大于 0"))
                if missing]
    if dates["publicity_start"] and dates["publicity_end"] and dates["publicity_end"] < dates["publicity_start"]:
        problems.append("公示结束日期早于公示开始日期")
    if problems:
        state[MESSAGE] = ("error", "未保存：" + "；".join(problems))
        return
    project = Project(project_id, community, year, name, category, Decimal(str(amount)).quantize(Decimal("0.01")),
                      bool(state.get(form_key("group", project_id))), **dates)
    try:
        saved = fund_data.save(actor(session), session.scope, project)
    except LedgerError as error:
        state[MESSAGE] = ("error", str(error))
        return
    state["fund_form_project"] = saved.project_id
    if not project_id:   # the next new project starts from an empty form
        for name in ("name", "category", "amount", "group", *DATE_FIELDS):
            state.pop(form_key(name, NEW), None)
    found = [f for f in fund_data.fund_check(session.scope, year).result.findings if f.project_id == saved.project_id]
    state[MESSAGE] = ("warning", f"已保存「{saved.name}」，本项目有 {len(found)} 个问题：" +
                      "；".join(f"{f.rule_name}：{f.actual}" for f in found)) if found else \
        ("success", f"已保存「{saved.name}」，本项目未发现问题。")


def delete_from_form(session: auth.Session, project_id: str) -> None:
    try:
        gone = fund_data.delete(actor(session), session.scope, project_id)
    except LedgerError as error:
        st.session_state[MESSAGE] = ("error", str(error))
        return
    st.session_state["fund_form_project"] = NEW
    st.session_state[MESSAGE] = ("success", f"已删除「{gone.name}」。")


def project_form(session: auth.Session, checked: FundCheck, year: int) -> None:
    st.subheader("新增或修改项目")
    names = {code: item.community_name for code, item in checked.communities.items()}
    left, right = st.columns(2)
    community = left.selectbox("社区", list(names), format_func=names.get, key="fund_form_community")
    projects = {p.project_id: p for p in fund_data.project_rows(checked, year) if p.community_code == community}
    if st.session_state.get("fund_form_project") not in (NEW, *projects):
        st.session_state["fund_form_project"] = NEW
    project_id = right.selectbox("项目", [NEW, *projects], key="fund_form_project",
                                 format_func=lambda pid: "（新项目）" if pid == NEW else projects[pid].name)
    current = projects.get(project_id)
    categories = list(dict.fromkeys([*checked.rules.categories, *([current.category] if current else [])]))
    with st.form(f"fund_form_{project_id or 'new'}"):
        st.text_input("项目名称", value=current.name if current else "", key=form_key("name", project_id))
        first, second, third = st.columns(3)
        first.selectbox("类别", categories, key=form_key("category", project_id), accept_new_options=True,
                        index=categories.index(current.category) if current else None, placeholder="选择或输入类别")
        second.number_input("金额（元）", min_value=0.0, step=1000.0, format="%.2f", key=form_key("amount", project_id),
                            value=float(current.amount) if current else 0.0)
        third.checkbox("小组/团队项目", value=current.is_group if current else False, key=form_key("group", project_id))
        columns = st.columns(3)
        for index, (field, label) in enumerate(DATE_FIELDS.items()):
            columns[index % 3].date_input(label, value=getattr(current, field) if current else None,
                                          min_value=dt.date(2004, 1, 1), max_value=dt.date(2099, 12, 31),
                                          format="YYYY-MM-DD", key=form_key(field, project_id))
        st.form_submit_button("保存项目", type="primary", on_click=save_from_form,
                              args=(session, community, year, project_id))
    if current is not None:
        st.button("删除此项目", key=f"fund_delete_{project_id}", on_click=delete_from_form, args=(session, project_id))


def allocation_form(session: auth.Session, checked: FundCheck, year: int) -> None:
    st.subheader("年度经费")
    names = {code: item.community_name for code, item in checked.communities.items()}
    with st.form("fund_allocation_form"):
        left, right = st.columns(2)
        community = left.selectbox("社区", list(names), format_func=names.get, key="fund_allocation_community")
        amount = right.number_input("年度经费（元）", min_value=0.0, step=10000.0, format="%.2f",
                                    key="fund_allocation_amount")
        if st.form_submit_button("保存年度经费"):
            try:
                fund_data.allocate(actor(session), session.scope, community, year,
                                   Decimal(str(amount)).quantize(Decimal("0.01")))
            except LedgerError as error:
                st.session_state[MESSAGE] = ("error", str(error))
            else:
                st.session_state[MESSAGE] = ("success", f"已登记{names[community]} {year} 年经费 {amount:,.2f} 元。")
            st.rerun()


def import_upload(session: auth.Session) -> None:
    """The import button's callback: runs before the page, so the tables show the ledger after it."""
    upload = st.session_state.get("fund_import_file")
    if upload is None:
        st.session_state[MESSAGE] = ("warning", "请先选择文件。")
        return
    report = fund_data.import_upload(actor(session), session.scope, upload.name, upload.getvalue())
    st.session_state["fund_import_problems"] = list(report.problems)
    if report.refused:
        st.session_state[MESSAGE] = ("error", "文件未导入，原因见下。")
        return
    st.session_state[MESSAGE] = ("success" if not report.rows_rejected else "warning",
                                 f"「{report.file_name}」：载入 {report.rows_loaded} 行（新增 {report.projects_added}、修改 "
                                 f"{report.projects_changed}、未变 {report.projects_unchanged}），未载入 "
                                 f"{report.rows_rejected} 行" + ("，已留存待核对，原因见下" if report.rows_rejected else "")
                                 + "。下面的表已按导入后的台账重新检查。")


def import_section(session: auth.Session) -> None:
    st.subheader("导入台账")
    st.file_uploader("选择填好的导入模板", type=["xlsx", "xls", "ods", "csv"], key="fund_import_file")
    st.button("导入", key="fund_import_go", on_click=import_upload, args=(session,))


def render() -> None:
    session = auth.require_session()
    years, latest = fund_data.years(session.scope)
    year = int(sidebar.kept_choice("年度", [str(y) for y in years], "fund_year", lambda y: f"{y}年",
                                   default=str(latest), url="year") or latest)
    if MESSAGE in st.session_state:
        kind, text = st.session_state.pop(MESSAGE)
        getattr(st, kind)(escape_markdown(text))
    for problem in st.session_state.pop("fund_import_problems", []):
        st.warning(escape_markdown(problem))
    try:
        checked = fund_data.fund_check(session.scope, year)
    except RulesError as error:
        st.error(escape_markdown(str(error)))
        return
    show_check(checked, year)
    st.subheader("项目明细")
    names = {code: item.community_name for code, item in checked.communities.items()}
    st.dataframe(projects_table(fund_data.project_rows(checked, year), names), hide_index=True,
                 key="fund_projects", column_config={"金额（元）": MONEY})
    downloads_row(session, year)
    if not fund_data.may_edit_projects(session.role):
        st.caption("当前账号只能查看经费台账。")
        return
    project_form(session, checked, year)
    if fund_data.may_set_allocation(session.role):
        allocation_form(session, checked, year)
    import_section(session)


sidebar.view("经费", render)

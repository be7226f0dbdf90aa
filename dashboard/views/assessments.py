"""考核评星: a yearly assessment scheme (十星级和谐社区, 目标考核 …) for the viewer's communities —
each community's score per dimension with its stars, 达标 and where the workflow stands; the
history across years; one community's every criterion with where its points came from and what
would earn the next star; the workflow step (社区自荐 → 街道审查 → 检查验收) and, for authorised
roles, the manual scoring form. Every signed-in role sees the page; a community's staff see
their own community only and cannot score it."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import auth, charts, data, downloads, sidebar
from dashboard.data import assessments
from dashboard.formatting import escape_markdown
from jiedao.accounts import ROLES
from jiedao.assessments.records import PASSED, RETURNED, Entrant, NotAllowed
from jiedao.assessments.schemes import SchemeError, criterion_key

ALL_STREETS = "全部街道"
FLASH = "assess_flash"


def choose_scope(session: auth.Session) -> data.Scope:
    """A city role may narrow to a street; the others see their own scope."""
    scope = session.scope
    if scope.level != "city":
        return scope
    streets = data.streets(scope)
    names = dict(zip(streets["street_code"], streets["street_name"]))
    street = st.selectbox("街道", [ALL_STREETS, *names], key="assess_street", format_func=lambda c: names.get(c, c))
    return data.narrow(scope, None if street == ALL_STREETS else street)


def headline(result: assessments.Assessment) -> None:
    items = result.communities
    columns = st.columns(4)
    columns[0].metric("参评社区", len(items))
    columns[1].metric(f"{result.scheme.pass_level}（含以上）", sum(1 for item in items if item.passed))
    if result.scheme.levels:
        top = result.scheme.levels[0].name
        columns[2].metric(top, sum(1 for item in items if item.level == top))
    columns[3].metric("待人工评分", sum(item.pending for item in items))


def overview(result: assessments.Assessment) -> None:
    st.subheader("各社区得分与星级")
    st.dataframe(assessments.summary_frame(result), hide_index=True, key="assess_summary",
                 column_config={"社区代码": st.column_config.TextColumn("社区代码")})
    share, text = assessments.score_matrix(result)
    if len(share):
        title = "各维度得分（★ 得星）" if result.scheme.star_at is not None else "各项得分"
        st.plotly_chart(charts.gap_heatmap(share, text, title, "得分率", zrange=(0.0, 1.0), ticks=["0", "50%", "满分"]),
                        key="assess_heatmap")
    if len(result.communities) > 1:
        totals = pd.DataFrame({"社区": [i.community.name for i in result.communities],
                               "总分": [i.total for i in result.communities]})
        st.plotly_chart(charts.ranking_bars(totals, "社区", "总分", "各社区总分", " 分"), key="assess_totals")


def history(scope: data.Scope, code: str) -> None:
    st.subheader("历年结果")
    frame = assessments.history_frame(assessments.history(scope, code))
    if frame.empty:
        st.info("没有可比较的年度。")
        return
    frame["结果"] = [f"{total:g} 分 · " + (f"{stars}★ · " if stars != "—" else "") + level
                   for total, stars, level in zip(frame["总分"], frame["星数"], frame["评定"])]
    table = frame.pivot(index="社区", columns="年度", values="结果").reset_index()
    st.dataframe(table, hide_index=True, key="assess_history")


def workflow_table(item: assessments.CommunityResult) -> pd.DataFrame:
    rows = [{"步骤": s.step.name, "办理角色": "、".join(ROLES[r] for r in s.step.roles),
             "状态": "待办理" if s.passed is None else s.passed.decision,
             "办理人": "" if s.passed is None else f"{s.passed.username}（{ROLES.get(s.passed.role, s.passed.role)}）",
             "时间": "" if s.passed is None else s.passed.at.replace("T", " "),
             "说明": "" if s.passed is None else s.passed.note} for s in item.workflow]
    return pd.DataFrame(rows, columns=["步骤", "办理角色", "状态", "办理人", "时间", "说明"])


def detail(result: assessments.Assessment, session: auth.Session) -> None:
    st.subheader("社区评分明细")
    items = {item.community.code: item for item in result.communities}
    code = st.selectbox("社区", list(items), key="assess_community", format_func=lambda c: items[c].community.name)
    item = items[code]
    columns = st.columns(3)
    columns[0].metric("总分", f"{item.total:g} / {result.scheme.total:g}")
    if item.stars is not None:
        columns[1].metric("星数", f"{item.stars} / {len(item.dimensions)}")
    columns[2].metric("评定", item.level)
    if item.hints:
        st.markdown("**如何得下一颗星 / 下一等级**")
        for hint in item.hints:
            st.text(hint)
    st.dataframe(assessments.criteria_frame(item), hide_index=True, key="assess_criteria")
    who = assessments.entrant(session.username, session.role, session.scope_code)
    if result.scheme.workflow:
        st.markdown("**流程**")
        st.dataframe(workflow_table(item), hide_index=True, key="assess_workflow")
        step_form(result, item, who)
    score_form(result, item, who)


def step_form(result: assessments.Assessment, item: assessments.CommunityResult, who: Entrant) -> None:
    refusal = assessments.step_refusal(result.scheme, who, item)
    if refusal:
        st.caption(escape_markdown(f"流程：{refusal}"))
        return
    waiting = next(s.step for s in item.workflow if s.passed is None)
    with st.form("assess_step_form"):
        first = waiting == result.scheme.workflow[0]
        decision = PASSED if first else st.radio("办理结果", [PASSED, RETURNED], key="assess_decision", horizontal=True)
        note = st.text_input("说明", key="assess_step_note")
        if st.form_submit_button(f"办理「{waiting.name}」"):
            act(lambda: assessments.record_step(result.scheme, result.year, item.community.code, decision, note, who),
                f"已记录「{waiting.name}」：{decision}")


def score_form(result: assessments.Assessment, item: assessments.CommunityResult, who: Entrant) -> None:
    st.markdown("**人工评分**")
    refusal = assessments.scoring_refusal(result.scheme, who, item.community.code)
    if refusal:
        st.info(escape_markdown(refusal))
        return
    manual = {criterion_key(d.dimension, c.criterion): c for d in item.dimensions for c in d.criteria
              if not c.criterion.automatic}
    if not manual:
        st.info("本方案没有人工评分细则。")
        return
    key = st.selectbox("细则", list(manual), key="assess_criterion",
                       format_func=lambda k: f"{k}（满分 {manual[k].criterion.max:g}）")
    chosen = manual[key].criterion
    now = "待评分" if manual[key].pending else f"现为 {manual[key].points:g} 分"
    st.caption(escape_markdown(now + (f"；依据：{chosen.evidence}" if chosen.evidence else "")))
    if st.session_state.get("assess_points", 0.0) > chosen.max:
        st.session_state["assess_points"] = float(chosen.max)   # a criterion with a lower maximum
    with st.form("assess_score_form"):
        points = st.number_input("得分", min_value=0.0, max_value=float(chosen.max), step=0.5, key="assess_points")
        note = st.text_input("评分说明（依据）", key="assess_note")
        evidence = st.text_input("附件文件名", key="assess_evidence", placeholder="如：2025年创建方案.pdf")
        if st.form_submit_button("保存评分"):
            act(lambda: assessments.enter_score(result.scheme, result.year, item.community.code, key, float(points),
                                                note, evidence, who), f"已保存「{key}」：{points:g} 分")


def act(entry: Callable[[], object], message: str) -> None:
    """Make an entry (checked, appended and audited in jiedao); say what happened after the rerun."""
    try:
        entry()
    except NotAllowed as refusal:
        st.session_state[FLASH] = ("error", str(refusal))
    else:
        st.session_state[FLASH] = ("success", message)
    st.rerun()


def flash() -> None:
    kind, message = st.session_state.pop(FLASH, (None, ""))
    if kind:
        (st.success if kind == "success" else st.error)(escape_markdown(message))


def render() -> None:
    session = auth.require_session()
    flash()
    try:
        schemes = assessments.schemes()
    except SchemeError as error:
        st.error(escape_markdown(str(error)))
        return
    if not schemes:
        st.info("没有考核方案：在 schemes/ 或数据目录的 schemes/ 中放入方案文件。")
        return
    left, middle, right = st.columns(3)
    with left:
        code = st.selectbox("考核方案", list(schemes), key="assess_scheme", format_func=lambda c: schemes[c].name)
    years = assessments.years(session.scope)
    if not years:
        st.info("数据仓中还没有年度数据。")
        return
    with middle:
        year = st.selectbox("年度", years, key="assess_year", format_func=lambda y: f"{y}年")
    with right:
        scope = choose_scope(session)
    result = assessments.assessment(scope, code, year)
    if schemes[code].description:
        st.caption(escape_markdown(schemes[code].description))
    if not result.communities:
        st.info("当前范围内没有社区。")
        return
    headline(result)
    overview(result)
    history(scope, code)
    detail(result, session)
    st.download_button("下载评分表（XLSX）",
                       downloads.audited(lambda: assessments.workbook(result), session, "download",
                                         {"assessment": code, "year": year, "scope": scope.code or ""}),
                       file_name=f"{year}年{schemes[code].name}评分表.xlsx", key="assess_download", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


sidebar.view("考核评星", render)

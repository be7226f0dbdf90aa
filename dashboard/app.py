"""The dashboard's entry point: sign-in gate and page routing (`streamlit run dashboard/app.py`).

A signed-out visitor gets a navigation with the sign-in page only (also under every page's
address, dashboard/routes.py), so no other page runs, and a deep link opens after signing in; a
reload resumes the session from its signed cookie (dashboard/remembered_session.py). Icons are Material Symbols (shipped with Streamlit): emoji need a
colour-emoji font servers lack. The tab's icon is a file in dashboard/assets/: a Material
Symbol there would be fetched from fonts.gstatic.com, and the dashboard makes no outside request.
"""

from pathlib import Path

import streamlit as st

from dashboard import auth, remembered_session, routes, sidebar

st.set_page_config(page_title="街道数据仓", page_icon=Path(__file__).parent / "assets" / "page_icon.png",
                   layout="wide")

SIGN_IN_SCRIPT = "views/sign_in.py"
SIGN_IN = st.Page(SIGN_IN_SCRIPT, title="登录", icon=":material/login:", default=True)
PAGES = [
    st.Page("views/overview.py", title="总览", icon=":material/dashboard:", default=True),
    st.Page("views/ranking.py", title="排名", icon=":material/leaderboard:"),
    st.Page("views/gaps.py", title="差距", icon=":material/trending_down:"),
    st.Page("views/profile.py", title="社区画像", icon=":material/home_work:"),
    st.Page("views/compare.py", title="对比", icon=":material/compare_arrows:"),
    st.Page("views/export.py", title="数据下载", icon=":material/download:"),
    st.Page("views/quality.py", title="数据质量", icon=":material/fact_check:"),
    st.Page("views/catalogue.py", title="指标说明", icon=":material/menu_book:"),
]
# 一数多用: pages for some roles only — page, and the roles that see it.
ROLE_PAGES = [
    (st.Page("views/reports.py", title="报表", icon=":material/table_view:"), {"city", "street_leader", "planner", "admin"}),
    (st.Page("views/progress.py", title="报送进度", icon=":material/checklist:"), {"city", "street_leader", "admin"}),
    (st.Page("views/submit.py", title="报送", icon=":material/send:"), {"community_staff", "admin"}),
    (st.Page("views/fund.py", title="经费", icon=":material/account_balance_wallet:"), {"city", "street_leader", "planner", "community_staff", "admin"}),
    (st.Page("views/assessments.py", title="考核评星", icon=":material/military_tech:"), {"city", "street_leader", "planner", "community_staff", "admin"}),
]
ADMIN_PAGES = [
    st.Page("views/upload.py", title="上传", icon=":material/upload_file:"),
    st.Page("views/mappings.py", title="映射审核", icon=":material/rule:"),
    st.Page("views/audit.py", title="审计日志", icon=":material/policy:"),
]

session = auth.current_session() or remembered_session.restore()  # F5: the signed cookie
if session is None:
    if auth.oidc_enabled() and st.session_state.get(auth.NOTICE_KEY) and st.user.get("is_logged_in", False):
        st.logout()  # an expired session also ends the provider's sign-in cookie
    remembered_session.forget_if_signed_out()
    # every page's address shows the sign-in form, then that page with its filters
    st.navigation(routes.signed_out(SIGN_IN, SIGN_IN_SCRIPT, PAGES + [page for page, _ in ROLE_PAGES] + ADMIN_PAGES),
                  position="hidden").run()
else:
    allowed = [page for page, roles in ROLE_PAGES if session.role in roles]
    denied = [page for page, roles in ROLE_PAGES if session.role not in roles]
    pages = PAGES + allowed + (ADMIN_PAGES if session.role == "admin" else routes.forbidden(ADMIN_PAGES))
    pages += routes.forbidden(denied)
    navigation = st.navigation(pages + routes.unknown_address(pages))
    sidebar.account_box(session)
    remembered_session.remember(session)
    navigation.run()

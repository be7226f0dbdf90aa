"""The dashboard's entry point: sign-in gate and page routing (`streamlit run dashboard/app.py`).

A signed-out visitor gets a navigation with the sign-in page only, so no other page (nor a deep
link to one) runs. Icons are Material Symbols (shipped with Streamlit): emoji need a
colour-emoji font servers lack.
"""

import streamlit as st

from dashboard import auth, sidebar

st.set_page_config(page_title="街道数据仓", page_icon=":material/analytics:", layout="wide")

SIGN_IN = st.Page("views/sign_in.py", title="登录", icon=":material/login:", default=True)
PAGES = [
    st.Page("views/ranking.py", title="排名", icon=":material/leaderboard:", default=True),
    st.Page("views/gaps.py", title="差距", icon=":material/trending_down:"),
    st.Page("views/profile.py", title="社区画像", icon=":material/home_work:"),
    st.Page("views/compare.py", title="对比", icon=":material/compare_arrows:"),
    st.Page("views/export.py", title="数据下载", icon=":material/download:"),
    st.Page("views/quality.py", title="数据质量", icon=":material/fact_check:"),
    st.Page("views/catalogue.py", title="指标说明", icon=":material/menu_book:"),
]
ADMIN_PAGES = [
    st.Page("views/upload.py", title="上传", icon=":material/upload_file:"),
    st.Page("views/mappings.py", title="映射审核", icon=":material/rule:"),
    st.Page("views/audit.py", title="审计日志", icon=":material/policy:"),
]

session = auth.current_session()
if session is None:
    if auth.oidc_enabled() and st.session_state.get(auth.NOTICE_KEY) and st.user.get("is_logged_in", False):
        st.logout()  # an expired session also ends the provider's sign-in cookie
    st.navigation([SIGN_IN], position="hidden").run()
else:
    pages = PAGES + (ADMIN_PAGES if session.role == "admin" else [])
    navigation = st.navigation(pages)
    sidebar.account_box(session)
    navigation.run()

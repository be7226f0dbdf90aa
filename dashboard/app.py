"""The dashboard's entry point: page routing only (`streamlit run dashboard/app.py`).

Icons are Material Symbols (shipped with Streamlit): emoji need a colour-emoji font servers lack.
"""

import streamlit as st

st.set_page_config(page_title="街道数据仓", page_icon=":material/analytics:", layout="wide")

PAGES = [
    st.Page("views/ranking.py", title="排名", icon=":material/leaderboard:", default=True),
    st.Page("views/gaps.py", title="差距", icon=":material/trending_down:"),
    st.Page("views/profile.py", title="社区画像", icon=":material/home_work:"),
    st.Page("views/compare.py", title="对比", icon=":material/compare_arrows:"),
    st.Page("views/export.py", title="数据下载", icon=":material/download:"),
    st.Page("views/quality.py", title="数据质量", icon=":material/fact_check:"),
    st.Page("views/upload.py", title="上传", icon=":material/upload_file:"),
    st.Page("views/catalogue.py", title="指标说明", icon=":material/menu_book:"),
]

st.navigation(PAGES).run()

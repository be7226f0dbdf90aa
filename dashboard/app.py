"""The dashboard's entry point: page routing only (`streamlit run dashboard/app.py`)."""

import streamlit as st

st.set_page_config(page_title="街道数据仓", page_icon="📊", layout="wide")

PAGES = [
    st.Page("views/ranking.py", title="排名", icon="🏆", default=True),
    st.Page("views/gaps.py", title="差距", icon="📉"),
    st.Page("views/profile.py", title="社区画像", icon="🏘️"),
    st.Page("views/compare.py", title="对比", icon="⚖️"),
    st.Page("views/export.py", title="数据下载", icon="⬇️"),
    st.Page("views/quality.py", title="数据质量", icon="✅"),
    st.Page("views/upload.py", title="上传", icon="⬆️"),
    st.Page("views/catalogue.py", title="指标说明", icon="📖"),
]

st.navigation(PAGES).run()

"""高新区看板 — entry page: sidebar filters (mirrored in the URL) and navigation."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run dashboard/app.py` from anywhere

from dashboard import queries, ui
from etl import reviews

st.set_page_config(page_title="高新区看板", page_icon=":material/insights:", layout="wide")

if not queries.db_path().exists():
    st.title("高新区看板")
    st.error(f"还没有数据库 {queries.db_path()}。请先运行 `gaoxin etl` (或 `gaoxin dashboard`，它会先构建数据库)。")
    st.stop()

try:
    st.session_state["filters"] = ui.sidebar_filters()
except reviews.BadReviews as err:  # a hand-edited reviews file: say where, show nothing unreviewed
    st.error(f"校对文件有误，请修正后刷新页面：\n\n{err}")
    st.stop()
with st.sidebar:
    st.divider()
    current = st.session_state["filters"]
    st.download_button("下载全部筛选数据 (XLSX)", data=lambda: ui.xlsx_bytes(queries.all_metrics(ui.db(), current)),
                       file_name="gaoxin_metrics.xlsx", key="download_xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

# Page files live in views/, not pages/: that folder name turns on Streamlit's legacy multipage mode.
nav = st.navigation([
    st.Page("views/overview.py", title="总览", icon=":material/dashboard:", default=True),
    st.Page("views/compare.py", title="对比", icon=":material/leaderboard:"),
    st.Page("views/profile.py", title="园区", icon=":material/apartment:"),
    st.Page("views/matrix.py", title="指标矩阵", icon=":material/table_chart:"),
    st.Page("views/map.py", title="地图", icon=":material/map:"),
    st.Page("views/investment.py", title="投资", icon=":material/payments:"),
    st.Page("views/projects.py", title="项目", icon=":material/construction:"),
    st.Page("views/party.py", title="党建", icon=":material/flag:"),
    st.Page("views/keywords.py", title="关键词", icon=":material/cloud:"),
    st.Page("views/sources.py", title="来源", icon=":material/article:"),
    st.Page("views/upload.py", title="上传", icon=":material/upload_file:"),
])
nav.run()

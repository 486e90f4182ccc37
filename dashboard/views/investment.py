"""投资: 总投资, 年度计划投资, 产值, 利税, 资金 — one ranked chart each; single projects listed apart."""

import streamlit as st

from dashboard import queries, ui
from dashboard.labels import INVESTMENT_METRICS

st.title("投资")
st.caption("每个园区取最新年份中最大的一条园区级数据（总数），分项与重复报道不相加；元与美元分开。")
shown = ui.ranked_panels(INVESTMENT_METRICS, "investment")
if shown.empty:
    ui.empty()
    st.stop()
projects = queries.figures(ui.db(), ui.filters(), metrics=INVESTMENT_METRICS, scope="project", limit=200)
if not projects.empty:
    st.subheader("单个项目 / 企业（不计入园区总数）")
    ui.sources(projects, "investment_projects")
    ui.download(projects, "investment_projects")
ui.chart_sources(shown, "investment")

"""投资: 总投资, 年度计划投资, 产值, 利税, 资金 per park in 亿元; single projects apart."""

import streamlit as st

from dashboard import charts, queries, ui
from dashboard.labels import INVESTMENT_METRICS

st.title("投资")
st.caption("每个柱子是一条原文数据：同一园区同一指标取最新年份中最大的一条（总数），分项与重复报道不相加。"
           "单个项目或企业的数字单独列出，不计入园区总数。")
f = ui.filters()
parks = queries.headline_figures(ui.db(), f, INVESTMENT_METRICS)
projects = queries.headline_figures(ui.db(), f, INVESTMENT_METRICS, by_subject=True, scope="project")
if parks.empty and projects.empty:
    ui.empty()
    st.stop()
for unit, title, key in (("CNY", "园区投资与产值（亿元）", "investment_parks"),
                         ("USD", "园区外资与美元投资（亿美元）", "investment_parks_usd")):
    rows = parks[parks["unit"] == unit]
    if not rows.empty:
        ui.chart(charts.headline_bars(rows, title, money=True), rows, key)
if not projects.empty:
    st.subheader("单个项目 / 企业")
    ui.chart(charts.headline_bars(projects, "单个项目的投资与产值（亿，不计入园区总数）", money=True), projects,
             "investment_projects")
st.subheader("来源")
ui.sources(queries.figures(ui.db(), f, metrics=INVESTMENT_METRICS), "investment")

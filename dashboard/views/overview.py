"""总览: what the data covers (parks, years, figures) and the parks that lead on the main metrics."""

import streamlit as st

from dashboard import queries, ui
from dashboard.labels import MAIN_METRICS

st.title("高新区看板 · 总览")
f = ui.filters()
k = queries.kpis(ui.db(), f)
if not k["figures"]:
    ui.empty()
    st.stop()
a, b, c, d = st.columns(4)
a.metric("园区", k["parks"], border=True)
b.metric("年份", f"{k['first_year']}–{k['last_year']}" if k["first_year"] else "不详", border=True,
         help=f"共 {k['years']} 个年份；没有年份的数据计为“年份不详”")
c.metric("数据条数", f"{k['figures']:,}", border=True, help="每条都来自一句原文，见下方来源")
d.metric("其中目标", f"{k['targets']:,}", border=True, help="力争、预计、目标等计划数字，与实际数字分开显示，从不相加")
st.subheader("主要指标领先的园区")
st.caption("每个园区取最新年份中最大的一条园区级实际数据；点击柱子把所有页面筛选到该园区，点链接在对比中看全部园区。")
if ui.ranked_panels(MAIN_METRICS, "overview", top=5).empty:
    ui.empty("当前筛选条件下没有主要指标的数据。")
ui.sources_link()

"""总览: KPI tiles, figures per park and category, parks by province."""

import streamlit as st

from dashboard import charts, queries, ui

st.title("高新区看板 · 总览")
f = ui.filters()
k = queries.kpis(ui.db(), f)
if not k["figures"]:
    ui.empty()
    st.stop()
a, b, c, d = st.columns(4)
a.metric("园区", k["parks"])
b.metric("文章", k["articles"])
c.metric("数据条数", k["figures"])
d.metric("年份", f"{k['first_year']}–{k['last_year']}" if k["first_year"] else "不详",
         help=f"共 {k['years']} 个年份；没有年份的数据计为“年份不详”")

counts = queries.counts_by_park(ui.db(), f)
ui.chart(charts.figures_per_park(counts), queries.figures(ui.db(), f), "overview_parks", drill=("park", "category"))
provinces = queries.parks_by_province(ui.db(), f)
st.plotly_chart(charts.parks_per_province(provinces), key="overview_provinces")
ui.download(provinces, "overview_provinces")
st.subheader("来源")
ui.sources(queries.figures(ui.db(), f), "overview")

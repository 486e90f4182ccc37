"""项目: project counts per park by kind, enterprise counts beside them."""

import streamlit as st

from dashboard import charts, queries, ui

st.title("项目与企业")
f = ui.filters()
projects = queries.headline_figures(ui.db(), f, ("project_count",), by_subject=True)
enterprises = queries.headline_figures(ui.db(), f, ("enterprise_count",), by_subject=True)
if projects.empty and enterprises.empty:
    ui.empty()
    st.stop()
left, right = st.columns(2)
with left:
    if projects.empty:
        ui.empty("没有项目数据。")
    else:
        ui.chart(charts.stacked_by_subject(projects, "项目数（按类型）"), projects, "projects_kinds",
                 drill=("park", "metric", "id"))
with right:
    if enterprises.empty:
        ui.empty("没有企业数据。")
    else:
        ui.chart(charts.stacked_by_subject(enterprises, "企业数（按类型）"), enterprises, "projects_enterprises",
                 drill=("park", "metric", "id"))
st.caption("同一园区同一类型取最新年份中最大的一条；总数与分项（如 81 个重点项目中的 57 个）并列显示，不相加。")
st.subheader("来源")
ui.sources(queries.figures(ui.db(), f, metrics=("project_count", "enterprise_count")), "projects")

"""项目: project counts per park by kind, enterprise counts beside them."""

import streamlit as st

from dashboard import charts, queries, ui

st.title("项目与企业")
f = ui.filters()
panels = [("project_count", "项目数（按类型）", "projects_kinds", "没有项目数据。"),
          ("enterprise_count", "企业数（按类型）", "projects_enterprises", "没有企业数据。")]
rows = {metric: queries.headline_figures(ui.db(), f, (metric,), by_subject=True) for metric, *_ in panels}
if all(r.empty for r in rows.values()):
    ui.empty()
    st.stop()
for column, (metric, title, key, nothing) in zip(st.columns(2), panels, strict=True):
    with column:
        if rows[metric].empty:
            ui.empty(nothing)
        else:
            ui.chart(charts.stacked_by_subject(rows[metric], title), rows[metric], key, drill=("park", "metric", "id"))
st.caption("同一园区同一类型取最新年份中最大的一条；总数与分项（如 81 个重点项目中的 57 个）并列显示，不相加。")
st.subheader("来源")
ui.sources(queries.figures(ui.db(), f, metrics=("project_count", "enterprise_count")), "projects")

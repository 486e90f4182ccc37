"""项目: project and enterprise counts per park, one ranked chart each (the kinds are in the sources)."""

import streamlit as st

from dashboard import ui

METRICS = ("project_count", "enterprise_count")

st.title("项目与企业")
st.caption("每个园区取最新年份中最大的一条（通常是总数）；总数与分项（如 81 个项目中的 57 个重大产业项目）不相加，"
           "项目和企业的类型见下方来源的“对象”一列。")
shown = ui.ranked_panels(METRICS, "projects")
if shown.empty:
    ui.empty()
    st.stop()
ui.chart_sources(shown, "projects")

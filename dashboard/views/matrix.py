"""指标矩阵: parks × metrics, one headline value per cell, each column shaded on its own scale."""

import streamlit as st

from dashboard import queries, tables, ui

OPEN = "matrix_open_metric"  # session key: the metric whose column was clicked, to open in 对比

st.title("指标矩阵")
f = ui.filters()
heads = queries.headlines(ui.db(), f)
if heads.empty:
    ui.empty()
    st.stop()
table = tables.matrix(heads, sort_by=ui.metric())


def clicked() -> None:
    selection = st.session_state["matrix"]["selection"]
    if selection.get("rows"):
        ui.set_park(table[tables.PARK_COLUMN].iloc[selection["rows"][0]])
    elif selection.get("columns"):
        st.session_state[OPEN] = table.attrs["metrics"].get(selection["columns"][0])


if st.session_state.get(OPEN):
    st.switch_page(ui.COMPARE, query_params=ui.url_state(metric=st.session_state.pop(OPEN)))
st.caption(f"{len(table)} 个园区 × {len(table.columns) - 1} 项指标。"
           "每格是该园区筛选范围内最新年份中最大的一条园区级实际数据（不加总分项，不计单个项目和目标）；"
           "每列按自己的刻度着色，列头菜单可排序。点列头在对比中打开该指标，勾选一行把所有页面筛选到该园区。")
st.dataframe(tables.shaded(table), key="matrix", hide_index=True, width="stretch", on_select=clicked, placeholder="",
             column_config={tables.PARK_COLUMN: st.column_config.TextColumn(pinned=True, width="medium")},
             selection_mode=["single-row", "single-column"], height=min(800, 38 + 35 * len(table)))
left, right = st.columns(2)
with left:
    ui.download(heads, "matrix")  # the figures behind the cells, with their sentences
with right:
    ui.download(table, "matrix_table", label="下载矩阵（CSV）")

"""来源: every figure with its park, metric, value, year, document and sentence; searchable."""

import streamlit as st

from dashboard import queries, review, ui

st.title("来源")
f = ui.filters()
search = st.text_input("搜索原句、园区或对象", key="search", placeholder="例如：党组织、2201.2、成都")
rows = queries.figures(ui.db(), f, search=search)
review.kept_apart()
if rows.empty:
    ui.empty("没有符合条件的数据。")
    st.stop()
st.caption(f"共 {len(rows):,} 条数据；【】标出原句中的数字。")
ui.download(rows, "sources")
ui.sources(rows, "sources")
review.form(rows)

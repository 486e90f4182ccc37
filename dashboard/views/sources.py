"""来源: every figure with its park, metric, value, year, sentence, rule, attribution and document; searchable; 校对."""

import streamlit as st

from dashboard import queries, review, ui

st.title("来源")
f = ui.filters()
search = st.text_input("搜索原句、园区或对象", key="search", placeholder="例如：党组织、2201.2、成都")
rows = queries.figures(ui.db(), f, search=search, limit=500)
review.kept_apart()
if rows.empty:
    ui.empty("没有符合条件的数据。")
    st.stop()
st.caption(f"共 {rows.attrs['total']:,} 条数据；【】标出原句中的数字；“抽取规则”与“归属依据”说明这条数据是怎样读出、"
           "为什么算作这个园区的。")
ui.download(lambda: queries.figures(ui.db(), f, search=search), "sources")
ui.sources(rows, "sources", provenance=True)
review.form(rows)

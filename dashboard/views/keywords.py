"""关键词: a word cloud for the filter, and the terms that set one park apart."""

import streamlit as st

from dashboard import charts, queries, ui

st.title("关键词")
f = ui.filters()
terms = queries.terms(ui.db(), f)
if terms.empty:
    ui.empty("当前筛选条件下没有园区文章。")
    st.stop()
scope = "、".join(f.parks) if f.parks else "全部园区"
ui.word_cloud(terms, f"{scope} 的词云（jieba 分词，去除停用词）", "keywords_cloud")
park_options = f.parks or tuple(queries.options(ui.db())["parks"])
park = st.selectbox("比较哪个园区与其他园区的用词", park_options, key="keyword_park")
top = queries.distinctive_terms(ui.db(), f, park)
if top.empty:
    ui.empty("这个园区的文章太少，算不出特色词。")
else:
    ui.chart(charts.distinctive(top, park), top, "keywords_distinctive", clickable=False)

"""关键词: a word cloud for the filter, and the terms that set one park apart."""

import streamlit as st

from dashboard import charts, queries, ui
from dashboard.fonts import FontNotFound, cjk_font
from dashboard.wordclouds import cloud_image

st.title("关键词")
f = ui.filters()
terms = queries.terms(ui.db(), f)
if terms.empty:
    ui.empty("当前筛选条件下没有园区文章。")
    st.stop()
scope = "、".join(f.parks) if f.parks else "全部园区"
try:
    st.image(cloud_image(dict(zip(terms["term"], terms["n"], strict=True)), str(cjk_font())),
             caption=f"{scope} 的词云（jieba 分词，去除停用词）")
except FontNotFound as err:
    st.error(str(err))
ui.download(terms, "keywords_cloud")
park_options = f.parks or tuple(queries.options(ui.db())["parks"])
park = st.selectbox("比较哪个园区与其他园区的用词", park_options, key="keyword_park")
top = queries.distinctive_terms(ui.db(), f, park)
if top.empty:
    ui.empty("这个园区的文章太少，算不出特色词。")
else:
    st.plotly_chart(charts.distinctive(top, park), key="keywords_distinctive")
    ui.download(top, "keywords_distinctive")

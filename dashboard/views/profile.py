"""园区: one park — its headline figures, each metric over the years, its figures with sentences, its words."""

from dataclasses import replace

import streamlit as st

from dashboard import charts, queries, ui
from dashboard.labels import display_value, metric_label, year_text

st.title("园区")
f = ui.filters()
choices = list(f.parks) or queries.options(ui.db())["parks"]
if not choices:
    ui.empty()
    st.stop()
if len(f.parks) == 1:
    park = f.parks[0]
else:
    park = st.selectbox("选择园区", choices, key="profile_park",
                        on_change=lambda: ui.set_park(st.session_state["profile_park"]))
info = queries.park_info(ui.db(), park)
st.header(park)
place = "".join(x for x in (info.get("province"), info.get("city")) if x) or "省份不详"
st.caption(f"{info.get('official_name') or park} · {place}")
pf = replace(f, parks=(park,))
heads = queries.headlines(ui.db(), pf)
if heads.empty:
    ui.empty(f"{park} 在当前筛选条件下没有园区级实际数据。")
else:
    for start in range(0, len(heads), 3):
        for column, (_, row) in zip(st.columns(3), heads.iloc[start:start + 3].iterrows(), strict=False):
            column.metric(f"{metric_label(row['metric'], row['unit'])} · {year_text(row['year'])}",
                          display_value(row["value"], row["unit"], row["qualifier"], metric=row["metric"],
                                        low=row["value_low"]), help=row["sentence"], border=True)
            with column:
                ui.compare_link(row["metric"], "各园区对比")
    ui.download(heads, "profile_headlines")
years = charts.over_years(queries.series(ui.db(), pf, park))
if years.empty:
    st.caption("没有哪项指标有两个以上年份的数据，画不出年度变化。")
else:
    ui.chart(charts.park_years(years, park), years, "profile_years", clickable=False)
st.subheader("数据与原句")
ui.sources(queries.figures(ui.db(), pf, limit=200), "profile", provenance=True)
ui.download(lambda: queries.figures(ui.db(), pf), "profile_sources")
terms = queries.terms(ui.db(), pf)
if not terms.empty:
    st.subheader("词云")
    ui.word_cloud(terms, f"{park} 的词云（jieba 分词，去除停用词）", "profile_cloud")

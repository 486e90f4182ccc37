"""对比: one metric, every park in the filter ranked by its headline figure (targets apart)."""

import pandas as pd
import streamlit as st

from dashboard import charts, queries, ui
from dashboard.labels import METRIC

TOP = 25

st.title("对比")
f, m = ui.filters(), ui.metric()
actual = queries.headlines(ui.db(), f, (m,)) if m else pd.DataFrame()
target = queries.headlines(ui.db(), f, (m,), status="target") if m else pd.DataFrame()
if actual.empty and target.empty:
    ui.empty(f"当前筛选条件下没有{METRIC.get(m, '')}数据。请在左侧换一个指标，或调整园区、年份、类别。")
    st.stop()
st.caption("每个园区取筛选范围内最新年份中最大的一条园区级实际数据（不加总分项，不计单个项目）；"
           "目标为空心柱，单列，不与实际相加。点击柱子可把所有页面筛选到该园区。")
shown = []
for unit in dict.fromkeys(pd.concat([actual, target])["unit"]):  # 元 and 美元 never share an axis
    a, t = actual[actual["unit"] == unit], target[target["unit"] == unit]
    parks = len(set(a["park"]) | set(t["park"]))
    left, right = st.columns(2)
    show_all = parks > TOP and left.toggle(f"显示全部 {parks} 个园区", key=f"compare_all_{unit}")
    log = charts.spans_magnitudes(pd.concat([a, t])["value"]) and right.toggle("对数刻度", key=f"compare_log_{unit}")
    a, t = charts.top(a, t, None if show_all else TOP)
    which = f"前 {TOP} 名" if parks > TOP and not show_all else f"{parks} 个园区"
    ui.chart(charts.ranked(a, t, title=f"{METRIC[m]}（{which}）", log=log), pd.concat([a, t]), f"compare_{unit}")
    shown += [a, t]
if len(f.parks) == 1:
    st.page_link("views/profile.py", label=f"查看{f.parks[0]}的园区档案", icon=":material/apartment:",
                 query_params=ui.url_state())
ui.chart_sources(pd.concat(shown), "compare")

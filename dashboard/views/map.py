"""地图: every park with figures as a dot at its location, sized and coloured by the metric; parks per province."""

import streamlit as st

from dashboard import charts, geo, queries, ui

st.title("地图")
f, m = ui.filters(), ui.metric()
places = queries.locations(ui.db(), f, m) if m else None
if places is None or places.empty:
    ui.empty()
    st.stop()
provinces = queries.parks_by_province(ui.db(), f)
located = places["longitude"].notna() & places["latitude"].notna()
ui.chart(charts.park_map(places, provinces, geo.china(), m), places, "map")
if not located.all():
    missing = "、".join(places.loc[~located, "park"])
    st.caption(f"{int(located.sum())} 个园区有坐标；{int((~located).sum())} 个园区的位置尚不在名录中，"
               f"未画出：{missing}。")
st.caption("省份底色按园区数；灰点为没有该指标数据的园区。点击圆点把所有页面筛选到该园区。")
ui.chart(charts.parks_per_province(provinces), provinces, "map_provinces", clickable=False)

"""党建: organisations, members, coverage, unions, grids — one ranked chart each; changes before → after."""

import streamlit as st

from dashboard import charts, ui
from dashboard.labels import PARTY_METRICS

st.title("党建")
shown = ui.ranked_panels(PARTY_METRICS, "party")
if shown.empty:
    ui.empty()
    st.stop()
changed = shown[shown["from_value"].notna() & (shown["status"] == "actual")]
if not changed.empty:  # the charts' own figures that report a change (从18个增加到75个)
    ui.chart(charts.changes(changed, "变化：原值 → 现值"), changed, "party_changes")
ui.chart_sources(shown, "party")

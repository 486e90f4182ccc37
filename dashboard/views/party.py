"""党建: organisations, members, coverage, unions, grids — one ranked chart each; changes before → after."""

import streamlit as st

from dashboard import charts, queries, ui
from dashboard.labels import PARTY_METRICS

st.title("党建")
shown = ui.ranked_panels(PARTY_METRICS, "party")
if shown.empty:
    ui.empty()
    st.stop()
changed = queries.figures(ui.db(), ui.filters(), metrics=PARTY_METRICS, changed=True, limit=40)
if not changed.empty:
    ui.chart(charts.changes(changed, "变化：原值 → 现值"), changed, "party_changes")
ui.chart_sources(shown, "party")

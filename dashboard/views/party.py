"""党建: organisations, members, coverage, unions, grids per park; changes before → after."""

import streamlit as st

from dashboard import charts, queries, ui
from dashboard.labels import PARTY_COUNT_METRICS

st.title("党建")
f = ui.filters()
counts = queries.headline_figures(ui.db(), f, PARTY_COUNT_METRICS)
coverage = queries.headline_figures(ui.db(), f, ("party_coverage_rate",))
if counts.empty and coverage.empty:
    ui.empty()
    st.stop()
if not counts.empty:
    ui.chart(charts.small_multiples(counts, "党组织、党员、工会、网格（每项各自刻度）"), counts, "party_counts")
if not coverage.empty:
    ui.chart(charts.headline_bars(coverage, "组织覆盖率（%）"), coverage, "party_coverage")
changed = queries.figures(ui.db(), f, metrics=(*PARTY_COUNT_METRICS, "party_coverage_rate"), changed=True)
if not changed.empty:
    ui.chart(charts.changes(changed, "变化：原值 → 现值"), changed, "party_changes")
st.subheader("来源")
ui.sources(queries.figures(ui.db(), f, metrics=(*PARTY_COUNT_METRICS, "party_coverage_rate")), "party")

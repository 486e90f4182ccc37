"""Streamlit pieces every page shares: filters in the URL, chart + download, clicks that filter, sources."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, queries
from dashboard.fonts import FontNotFound, cjk_font
from dashboard.labels import (
    CATEGORY,
    CATEGORY_KEY,
    COLUMNS,
    MAIN_METRICS,
    METRIC,
    QUALIFIER,
    SCOPE,
    STATUS,
    display_value,
    highlighted,
    metric_label,
)
from dashboard.queries import UNKNOWN_YEAR, Filters
from dashboard.wordclouds import cloud_image

PARK, YEAR, CATEGORY_PARAM, METRIC_PARAM = "park", "year", "category", "metric"  # URL keys, also widget keys
METRIC_PICK, METRIC_SEEN = "metric_pick", "metric_seen"
COMPARE = "views/compare.py"
Rows = pd.DataFrame | Callable[[], pd.DataFrame]


def db() -> Path:
    return queries.db_path()


def sidebar_filters() -> Filters:
    """园区 / 年份 / 类别 / 指标 in the sidebar; each one is mirrored in the URL (?park=…&metric=…)."""
    opts = queries.options(db())
    years = [str(y) for y in opts["years"]] + ([UNKNOWN_YEAR] if opts["unknown_year"] else [])
    with st.sidebar:
        st.header("筛选")
        parks = st.multiselect("园区", opts["parks"], key=PARK, bind="query-params", placeholder="全部园区")
        picked_years = st.multiselect("年份", years, key=YEAR, bind="query-params", placeholder="全部年份")
        cats = st.multiselect("类别", [CATEGORY[c] for c in opts["categories"]], key=CATEGORY_PARAM,
                              bind="query-params", placeholder="全部类别")
        f = Filters(parks=tuple(parks), years=tuple(int(y) for y in picked_years if y != UNKNOWN_YEAR),
                    unknown_year=UNKNOWN_YEAR in picked_years, categories=tuple(CATEGORY_KEY[c] for c in cats))
        _metric_picker({m: c for m, c in opts["metrics"].items() if not f.categories or c in f.categories})
    return f


def _metric_picker(metrics: dict[str, str]) -> None:
    """The metric 对比 ranks, 地图 sizes and 指标矩阵 sorts by; held in the URL as its key (?metric=party_org_count).

    Not bound like the filters (a bound selectbox writes its Chinese label to the URL): a link that
    opens another metric wins over the last pick, and every pick is written back to the URL.
    """
    keys = sorted(metrics, key=lambda m: (list(CATEGORY).index(metrics[m]), list(METRIC).index(m)))
    if not keys:
        st.session_state[METRIC_SEEN] = None
        return
    url = st.query_params.get(METRIC_PARAM)
    if url in keys and url != st.session_state.get(METRIC_SEEN):
        st.session_state[METRIC_PICK] = url
    if st.session_state.get(METRIC_PICK) not in keys:
        st.session_state[METRIC_PICK] = next((m for m in MAIN_METRICS if m in keys), keys[0])
    picked = st.selectbox("指标", keys, key=METRIC_PICK, format_func=lambda m: f"{CATEGORY[metrics[m]]} · {METRIC[m]}",
                          help="对比按这个指标给园区排名，地图按它画圆点，指标矩阵按它排序")
    st.session_state[METRIC_SEEN] = picked
    st.query_params[METRIC_PARAM] = picked


def filters() -> Filters:
    return st.session_state["filters"]


def metric() -> str | None:
    """The metric picked in the sidebar (None when the filter leaves no metric)."""
    return st.session_state.get(METRIC_SEEN)


def set_park(park: str) -> None:
    """Narrow every page to one park: the sidebar filter, and so the URL, change."""
    st.session_state[PARK] = [park]


def url_state(**changes: object) -> dict[str, object]:
    """The current filters as URL parameters (for a link that keeps them), with `changes` applied."""
    state = {k: st.session_state.get(k) for k in (PARK, YEAR, CATEGORY_PARAM)}
    state[METRIC_PARAM] = metric()
    state.update(changes)
    return {k: v for k, v in state.items() if v}


def compare_link(metric_key: str, label: str | None = None) -> None:
    """A link that opens a metric in 对比, keeping the filters."""
    st.page_link(COMPARE, label=label or f"在对比中查看{METRIC.get(metric_key, metric_key)}",
                 icon=":material/leaderboard:", query_params=url_state(metric=metric_key))


def chart(fig: go.Figure, data: Rows, key: str, *, clickable: bool = True) -> None:
    """A chart and its 下载数据 button (exactly the rows behind it); clicking a park's mark filters to that park."""
    st.plotly_chart(fig, key=key, on_select=(lambda: _clicked(key)) if clickable else "ignore",
                    selection_mode=("points",), config={"locale": "zh-CN", "displaylogo": False})
    download(data, key)


def _clicked(key: str) -> None:
    points = ((st.session_state.get(key) or {}).get("selection") or {}).get("points") or []
    custom = points[0].get("customdata") if points else None
    if custom:
        set_park(custom[0])


def download(data: Rows, key: str, label: str = "下载数据") -> None:
    """The 下载数据 button: the rows behind a chart or table, as `{key}.csv` for Excel (built when clicked)."""
    st.download_button(label, data=(lambda: csv_bytes(data())) if callable(data) else csv_bytes(data),
                       file_name=f"{key}.csv", mime="text/csv", key=f"download_{key}", icon=":material/download:")


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV as Excel wants it for Chinese: UTF-8 with BOM, Chinese column names."""
    return readable(df).to_csv(index=False).encode("utf-8-sig")


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """Figures as a user reads them: Chinese labels, 亿元/万元, the figure marked in its sentence."""
    out = df.copy()
    if {"value", "unit", "qualifier"} <= set(out.columns):
        none = [None] * len(out)
        shown = [display_value(v, u, q, metric=m, low=lo, before=b) for v, u, q, m, lo, b in zip(
            out["value"], out["unit"], out["qualifier"], out.get("metric", none), out.get("value_low", none),
            out.get("from_value", none), strict=True)]
        out.insert(out.columns.get_loc("value") + 1, "display", shown)
    if {"sentence", "hl_start", "hl_end"} <= set(out.columns):
        out["highlighted"] = [highlighted(s, a, b) for s, a, b in
                              zip(out["sentence"], out["hl_start"], out["hl_end"], strict=True)]
        out = out.drop(columns=["hl_start", "hl_end"])
    if "year" in out.columns:
        out["year"] = [UNKNOWN_YEAR if pd.isna(y) else str(int(y)) for y in out["year"]]
    for col, names in (("category", CATEGORY), ("metric", METRIC), ("qualifier", QUALIFIER), ("scope", SCOPE),
                       ("status", STATUS)):
        if col in out.columns:
            out[col] = out[col].map(lambda v, n=names: n.get(v, v))
    if "reviewed" in out.columns:
        out["reviewed"] = out["reviewed"].map({True: "是", False: ""})
    return out.rename(columns=COLUMNS)


FIGURE_FIRST = ("园区", "指标", "数值(显示)", "年份", "原句(标出数字)")
PROVENANCE = ("抽取规则", "归属依据")  # how the figure was read and why it is this park's: beside its sentence
FIGURE_REST = ("实际/目标", "对象", "范围", "已校对", "文件")


def sources(rows: pd.DataFrame, key: str, *, provenance: bool = False) -> None:
    """The figures with their source sentences, as plain text (never HTML); says how many the filter has."""
    table = readable(rows)
    wanted = FIGURE_FIRST + (PROVENANCE if provenance else ()) + FIGURE_REST
    st.dataframe(table[[c for c in wanted if c in table]], key=f"table_{key}", hide_index=True, width="stretch",
                 placeholder="", column_config={"原句(标出数字)": st.column_config.TextColumn(width=420)})
    total = rows.attrs.get("total", len(rows))
    more = f"，表中显示前 {len(rows):,} 条；下载可得全部" if total > len(rows) else ""
    st.caption(f"来源共 {total:,} 条{more}。")


def chart_sources(rows: pd.DataFrame, key: str) -> None:
    """The figures behind a page's charts, each with its sentence; every other figure is on 来源."""
    st.subheader("图中数字的原句")
    sources(rows, key)
    download(rows, f"{key}_sources")
    sources_link()


def sources_link() -> None:
    st.page_link("views/sources.py", label="全部数据与原句（可搜索）", icon=":material/article:",
                 query_params=url_state())


def empty(message: str = "当前筛选条件下没有数据。请在左侧调整园区、年份或类别。") -> None:
    st.info(message, icon=":material/info:")


def xlsx_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    readable(df).to_excel(buf, index=False, sheet_name="metrics")
    return buf.getvalue()


def ranked_panels(metrics: tuple[str, ...], key: str, *, per_row: int = 2, top: int = 10) -> pd.DataFrame:
    """Small multiples: one ranked chart per metric (and currency), its own scale, one colour.

    Returns the figures the charts show (empty: nothing to show).
    """
    f, path = filters(), db()
    actual, target = queries.headlines(path, f, metrics), queries.headlines(path, f, metrics, status="target")
    both = pd.concat([actual, target])
    shown = []
    panels = sorted(set(zip(both["metric"], both["unit"], strict=True)), key=lambda p: (metrics.index(p[0]), p[1]))
    for start in range(0, len(panels), per_row):
        for column, (m, unit) in zip(st.columns(per_row), panels[start:start + per_row], strict=False):
            with column:
                a, t = (rows[(rows["metric"] == m) & (rows["unit"] == unit)] for rows in (actual, target))
                a, t = charts.top(a, t, top)
                title = f"{metric_label(m, unit)} · 前 {top} 名" if len(a) + len(t) >= top else metric_label(m, unit)
                chart(charts.ranked(a, t, title=title, compact=True), pd.concat([a, t]), f"{key}_{m}_{unit}")
                compare_link(m)
                shown += [a, t]
    return pd.concat(shown) if shown else both


def word_cloud(terms: pd.DataFrame, caption: str, key: str) -> None:
    """A word cloud of term counts (a font with Chinese glyphs, or a clear error) and its 下载数据."""
    try:
        st.image(cloud_image(dict(zip(terms["term"], terms["n"], strict=True)), str(cjk_font())), caption=caption)
    except FontNotFound as err:
        st.error(str(err))
    download(terms, key)

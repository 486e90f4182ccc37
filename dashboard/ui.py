"""Streamlit pieces every page shares: filters, chart + download, the sources table, empty states."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import queries
from dashboard.labels import (
    CATEGORY,
    CATEGORY_KEY,
    COLUMNS,
    METRIC,
    QUALIFIER,
    SCOPE,
    STATUS,
    display_value,
    highlighted,
)
from dashboard.queries import UNKNOWN_YEAR, Filters

DRILL = "drill"  # session key: the park/metric of the bar last clicked


def db() -> Path:
    return queries.db_path()


def sidebar_filters() -> Filters:
    """园区 / 年份 / 类别 in the sidebar; each one is mirrored in the URL (?park=…&year=…)."""
    opts = queries.options(db())
    years = [str(y) for y in opts["years"]] + ([UNKNOWN_YEAR] if opts["unknown_year"] else [])
    with st.sidebar:
        st.header("筛选")
        parks = st.multiselect("园区", opts["parks"], key="park", bind="query-params", placeholder="全部园区")
        picked_years = st.multiselect("年份", years, key="year", bind="query-params", placeholder="全部年份")
        cats = st.multiselect("类别", [CATEGORY[c] for c in opts["categories"]], key="category",
                              bind="query-params", placeholder="全部类别")
    return Filters(parks=tuple(parks), years=tuple(int(y) for y in picked_years if y != UNKNOWN_YEAR),
                   unknown_year=UNKNOWN_YEAR in picked_years, categories=tuple(CATEGORY_KEY[c] for c in cats))


def filters() -> Filters:
    return st.session_state["filters"]


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV as Excel wants it for Chinese: UTF-8 with BOM, Chinese column names."""
    return readable(df).to_csv(index=False).encode("utf-8-sig")


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """Figures as a user reads them: Chinese labels, 亿元/万元, the figure marked in its sentence."""
    out = df.copy()
    if {"value", "unit", "qualifier"} <= set(out.columns):
        shown = [display_value(v, u, q) for v, u, q in zip(out["value"], out["unit"], out["qualifier"], strict=True)]
        out.insert(out.columns.get_loc("value") + 1, "display", shown)
    if {"sentence", "hl_start", "hl_end"} <= set(out.columns):
        out["highlighted"] = [highlighted(s, a, b) for s, a, b in
                              zip(out["sentence"], out["hl_start"], out["hl_end"], strict=True)]
        out = out.drop(columns=["hl_start", "hl_end"])
    for col, names in (("category", CATEGORY), ("metric", METRIC), ("qualifier", QUALIFIER), ("scope", SCOPE),
                       ("status", STATUS)):
        if col in out.columns:
            out[col] = out[col].map(lambda v, n=names: n.get(v, v))
    if "reviewed" in out.columns:
        out["reviewed"] = out["reviewed"].map({True: "是", False: ""})
    return out.rename(columns=COLUMNS)


def chart(fig: go.Figure, data: pd.DataFrame, key: str, *, drill: tuple[str, ...] = ("park", "metric")) -> None:
    """A chart, its 下载数据 button (exactly the rows behind it), and clicks that narrow the sources."""
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode=("points",), config={"locale": "zh-CN"})
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    if points and points[0].get("customdata"):
        st.session_state[DRILL] = dict(zip(drill, points[0]["customdata"], strict=False))
    download(data, key)


def download(data: pd.DataFrame, key: str) -> None:
    """The 下载数据 button: the rows behind a chart or table, as `{key}.csv` for Excel."""
    st.download_button("下载数据", data=csv_bytes(data), file_name=f"{key}.csv", mime="text/csv",
                       key=f"download_{key}", icon=":material/download:")


def drilled(df: pd.DataFrame) -> pd.DataFrame:
    """The rows behind the bar last clicked, if any."""
    pick = st.session_state.get(DRILL)
    if not pick:
        return df
    mask = pd.Series(True, index=df.index)
    for col, value in pick.items():
        if col in df.columns:
            mask &= df[col] == value
    return df[mask]


def sources(df: pd.DataFrame, key: str, limit: int = 2000) -> None:
    """The figures with their source sentences, as plain text (never HTML)."""
    pick = st.session_state.get(DRILL)
    if pick:
        shown = "、".join(METRIC.get(v, CATEGORY.get(v, v)) for k, v in pick.items() if k != "id")
        left, right = st.columns([4, 1])
        left.caption(f"已按点击的柱子筛选：{shown}")
        if right.button("清除图表筛选", key=f"clear_{key}"):
            del st.session_state[DRILL]
            st.rerun()
        df = drilled(df)
    table = readable(df.head(limit))
    cols = [c for c in ("园区", "指标", "数值(显示)", "年份", "对象", "范围", "已校对", "原句(标出数字)", "文件")
            if c in table]
    st.dataframe(table[cols], key=f"table_{key}", hide_index=True, width="stretch")
    more = f"，表中显示前 {limit:,} 条；下载可得全部" if len(df) > limit else ""
    st.caption(f"来源共 {len(df):,} 条{more}。")


def empty(message: str = "当前筛选条件下没有数据。请在左侧调整园区、年份或类别。") -> None:
    st.info(message, icon=":material/info:")


def xlsx_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    readable(df).to_excel(buf, index=False, sheet_name="metrics")
    return buf.getvalue()

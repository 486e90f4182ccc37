"""DataFrame → Plotly figure. Pure functions: no Streamlit, no database."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from dashboard.labels import CATEGORY, METRIC, YUAN_PER_YI, display_value

FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def _style(fig: go.Figure, title: str, height: int = 420) -> go.Figure:
    fig.update_layout(title=title, font_family=FONT, height=height, legend_title_text="",
                      margin={"l": 10, "r": 10, "t": 60, "b": 10}, clickmode="event+select")
    return fig


def figures_per_park(counts: pd.DataFrame) -> go.Figure:
    """Overview: how many figures each park has, stacked by category."""
    df = counts.assign(类别=counts["category"].map(CATEGORY))
    fig = px.bar(df, x="park", y="figures", color="类别", custom_data=["park", "category"],
                 labels={"park": "园区", "figures": "数据条数"})
    fig.update_xaxes(categoryorder="total descending")
    return _style(fig, "各园区数据条数（按类别）")


def parks_per_province(provinces: pd.DataFrame) -> go.Figure:
    fig = px.bar(provinces, x="province", y="parks", hover_data=["park_names", "figures"],
                 labels={"province": "省份", "parks": "园区数", "park_names": "园区", "figures": "数据条数"})
    return _style(fig, "园区的省份分布", height=360)


def headline_bars(rows: pd.DataFrame, title: str, *, money: bool = False) -> go.Figure:
    """One bar per park and metric (each bar is one source figure), grouped by metric."""
    df = rows.assign(指标=rows["metric"].map(METRIC),
                     显示=[display_value(v, u, q) for v, u, q in
                         zip(rows["value"], rows["unit"], rows["qualifier"], strict=True)],
                     年份=rows["year"].astype("Int64").astype(str).replace("<NA>", "年份不详"))
    currency = "美元" if money and (rows["unit"] == "USD").all() else "元"
    y, label = ("亿", f"金额（亿{currency}）") if money else ("value", "数量")
    if money:
        df["亿"] = df["value"] / YUAN_PER_YI
    fig = px.bar(df, x="park", y=y, color="指标", barmode="group", text="显示",
                 custom_data=["park", "metric", "id"], hover_data={"年份": True, "subject": True},
                 labels={"park": "园区", y: label, "subject": "对象"})
    fig.update_traces(textposition="outside", cliponaxis=False)
    return _style(fig, title)


def stacked_by_subject(rows: pd.DataFrame, title: str) -> go.Figure:
    """Counts per park split by kind (subject: 重点项目, 签约项目 …)."""
    fig = px.bar(rows, x="park", y="value", color="subject", barmode="group",
                 custom_data=["park", "metric", "id"], hover_data={"year": True, "sentence": False},
                 labels={"park": "园区", "value": "数量", "subject": "类型", "year": "年份"})
    return _style(fig, title)


def small_multiples(rows: pd.DataFrame, title: str) -> go.Figure:
    """One panel per metric with its own scale (党员 in thousands, 党组织 in tens)."""
    df = rows.assign(指标=rows["metric"].map(METRIC))
    fig = px.bar(df, x="park", y="value", color="park", facet_col="指标", facet_col_wrap=3,
                 custom_data=["park", "metric", "id"], labels={"park": "园区", "value": "数量"})
    fig.update_yaxes(matches=None, showticklabels=True)
    fig.update_xaxes(showticklabels=True, tickangle=-30, title_text="")
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=")[-1]))
    fig.update_layout(showlegend=False)
    return _style(fig, title, height=300 * ((df["指标"].nunique() + 2) // 3) + 80)


def changes(rows: pd.DataFrame, title: str) -> go.Figure:
    """Before → after for figures that report a change (从18个增加到75个)."""
    labels = (rows["park"] + " · " + rows["metric"].map(METRIC)).tolist()
    custom = rows[["park", "metric", "id"]].values.tolist()
    x_lines, y_lines = [], []
    for label, before, after in zip(labels, rows["from_value"], rows["value"], strict=True):
        x_lines += [before, after, None]
        y_lines += [label, label, None]
    fig = go.Figure([
        go.Scatter(x=x_lines, y=y_lines, mode="lines", line={"color": "#c0392b"}, hoverinfo="skip", showlegend=False),
        go.Scatter(x=rows["from_value"], y=labels, mode="markers", name="原值", customdata=custom,
                   marker={"size": 9, "color": "#9aa5b1"}, hovertemplate="%{y}<br>原值 %{x}<extra></extra>"),
        go.Scatter(x=rows["value"], y=labels, mode="markers", name="现值", customdata=custom,
                   marker={"size": 13, "color": "#c0392b"}, hovertemplate="%{y}<br>现值 %{x}<extra></extra>"),
    ])
    fig.update_xaxes(title="数值（灰：原值 → 红：现值）", type="log")
    return _style(fig, title, height=max(260, 60 * len(rows) + 120))


def distinctive(terms: pd.DataFrame, park: str) -> go.Figure:
    fig = px.bar(terms.iloc[::-1], x="score", y="term", orientation="h", hover_data=["here", "there"],
                 labels={"score": "区分度（对数几率）", "term": "词", "here": "本园区次数", "there": "其他园区次数"})
    return _style(fig, f"{park} 最有特色的词", height=max(300, 24 * len(terms) + 120))

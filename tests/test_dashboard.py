"""AppTest smoke tests: every page runs on the seeds database, widgets found by key, state held in the URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, query

APP = str(ROOT / "dashboard" / "app.py")
PAGES = {
    "views/overview.py": ("总览", ["download_overview_investment_total_CNY",
                                 "download_overview_party_org_count_count"]),
    "views/compare.py": ("对比", ["download_compare_CNY", "download_compare_sources"]),  # the headlines' sentences
    "views/profile.py": ("园区", ["download_profile_headlines", "download_profile_sources", "download_profile_cloud"]),
    "views/matrix.py": ("指标矩阵", ["download_matrix", "download_matrix_table"]),
    "views/map.py": ("地图", ["download_map", "download_map_provinces"]),
    "views/investment.py": ("投资", ["download_investment_investment_total_CNY", "download_investment_projects"]),
    "views/projects.py": ("项目与企业", ["download_projects_project_count_count",
                                      "download_projects_enterprise_count_count"]),
    "views/party.py": ("党建", ["download_party_party_org_count_count", "download_party_party_coverage_rate_percent",
                              "download_party_changes"]),
    "views/keywords.py": ("关键词", ["download_keywords_cloud", "download_keywords_distinctive"]),
    "views/sources.py": ("来源", ["download_sources"]),
}


def _app(db: Path, monkeypatch: pytest.MonkeyPatch, **params: str | list[str]) -> AppTest:
    monkeypatch.setenv("GAOXIN_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def app(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return _app(seeds_db, monkeypatch)


@pytest.mark.parametrize("page", list(PAGES), ids=[t for t, _ in PAGES.values()])
def test_page_runs_with_its_widgets(app: AppTest, page: str) -> None:
    title, downloads = PAGES[page]
    app.switch_page(page).run()
    assert not app.exception, app.exception
    assert any(title in t.value for t in app.title)
    assert {"park", "year", "category"} <= {m.key for m in app.multiselect}
    assert "metric_pick" in {s.key for s in app.selectbox}
    keys = {b.key for b in app.get("download_button")}
    assert set(downloads) <= keys and "download_xlsx" in keys


@pytest.mark.parametrize("page", list(PAGES), ids=[t for t, _ in PAGES.values()])
def test_empty_filter_says_so(seeds_db: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    at = _app(seeds_db, monkeypatch, park="成都高新区", year="年份不详")  # 成都 has no figure without a year
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert any("没有" in i.value for i in at.info), [i.value for i in at.info]


def test_filters_narrow_the_kpis(app: AppTest, seeds_db: Path) -> None:
    def truth(where: str = "true") -> list[str]:
        [(parks, first, last, figures)] = query(seeds_db, "select count(distinct park), min(year), max(year), count(*) "
                                                          f"from metrics where {where}")
        return [str(parks), f"{first}–{last}", f"{figures:,}"]

    assert [m.value for m in app.metric][:3] == truth()
    app.multiselect(key="park").set_value(["成都高新区"]).run()
    assert [m.value for m in app.metric][:3] == truth("park = '成都高新区'")


def test_url_opens_the_dashboard_filtered(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(seeds_db, monkeypatch, park=["成都高新区", "常州高新区"], year=["2024"])
    assert at.multiselect(key="park").value == ["成都高新区", "常州高新区"]
    assert at.session_state["filters"].years == (2024,)
    [(parks,)] = query(seeds_db, "select count(distinct park) from metrics "
                                 "where park in ('成都高新区', '常州高新区') and year = 2024")
    assert at.metric[0].value == str(parks)


def test_metric_in_the_url_opens_compare_on_it(synthetic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(synthetic_db, monkeypatch, metric="party_org_count")
    at.switch_page("views/compare.py").run()
    assert at.selectbox(key="metric_pick").value == "party_org_count"
    assert at.query_params["metric"] == "party_org_count"
    assert "党组织数" in at.get("plotly_chart")[0].proto.spec
    at.selectbox(key="metric_pick").set_value("investment_total").run()
    assert at.query_params["metric"] == "investment_total"
    assert len(at.get("plotly_chart")) == 2  # 元 and 美元: two charts, never one axis


def test_profile_shows_one_park(synthetic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(synthetic_db, monkeypatch, park="甲高新区")
    at.switch_page("views/profile.py").run()
    assert [h.value for h in at.main.header] == ["甲高新区"]
    cards = {m.label: m.value for m in at.metric}
    assert cards == {"党组织数 · 2024年": "120个", "总投资 · 2024年": "超2,201.2亿元"}
    assert set(at.dataframe[0].value["园区"]) == {"甲高新区"}
    assert "download_profile_years" in {b.key for b in at.get("download_button")}  # 党组织数 in 2023 and 2024


def test_profile_pick_sets_the_park_filter(synthetic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(synthetic_db, monkeypatch)
    at.switch_page("views/profile.py").run()
    at.selectbox(key="profile_park").set_value("乙高新区").run()
    assert at.multiselect(key="park").value == ["乙高新区"]
    assert at.query_params["park"] in ("乙高新区", ["乙高新区"])


def test_matrix_sorted_by_the_metric(synthetic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _app(synthetic_db, monkeypatch, metric="party_org_count")
    at.switch_page("views/matrix.py").run()
    table = at.dataframe[0].value
    assert table["园区"].tolist() == ["乙高新区", "甲高新区", "丙高新区", "丁高新区"]


def test_sources_search_shows_rule_and_attribution(app: AppTest) -> None:
    app.switch_page("views/sources.py").run()
    app.text_input(key="search").set_value("2201.2").run()
    table = app.dataframe[0].value
    assert len(table) == 5 and all("2201.2亿元" in s for s in table["原句(标出数字)"])
    assert sum("【2201.2亿元】" in s for s in table["原句(标出数字)"]) == 2
    assert {"抽取规则", "归属依据"} <= set(table.columns)


def test_missing_database_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAOXIN_DB", str(tmp_path / "none.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert any("gaoxin etl" in e.value for e in at.error)

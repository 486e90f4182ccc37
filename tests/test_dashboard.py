"""AppTest smoke tests: every page runs on the seeds database, widgets found by key."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, query

APP = str(ROOT / "dashboard" / "app.py")
PAGES = {
    "views/overview.py": ("总览", ["download_overview_parks", "download_overview_provinces"]),
    "views/investment.py": ("投资", ["download_investment_parks", "download_investment_projects"]),
    "views/projects.py": ("项目与企业", ["download_projects_kinds", "download_projects_enterprises"]),
    "views/party.py": ("党建", ["download_party_counts", "download_party_coverage", "download_party_changes"]),
    "views/keywords.py": ("关键词", ["download_keywords_cloud", "download_keywords_distinctive"]),
    "views/sources.py": ("来源", ["download_sources"]),
}


@pytest.fixture
def app(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("GAOXIN_DB", str(seeds_db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


@pytest.mark.parametrize("page", list(PAGES), ids=[t for t, _ in PAGES.values()])
def test_page_runs_with_its_widgets(app: AppTest, page: str) -> None:
    title, downloads = PAGES[page]
    app.switch_page(page).run()
    assert not app.exception, app.exception
    assert any(title in t.value for t in app.title)
    assert {"park", "year", "category"} <= {m.key for m in app.multiselect}
    assert set(downloads) <= {b.key for b in app.get("download_button")}
    assert "download_xlsx" in {b.key for b in app.get("download_button")}


def test_filters_narrow_the_kpis(app: AppTest, seeds_db: Path) -> None:
    def truth(where: str = "true") -> list[str]:
        [row] = query(seeds_db, f"select count(distinct park), count(distinct article_id), count(*) from metrics "
                                f"where {where}")
        return [str(n) for n in row]

    assert [m.value for m in app.metric][:3] == truth()
    app.multiselect(key="park").set_value(["成都高新区"]).run()
    assert [m.value for m in app.metric][:3] == truth("park = '成都高新区'")
    app.multiselect(key="year").set_value(["年份不详"]).run()
    assert not app.exception
    assert any("没有数据" in i.value for i in app.info)  # 成都 has no figure without a year: a message, no error


def test_url_opens_the_dashboard_filtered(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAOXIN_DB", str(seeds_db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["park"] = ["成都高新区", "常州高新区"]
    at.query_params["year"] = ["2024"]
    at.run()
    assert at.multiselect(key="park").value == ["成都高新区", "常州高新区"]
    assert at.session_state["filters"].years == (2024,)
    assert at.metric[0].value == "2"


def test_sources_search(app: AppTest) -> None:
    app.switch_page("views/sources.py").run()
    app.text_input(key="search").set_value("2201.2").run()
    table = app.dataframe[0].value
    assert len(table) == 5 and all("2201.2亿元" in s for s in table["原句(标出数字)"])
    assert sum("【2201.2亿元】" in s for s in table["原句(标出数字)"]) == 2


def test_missing_database_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAOXIN_DB", str(tmp_path / "none.duckdb"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert any("gaoxin etl" in e.value for e in at.error)

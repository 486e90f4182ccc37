"""A real Streamlit server (started the way users start it) driven by Debian's chromium."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from dashboard import queries
from dashboard.queries import Filters
from tests.browser.server import dashboard
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
SHOTS = ROOT / "tests" / "browser" / "screenshots"


@pytest.fixture(scope="module")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("browser") / "xdg" / "gaoxin" / "gaoxin.duckdb"  # not there yet: built by the server


@pytest.fixture(scope="module")
def server(served_db: Path) -> Iterator[str]:
    """`gaoxin dashboard` started in an empty folder with no database: it builds one from the sample pages
    shipped in the package, in the user's data folder (XDG_DATA_HOME), then serves it."""
    with dashboard(served_db, anywhere=True) as base:
        assert served_db.exists() and not any((served_db.parents[2] / "empty").iterdir())  # nothing left in cwd
        yield base
    log = (served_db.parent / "server.log").read_text()
    assert "构建" in log and str(served_db) in log  # the user saw the database being built, and where


@pytest.fixture(scope="module")
def synthetic_server(synthetic_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same server on the synthetic database: targets, changes, 美元 and parks with coordinates."""
    db = tmp_path_factory.mktemp("synthetic_browser") / "gaoxin.duckdb"  # a copy: its server.log goes beside it
    shutil.copy(synthetic_db, db)
    with dashboard(db) as base:
        yield base


def _ticks(page: Page, axis: str = "x", chart: int = 0) -> list[str]:
    """The tick labels of a chart's axis (park names) as the eye reads them: left to right, top to bottom."""
    ticks = page.locator(".js-plotly-plot").nth(chart).locator(f".{axis}tick text")
    side = "left" if axis == "x" else "top"
    return ticks.evaluate_all(f"""els => els.map(e => [e.getBoundingClientRect().{side}, e.textContent])
                                             .sort((a, b) => a[0] - b[0]).map(p => p[1])""")


def _open(page: Page, url: str, selector: str = ".js-plotly-plot") -> None:
    page.goto(url)
    page.wait_for_selector(selector, timeout=30_000)
    page.wait_for_timeout(800)  # let the last rerun settle


def _shot(page: Page, name: str) -> None:
    """The whole page: the viewport grows to the height of Streamlit's scrolling main area first."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    height = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": 1400, "height": min(max(1000, height + 40), 8000)})
    page.wait_for_timeout(600)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_first_chart_on_a_warm_server(server: str, page: Page) -> None:
    _open(page, server)  # warms the server: the database is opened and its headline tables built once
    start = time.monotonic()
    page.goto(server)
    page.wait_for_selector(".js-plotly-plot .point", timeout=30_000)
    elapsed = time.monotonic() - start
    print(f"\nfirst chart in the browser, warm server: {elapsed:.2f} s (target < 2 s)")
    assert "主要指标领先的园区" in page.inner_text("body")
    assert elapsed < 20, f"first chart took {elapsed:.1f} s"


PAGES = {"": "总览", "compare": "对比", "profile": "园区", "matrix": "指标矩阵", "map": "地图", "investment": "投资",
         "projects": "项目与企业", "party": "党建", "keywords": "关键词", "sources": "来源"}


@pytest.mark.parametrize("path", list(PAGES), ids=list(PAGES.values()))
def test_every_page_renders_in_chinese(server: str, page: Page, path: str) -> None:
    _open(page, f"{server}/{path}", ".js-plotly-plot, [data-testid='stDataFrame'], [data-testid='stImage']")
    body = page.inner_text("body")
    assert PAGES[path] in body
    assert not page.locator("[data-testid='stException']").count(), body[:2000]
    assert "Error" not in body and "Traceback" not in body
    assert page.get_by_role("button", name="下载数据").count() >= 1
    _shot(page, path or "overview")


def test_metric_in_the_url_ranks_the_parks(synthetic_server: str, page: Page) -> None:
    _open(page, f"{synthetic_server}/compare?metric=party_org_count")
    assert "党组织数" in page.locator(".js-plotly-plot").first.inner_text()
    assert _ticks(page, "y") == ["乙高新区", "甲高新区", "丙高新区", "丁高新区"]
    _shot(page, "compare_party_org_count")


def test_park_in_the_url_profiles_that_park(server: str, page: Page) -> None:
    _open(page, f"{server}/profile?park={quote('成都高新区')}", "[data-testid='stMetric']")
    assert page.locator("[data-testid='stMain'] h2").first.inner_text().strip() == "成都高新区"
    with page.expect_download() as info:
        page.get_by_role("button", name="下载数据").first.click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "成都高新区" in text and "原句" in text
    for other in ("常州高新区", "珠海高新区", "济南高新区", "重庆两江鱼复工业开发区", "潍坊高新区"):
        assert other not in text
    _shot(page, "profile_chengdu")


def test_changing_a_filter_updates_the_url(server: str, page: Page) -> None:
    _open(page, f"{server}/compare?metric=project_count")
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    box.click()
    page.keyboard.type("珠海")
    page.keyboard.press("Enter")
    page.wait_for_function("() => decodeURIComponent(location.search).includes('park=珠海高新区')", timeout=10_000)
    page.wait_for_timeout(1000)
    assert set(_ticks(page, "y")) == {"珠海高新区"}
    assert "metric=project_count" in page.url


def test_clicking_a_bar_sets_the_park_filter(server: str, page: Page) -> None:
    _open(page, f"{server}/compare?metric=project_count")
    bar = page.locator(".js-plotly-plot").first.locator(".point path").first
    bar.wait_for(timeout=10_000)
    box = bar.bounding_box()
    assert box is not None
    top = _ticks(page, "y")[0]  # the first bar is the top park's
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # as a user clicks: on the plot
    page.wait_for_function("() => new URLSearchParams(location.search).has('park')", timeout=10_000)
    page.wait_for_timeout(1000)
    parks = [p for p in page.url.split("?")[1].split("&") if p.startswith("park=")]
    assert parks == [f"park={quote(top)}"]
    assert set(_ticks(page, "y")) == {top}  # every chart now shows that park only
    _open(page, f"{server}/matrix?park={quote(top)}", "[data-testid='stDataFrame']")  # and so does every page


def test_a_metric_link_opens_it_in_compare_keeping_the_filter(server: str, page: Page) -> None:
    _open(page, f"{server}/?year=2024")
    page.get_by_role("link", name="在对比中查看项目数").click()
    page.wait_for_function("() => location.pathname.endsWith('/compare')", timeout=10_000)
    page.wait_for_timeout(1000)
    assert "metric=project_count" in page.url and "year=2024" in page.url
    assert "项目数" in page.locator(".js-plotly-plot").first.inner_text()


def test_clicking_a_matrix_column_opens_it_in_compare(synthetic_server: str, page: Page) -> None:
    _open(page, f"{synthetic_server}/matrix?metric=party_org_count", "[data-testid='stDataFrame']")
    grid = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    assert grid is not None
    page.mouse.click(grid["x"] + 300, grid["y"] + 18)  # the header of the first metric, right of 园区
    page.wait_for_function("() => location.pathname.endsWith('/compare')", timeout=10_000)
    assert "metric=investment_total" in page.url  # the matrix's first column: 总投资（亿元）


def test_ticking_a_matrix_row_sets_the_park_filter(synthetic_server: str, page: Page) -> None:
    _open(page, f"{synthetic_server}/matrix?metric=party_org_count", "[data-testid='stDataFrame']")
    grid = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    assert grid is not None
    page.mouse.click(grid["x"] + 18, grid["y"] + 18 + 35)  # the first row's box: 乙, the most 党组织
    page.wait_for_function("() => new URLSearchParams(location.search).get('park') === '乙高新区'", timeout=10_000)


def test_map_one_dot_per_located_park_on_the_seeds(server: str, served_db: Path, page: Page) -> None:
    _open(page, f"{server}/map?metric=project_count", ".js-plotly-plot .scattergeo .point")
    places = queries.locations(served_db, Filters(), "project_count")
    located = places["longitude"].notna().sum()
    assert located > 0 and page.locator(".js-plotly-plot").first.locator(".scattergeo .point").count() == located
    _shot(page, "map_seeds")


def test_map_one_dot_per_located_park(synthetic_server: str, page: Page) -> None:
    _open(page, f"{synthetic_server}/map?metric=party_org_count", ".js-plotly-plot .scattergeo .point")
    assert page.locator(".js-plotly-plot").first.locator(".scattergeo .point").count() == 3  # 丁 has no place
    assert "1 个园区的位置尚不在名录中" in page.inner_text("body")
    _shot(page, "map_synthetic")


def test_targets_and_changes_drawn_apart(synthetic_server: str, page: Page) -> None:
    _open(page, f"{synthetic_server}/compare?metric=party_org_count")
    legend = page.locator(".js-plotly-plot").first.locator(".legendtext").evaluate_all(
        "els => els.map(e => e.textContent)")
    assert {"实际", "目标", "原值"} <= set(legend)
    _shot(page, "compare_targets")
    _open(page, f"{synthetic_server}/profile?park={quote('甲高新区')}")
    _shot(page, "profile_years")

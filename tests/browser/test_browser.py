"""A real Streamlit server (started the way users start it) driven by Debian's chromium."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from tests.browser.server import dashboard
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
SHOTS = ROOT / "tests" / "browser" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`gaoxin dashboard` with no database yet: it builds one from seeds/ first, then serves."""
    db = tmp_path_factory.mktemp("browser") / "gaoxin.duckdb"
    with dashboard(db) as base:
        assert db.exists()
        yield base
    assert "构建" in (db.parent / "server.log").read_text()  # the user saw that the database was being built


def _plot_texts(page: Page) -> list[str]:
    """The x-axis labels (park names) of the page's first chart."""
    ticks = page.locator(".js-plotly-plot").first.locator(".xtick text")
    return ticks.evaluate_all("els => els.map(e => e.textContent)")


def test_a_chinese_chart_within_seconds(server: str, page: Page) -> None:
    start = time.monotonic()
    page.goto(server)
    page.wait_for_selector(".js-plotly-plot", timeout=20_000)
    elapsed = time.monotonic() - start
    assert "各园区数据条数" in page.locator(".js-plotly-plot").first.inner_text()
    assert "成都高新区" in _plot_texts(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    assert elapsed < 20, f"first chart took {elapsed:.1f} s"


def test_url_filter_shows_only_that_park(server: str, page: Page) -> None:
    page.goto(f"{server}/?park={quote('成都高新区')}")
    page.wait_for_selector(".js-plotly-plot", timeout=20_000)
    page.wait_for_timeout(500)
    assert set(_plot_texts(page)) == {"成都高新区"}
    with page.expect_download() as info:
        page.get_by_role("button", name="下载数据").first.click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "成都高新区" in text
    for other in ("常州高新区", "珠海高新区", "济南高新区", "重庆两江鱼复工业开发区", "潍坊高新区"):
        assert other not in text
    page.screenshot(path=str(SHOTS / "chengdu.png"), full_page=True)


def test_changing_a_filter_updates_the_url(server: str, page: Page) -> None:
    page.goto(f"{server}/investment")
    page.wait_for_selector(".js-plotly-plot", timeout=20_000)
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    box.click()
    page.keyboard.type("珠海")
    page.keyboard.press("Enter")
    page.wait_for_function("() => decodeURIComponent(location.search).includes('park=珠海高新区')", timeout=10_000)
    page.wait_for_timeout(800)
    assert set(_plot_texts(page)) == {"珠海高新区"}


def _source_count(page: Page) -> int:
    caption = page.get_by_text(re.compile(r"来源共 [\d,]+ 条")).last.inner_text()
    return int(re.search(r"来源共 ([\d,]+) 条", caption).group(1).replace(",", ""))


def test_clicking_a_bar_narrows_the_sources(server: str, page: Page) -> None:
    page.goto(f"{server}/investment?park={quote('成都高新区')}")
    page.wait_for_selector(".js-plotly-plot .point path", timeout=20_000)
    before = _source_count(page)
    bar = page.locator(".js-plotly-plot").first.locator(".point path").first.bounding_box()
    assert bar is not None
    page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)  # as a user clicks: on the plot
    page.get_by_text("已按点击的柱子筛选").wait_for(timeout=10_000)
    page.wait_for_timeout(500)
    assert "投资" in page.get_by_text("已按点击的柱子筛选").inner_text()
    assert 0 < _source_count(page) < before

"""In Chromium: pages uploaded on 上传 (progress, summary, the park in the filter), bad uploads refused with
a reason and nothing lost, a figure corrected on 来源 and the new value in the chart's download."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from tests.browser.server import dashboard
from tests.conftest import PAGES, ROOT
from tests.test_upload import zipped

pytestmark = pytest.mark.browser
NEW_PAGE = PAGES / "page_b_utf8_bom.txt"  # 合肥高新区 and 苏州工业园区: parks the seeds do not have
MB = 1024 * 1024
SHOTS = ROOT / "tests" / "browser" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own: these tests change its database."""
    with dashboard(tmp_path_factory.mktemp("upload") / "gaoxin.duckdb") as base:
        yield base


def _upload(page: Page, server: str, files: list[dict]) -> None:
    """Choose files on 上传 and press 导入; returns once the result is shown. Notes whether a progress bar showed."""
    page.goto(f"{server}/upload")
    page.get_by_text("选择页面文件").wait_for(timeout=30_000)
    page.evaluate("""() => { window.sawProgress = false;
        new MutationObserver(() => {
            if (document.querySelector('[data-testid="stProgress"]')) window.sawProgress = true;
        }).observe(document.body, {childList: true, subtree: true}); }""")
    page.locator("input[type=file]").set_input_files(files)
    page.get_by_role("button", name="导入").click()
    page.get_by_text("导入结果").wait_for(timeout=60_000)
    page.wait_for_timeout(500)


def _figures(page: Page, server: str) -> int:
    """The 数据条数 tile of 总览."""
    page.goto(server)
    tile = page.locator("[data-testid='stMetric']").filter(has_text="数据条数")
    tile.wait_for(timeout=30_000)
    return int(tile.locator("[data-testid='stMetricValue']").inner_text().replace(",", ""))


def _park_options(page: Page, typed: str) -> list[str]:
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    box.click()
    page.keyboard.type(typed)
    page.wait_for_timeout(500)
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return options


def test_an_uploaded_page_shows_progress_a_summary_and_its_park(server: str, page: Page) -> None:
    before = _figures(page, server)
    _upload(page, server, [{"name": NEW_PAGE.name, "mimeType": "text/plain", "buffer": NEW_PAGE.read_bytes()}])
    assert page.evaluate("() => window.sawProgress"), "no progress bar while the ETL ran"
    tiles = dict(zip(page.locator("[data-testid='stMetricLabel']").all_inner_texts(),
                     page.locator("[data-testid='stMetricValue']").all_inner_texts(), strict=True))
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "upload.png"), full_page=True)
    assert tiles["新页面"] == "1" and tiles["重复"] == "0" and tiles["拒绝"] == "0"
    added = int(tiles["新增数据"].lstrip("+"))
    assert added > 0
    assert "合肥高新区" in _park_options(page, "合肥")  # the sidebar was refreshed with the new park
    assert _figures(page, server) == before + added
    _upload(page, server, [{"name": "copy.txt", "mimeType": "text/plain", "buffer": NEW_PAGE.read_bytes()}])
    assert page.get_by_text(f"copy.txt 与已有的 {NEW_PAGE.name} 内容相同").is_visible()
    assert _figures(page, server) == before + added


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("huge.txt", "成都高新区".encode() * (6 * MB // 15), "文件过大"),
    ("bomb.zip", zipped(("zeros.txt", b"0" * (120 * MB))), "疑似压缩炸弹"),
    ("evil.zip", zipped(("../../evil.txt", "成都高新区".encode())), "不安全的路径 ../../evil.txt"),
    ("binary.txt", bytes(range(256)) * 64, "binary"),
], ids=["过大的文件 oversized", "压缩炸弹 zip bomb", "../ 路径 traversal", "二进制 binary"])
def test_a_bad_upload_is_refused_and_loses_nothing(server: str, page: Page, name: str, data: bytes,
                                                   reason: str) -> None:
    before = _figures(page, server)
    _upload(page, server, [{"name": name, "mimeType": "application/octet-stream", "buffer": data}])
    page.screenshot(path=str(SHOTS / f"upload_refused_{name}.png"), full_page=True)
    refusal = page.locator("[data-testid='stAlert']").filter(has_text=f"已拒绝 {name}")
    assert reason in refusal.inner_text()
    assert _figures(page, server) == before


def _settled(page: Page) -> None:
    """Wait until the app's script has finished its rerun, so that a click is not lost to the next one."""
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(timeout=30_000)


def test_a_correction_on_sources_is_in_the_charts_download(server: str, page: Page) -> None:
    page.goto(f"{server}/sources")
    page.get_by_label("搜索原句、园区或对象").fill("2201.2亿元")
    page.keyboard.press("Enter")
    page.get_by_text(re.compile(r"共 \d+ 条数据")).wait_for(timeout=30_000)
    pick = page.locator("[data-testid='stSelectbox']").filter(has_text="选择要校对的数据")
    pick.click()
    page.get_by_role("option", name=re.compile("总投资 · 2,201.2亿元")).first.click()
    page.get_by_text("保存校对").wait_for(timeout=30_000)
    page.get_by_text("更正", exact=True).click()
    value = page.get_by_label("数值（亿元）")
    value.fill("3000")
    page.get_by_label("备注（可选）").fill("浏览器测试")
    page.keyboard.press("Tab")
    _settled(page)
    page.screenshot(path=str(SHOTS / "review.png"), full_page=True)
    page.get_by_role("button", name="保存校对").click()
    page.get_by_text("已保存").wait_for(timeout=30_000)

    page.goto(f"{server}/investment?park={quote('成都高新区')}")
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    page.wait_for_timeout(800)
    with page.expect_download() as info:
        page.get_by_role("button", name="下载数据").first.click()
    text = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    assert "3,000亿元" in text and "300000000000" in text

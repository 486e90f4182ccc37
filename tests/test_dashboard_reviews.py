"""AppTest: 校对 on 来源 writes a review that every query then applies; 上传 runs; orphans are listed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import queries
from dashboard.queries import Filters
from etl import reviews
from etl.reviews import Review
from tests.conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
SUBMIT = "FormSubmitter:review_form-保存校对"


@pytest.fixture
def db(tmp_path: Path, seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "gaoxin.duckdb"
    shutil.copy(seeds_db, out)
    monkeypatch.setenv("GAOXIN_DB", str(out))
    return out


def sources(search: str, figure_id: str) -> AppTest:
    """来源 searched, one figure picked for review."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/sources.py").run()
    at.text_input(key="search").set_value(search).run()
    at.selectbox(key="review_pick").set_value(figure_id).run()
    assert not at.exception, at.exception
    return at


def picked(db: Path, search: str) -> pd.Series:
    return queries.figures(db, Filters(), search=search).iloc[0]


@pytest.mark.parametrize(("widget", "value", "field", "expected"), [
    ("review_value", 3000.0, "value", 3000e8),
    ("review_park", "珠海高新区", "park", "珠海高新区"),
    ("review_year", 2020, "year", 2020),
    ("review_status", "target", "status", "target"),
], ids=["数值 3000亿元", "园区 珠海高新区", "年份 2020", "状态 目标"])
def test_a_correction_reaches_every_query(db: Path, widget: str, value: object, field: str, expected: object) -> None:
    figure = picked(db, "2201.2亿元")
    at = sources("2201.2亿元", figure["figure_id"])
    at.radio(key="review_action").set_value("correct")
    getattr(at, "number_input" if widget in ("review_value", "review_year") else
            "text_input" if widget == "review_park" else "selectbox")(key=widget).set_value(value)
    at.text_input(key="review_note").set_value("核对原文")
    at.button(key=SUBMIT).click().run()
    assert not at.exception, at.exception
    saved = reviews.load(db)[figure["figure_id"]]
    assert saved.action == "correct" and getattr(saved, field) == expected and saved.note == "核对原文"
    row = queries.all_metrics(db, Filters()).set_index("figure_id").loc[figure["figure_id"]]
    assert row[field] == expected and bool(row["reviewed"])


def test_a_correction_keeps_the_earlier_one(db: Path) -> None:
    figure = picked(db, "2201.2亿元")
    reviews.record(db, [Review(figure["figure_id"], "correct", park="珠海高新区")])
    at = sources("2201.2亿元", figure["figure_id"])
    at.radio(key="review_action").set_value("correct")
    at.number_input(key="review_year").set_value(2020)
    at.button(key=SUBMIT).click().run()
    assert reviews.load(db)[figure["figure_id"]] == Review(figure["figure_id"], "correct", park="珠海高新区", year=2020)


def test_a_correction_that_changes_nothing_is_not_saved(db: Path) -> None:
    figure = picked(db, "2201.2亿元")
    at = sources("2201.2亿元", figure["figure_id"])
    at.radio(key="review_action").set_value("correct")
    at.button(key=SUBMIT).click().run()
    assert any("没有改动" in w.value for w in at.warning) and not reviews.load(db)


def test_a_rejected_figure_leaves_the_tables(db: Path) -> None:
    figure = picked(db, "2201.2亿元")
    before = queries.kpis(db, Filters())["figures"]
    at = sources("2201.2亿元", figure["figure_id"])
    at.radio(key="review_action").set_value("reject")
    at.button(key=SUBMIT).click().run()
    assert reviews.load(db)[figure["figure_id"]].action == "reject"
    assert queries.kpis(db, Filters())["figures"] == before - 1
    for rows in (queries.figures(db, Filters()), queries.all_metrics(db, Filters()),
                 queries.headlines(db, Filters(), (figure["metric"],))):
        assert figure["figure_id"] not in set(rows["figure_id"])


def test_orphaned_reviews_are_listed(db: Path) -> None:
    reviews.record(db, [Review("0000000000000000:project_count:1-3", "confirm", note="旧页面")])
    assert [r.note for r in queries.orphaned_reviews(db)] == ["旧页面"]
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/sources.py").run()
    assert any("1 条校对找不到对应的数据" in e.label for e in at.expander)


def test_the_upload_page_runs(db: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("views/upload.py").run()
    assert not at.exception and at.title[0].value == "上传"
    assert at.button(key="upload_run").disabled  # nothing chosen yet


def test_a_rejected_figure_can_be_restored_and_a_review_undone(db: Path) -> None:
    first, second = queries.figures(db, Filters(), search="2201.2亿元")["figure_id"].head(2)
    reviews.record(db, [Review(first, "reject"), Review(second, "confirm")])
    at = sources("2201.2亿元", second)
    at.button(key="review_undo").click().run()
    assert set(reviews.load(db)) == {first}
    at.expander[0].multiselect(key="review_restore_pick").set_value([first]).run()
    at.button(key="review_restore").click().run()
    assert not reviews.load(db) and first in set(queries.figures(db, Filters())["figure_id"])


def test_a_broken_reviews_file_is_named_not_ignored(db: Path) -> None:
    reviews.path_for(db).write_text("figure_id,action\nf1,approve\n", encoding="utf-8")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert any("校对文件有误" in e.value and "gaoxin.reviews.csv:2" in e.value for e in at.error)

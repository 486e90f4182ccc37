"""Reviews: rows parsed or refused by line, applied by one pure function, kept through every ETL run."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from etl import reviews
from etl.cli import main
from etl.reviews import Review, apply, parse, parse_csv
from tests.conftest import SEEDS, query

METRICS = {"project_count": "projects", "investment_total": "investment", "patent_count": "innovation"}
HEADER = ",".join(reviews.COLUMNS)


def row(**cells: str) -> dict[str, str]:
    return {"figure_id": "f1", **cells}


@pytest.mark.parametrize(("cells", "expected"), [
    (row(action="confirm"), Review("f1", "confirm")),
    (row(action="confirm", note="核对原文无误"), Review("f1", "confirm", note="核对原文无误")),
    (row(action="correct", park="成都高新区"), Review("f1", "correct", park="成都高新区")),
    (row(action="correct", value="2,201.2", unit="CNY"), Review("f1", "correct", value=2201.2, unit="CNY")),
    (row(action="correct", metric="patent_count", year="2023"), Review("f1", "correct", metric="patent_count",
                                                                       year=2023)),
    (row(action="correct", status="target"), Review("f1", "correct", status="target")),
    (row(action=" Reject ", note="图片说明，不是数据"), Review("f1", "reject", note="图片说明，不是数据")),
], ids=["confirm", "confirm 核对原文无误", "correct park 成都高新区", "correct value 2,201.2", "correct metric year",
        "correct status", "reject 图片说明"])
def test_a_good_row(cells: dict, expected: Review) -> None:
    assert parse(cells, METRICS) == expected


@pytest.mark.parametrize(("cells", "reason"), [
    ({"action": "confirm"}, "figure_id is empty"),
    (row(action="approve"), "action 'approve' is not one of"),
    (row(action="correct"), "correct without a corrected value"),
    (row(action="reject", value="5"), "reject takes no corrected values (value)"),
    (row(action="correct", metric="gdp"), "unknown metric 'gdp'"),
    (row(action="correct", value="五十亿"), "value '五十亿' is not a number"),
    (row(action="correct", value="inf"), "not a finite number"),
    (row(action="correct", unit="亿元"), "unit '亿元' is not one of"),
    (row(action="correct", status="planned"), "status 'planned' is not one of"),
    (row(action="correct", year="二〇二三"), "year '二〇二三' is not a year"),
    (row(action="correct", year="1024"), "year '1024' is not a year"),
], ids=["no figure_id", "approve", "correct nothing", "reject with a value", "metric gdp", "value 五十亿", "value inf",
        "unit 亿元", "status planned", "year 二〇二三", "year 1024"])
def test_a_bad_row_says_why(cells: dict, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse(cells, METRICS)


def test_bad_rows_are_named_by_line() -> None:
    text = f"{HEADER}\nf1,confirm,,,,,,,\nf2,correct,,,abc,,,,\nf3,approve,,,,,,,\n"
    with pytest.raises(reviews.BadReviews) as err:
        parse_csv(text, "r.csv", METRICS)
    assert err.value.problems == [(3, "value 'abc' is not a number (CNY in yuan, counts, rates 0–100)"),
                                  (4, "action 'approve' is not one of confirm, correct, reject")]
    assert "r.csv:3: value 'abc'" in str(err.value)


@pytest.mark.parametrize(("header", "reason"), [("figure_id,park", "no action column"),
                                                 ("figure_id,action,who", "unknown column who")])
def test_a_bad_header_says_why(header: str, reason: str) -> None:
    with pytest.raises(reviews.BadReviews, match=reason):
        parse_csv(f"{header}\nf1,confirm\n", "r.csv", METRICS)


FIGURES = pd.DataFrame({
    "figure_id": ["a", "b", "c", "d"], "park": ["成都高新区", "常州高新区", "珠海高新区", "济南高新区"],
    "category": ["investment", "projects", "projects", "investment"],
    "metric": ["investment_total", "project_count", "project_count", "investment_total"],
    "value": [2.2e9, 81.0, 12.0, 5e8], "value_low": [1e9, math.nan, math.nan, math.nan],
    "unit": ["CNY", "count", "count", "CNY"], "year": pd.array([2024, 2023, None, 2022], dtype="Int32"),
    "year_source": ["explicit", "page", "none", "article"], "status": ["actual"] * 4})


@pytest.mark.parametrize(("review", "figure", "expected"), [
    (Review("a", "confirm", note="无误"), "a", {"value": 2.2e9, "reviewed": True, "review_note": "无误"}),
    (Review("a", "correct", value=2.3e9), "a", {"value": 2.3e9, "value_low": None, "reviewed": True}),
    (Review("b", "correct", park="成都高新区"), "b", {"park": "成都高新区", "value": 81.0}),
    (Review("b", "correct", metric="patent_count"), "b", {"metric": "patent_count", "category": "innovation"}),
    (Review("c", "correct", year=2021), "c", {"year": 2021, "year_source": "review"}),
    (Review("d", "correct", status="target", unit="USD"), "d", {"status": "target", "unit": "USD"}),
    (Review("zz", "confirm"), "a", {"reviewed": False, "review_note": ""}),
], ids=["确认 confirm", "更正数值 value", "更正园区 park", "更正指标 metric → category", "更正年份 year",
        "更正状态 status", "别的数据的校对 another figure's review"])
def test_apply(review: Review, figure: str, expected: dict) -> None:
    out = apply(FIGURES, {review.figure_id: review}, METRICS).set_index("figure_id")
    got = {k: (None if pd.isna(v) else v) for k, v in out.loc[figure, list(expected)].items()}
    assert got == expected
    assert len(out) == 4 and out["year"].dtype == FIGURES["year"].dtype


def test_apply_drops_rejected_and_leaves_its_input_alone() -> None:
    before = FIGURES.copy()
    out = apply(FIGURES, {"b": Review("b", "reject"), "c": Review("c", "confirm")}, METRICS)
    assert out["figure_id"].tolist() == ["a", "c", "d"] and out["reviewed"].tolist() == [False, True, False]
    pd.testing.assert_frame_equal(FIGURES, before)


def test_orphans_are_listed() -> None:
    kept = {"a": Review("a", "confirm"), "gone": Review("gone", "reject", note="旧页面")}
    assert reviews.orphaned(FIGURES["figure_id"], kept) == [kept["gone"]]


@pytest.fixture
def db(tmp_path: Path, seeds_db: Path) -> Path:
    out = tmp_path / "gaoxin.duckdb"
    shutil.copy(seeds_db, out)
    return out


def _ids(db: Path, sentence: str) -> list[tuple[str, float]]:
    return query(db, "select figure_id, value from metrics where sentence like ? order by id", [f"%{sentence}%"])


def test_a_correction_survives_a_rebuild_and_shows_in_export(db: Path, tmp_path: Path, capsys) -> None:
    (fixed, value), (dropped, _) = _ids(db, "2201.2亿元")[:2]
    review_file = tmp_path / "mine.csv"
    review_file.write_text(f"{HEADER}\n{fixed},correct,,,{value * 2:.0f},,,,校对：原文数字有误\n"
                           f"{dropped},reject,,,,,,,重复报道\ngone:metric:1-2,confirm,,,,,,,\n", encoding="utf-8")
    assert main(["reviews", "import", str(review_file), "--db", str(db)]) == 0
    assert "孤立的校对 orphaned review (figure no longer found): gone:metric:1-2" in capsys.readouterr().out
    assert reviews.path_for(db) == tmp_path / "gaoxin.reviews.csv"
    assert main(["etl", "--rebuild", "--input", str(SEEDS), "--db", str(db)]) == 0
    out = tmp_path / "figures.csv"
    assert main(["export", str(out), "--db", str(db)]) == 0
    figures = pd.read_csv(out, encoding="utf-8-sig").set_index("figure_id")
    assert figures.loc[fixed, "value"] == value * 2 and bool(figures.loc[fixed, "reviewed"])
    assert figures.loc[fixed, "review_note"] == "校对：原文数字有误"
    assert dropped not in figures.index
    assert figures["reviewed"].sum() == 1 and len(figures) == query(db, "select count(*) from metrics")[0][0] - 1


@pytest.mark.parametrize("suffix", [".xlsx", ".parquet"])
def test_export_formats(db: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"figures{suffix}"
    assert main(["export", str(out), "--db", str(db)]) == 0
    figures = pd.read_excel(out) if suffix == ".xlsx" else pd.read_parquet(out)
    assert {"figure_id", "reviewed"} <= set(figures.columns)
    assert len(figures) == query(db, "select count(*) from metrics")[0][0]


def test_export_refuses_an_unknown_format_or_a_missing_database(db: Path, tmp_path: Path) -> None:
    assert main(["export", str(tmp_path / "figures.json"), "--db", str(db)]) == 2
    assert main(["export", str(tmp_path / "figures.csv"), "--db", str(tmp_path / "none.duckdb")]) == 2
    assert not (tmp_path / "figures.csv").exists()


def test_a_bad_row_imports_nothing(db: Path, tmp_path: Path, capsys) -> None:
    (first, _), (second, _) = _ids(db, "2201.2亿元")[:2]
    good = tmp_path / "good.csv"
    good.write_text(f"{HEADER}\n{first},confirm,,,,,,,\n", encoding="utf-8")
    main(["reviews", "import", str(good), "--db", str(db)])
    before = reviews.path_for(db).read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\n{second},reject,,,,,,,\n{first},correct,,,,,1850,,\n{first},correct,,,x,,,,\n",
                   encoding="utf-8")
    assert main(["reviews", "import", str(bad), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:4: value 'x' is not a number" in err and "nothing imported" in err
    assert reviews.path_for(db).read_bytes() == before


def test_export_then_import_is_the_same_file(db: Path, tmp_path: Path) -> None:
    (first, _), (second, _) = _ids(db, "2201.2亿元")[:2]
    reviews.record(db, [Review(first, "correct", value=220120000001.0, year=2023, note="逗号, 引号\"也行"),
                        Review(second, "reject")])
    out = tmp_path / "shared.csv"
    assert main(["reviews", "export", str(out), "--db", str(db)]) == 0
    other = tmp_path / "other.duckdb"
    shutil.copy(db, other)
    assert main(["reviews", "import", str(out), "--db", str(other)]) == 0
    assert reviews.load(other) == reviews.load(db)
    assert reviews.path_for(other).read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_a_later_review_of_a_figure_replaces_the_earlier(db: Path) -> None:
    reviews.record(db, [Review("f", "confirm")])
    reviews.record(db, [Review("f", "reject", note="再看不对")])
    assert reviews.load(db) == {"f": Review("f", "reject", note="再看不对")}


def test_forget_withdraws_a_review(db: Path) -> None:
    reviews.record(db, [Review("f", "reject"), Review("g", "confirm")])
    assert reviews.forget(db, ["f"]) == {"g": Review("g", "confirm")} == reviews.load(db)

"""queries: parameterised SQL over the seeds database and a synthetic one with targets, ranges and places."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard import queries
from dashboard.queries import Filters
from etl import reviews
from etl.cli import main
from etl.reviews import Review
from tests.conftest import SEEDS, query


def test_options(seeds_db: Path) -> None:
    opts = queries.options(seeds_db)
    assert opts["parks"][0] == "成都高新区" and "聊城市" not in opts["parks"]
    assert opts["years"] == [2024, 2023, 2022, 2019] and opts["unknown_year"]
    assert opts["metrics"]["party_org_count"] == "party" and opts["metrics"]["investment_total"] == "investment"


def test_filters_combine(seeds_db: Path) -> None:
    def count(where: str) -> int:
        return query(seeds_db, f"select count(*) from metrics where {where}")[0][0]

    assert queries.kpis(seeds_db, Filters())["figures"] == count("true")
    assert queries.kpis(seeds_db, Filters(parks=("成都高新区",)))["figures"] == count("park = '成都高新区'")
    assert queries.kpis(seeds_db, Filters(years=(2022,)))["figures"] == count("year = 2022")
    assert queries.kpis(seeds_db, Filters(unknown_year=True))["figures"] == count("year is null")
    assert queries.kpis(seeds_db, Filters(years=(2022,), unknown_year=True))["figures"] == count(
        "year = 2022 or year is null")
    party = count("category = 'party'")
    assert queries.kpis(seeds_db, Filters(categories=("party",)))["figures"] == party
    assert len(queries.figures(seeds_db, Filters(categories=("party",)))) == party
    first = queries.figures(seeds_db, Filters(categories=("party",)), limit=3)
    assert len(first) == 3 and first.attrs["total"] == party
    chengdu = queries.figures(seeds_db, Filters(parks=("成都高新区",)), search="亿元", limit=2)
    assert chengdu.attrs["total"] == count("park = '成都高新区' and sentence ilike '%亿元%'")
    assert len(queries.figures(seeds_db, Filters(), limit=5)) == 5


def test_user_input_is_a_parameter_not_sql(seeds_db: Path) -> None:
    evil = "成都高新区') OR 1=1 --"
    assert queries.kpis(seeds_db, Filters(parks=(evil,)))["figures"] == 0
    assert queries.figures(seeds_db, Filters(), search="%' OR '1'='1").empty
    assert queries.figures(seeds_db, Filters(), search="%' OR '1'='1", limit=10).attrs["total"] == 0


def test_headline_never_adds_breakdowns(seeds_db: Path) -> None:
    rows = queries.headlines(seeds_db, Filters(parks=("成都高新区",)), ("investment_annual", "project_count"))
    assert dict(zip(rows["metric"], rows["value"], strict=True)) == {"investment_annual": 24090000000.0,
                                                                      "project_count": 81.0}
    assert set(rows["sentence"]) and rows["hl_end"].gt(rows["hl_start"]).all()


def test_project_scope_is_never_a_headline(seeds_db: Path) -> None:
    assert queries.headlines(seeds_db, Filters(parks=("潍坊高新区",)), ("investment_total",)).empty
    projects = queries.figures(seeds_db, Filters(parks=("潍坊高新区",)), metrics=("investment_total",), scope="project")
    assert projects["value"].tolist() == [170000000.0]


# The headline rule: per park, the latest year's largest park-scope actual; targets apart; 元 and 美元 apart.
HEADLINES = [
    pytest.param("甲高新区", "party_org_count", "actual", Filters(), [(120, 2024)],
                 id="甲: 2024年的120, 不是2024年的分项80, 不是单个企业的900, 也不是2025年的目标200"),
    pytest.param("甲高新区", "party_org_count", "target", Filters(), [(200, 2025)], id="甲: 目标单列 200 (2025)"),
    pytest.param("甲高新区", "party_org_count", "actual", Filters(years=(2023,)), [(100, 2023)],
                 id="甲: 筛选2023年时取2023年的100"),
    pytest.param("丙高新区", "party_org_count", "actual", Filters(), [(50, 2022)],
                 id="丙: 有年份的50胜过年份不详的999"),
    pytest.param("丙高新区", "party_org_count", "actual", Filters(unknown_year=True), [(999, None)],
                 id="丙: 只看年份不详时取999"),
    pytest.param("丁高新区", "party_org_count", "actual", Filters(), [], id="丁: 只有目标, 没有实际 headline"),
    pytest.param("乙高新区", "investment_total", "actual", Filters(), [(5e9, 2024), (3e8, 2024)],
                 id="乙: 50亿元与3亿美元各是一条, 不取较大者"),
]


@pytest.mark.parametrize(("park", "metric", "status", "f", "expected"), HEADLINES)
def test_headline_rule(synthetic_db: Path, park: str, metric: str, status: str, f: Filters,
                       expected: list[tuple]) -> None:
    rows = queries.headlines(synthetic_db, f, (metric,), status=status)
    rows = rows[rows["park"] == park]
    got = [(v, None if pd.isna(y) else int(y)) for v, y in zip(rows["value"], rows["year"], strict=True)]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert (rows["scope"] == "park").all() and (rows["status"] == status).all()


def test_headlines_rank_parks_by_value(synthetic_db: Path) -> None:
    rows = queries.headlines(synthetic_db, Filters(), ("party_org_count",))
    assert rows["park"].tolist() == ["乙高新区", "甲高新区", "丙高新区"]
    assert rows.loc[rows["park"] == "乙高新区", "from_value"].item() == 150


def test_a_review_reaches_the_headlines(synthetic_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "g.duckdb"
    shutil.copy(synthetic_db, db)
    before = queries.headlines(db, Filters(), ("party_org_count",))
    top = before.iloc[0]
    assert top["park"] == "乙高新区"
    reviews.record(db, [Review(top["figure_id"], "correct", value=10.0, note="测试")])
    after = queries.headlines(db, Filters(), ("party_org_count",))  # the derived tables follow the reviews file
    assert after["park"].tolist() == ["甲高新区", "丙高新区", "乙高新区"]
    assert after.set_index("park").loc["乙高新区", "reviewed"]
    assert queries.kpis(db, Filters())["figures"] == queries.kpis(synthetic_db, Filters())["figures"]
    reviews.record(db, [Review(top["figure_id"], "reject")])
    assert "乙高新区" not in set(queries.headlines(db, Filters(), ("party_org_count",))["park"])
    assert queries.kpis(db, Filters())["figures"] == queries.kpis(synthetic_db, Filters())["figures"] - 1


def test_series_follows_one_park_over_the_years(synthetic_db: Path) -> None:
    rows = queries.series(synthetic_db, Filters(), "甲高新区")
    org = rows[rows["metric"] == "party_org_count"]
    assert list(zip(org["status"], org["year"], org["value"], strict=True)) == [
        ("actual", 2023, 100), ("actual", 2024, 120), ("target", 2025, 200)]
    assert set(rows["park"]) == {"甲高新区"} and (rows["scope"] == "park").all()


def test_locations_place_parks_and_carry_the_headline(synthetic_db: Path) -> None:
    places = queries.locations(synthetic_db, Filters(), "party_org_count").set_index("park")
    assert places.loc["甲高新区", "value"] == 120 and places.loc["甲高新区", "longitude"] == pytest.approx(104.06)
    assert places.loc["丁高新区", "longitude"] != places.loc["丁高新区", "longitude"]  # NaN: not located
    assert places.loc["丁高新区", "value"] != places.loc["丁高新区", "value"]  # a target is no headline
    assert queries.park_info(synthetic_db, "甲高新区")["city"] == "成都"
    assert queries.park_info(synthetic_db, "无此园区") == {}


def test_locations_without_coordinates_in_the_gazetteer(seeds_db: Path) -> None:
    places = queries.locations(seeds_db, Filters(), "party_org_count")
    assert len(places) == 14 and "成都高新区" in set(places["park"])  # every park with figures, placed or not


def test_parks_by_province(synthetic_db: Path) -> None:
    rows = queries.parks_by_province(synthetic_db, Filters())
    assert set(rows["province"]) == {"四川", "湖北", "陕西", "江苏"} and rows["parks"].sum() == 4


def test_terms_and_distinctive_terms(seeds_db: Path) -> None:
    terms = queries.terms(seeds_db, Filters(parks=("成都高新区",)))
    assert "成都高新区" in terms["term"].head(10).tolist()
    top = queries.distinctive_terms(seeds_db, Filters(), "成都高新区")
    assert top["score"].is_monotonic_decreasing and (top["here"] >= 2).all()


def test_cache_follows_the_database_file(tmp_path: Path) -> None:
    db = tmp_path / "g.duckdb"
    main(["etl", "--input", str(SEEDS / "003_ab11b81221d97ae2.txt"), "--db", str(db)])
    assert queries.kpis(db, Filters())["parks"] == 6
    folder = tmp_path / "two"
    folder.mkdir()
    for name in ("003_ab11b81221d97ae2.txt", "001_36ca73cae5efff82.txt"):
        shutil.copy(SEEDS / name, folder / name)
    main(["etl", "--input", str(folder), "--db", str(db)])
    assert queries.kpis(db, Filters())["parks"] == 9  # a new run shows up without a restart (+常州, 潍坊, 成都)

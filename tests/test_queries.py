"""queries: parameterised SQL over the seeds database."""

from __future__ import annotations

import shutil
from pathlib import Path

from dashboard import queries
from dashboard.queries import Filters
from etl.cli import main
from tests.conftest import SEEDS, query


def test_options(seeds_db: Path) -> None:
    opts = queries.options(seeds_db)
    assert opts["parks"][0] == "成都高新区" and "聊城市" not in opts["parks"]
    assert opts["years"] == [2024, 2023, 2022, 2019] and opts["unknown_year"]


def test_filters_combine(seeds_db: Path) -> None:
    def count(where: str) -> int:
        return query(seeds_db, f"select count(*) from metrics where {where}")[0][0]

    assert queries.kpis(seeds_db, Filters())["figures"] == count("true")
    assert queries.kpis(seeds_db, Filters(parks=("成都高新区",)))["figures"] == count("park = '成都高新区'")
    assert queries.kpis(seeds_db, Filters(years=(2022,)))["figures"] == count("year = 2022")
    assert queries.kpis(seeds_db, Filters(unknown_year=True))["figures"] == count("year is null")
    assert queries.kpis(seeds_db, Filters(years=(2022,), unknown_year=True))["figures"] == count(
        "year = 2022 or year is null")
    assert queries.kpis(seeds_db, Filters(categories=("party",)))["figures"] == count("category = 'party'")


def test_user_input_is_a_parameter_not_sql(seeds_db: Path) -> None:
    evil = "成都高新区') OR 1=1 --"
    assert queries.kpis(seeds_db, Filters(parks=(evil,)))["figures"] == 0
    assert queries.figures(seeds_db, Filters(), search="%' OR '1'='1").empty


def test_headline_never_adds_breakdowns(seeds_db: Path) -> None:
    rows = queries.headline_figures(seeds_db, Filters(parks=("成都高新区",)), ("investment_annual", "project_count"))
    assert dict(zip(rows["metric"], rows["value"], strict=True)) == {"investment_annual": 24090000000.0,
                                                                      "project_count": 81.0}
    assert set(rows["sentence"]) and rows["hl_end"].gt(rows["hl_start"]).all()


def test_project_scope_is_kept_apart(seeds_db: Path) -> None:
    parks = queries.headline_figures(seeds_db, Filters(parks=("潍坊高新区",)), ("investment_total",))
    projects = queries.headline_figures(seeds_db, Filters(parks=("潍坊高新区",)), ("investment_total",),
                                        by_subject=True, scope="project")
    assert parks.empty and projects["value"].tolist() == [170000000.0]


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

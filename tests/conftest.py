"""One database built once per test session from the seeds, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL = ROOT / "tests" / "eval"
PAGES = ROOT / "tests" / "cases" / "pages"


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "gaoxin.duckdb"
    assert main(["etl", "--input", str(SEEDS), "--db", str(db)]) == 0
    return db


@pytest.fixture(scope="session")
def pages_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pages") / "gaoxin.duckdb"
    assert main(["etl", "--input", str(PAGES), "--db", str(db)]) == 0
    return db


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def score(db: Path, gold: str, negatives: str) -> dict:
    """Run the project's judge (etl/scorer.py, a copy of shared/eval/score.py) on a database."""
    out = subprocess.run([sys.executable, "-m", "etl.scorer", "--db", str(db), "--gold", str(EVAL / gold),
                          "--negatives", str(EVAL / negatives), "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


# Figures the seeds do not have yet: targets, ranges, changes, 美元, several years, coordinates.
# (park, metric, value, unit, scope, status, year, extra) — extra sets from_value / value_low / qualifier.
SYNTHETIC = [
    ("甲高新区", "party_org_count", 100, "count", "park", "actual", 2023, {}),
    ("甲高新区", "party_org_count", 120, "count", "park", "actual", 2024, {}),
    ("甲高新区", "party_org_count", 80, "count", "park", "actual", 2024, {}),  # a breakdown of the 120
    ("甲高新区", "party_org_count", 900, "count", "project", "actual", 2024, {}),  # one company's, not the park's
    ("甲高新区", "party_org_count", 200, "count", "park", "target", 2025, {}),
    ("甲高新区", "investment_total", 2.2012e11, "CNY", "park", "actual", 2024, {"qualifier": "over"}),
    ("乙高新区", "party_org_count", 300, "count", "park", "actual", 2024, {"from_value": 150}),
    ("乙高新区", "investment_total", 5e9, "CNY", "park", "actual", 2024, {}),
    ("乙高新区", "investment_total", 3e8, "USD", "park", "actual", 2024, {}),
    ("乙高新区", "funding", 5e4, "CNY", "park", "actual", 2024, {"value_low": 1e4, "qualifier": "about"}),
    ("丙高新区", "party_org_count", 999, "count", "park", "actual", None, {}),  # no year: a dated figure wins
    ("丙高新区", "party_org_count", 50, "count", "park", "actual", 2022, {}),
    ("丁高新区", "party_org_count", 40, "count", "park", "target", 2025, {}),  # only a target
    ("丁高新区", "party_coverage_rate", 91, "percent", "park", "actual", 2024, {"from_value": 16}),
]
PLACES = {"甲高新区": ("四川", "成都", 104.06, 30.57), "乙高新区": ("湖北", "武汉", 114.3, 30.6),
          "丙高新区": ("陕西", "西安", 108.94, 34.34), "丁高新区": ("江苏", None, None, None)}  # 丁: not located


def write_figures(db: Path, rows: list[tuple], places: dict[str, tuple]) -> Path:
    """A database with the ETL's schema holding exactly these figures and parks."""
    from etl.load import SCHEMA
    from etl.triggers import rules

    category = rules().category
    con = duckdb.connect(str(db))
    con.execute(SCHEMA)
    for i, (park, metric, value, unit, scope, status, year, extra) in enumerate(rows):
        sentence = f"{park}的数据为{value:g}。"
        start = sentence.index("为") + 1
        con.execute("""INSERT INTO metrics (id, park, category, metric, value, unit, qualifier, from_value, value_low,
                           subject, scope, status, year, year_source, doc, article_id, sentence, span_start, span_end,
                           sentence_start, rule, attributed_by, figure_id)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [i, park, category[metric], metric, value, unit, extra.get("qualifier", "exact"),
                     extra.get("from_value"), extra.get("value_low"), "数据", scope, status, year,
                     "explicit" if year else "none", f"doc{i % 3}.txt", f"doc{i % 3}.txt#0", sentence, start,
                     start + len(f"{value:g}"), 0,
                     "test-rule", "sentence", f"f{i}"])
    for park, (province, city, lon, lat) in places.items():
        con.execute("INSERT INTO parks (park, official_name, aliases, province, city, level, in_gazetteer, longitude, "
                    "latitude) VALUES (?, ?, [], ?, ?, 'national_htz', true, ?, ?)",
                    [park, park, province, city, lon, lat])
    con.close()
    return db


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_figures(tmp_path_factory.mktemp("synthetic") / "gaoxin.duckdb", SYNTHETIC, PLACES)

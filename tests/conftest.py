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

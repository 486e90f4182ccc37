"""Write all tables into a temporary DuckDB file in one transaction, then swap it into place.

A dashboard reading the old file during a run sees the old data or the new, never a mix.
"""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from etl.parks import gazetteer

if TYPE_CHECKING:
    from etl.pipeline import PageResult

SCHEMA = """
CREATE TABLE documents (doc VARCHAR PRIMARY KEY, path VARCHAR, encoding VARCHAR, chars INTEGER,
    year INTEGER, year_source VARCHAR, articles INTEGER, figures INTEGER, text VARCHAR);
CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, doc VARCHAR, idx INTEGER, title VARCHAR,
    byline VARCHAR, park VARCHAR, year INTEGER, span_start INTEGER, span_end INTEGER, text VARCHAR);
CREATE TABLE parks (park VARCHAR PRIMARY KEY, official_name VARCHAR, aliases VARCHAR[],
    province VARCHAR, city VARCHAR, level VARCHAR, in_gazetteer BOOLEAN);
CREATE TABLE metrics (id INTEGER PRIMARY KEY, park VARCHAR, category VARCHAR, metric VARCHAR,
    value DOUBLE, unit VARCHAR, qualifier VARCHAR, from_value DOUBLE, subject VARCHAR, scope VARCHAR,
    year INTEGER, year_source VARCHAR, doc VARCHAR, article_id VARCHAR, sentence VARCHAR,
    span_start INTEGER, span_end INTEGER);
CREATE TABLE terms (doc VARCHAR, article_id VARCHAR, park VARCHAR, year INTEGER, term VARCHAR, n INTEGER);
CREATE TABLE rejected (path VARCHAR, reason VARCHAR);
"""


def write_database(db: str | Path, pages: list[PageResult], rejected: list[tuple[str, str]]) -> None:
    """Build the whole database beside `db` and atomically replace `db` with it."""
    db = Path(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = db.with_name(f".{db.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(tmp))
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(SCHEMA)
            for table, frame in tables(pages, rejected).items():
                if len(frame):
                    con.register("frame", frame)
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")  # table names are ours
                    con.unregister("frame")
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, db)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)


def tables(pages: list[PageResult], rejected: list[tuple[str, str]]) -> dict[str, pd.DataFrame]:
    """The rows of every table, in a stable order (same input → identical tables)."""
    pages = sorted(pages, key=lambda p: p.doc)
    documents = [dict(doc=p.doc, path=p.path, encoding=p.encoding, chars=len(p.text), year=p.year,
                      year_source=p.year_source, articles=len(p.articles), figures=len(p.rows), text=p.text)
                 for p in pages]
    articles = [dict(article_id=a.article.article_id, doc=p.doc, idx=a.article.index, title=a.article.title,
                     byline=a.article.byline, park=a.park, year=a.year, span_start=a.article.start,
                     span_end=a.article.end, text=a.text)
                for p in pages for a in p.articles]
    metrics = [dict(id=i, **asdict(r)) for i, r in enumerate(r for p in pages for r in p.rows)]
    terms = [dict(doc=p.doc, article_id=a.article.article_id, park=a.park, year=a.year, term=t, n=n)
             for p in pages for a in p.articles for t, n in sorted(a.terms.items())]
    return {
        "documents": pd.DataFrame(documents),
        "articles": pd.DataFrame(articles),
        "parks": parks_frame({r["park"] for r in metrics} | {a["park"] for a in articles if a["park"]}),
        "metrics": pd.DataFrame(metrics),
        "terms": pd.DataFrame(terms),
        "rejected": pd.DataFrame(sorted(rejected), columns=["path", "reason"]),
    }


def parks_frame(seen: set[str]) -> pd.DataFrame:
    """The gazetteer, plus the parks found only by the generic pattern."""
    rows = [dict(park=p.name, official_name=p.official, aliases=list(p.aliases), province=p.province,
                 city=p.city, level=p.level, in_gazetteer=True) for p in gazetteer().parks]
    known = {p.name for p in gazetteer().parks}
    rows += [dict(park=name, official_name=name, aliases=[], province=None, city=None, level="other",
                  in_gazetteer=False) for name in sorted(seen - known)]
    return pd.DataFrame(rows)

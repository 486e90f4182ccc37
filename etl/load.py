"""The tables of the database, and a page's rows for each of them (etl/store.py writes them)."""

from __future__ import annotations

from dataclasses import fields
from functools import lru_cache

import duckdb
import numpy as np

from etl.model import PageResult, Row
from etl.parks import gazetteer
from etl.places import Division, locate, starts_with_place

SCHEMA = """
CREATE TABLE files (doc VARCHAR PRIMARY KEY, doc_hash VARCHAR, path VARCHAR, encoding VARCHAR, extractor VARCHAR,
    raw VARCHAR, warnings VARCHAR[]);  -- warnings: what reading the file repaired (damaged bytes replaced …)
CREATE TABLE documents (doc VARCHAR PRIMARY KEY, doc_hash VARCHAR UNIQUE, path VARCHAR, encoding VARCHAR,
    chars INTEGER, year INTEGER, year_source VARCHAR, articles INTEGER, figures INTEGER, extractor VARCHAR,
    text VARCHAR, warnings VARCHAR[]);
CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, doc VARCHAR, idx INTEGER, title VARCHAR,
    byline VARCHAR, park VARCHAR, year INTEGER, span_start INTEGER, span_end INTEGER, text VARCHAR);
CREATE TABLE parks (park VARCHAR PRIMARY KEY, official_name VARCHAR, aliases VARCHAR[],
    province VARCHAR, city VARCHAR, district VARCHAR, level VARCHAR, in_gazetteer BOOLEAN, longitude DOUBLE,
    latitude DOUBLE);
CREATE TABLE metrics (id INTEGER, park VARCHAR, category VARCHAR, metric VARCHAR,
    value DOUBLE, unit VARCHAR, qualifier VARCHAR, from_value DOUBLE, value_low DOUBLE, subject VARCHAR,
    scope VARCHAR, status VARCHAR, year INTEGER, year_source VARCHAR, doc VARCHAR, article_id VARCHAR,
    sentence VARCHAR, span_start INTEGER, span_end INTEGER, sentence_start INTEGER, rule VARCHAR,
    attributed_by VARCHAR, figure_id VARCHAR);
CREATE TABLE terms (doc VARCHAR, article_id VARCHAR, park VARCHAR, year INTEGER, term VARCHAR, n INTEGER);
CREATE TABLE rejected (path VARCHAR, reason VARCHAR, kind VARCHAR);  -- kind: rejected (read, refused) or skipped
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
"""
PAGE_TABLES = ("documents", "articles", "metrics", "terms")  # the tables a page adds rows to
TABLES = ("files", "documents", "articles", "parks", "metrics", "terms", "rejected", "meta")


Columns = dict[str, list]
BATCH_CHARS = 4_000_000  # page text buffered before an insert: big batches load fast, memory stays bounded
LIST_SEPARATOR = "\x1f"  # list columns (warnings, aliases) travel to DuckDB joined by this control character


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Columns) -> None:
    """Insert columns of values into a table (one batch, cast to the table's types).

    Columns go in as NumPy object arrays, which DuckDB scans natively (Arrow's conversion of Python lists
    imports pandas: 0.3 s a run); list columns are joined by LIST_SEPARATOR here and split back there."""
    if not any(columns.values()):
        return
    types = column_types()[table]
    frame = {name: np.array([LIST_SEPARATOR.join(v) for v in values] if types[name].endswith("[]") else values,
                            dtype=object) for name, values in columns.items()}
    con.register("frame", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT {_casts(types, list(columns))} FROM frame")  # names are ours
    finally:
        con.unregister("frame")


@lru_cache(maxsize=1)
def column_types() -> dict[str, dict[str, str]]:
    """table → column → DuckDB type, as SCHEMA declares them."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(SCHEMA)
        types: dict[str, dict[str, str]] = {}
        for table, column, kind in con.execute("SELECT table_name, column_name, data_type "
                                               "FROM information_schema.columns").fetchall():
            types.setdefault(table, {})[column] = kind
        return types
    finally:
        con.close()


def _casts(types: dict[str, str], names: list[str]) -> str:
    """The select list that gives each column its table type."""
    out = []
    for name in names:
        kind = types[name]
        if kind.endswith("[]"):
            out.append(f"CASE WHEN \"{name}\" = '' THEN []::{kind} "
                       f"ELSE string_split(\"{name}\", chr({ord(LIST_SEPARATOR)})) END AS \"{name}\"")
        else:
            out.append(f"\"{name}\"::{kind} AS \"{name}\"")
    return ", ".join(out)


def merge(into: dict[str, Columns], more: dict[str, Columns]) -> None:
    """Append one page's columns to a batch of them."""
    for table, columns in more.items():
        for name, values in columns.items():
            into.setdefault(table, {}).setdefault(name, []).extend(values)


def page_columns(page: PageResult, first_id: int = 0) -> dict[str, Columns]:
    """The rows one page adds to each table, column by column."""
    out: dict[str, Columns] = {name: {} for name in PAGE_TABLES}
    p = page
    _append(out["documents"], doc=p.doc, doc_hash=p.doc_hash, path=p.path, encoding=p.encoding,
            chars=len(p.text), year=p.year, year_source=p.year_source, articles=len(p.articles),
            figures=len(p.rows), text=p.text, warnings=list(p.warnings))
    for a in p.articles:
        _append(out["articles"], article_id=a.article.article_id, doc=p.doc, idx=a.article.index,
                title=a.article.title, byline=a.article.byline, park=a.park, year=a.year,
                span_start=a.article.start, span_end=a.article.end, text=a.text)
        words = sorted(a.terms.items())
        _extend(out["terms"], len(words), doc=p.doc, article_id=a.article.article_id, park=a.park, year=a.year)
        out["terms"].setdefault("term", []).extend(w for w, _ in words)
        out["terms"].setdefault("n", []).extend(n for _, n in words)
    for i, row in enumerate(p.rows, start=first_id):
        _append(out["metrics"], id=i, **{f.name: getattr(row, f.name) for f in fields(Row)})
    return out


def _append(columns: Columns, **values: object) -> None:
    for name, value in values.items():
        columns.setdefault(name, []).append(value)


def _extend(columns: Columns, n: int, **values: object) -> None:
    """Repeat each value n times (the article's fields on each of its terms)."""
    for name, value in values.items():
        columns.setdefault(name, []).extend([value] * n)


def parks_columns(seen: set[str]) -> Columns:
    """The gazetteer, plus the parks found only by the generic pattern, placed by the place their name starts
    with; a park's coordinates are those of its district, else its city, else its province."""
    columns: Columns = {}
    for p in gazetteer().parks:
        _append(columns, park=p.name, official_name=p.official, aliases=list(p.aliases), level=p.level,
                in_gazetteer=True, **{**_where(locate(p.province, p.city, p.district)), "province": p.province,
                                      "city": p.city, "district": p.district or None})
    for name in sorted(seen - {p.name for p in gazetteer().parks}):
        _append(columns, park=name, official_name=name, aliases=[], level="other", in_gazetteer=False,
                **_where(starts_with_place(name)))
    return columns


def _where(place: Division | None) -> dict[str, object]:
    """Province, city, district and coordinates of a division (None where unknown)."""
    if place is None:
        return dict.fromkeys(("province", "city", "district", "longitude", "latitude"))
    return {"province": place.province, "city": place.prefecture or None,
            "district": place.name if place.level == "county" else None,
            "longitude": place.longitude, "latitude": place.latitude}

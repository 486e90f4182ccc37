"""Write all tables into a temporary DuckDB file in one transaction, then swap it into place.

A dashboard reading the old file during a run sees the old data or the new, never a mix.
"""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.model import PageResult, Row
from etl.parks import gazetteer
from etl.places import Division, locate, starts_with_place

SCHEMA = """
CREATE TABLE documents (doc VARCHAR PRIMARY KEY, doc_hash VARCHAR, path VARCHAR, encoding VARCHAR, chars INTEGER,
    year INTEGER, year_source VARCHAR, articles INTEGER, figures INTEGER, text VARCHAR);
CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, doc VARCHAR, idx INTEGER, title VARCHAR,
    byline VARCHAR, park VARCHAR, year INTEGER, span_start INTEGER, span_end INTEGER, text VARCHAR);
CREATE TABLE parks (park VARCHAR PRIMARY KEY, official_name VARCHAR, aliases VARCHAR[],
    province VARCHAR, city VARCHAR, district VARCHAR, level VARCHAR, in_gazetteer BOOLEAN, longitude DOUBLE,
    latitude DOUBLE);
CREATE TABLE metrics (id INTEGER PRIMARY KEY, park VARCHAR, category VARCHAR, metric VARCHAR,
    value DOUBLE, unit VARCHAR, qualifier VARCHAR, from_value DOUBLE, value_low DOUBLE, subject VARCHAR,
    scope VARCHAR, status VARCHAR, year INTEGER, year_source VARCHAR, doc VARCHAR, article_id VARCHAR,
    sentence VARCHAR, span_start INTEGER, span_end INTEGER, sentence_start INTEGER, rule VARCHAR,
    attributed_by VARCHAR, figure_id VARCHAR);
CREATE TABLE terms (doc VARCHAR, article_id VARCHAR, park VARCHAR, year INTEGER, term VARCHAR, n INTEGER);
CREATE TABLE rejected (path VARCHAR, reason VARCHAR);
"""


Columns = dict[str, list]
BATCH_CHARS = 4_000_000  # page text buffered before an insert: big batches load fast, memory stays bounded
ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
               "VARCHAR[]": pa.list_(pa.string())}


class DatabaseWriter:
    """Pages stream into a temporary DuckDB file inside one transaction; `close()` swaps it in.

    Use as a context manager: on an exception the temporary file is dropped and `db` is untouched.
    """

    def __init__(self, db: str | Path) -> None:
        self.db = Path(db)
        self.db.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.db.with_name(f".{self.db.name}.{os.getpid()}.tmp")
        self.tmp.unlink(missing_ok=True)
        self.con = duckdb.connect(str(self.tmp))
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute(SCHEMA)
        self.types = {t: dict(self.con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                               "WHERE table_name = ?", [t]).fetchall())
                      for t in ("documents", "articles", "parks", "metrics", "terms", "rejected")}
        self.next_id = 0
        self.seen_parks: set[str] = set()
        self.buffer: dict[str, Columns] = {}
        self.buffered_chars = 0

    def add(self, page: PageResult) -> None:
        """Buffer a page's rows; they go to the database in batches (small inserts are slow)."""
        cols = page_columns(page, self.next_id)
        self.next_id += len(page.rows)
        self.seen_parks |= set(cols["metrics"].get("park", [])) | {a for a in cols["articles"].get("park", []) if a}
        for table, columns in cols.items():
            for name, values in columns.items():
                self.buffer.setdefault(table, {}).setdefault(name, []).extend(values)
        self.buffered_chars += len(page.text)
        if self.buffered_chars > BATCH_CHARS:
            self._flush()

    def _flush(self) -> None:
        for table, columns in self.buffer.items():
            self._insert(table, columns)
        self.buffer, self.buffered_chars = {}, 0

    def close(self, rejected: list[tuple[str, str]]) -> None:
        self._flush()
        self._insert("parks", parks_columns(self.seen_parks))
        self._insert("rejected", {"path": [p for p, _ in sorted(rejected)], "reason": [r for _, r in sorted(rejected)]})
        self.con.execute("COMMIT")
        self.con.execute("CHECKPOINT")
        self.con.close()
        os.replace(self.tmp, self.db)

    def _insert(self, table: str, columns: Columns) -> None:
        schema = pa.schema([(name, ARROW_TYPES[self.types[table][name]]) for name in columns])
        frame = pa.Table.from_pydict(columns, schema=schema)
        if frame.num_rows:
            self.con.register("frame", frame)
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")  # table names are ours
            self.con.unregister("frame")

    def __enter__(self) -> DatabaseWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            self.con.close()
        self.tmp.unlink(missing_ok=True)
        Path(f"{self.tmp}.wal").unlink(missing_ok=True)


def page_columns(page: PageResult, first_id: int = 0) -> dict[str, Columns]:
    """The rows one page adds to each table, column by column."""
    out: dict[str, Columns] = {name: {} for name in ("documents", "articles", "metrics", "terms")}
    p = page
    _append(out["documents"], doc=p.doc, doc_hash=p.doc_hash, path=p.path, encoding=p.encoding,
            chars=len(p.text), year=p.year, year_source=p.year_source, articles=len(p.articles),
            figures=len(p.rows), text=p.text)
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

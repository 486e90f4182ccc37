"""The dashboard's only door to the database: parameterised SQL over a read-only attachment of the file.

Every function takes the database path and a `Filters`; results are cached on the identity
(inode, mtime, size) of the database file and of its reviews file, so a new ETL run or a new review
shows up at once and old and new never mix. Reviews are applied here, once: every query sees
`metrics` as reviewed (corrections in place, rejected figures gone, `reviewed`), a view of the
extracted table in which the reviewed rows are replaced by etl.reviews.apply's version of them.
Two tables are derived from that view once per version: `best` (per park, metric, unit, status,
scope and year, the id and value of the largest figure: every headline is picked from it, never
from the millions of rows, and only the picked figures are then read in full) and `tally` (how
many figures per park, metric, status, scope and year).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from etl import reviews
from etl.cli import default_db

UNKNOWN_YEAR = "年份不详"


def db_path() -> Path:
    """$GAOXIN_DB (which `gaoxin dashboard` sets), else where `gaoxin etl` writes by default."""
    return default_db()


@dataclass(frozen=True)
class Filters:
    """What the sidebar selected; empty means "all"."""

    parks: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    unknown_year: bool = False
    categories: tuple[str, ...] = ()

    def params(self) -> dict[str, object]:
        return {"parks": list(self.parks), "years": list(self.years), "unknown": self.unknown_year,
                "year_filter": bool(self.years) or self.unknown_year, "cats": list(self.categories)}


# The sidebar's filter as SQL, written once for any table alias; values only ever travel as parameters.
PARK_FILTER = "(len($parks::VARCHAR[]) = 0 OR list_contains($parks::VARCHAR[], {t}.park))"
YEAR_FILTER = "(NOT $year_filter OR list_contains($years::INTEGER[], {t}.year) OR ($unknown AND {t}.year IS NULL))"
CATEGORY_FILTER = "(len($cats::VARCHAR[]) = 0 OR list_contains($cats::VARCHAR[], {t}.category))"


def where(t: str) -> str:
    """All three filters on table alias `t`."""
    return " AND ".join(c.format(t=t) for c in (PARK_FILTER, YEAR_FILTER, CATEGORY_FILTER))


WHERE = where("m")  # on metrics m

FIGURE_COLUMNS = """{t}.id, {t}.park, {t}.category, {t}.metric, {t}.value, {t}.unit, {t}.qualifier, {t}.from_value,
    {t}.value_low, {t}.subject, {t}.scope, {t}.status, {t}.year, {t}.year_source, {t}.doc, {t}.article_id,
    {t}.sentence, {t}.span_start, {t}.span_end, {t}.span_start - {t}.sentence_start AS hl_start,
    {t}.span_end - {t}.sentence_start AS hl_end, {t}.rule, {t}.attributed_by, {t}.figure_id, {t}.reviewed,
    {t}.review_note"""
COLUMNS_M = FIGURE_COLUMNS.format(t="m")

EXTRACTED = "source.main.metrics"  # the table as the ETL wrote it (`metrics` is the reviewed view)
TABLES = ("parks", "terms", "articles", "documents")  # shown as they are
DERIVED = """
CREATE TABLE best AS  -- ties: the lowest id
    SELECT park, category, metric, unit, status, scope, year, arg_max(id, [value, -id]) AS id, max(value) AS value
    FROM metrics GROUP BY ALL;
CREATE TABLE tally AS
    SELECT park, category, metric, status, scope, year, count(*) AS figures FROM metrics GROUP BY ALL;
"""

Version = tuple[tuple[int, int, int], tuple[int, int, int]]  # the database file's identity, the reviews file's


def identity(path: Path) -> tuple[int, int, int]:
    """(inode, mtime, size) of the database file: a new ETL run gives a new identity."""
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, st.st_size


def version(path: Path) -> Version:
    return identity(path), reviews.identity(path)


@dataclass
class _Handle:
    """One version of the database and its reviews, and the queries running on it."""

    version: Version
    con: duckdb.DuckDBPyConnection
    users: int = 0


_open: dict[Path, _Handle] = {}
_changed = threading.Condition()


def _handle(path: Path) -> _Handle:
    """The handle on the current version (built once: see `_attach`). Called holding `_changed`.

    When an ETL run has swapped in a new file or a review was written, the old handle is closed once
    its running queries end (DuckDB shares one instance per path in a process)."""
    while True:
        now = version(path)
        held = _open.get(path)
        if held is not None and held.version == now:
            return held
        if held is not None and held.users:
            _changed.wait()
            continue
        if held is not None:
            held.con.close()
        _open[path] = _Handle(now, _attach(path))


def _attach(path: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory database that attaches the file read-only (a read-only connection could not hold
    the derived tables), shows `metrics` as reviewed and derives `best` and `tally` from it."""
    con = duckdb.connect(":memory:")
    con.execute("SET enable_progress_bar = false")
    con.execute("ATTACH $path AS source (READ_ONLY)", {"path": str(path)})
    for table in TABLES:  # names are ours
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM source.main.{table}")
    unreviewed = f"SELECT m.*, false AS reviewed, ''::VARCHAR AS review_note FROM {EXTRACTED} m"
    done = _reviewed(con, path)
    if done is None:
        con.execute(f"CREATE VIEW metrics AS {unreviewed}")
    else:
        for name, table in zip(("review_ids", "reviewed_rows"), done, strict=True):  # in the database: every
            con.register("arrow", table)                                           # cursor sees them
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM arrow")
            con.unregister("arrow")
        con.execute(f"""CREATE VIEW metrics AS {unreviewed} ANTI JOIN review_ids r USING (figure_id)
                        UNION ALL BY NAME SELECT * FROM reviewed_rows""")
    con.execute(DERIVED)
    return con


def _reviewed(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[pa.Table, pa.Table] | None:
    """The figure_id of every review and the reviewed figures (rejected ones gone), None without reviews.
    Only the reviewed rows make the trip through etl.reviews.apply."""
    kept = reviews.load(path)
    if not kept:
        return None
    ids = pa.table({"figure_id": list(kept)})
    con.register("review_ids", ids)
    figures = con.execute(f"SELECT m.* FROM {EXTRACTED} m SEMI JOIN review_ids r USING (figure_id)").df()
    con.unregister("review_ids")
    return ids, pa.Table.from_pandas(reviews.apply(figures, kept), preserve_index=False)


@contextmanager
def _cursor(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived cursor (safe across sessions' threads) on the current version."""
    with _changed:
        held = _handle(path)
        held.users += 1
    try:
        with held.con.cursor() as cur:
            yield cur
    finally:
        with _changed:
            held.users -= 1
            _changed.notify_all()


def _query(path: Path, sql: str, params: dict[str, object]) -> pd.DataFrame:
    used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", sql)}  # DuckDB refuses extras
    with _cursor(path) as cur:
        return cur.execute(sql, used).df()


@lru_cache(maxsize=256)
def _cached(path: Path, version: Version, name: str, sql: str,
            params: tuple[tuple[str, object], ...]) -> pd.DataFrame:
    return _query(path, sql, {k: list(v) if isinstance(v, tuple) else v for k, v in params})


def run(path: Path, name: str, sql: str, params: dict[str, object] | None = None) -> pd.DataFrame:
    """Run a named query, cached on the files' identities and the parameters; returns a copy."""
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (params or {}).items()))
    return _cached(path, version(path), name, sql, frozen).copy()


def options(path: Path) -> dict[str, list]:
    """Values the sidebar offers: parks with figures (most first), years, categories, metrics (→ category)."""
    parks = run(path, "parks", "SELECT park, sum(figures) AS n FROM tally GROUP BY park ORDER BY n DESC, park")
    years = run(path, "years", "SELECT DISTINCT year FROM tally WHERE year IS NOT NULL ORDER BY year DESC")
    unknown = run(path, "unknown", "SELECT count(*) AS n FROM tally WHERE year IS NULL")
    cats = run(path, "cats", "SELECT DISTINCT category FROM tally ORDER BY category")
    metrics = run(path, "metrics", "SELECT DISTINCT category, metric FROM best ORDER BY category, metric")
    return {"parks": parks["park"].tolist(), "years": [int(y) for y in years["year"]],
            "unknown_year": bool(unknown["n"].iloc[0]), "categories": cats["category"].tolist(),
            "metrics": dict(zip(metrics["metric"], metrics["category"], strict=True))}


def kpis(path: Path, f: Filters) -> dict[str, int]:
    """Parks, figures (and targets among them) and years in the filter, from the tally: no scan of the figures."""
    row = run(path, "kpis", f"""
        SELECT count(DISTINCT t.park) AS parks, coalesce(sum(t.figures), 0)::BIGINT AS figures,
               coalesce(sum(t.figures) FILTER (WHERE t.status = 'target'), 0) AS targets,
               count(DISTINCT t.year) AS years, min(t.year) AS first_year, max(t.year) AS last_year
        FROM tally t WHERE {where("t")}""", f.params()).iloc[0]
    return {k: (None if pd.isna(v) else int(v)) for k, v in row.items()}


SEARCH = "(m.sentence ILIKE $search OR m.park ILIKE $search OR m.subject ILIKE $search)"
NEWEST_FIRST = "ORDER BY m.year DESC NULLS LAST, m.park, m.metric, m.id"


def figures(path: Path, f: Filters, *, metrics: tuple[str, ...] = (), scope: str | None = None,
            search: str = "", limit: int | None = None) -> pd.DataFrame:
    """Every figure with its source sentence (the 来源 table), newest first; `limit`: the first so many.

    `attrs["total"]` is how many figures the filter has. Two steps: the ids, from the few columns the
    filter and the order need, then those figures in full (fetching a few hundred rows by id beats
    letting the engine read sentences for the sort). The total comes from the tally, or, when
    searching the sentences, from the same single pass over them.
    """
    params = {**f.params(), "metrics": list(metrics), "scope": scope, "search": f"%{search}%", "limit": limit}
    chosen = "(len($metrics::VARCHAR[]) = 0 OR list_contains($metrics::VARCHAR[], {t}.metric)) " \
             "AND ($scope IS NULL OR {t}.scope = $scope)"
    if search:
        sql = f"""WITH hits AS MATERIALIZED (
                      SELECT m.id, m.year, m.park, m.metric FROM metrics m
                      WHERE {WHERE} AND {chosen.format(t="m")} AND {SEARCH})
                  SELECT m.id, (SELECT count(*) FROM hits) AS total FROM hits m {NEWEST_FIRST} LIMIT $limit"""
    else:
        sql = f"""SELECT m.id, (SELECT sum(t.figures) FROM tally t WHERE {where("t")} AND {chosen.format(t="t")})
                         AS total
                  FROM metrics m WHERE {WHERE} AND {chosen.format(t="m")} {NEWEST_FIRST} LIMIT $limit"""
    picked = run(path, "figure_ids", sql, params)
    rows = run(path, "figures", f"SELECT {COLUMNS_M} FROM metrics m WHERE m.id = ANY($ids) {NEWEST_FIRST}",
               {"ids": picked["id"].tolist()})
    rows.attrs["total"] = int(picked["total"].iloc[0]) if len(picked) else 0
    return rows


def headlines(path: Path, f: Filters, metrics: tuple[str, ...] = (), *, status: str = "actual") -> pd.DataFrame:
    """The headline figure of each park, metric and unit: the latest year's largest park-scope figure.

    `status` keeps actuals and targets apart (a target is never a headline actual). Project-scope
    figures and a park's breakdowns (81 projects; 57 of them 重大产业项目) are never added up: the
    headline is one figure of the text, with its sentence. 元 and 美元 are separate headlines.
    """
    params = {**f.params(), "metrics": list(metrics), "status": status}
    return run(path, "headlines", f"""
        WITH pick AS (
            SELECT b.id FROM best b
            WHERE {where("b")} AND b.scope = 'park' AND b.status = $status
              AND (len($metrics::VARCHAR[]) = 0 OR list_contains($metrics::VARCHAR[], b.metric))
            QUALIFY row_number() OVER (PARTITION BY b.park, b.metric, b.unit
                                       ORDER BY b.year DESC NULLS LAST, b.value DESC, b.id) = 1)
        SELECT {COLUMNS_M} FROM metrics m WHERE m.id IN (SELECT id FROM pick)
        ORDER BY m.metric, m.unit, m.value DESC, m.park""", params)


def series(path: Path, f: Filters, park: str) -> pd.DataFrame:
    """One park's figures over the years: per metric, unit, status and year the largest park-scope figure."""
    params = {**f.params(), "parks": [park]}
    return run(path, "series", f"""
        SELECT {COLUMNS_M} FROM metrics m
        WHERE m.id IN (SELECT b.id FROM best b WHERE {where("b")} AND b.scope = 'park')
        ORDER BY m.category, m.metric, m.unit, m.status, m.year NULLS LAST""", params)


def park_info(path: Path, park: str) -> dict[str, object]:
    """The gazetteer's row for a park (official name, province, city, level); empty if unknown."""
    rows = run(path, "park_info", "SELECT * FROM parks WHERE park = $park", {"park": park})
    return {} if rows.empty else {k: (None if _missing(v) else v) for k, v in rows.iloc[0].items()}


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value))


def locations(path: Path, f: Filters, metric: str) -> pd.DataFrame:
    """Each park with figures in the filter, where the gazetteer places it, and its headline for `metric`.

    Parks the gazetteer does not place (or a database built before it had coordinates) have NULL
    longitude and latitude; the map leaves them out and says how many.
    """
    has = set(run(path, "park_columns", "SELECT column_name FROM (DESCRIBE parks)")["column_name"])
    lon, lat = ("p.longitude", "p.latitude") if {"longitude", "latitude"} <= has else ("NULL", "NULL")
    params = {**f.params(), "metrics": [metric], "status": "actual"}
    return run(path, "locations", f"""
        WITH here AS (SELECT t.park, sum(t.figures)::BIGINT AS figures FROM tally t WHERE {where("t")} GROUP BY t.park),
        head AS (
            SELECT b.park, b.id FROM best b
            WHERE {where("b")} AND b.scope = 'park' AND b.status = 'actual' AND b.metric = $metric
            QUALIFY row_number() OVER (PARTITION BY b.park ORDER BY b.unit = 'USD', b.year DESC NULLS LAST,
                                                                    b.value DESC, b.id) = 1),
        shown AS (SELECT m.park, m.value, m.unit, m.qualifier, m.year, m.id, m.sentence FROM metrics m
                  WHERE m.id IN (SELECT id FROM head))
        SELECT here.park, p.province, p.city, {lon}::DOUBLE AS longitude, {lat}::DOUBLE AS latitude,
               here.figures, $metric AS metric, shown.value, shown.unit, shown.qualifier, shown.year, shown.id,
               shown.sentence
        FROM here LEFT JOIN parks p ON p.park = here.park LEFT JOIN shown ON shown.park = here.park
        ORDER BY shown.value DESC NULLS LAST, here.park""", {**params, "metric": metric})


def parks_by_province(path: Path, f: Filters) -> pd.DataFrame:
    """Parks and figures per province (the map's breakdown)."""
    return run(path, "provinces", f"""
        SELECT coalesce(p.province, '未知') AS province, count(DISTINCT t.park) AS parks,
               sum(t.figures)::BIGINT AS figures,
               string_agg(DISTINCT t.park, '、' ORDER BY t.park) AS park_names
        FROM tally t LEFT JOIN parks p ON p.park = t.park
        WHERE {where("t")} GROUP BY 1 ORDER BY parks DESC, figures DESC, province""", f.params())


def terms(path: Path, f: Filters, limit: int = 150) -> pd.DataFrame:
    """Most frequent terms of the articles in the filter (park and year; category does not apply)."""
    return run(path, "terms", f"""
        SELECT t.term, sum(t.n) AS n FROM terms t
        WHERE t.park IS NOT NULL AND {PARK_FILTER.format(t="t")} AND {YEAR_FILTER.format(t="t")}
        GROUP BY t.term ORDER BY n DESC, t.term LIMIT $limit""", {**f.params(), "limit": limit})


def distinctive_terms(path: Path, f: Filters, park: str, limit: int = 20) -> pd.DataFrame:
    """Terms one park uses far more than the other parks (log-odds with add-one smoothing)."""
    return run(path, "distinctive", f"""
        WITH per_term AS (
            SELECT t.term, sum(t.n) FILTER (WHERE t.park = $park) AS here,
                   sum(t.n) FILTER (WHERE t.park <> $park) AS there
            FROM terms t
            WHERE t.park IS NOT NULL AND {YEAR_FILTER.format(t="t")}
            GROUP BY t.term),
        totals AS (SELECT sum(here) AS h, sum(there) AS o FROM per_term)
        SELECT term, coalesce(here, 0)::INTEGER AS here, coalesce(there, 0)::INTEGER AS there,
               ln((coalesce(here, 0) + 1) / (h + 1)) - ln((coalesce(there, 0) + 1) / (coalesce(o, 0) + 1)) AS score
        FROM per_term, totals WHERE coalesce(here, 0) >= 2
        ORDER BY score DESC, term LIMIT $limit""", {**f.params(), "park": park, "limit": limit})


def orphaned_reviews(path: Path) -> list[reviews.Review]:
    """Reviews whose figure the ETL no longer finds (its page changed or left); rejected figures still exist."""
    kept = reviews.load(path)
    if not kept:
        return []
    with _cursor(path) as cur:  # the table as extracted, not the reviewed view
        gone = cur.execute(f"SELECT unnest($ids::VARCHAR[]) EXCEPT SELECT figure_id FROM {EXTRACTED}",
                           {"ids": list(kept)}).fetchall()
    return [kept[fid] for (fid,) in sorted(gone)]


def all_metrics(path: Path, f: Filters) -> pd.DataFrame:
    """The whole filtered `metrics` table, for the XLSX export."""
    return run(path, "all", f"SELECT m.* FROM metrics m WHERE {WHERE} ORDER BY m.id", f.params())

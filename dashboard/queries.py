"""The dashboard's only door to the database: parameterised SQL on short-lived read-only cursors.

Every function takes the database path and a `Filters`; results are cached on the identity
(inode, mtime, size) of the database file and of its reviews file, so a new ETL run or a new review
shows up at once and old and new never mix. Reviews are applied here, once: every query sees
`metrics` as reviewed (corrections in place, rejected figures gone, `reviewed`), a view of the
extracted table in which the reviewed rows are replaced by etl.reviews.apply's version of them.
"""

from __future__ import annotations

import os
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

DEFAULT_DB = Path("data/gaoxin.duckdb")
UNKNOWN_YEAR = "年份不详"


def db_path() -> Path:
    return Path(os.environ.get("GAOXIN_DB", DEFAULT_DB))


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
WHERE = " AND ".join(c.format(t="m") for c in (PARK_FILTER, YEAR_FILTER, CATEGORY_FILTER))  # on metrics m

FIGURE_COLUMNS = """m.id, m.park, m.category, m.metric, m.value, m.unit, m.qualifier, m.from_value, m.subject,
    m.scope, m.status, m.year, m.year_source, m.doc, m.article_id, m.sentence, m.span_start, m.span_end,
    m.span_start - m.sentence_start AS hl_start, m.span_end - m.sentence_start AS hl_end,
    m.figure_id, m.reviewed, m.review_note"""


def identity(path: Path) -> tuple[int, int, int]:
    """(inode, mtime, size) of the database file: a new ETL run gives a new identity."""
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, st.st_size


@dataclass
class _Handle:
    """A read-only connection to one version of the database file, and the queries running on it."""

    ident: tuple[int, int, int]
    con: duckdb.DuckDBPyConnection
    extracted: str  # the metrics table as the ETL wrote it, by its full name (`metrics` is the reviewed view)
    users: int = 0
    reviewed: tuple[tuple[int, int, int], Reviewed | None] | None = None  # (reviews file identity, its rows)


@dataclass(frozen=True)
class Reviewed:
    ids: pa.Table  # figure_id of every review: these rows of the extracted table are replaced
    rows: pa.Table  # the reviewed figures (rejected ones gone), as etl.reviews.apply makes them


_open: dict[Path, _Handle] = {}
_changed = threading.Condition()


def _handle(path: Path) -> _Handle:
    """The connection to the file's current version (opening costs ~15 ms). Called holding `_changed`.

    When an ETL run has swapped in a new file, the old connection is closed once its running queries
    end (DuckDB shares one instance per path in a process: a new one opens only when the old is closed)."""
    while True:
        ident = identity(path)
        held = _open.get(path)
        if held is not None and held.ident == ident:
            return held
        if held is not None and held.users:
            _changed.wait()
            continue
        if held is not None:
            held.con.close()
        con = duckdb.connect(str(path), read_only=True)
        catalog = con.execute("SELECT current_database()").fetchall()[0][0]
        _open[path] = _Handle(ident, con, f'"{catalog}".main.metrics')


@contextmanager
def _cursor(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived cursor (safe across sessions' threads) on which `metrics` is the reviewed view."""
    with _changed:
        held = _handle(path)
        held.users += 1
    try:
        with held.con.cursor() as cur:
            done = _reviewed(held, path, cur)
            unreviewed = f"SELECT m.*, false AS reviewed, ''::VARCHAR AS review_note FROM {held.extracted} m"
            if done is None:
                cur.execute(f"CREATE TEMP VIEW metrics AS {unreviewed}")
            else:
                cur.register("reviewed_rows", done.rows)
                cur.register("review_ids", done.ids)
                cur.execute(f"""CREATE TEMP VIEW metrics AS {unreviewed} ANTI JOIN review_ids r USING (figure_id)
                                UNION ALL BY NAME SELECT * FROM reviewed_rows""")
            yield cur
    finally:
        with _changed:
            held.users -= 1
            _changed.notify_all()


def _reviewed(held: _Handle, path: Path, cur: duckdb.DuckDBPyConnection) -> Reviewed | None:
    """The reviewed figures of this version of the database (None without reviews), kept until the database
    or the reviews file changes. Only the reviewed rows make the trip through etl.reviews.apply."""
    ident = reviews.identity(path)
    if held.reviewed is None or held.reviewed[0] != ident:
        kept = reviews.load(path)
        done = None
        if kept:
            ids = pa.table({"figure_id": list(kept)})
            cur.register("review_ids", ids)
            figures = cur.execute(f"SELECT m.* FROM {held.extracted} m SEMI JOIN review_ids r USING (figure_id)").df()
            cur.unregister("review_ids")
            done = Reviewed(ids, pa.Table.from_pandas(reviews.apply(figures, kept), preserve_index=False))
        held.reviewed = ident, done
    return held.reviewed[1]


def _query(path: Path, sql: str, params: dict[str, object]) -> pd.DataFrame:
    used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", sql)}  # DuckDB refuses extras
    with _cursor(path) as cur:
        return cur.execute(sql, used).df()


@lru_cache(maxsize=256)
def _cached(path: Path, ident: tuple[tuple[int, int, int], tuple[int, int, int]], name: str, sql: str,
            params: tuple[tuple[str, object], ...]) -> pd.DataFrame:
    return _query(path, sql, {k: list(v) if isinstance(v, tuple) else v for k, v in params})


def run(path: Path, name: str, sql: str, params: dict[str, object] | None = None) -> pd.DataFrame:
    """Run a named query, cached on the files' identities and the parameters; returns a copy."""
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (params or {}).items()))
    return _cached(path, (identity(path), reviews.identity(path)), name, sql, frozen).copy()


def options(path: Path) -> dict[str, list]:
    """Values the sidebar offers: parks with figures, years, categories."""
    parks = run(path, "parks", "SELECT park, count(*) AS n FROM metrics GROUP BY park ORDER BY n DESC, park")
    years = run(path, "years", "SELECT DISTINCT year FROM metrics WHERE year IS NOT NULL ORDER BY year DESC")
    unknown = run(path, "unknown", "SELECT count(*) AS n FROM metrics WHERE year IS NULL")
    cats = run(path, "cats", "SELECT DISTINCT category FROM metrics ORDER BY category")
    return {"parks": parks["park"].tolist(), "years": [int(y) for y in years["year"]],
            "unknown_year": bool(unknown["n"].iloc[0]), "categories": cats["category"].tolist()}


def kpis(path: Path, f: Filters) -> dict[str, int]:
    row = run(path, "kpis", f"""
        SELECT count(DISTINCT m.park) AS parks, count(DISTINCT m.article_id) AS articles, count(*) AS figures,
               count(DISTINCT m.year) AS years, min(m.year) AS first_year, max(m.year) AS last_year
        FROM metrics m WHERE {WHERE}""", f.params()).iloc[0]
    return {k: (None if pd.isna(v) else int(v)) for k, v in row.items()}


def figures(path: Path, f: Filters, *, metrics: tuple[str, ...] = (), scope: str | None = None,
            search: str = "", changed: bool = False) -> pd.DataFrame:
    """Every figure with its source sentence (the 来源 table), newest first; `changed`: only 从…到… figures."""
    params = {**f.params(), "metrics": list(metrics), "scope": scope, "search": f"%{search}%", "changed": changed}
    return run(path, "figures", f"""
        SELECT {FIGURE_COLUMNS}
        FROM metrics m
        WHERE {WHERE}
          AND (len($metrics::VARCHAR[]) = 0 OR list_contains($metrics::VARCHAR[], m.metric))
          AND ($scope IS NULL OR m.scope = $scope)
          AND (NOT $changed OR m.from_value IS NOT NULL)
          AND (m.sentence ILIKE $search OR m.park ILIKE $search OR m.subject ILIKE $search)
        ORDER BY m.year DESC NULLS LAST, m.park, m.metric, m.id""", params)


def headline_figures(path: Path, f: Filters, metrics: tuple[str, ...], *, by_subject: bool = False,
                     scope: str = "park") -> pd.DataFrame:
    """One figure per park and metric (and kind, with by_subject): the latest year's largest.

    A park's total and its breakdowns (81 projects; 57 of them 重大产业项目) are all figures of
    the text; the chart shows the largest of the latest year and never adds them up.
    """
    partition = "m.park, m.metric, m.unit" + (", m.subject" if by_subject else "")  # 元 and 美元 never mix
    params = {**f.params(), "metrics": list(metrics), "scope": scope}
    return run(path, "headline", f"""
        SELECT {FIGURE_COLUMNS}
        FROM metrics m
        WHERE {WHERE} AND list_contains($metrics::VARCHAR[], m.metric) AND m.scope = $scope
        QUALIFY row_number() OVER (PARTITION BY {partition}
                                   ORDER BY m.year DESC NULLS LAST, m.value DESC, m.id) = 1
        ORDER BY m.park, m.metric""", params)


def counts_by_park(path: Path, f: Filters) -> pd.DataFrame:
    """How many figures each park has, per category (overview)."""
    return run(path, "counts", f"""
        SELECT m.park, m.category, count(*) AS figures
        FROM metrics m WHERE {WHERE} GROUP BY m.park, m.category ORDER BY figures DESC""", f.params())


def parks_by_province(path: Path, f: Filters) -> pd.DataFrame:
    return run(path, "provinces", f"""
        SELECT coalesce(p.province, '未知') AS province, count(DISTINCT m.park) AS parks, count(*) AS figures,
               string_agg(DISTINCT m.park, '、' ORDER BY m.park) AS park_names
        FROM metrics m LEFT JOIN parks p ON p.park = m.park
        WHERE {WHERE} GROUP BY 1 ORDER BY parks DESC, figures DESC""", f.params())


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
    with _changed:
        extracted = _handle(path).extracted  # the table as extracted, not the reviewed view
    with _cursor(path) as cur:
        gone = cur.execute(f"SELECT unnest($ids::VARCHAR[]) EXCEPT SELECT figure_id FROM {extracted}",
                           {"ids": list(kept)}).fetchall()
    return [kept[fid] for (fid,) in sorted(gone)]


def all_metrics(path: Path, f: Filters) -> pd.DataFrame:
    """The whole filtered `metrics` table, for the XLSX export."""
    return run(path, "all", f"SELECT m.* FROM metrics m WHERE {WHERE} ORDER BY m.id", f.params())

"""Server-side time of each dashboard page for a filter change, on 1 million synthetic figures.

    python benchmarks/dashboard_speed.py [--rows 1000000]

Builds a DuckDB file with the ETL's schema (rows shaped like the real ones: 180 parks, six
categories, ten years, sentences of news length, a terms table), then for each page runs
its queries and builds its Plotly figures with the cache cleared, as after a filter change.
Prints the median of 5 runs per page; the target is < 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from dashboard import charts, queries
from dashboard.labels import INVESTMENT_METRICS, PARTY_COUNT_METRICS
from dashboard.queries import Filters
from dashboard.ui import csv_bytes
from etl.load import SCHEMA
from etl.metrics import rules


def build(path: Path, rows: int) -> None:
    metric_list = list(rules().category.items())
    con = duckdb.connect(str(path))
    con.execute(SCHEMA)
    con.execute("CREATE TEMP TABLE mk AS SELECT * FROM (VALUES " +
                ", ".join(f"({i}, '{m}', '{c}')" for i, (m, c) in enumerate(metric_list)) + ") t(i, metric, category)")
    con.execute(f"""
        INSERT INTO metrics
        SELECT r AS id, 'P' || ((r // 18) % 180) || '高新区' AS park, mk.category, mk.metric,
               CASE WHEN mk.category = 'investment' THEN (r % 5000) * 1e7 ELSE r % 3000 END AS value,
               CASE WHEN mk.category = 'investment' THEN 'CNY' WHEN mk.metric = 'party_coverage_rate' THEN 'percent'
                    ELSE 'count' END AS unit,
               CASE WHEN r % 7 = 0 THEN 'over' ELSE 'exact' END AS qualifier,
               CASE WHEN r % 11 = 0 THEN (r % 3000) / 2 END AS from_value,
               '重点项目' || (r % 9) AS subject, CASE WHEN r % 13 = 0 THEN 'project' ELSE 'park' END AS scope,
               CASE WHEN r % 17 = 0 THEN NULL ELSE 2015 + r % 10 END AS year, 'page' AS year_source,
               'doc' || (r // 40) || '.txt' AS doc, 'doc' || (r // 40) || '.txt#' || (r % 8) AS article_id,
               repeat('园区深入推进党建引领基层治理，', 4) || '共有项目' || (r % 3000) || '个，总投资额' ||
                   (r % 5000) || '亿元。' AS sentence,
               r * 10 AS span_start, r * 10 + 6 AS span_end, r * 10 - 60 AS sentence_start
        FROM range({rows}) t(r) JOIN mk ON mk.i = r % {len(metric_list)}""")
    con.execute("""INSERT INTO terms
                   SELECT 'doc' || (r // 400) || '.txt', 'doc' || (r // 400) || '.txt#' || (r % 8),
                          'P' || (r % 180) || '高新区', 2015 + r % 10, '词' || (r % 5000), 1 + r % 9
                   FROM range(2000000) t(r)""")
    con.execute("INSERT INTO parks SELECT 'P' || i || '高新区', 'P' || i || '国家高新技术产业开发区', [], "
                "'省' || (i % 31), '市' || i, 'national_htz', true FROM range(180) t(i)")
    con.close()


def pages(db: Path, f: Filters) -> dict[str, Callable[[], object]]:
    def overview() -> None:
        queries.kpis(db, f)
        charts.figures_per_park(queries.counts_by_park(db, f))
        charts.parks_per_province(queries.parks_by_province(db, f))
        queries.figures(db, f).head(2000)

    def investment() -> None:
        rows = queries.headline_figures(db, f, INVESTMENT_METRICS)
        charts.headline_bars(rows, "投资", money=True)
        csv_bytes(rows)
        charts.headline_bars(queries.headline_figures(db, f, INVESTMENT_METRICS, by_subject=True, scope="project"),
                             "项目", money=True)

    def projects() -> None:
        charts.stacked_by_subject(queries.headline_figures(db, f, ("project_count",), by_subject=True), "项目")
        charts.stacked_by_subject(queries.headline_figures(db, f, ("enterprise_count",), by_subject=True), "企业")

    def party() -> None:
        charts.small_multiples(queries.headline_figures(db, f, PARTY_COUNT_METRICS), "党建")
        charts.headline_bars(queries.headline_figures(db, f, ("party_coverage_rate",)), "覆盖率")
        changed = queries.figures(db, f, metrics=(*PARTY_COUNT_METRICS, "party_coverage_rate"), changed=True)
        charts.changes(changed, "变化")
        queries.figures(db, f, metrics=(*PARTY_COUNT_METRICS, "party_coverage_rate")).head(2000)

    def keywords() -> None:
        queries.terms(db, f)
        charts.distinctive(queries.distinctive_terms(db, f, f.parks[0]), f.parks[0])

    def sources() -> None:
        csv_bytes(queries.figures(db, f, search="党建").head(2000))

    return {"总览": overview, "投资": investment, "项目": projects, "党建": party, "关键词": keywords,
            "来源": sources}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        build(db, args.rows)
        print(f"database: {args.rows:,} figures, 2,000,000 terms, built in {time.perf_counter() - start:.1f} s")
        changes = [Filters(parks=("P1高新区", "P2高新区", "P3高新区")),
                   Filters(parks=("P7高新区",), years=(2020, 2021)),
                   Filters(parks=("P9高新区", "P10高新区"), years=(2023,), unknown_year=True)]
        worst = 0.0
        for name in pages(db, changes[0]):
            times = []
            for i in range(5):
                queries._cached.cache_clear()  # a filter change: nothing cached
                run = pages(db, changes[i % len(changes)])[name]
                t = time.perf_counter()
                run()
                times.append((time.perf_counter() - t) * 1000)
            median = statistics.median(times)
            worst = max(worst, median)
            print(f"{name:>4}: median {median:6.0f} ms   (max {max(times):5.0f} ms)")
        print(f"slowest page: {worst:.0f} ms (target < 300 ms)")


if __name__ == "__main__":
    main()

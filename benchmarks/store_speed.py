"""The incremental store: what a run costs when the corpus grows, and what readers meet meanwhile.

    python benchmarks/store_speed.py [--pages 200] [--runs 5]

A corpus of distinct pages (the seed pages, each copy made distinct by a line naming its issue) is
built once with --rebuild; then, each timed in this process (jieba already loaded, as in the dashboard):
the same command again (nothing new), one new page added, every page again under a new extractor.
Then readers on dashboard/queries.py (cache off, so every read goes to the file) while the ETL adds a
page `--runs` times: reads, errors, and read latency (median, 95th percentile, max). Last, the cost of
reviews on `--figures` figures (the corpus's metrics repeated): the first query on a new version of the
database, and the first after 1,000 reviews are saved.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

import duckdb

from dashboard import queries
from dashboard.queries import Filters
from etl import reviews, store
from etl.pipeline import run
from etl.reviews import Review

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path, pages: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for n in range(pages):
        seed = seeds[n % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (folder / f"{n:04d}_{seed.name}").write_text(f"{text}\n\n第{n}期\n", encoding="utf-8")


def timed(label: str, *args: object, **kwargs: object) -> float:
    start = time.perf_counter()
    summary = run(*args, **kwargs)
    seconds = time.perf_counter() - start
    c = summary.change
    print(f"{label:>34}: {seconds:6.2f} s  (pages extracted {c.built}, figures +{c.added} −{c.removed}, "
          f"file {'replaced' if c.written else 'untouched'})")
    return seconds


def readers_during_etl(db: Path, extra: Path, runs: int) -> None:
    queries._cached = queries._cached.__wrapped__  # every read goes to the file
    latencies: list[float] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            start = time.perf_counter()
            try:
                queries.kpis(db, Filters())
                queries.figures(db, Filters(parks=("成都高新区",)))
            except BaseException as exc:  # counted: there must be none
                errors.append(exc)
            latencies.append(time.perf_counter() - start)
            time.sleep(0.01)

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    start = time.perf_counter()
    for i in range(runs):
        page = extra / f"new_{i}.txt"
        page.write_text((ROOT / "seeds" / "001_36ca73cae5efff82.txt").read_text(encoding="utf-8") + f"\n增刊{i}\n",
                        encoding="utf-8")
        run([page], db)
    seconds = time.perf_counter() - start
    stop.set()
    for t in threads:
        t.join()
    ms = sorted(x * 1000 for x in latencies)
    print(f"{'readers during ETL':>34}: {len(ms)} reads (2 queries each) over {runs} runs in {seconds:.1f} s, "
          f"{len(errors)} errors; read ms median {statistics.median(ms):.0f}, "
          f"p95 {ms[int(len(ms) * 0.95)]:.0f}, max {ms[-1]:.0f}")


def reviews_at_scale(source: Path, db: Path, figures: int) -> None:
    shutil.copy(source, db)
    con = duckdb.connect(str(db))
    n = con.execute("SELECT count(*) FROM metrics").fetchall()[0][0]
    con.execute(f"""CREATE OR REPLACE TABLE metrics AS SELECT * REPLACE (m.id + r.i * {n} AS id,
                    m.figure_id || ':' || r.i AS figure_id) FROM metrics m, range({figures // n}) r(i)""")
    ids = [r[0] for r in con.execute("SELECT figure_id FROM metrics USING SAMPLE 1000 ROWS").fetchall()]
    con.close()
    for label in ("first query on a new version", "after 1,000 reviews saved"):
        if label.startswith("after"):
            reviews.record(db, [Review(i, "confirm") for i in ids])
        start = time.perf_counter()
        queries.kpis(db, Filters())
        print(f"{label:>34}: {time.perf_counter() - start:6.2f} s  ({figures // n * n:,} figures)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--figures", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, extra, db = Path(tmp) / "pages", Path(tmp) / "extra", Path(tmp) / "gaoxin.duckdb"
        corpus.mkdir()
        extra.mkdir()
        make_corpus(corpus, args.pages)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
        print(f"corpus: {args.pages} distinct pages, {chars:,} characters")
        run([ROOT / "seeds" / "000_a6030b78951b7747.txt"], Path(tmp) / "warm.duckdb")  # load jieba and the rules
        timed(f"--rebuild, {args.pages} pages", [corpus], db, rebuild=True)
        print(f"{'database size':>34}: {db.stat().st_size / 1e6:6.1f} MB")
        timed("the same command again", [corpus], db)
        one = extra / "one.txt"
        one.write_text((ROOT / "seeds" / "003_ab11b81221d97ae2.txt").read_text(encoding="utf-8") + "\n特刊\n",
                       encoding="utf-8")
        timed(f"one new page added to {args.pages}", [corpus, one], db)
        store.extractor_version = lambda: "next"  # as after a change to etl/ or its vocabulary
        timed("a new extractor: every page again", [], db)
        readers_during_etl(db, extra, args.runs)
        reviews_at_scale(db, Path(tmp) / "big.duckdb", args.figures)


if __name__ == "__main__":
    main()

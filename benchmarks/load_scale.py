"""What the dask engine's load step costs: Parquet parts → the store's DuckDB file, at growing page counts.

    python benchmarks/load_scale.py [--pages 10000 50000 100000]

500 synthetic pages (etl_speed.synthetic_corpus) are extracted once into one part (store.write_part, as a
Dask task writes it); that part is copied with its keys renamed (doc, doc_hash, article_id, figure_id get
a ~k suffix) into as many parts as a run of N pages has. Each load runs in a fresh process and prints its
seconds, the database file's size and its peak RSS: a --rebuild that takes every part (Store.add_part,
then finish: figure ids in text order, the parks, the checkpoint, the swap), then a second run that adds
one more part to the database it made (the copy of the file that keeps readers safe, the same finish).
docs/scaling.md extrapolates from these.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from etl_speed import ROOT, synthetic_corpus  # a sibling script (benchmarks/ is no package)

BASE_PAGES = 500
KEYS = {"documents": ["doc", "doc_hash"], "articles": ["doc", "article_id"],
        "metrics": ["doc", "article_id", "figure_id"], "terms": ["doc", "article_id"]}


def base_part(folder: Path) -> Path:
    from etl.inputs import find_pages
    from etl.model import Source
    from etl.pipeline import extract, read_file
    from etl.store import write_part

    pages = folder / "pages"
    pages.mkdir()
    synthetic_corpus(pages, BASE_PAGES)
    files = [read_file(job) for job in find_pages([pages]).jobs]
    write_part([extract(Source(f.raw, f.doc, f.path, f.encoding, f.warnings)) for f in files], folder / "base")
    return folder / "base"


def copies(base: Path, target: Path, parts: range) -> None:
    """A copy of the base part for each k of `parts`, keys renamed so that every page is distinct."""
    con = duckdb.connect()
    for k in parts:
        (target / f"{k:06d}").mkdir(parents=True)
        for table, keys in KEYS.items():
            renamed = ", ".join(f"{key} || '~{k}' AS {key}" for key in keys)
            con.execute(f"COPY (SELECT * REPLACE ({renamed}) FROM read_parquet('{base / f'{table}.parquet'}')) "
                        f"TO '{target / f'{k:06d}' / f'{table}.parquet'}' (FORMAT parquet)")


def load(parts: Path, db: Path, rebuild: bool) -> dict:
    from etl.store import Store

    start = time.perf_counter()
    with Store(db, rebuild=rebuild) as store:
        for part in sorted(parts.iterdir()):
            store.add_part(part)
        store.finish([])
    return {"seconds": time.perf_counter() - start, "mb": db.stat().st_size / 1e6,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def fresh(parts: Path, db: Path, rebuild: bool) -> dict:
    """load() in a new process."""
    cmd = [sys.executable, __file__, "--load", str(parts), str(db), *(["--rebuild"] if rebuild else [])]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    ap.add_argument("--load", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--rebuild", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.load:
        print(json.dumps(load(Path(args.load[0]), Path(args.load[1]), args.rebuild)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = base_part(Path(tmp))
        con = duckdb.connect()
        rows = {t: con.execute(f"SELECT count(*) FROM read_parquet('{base / f'{t}.parquet'}')").fetchone()[0]
                for t in KEYS}
        print(f"one part of {BASE_PAGES} pages: " + ", ".join(f"{t} {n:,} rows" for t, n in rows.items()))
        for pages in args.pages:
            parts, db = Path(tmp) / f"parts{pages}", Path(tmp) / f"g{pages}.duckdb"
            n = pages // BASE_PAGES
            copies(base, parts, range(n))
            parquet_mb = sum(p.stat().st_size for p in parts.rglob("*.parquet")) / 1e6
            r = fresh(parts, db, rebuild=True)
            print(f"{pages:>9,} pages: load {r['seconds']:7.1f} s ({pages / r['seconds']:,.0f} pages/s), "
                  f"parts {parquet_mb:,.0f} MB → database {r['mb']:,.0f} MB, peak RSS {r['peak_mb']:,.0f} MB")
            shutil.rmtree(parts)
            copies(base, parts, range(n, n + 1))
            r = fresh(parts, db, rebuild=False)
            print(f"{'':>9}  then {BASE_PAGES} pages more: {r['seconds']:7.1f} s (the copy and the finish), "
                  f"peak RSS {r['peak_mb']:,.0f} MB")
            shutil.rmtree(parts)
            db.unlink()


if __name__ == "__main__":
    main()

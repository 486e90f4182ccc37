"""ETL speed against jieba.lcut alone, on the seed pages repeated to about 5 MB.

    python benchmarks/etl_speed.py [--mb 5]

Each measurement runs in a fresh process (dictionary loading included, as a user pays it),
three times; the best run is printed (chars/s, seconds) with the peak memory (max RSS of the
process and its workers). Best of three, because a shared machine's noise only ever adds time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path, megabytes: float) -> int:
    """Copies of the seed pages, one file per page, until the corpus holds `megabytes` of UTF-8.

    Each copy ends with a line of its own: the store would skip an identical copy as a duplicate."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    size, n = 0, 0
    while size < megabytes * 1e6:
        for seed in seeds:
            target = folder / f"{n:04d}_{seed.name}"
            target.write_text(seed.read_text(encoding="utf-8") + f"\n\n第{n}期\n", encoding="utf-8")
            size += target.stat().st_size
        n += 1
    return sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))


def measure(mode: str, corpus: Path, db: Path) -> dict:
    start = time.perf_counter()
    if mode == "jieba":
        import jieba

        jieba.setLogLevel(60)
        tk = jieba.Tokenizer()
        for path in sorted(corpus.glob("*.txt")):
            tk.lcut(path.read_text(encoding="utf-8"))
    else:
        from etl.pipeline import run

        run([corpus], db, workers=int(mode.split("=")[1]), rebuild=True)
    seconds = time.perf_counter() - start
    rss_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                 resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"seconds": seconds, "peak_mb": rss_kb / 1024}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, Path(args.corpus), Path(args.corpus).parent / "bench.duckdb")))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "pages"
        corpus.mkdir()
        chars = make_corpus(corpus, args.mb)
        files = len(list(corpus.glob("*.txt")))
        print(f"corpus: {files} pages, {chars:,} characters ({args.mb} MB of UTF-8)")
        results = {}
        for mode in ("jieba", "etl workers=1", "etl workers=2"):
            key = mode.split()[-1] if mode != "jieba" else "jieba"
            runs = [json.loads(subprocess.run([sys.executable, __file__, "--measure", key, "--corpus", str(corpus)],
                                              check=True, capture_output=True, text=True, cwd=ROOT)
                               .stdout.strip().splitlines()[-1]) for _ in range(3)]
            results[mode] = min(runs, key=lambda r: r["seconds"])
            r = results[mode]
            print(f"{mode:>15}: {chars / r['seconds']:>10,.0f} chars/s  {r['seconds']:6.2f} s  "
                  f"peak {r['peak_mb']:6.0f} MB")
        jieba_s = results["jieba"]["seconds"]
        one, two = results["etl workers=1"]["seconds"], results["etl workers=2"]["seconds"]
        print(f"ETL (1 worker) / jieba.lcut time: {one / jieba_s:.2f}x (target <= 1.3x)")
        print(f"ETL 2 workers vs 1: {one / two:.2f}x faster")


if __name__ == "__main__":
    main()

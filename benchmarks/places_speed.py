"""Cost of the place and park knowledge: loading divisions.tsv and parks.tsv, the lookups, find_mentions.

    python benchmarks/places_speed.py [--repeat 200]

Prints the time to load each file (first call, cold), lookups per second, and find_mentions speed
(chars/s) on the seed pages repeated, best of three.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from etl.normalise import normalise
from etl.parks import find_mentions, gazetteer
from etl.places import divisions, locate, lookup, starts_with_place

ROOT = Path(__file__).resolve().parent.parent


def best_of_three(run) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=200, help="times the seed pages are scanned")
    args = parser.parse_args()

    start = time.perf_counter()
    n_div = len(divisions())
    print(f"divisions.tsv: {n_div} divisions loaded in {time.perf_counter() - start:.3f} s")
    start = time.perf_counter()
    gaz = gazetteer()
    print(f"parks.tsv: {len(gaz.parks)} parks, {len(gaz.by_name)} written names, "
          f"trie regex built in {time.perf_counter() - start:.3f} s")

    names = [d.short for d in divisions()] * 10
    t = best_of_three(lambda: [lookup(n) for n in names])
    print(f"lookup: {len(names) / t:,.0f} names/s")
    parks = [(p.province, p.city, p.district) for p in gaz.parks]
    locate.cache_clear()
    t = best_of_three(lambda: ([locate(*p) for p in parks], locate.cache_clear()))
    print(f"locate (uncached): {len(parks) / t:,.0f} parks/s")
    generic = ["聊城高新区", "重庆两江鱼复工业开发区", "蒲城高新区", "某某园区"] * 1000
    t = best_of_three(lambda: [starts_with_place(n) for n in generic])
    print(f"starts_with_place: {len(generic) / t:,.0f} names/s")

    pages = [normalise(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    chars = sum(map(len, pages)) * args.repeat
    t = best_of_three(lambda: [find_mentions(p) for _ in range(args.repeat) for p in pages])
    print(f"find_mentions: {chars / t / 1e6:.2f} M chars/s ({chars / 1e6:.1f} M chars in {t:.2f} s)")


if __name__ == "__main__":
    main()

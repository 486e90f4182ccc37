"""China's administrative divisions (vocab/divisions.tsv): which places a written name can be, where a park lies."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from etl.vocab import read_lines

LEVELS = ("province", "prefecture", "county")


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str  # full name: 广陵区
    short: str  # without its level word: 广陵
    level: str  # province, prefecture or county
    province: str  # short name of the province it lies in (itself for a province)
    prefecture: str  # short name of the prefecture it lies in (itself for a prefecture; "" for a province)
    longitude: float | None
    latitude: float | None


@lru_cache(maxsize=1)
def divisions() -> tuple[Division, ...]:
    rows = [line.split("\t") for line in read_lines("divisions.tsv")]
    header, rows = rows[0], rows[1:]
    out = []
    for row in rows:
        rec = dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
        lon, lat = (float(rec[c]) if rec[c] else None for c in ("longitude", "latitude"))
        out.append(Division(rec["adcode"], rec["name"], rec["short"], rec["level"], rec["province"],
                            rec["prefecture"], lon, lat))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Division, ...]]:
    index: dict[str, list[Division]] = defaultdict(list)
    for d in divisions():
        for written in {d.name, d.short}:
            index[written].append(d)
    return {name: tuple(ds) for name, ds in index.items()}


def lookup(name: str) -> tuple[Division, ...]:
    """Every division a written name can be, full or short: 鼓楼区 → four districts, 高邮 → 高邮市."""
    return _by_name().get(name, ())


@lru_cache(maxsize=4096)
def locate(province: str = "", city: str = "", district: str = "") -> Division | None:
    """The most specific division named by a place's province, city and district (short or full names):
    鼓楼区 in 福州 or in 南京; the city where the district is unknown or ambiguous; else the province."""
    for name, in_city in ((district, city), (city, city), (province, "")):
        hits = [d for d in lookup(name) if (not province or d.province == province)
                and (not in_city or d.prefecture == in_city)] if name else []
        if len(hits) == 1:
            return hits[0]
    return None


def starts_with_place(name: str) -> Division | None:
    """The division a name starts with, by its longest place name (聊城高新区 → 聊城市, 蒲城县高新区 → 蒲城县);
    of several divisions so named, the one of the highest level; None when that is still ambiguous (鼓楼区)."""
    for n in range(min(len(name), 8), 1, -1):
        hits = lookup(name[:n])
        if hits:
            top = [d for d in hits if d.level == min((d.level for d in hits), key=LEVELS.index)]
            return top[0] if len(top) == 1 else None
    return None


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Every division's full and short name of two characters or more."""
    return frozenset(w for d in divisions() for w in (d.name, d.short) if len(w) >= 2)


@lru_cache(maxsize=1)
def word_like_places() -> frozenset[str]:
    """Counties whose short form is also an ordinary word (平和, 合作), kept out of place_words: right before a
    park type that only a place names (平和科技产业园) they are the county again."""
    return frozenset(d.name[:-1] for d in divisions()
                     if d.level == "county" and d.short == d.name and len(d.name) >= 3 and d.name[-1] in "县区市旗")

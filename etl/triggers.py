"""The trigger tables of vocab/metrics.yaml, compiled once: money triggers, rate triggers, count nouns and
units, and the named word lists the figure rules of metrics.py and tables.py read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.vocab import alternation, load_yaml


@dataclass(frozen=True)
class Rules:
    money: dict[str, str | None]  # trigger → metric (None blocks)
    money_re: re.Pattern[str]
    money_first: frozenset[str]  # the first characters of the money triggers
    percent_re: re.Pattern[str]
    percent: dict[str, str]
    nouns: dict[str, str | None]  # count noun → metric (None: a noun that is no metric's, 子公司)
    nouns_re: re.Pattern[str]
    units: dict[str, tuple[str, ...]]
    not_head: dict[str, tuple[str, ...]]
    category: dict[str, str]
    w: dict[str, re.Pattern[str]]  # the word lists of metrics.yaml "words", as patterns


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile(alternation(words))


def _noun_alternation(nouns: list[str]) -> re.Pattern[str]:
    """Count nouns, longest first; a short form ending in 企 (药企, 外企) never takes the 企 of 企业
    ("生物医药企业230余家" counts 企业)."""
    ordered = sorted(nouns, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) + ("(?!业)" if n.endswith("企") else "") for n in ordered))


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = load_yaml("metrics.yaml")
    money: dict[str, str | None] = {}
    for metric, triggers in data["money"].items():
        for trigger in triggers:
            money[trigger] = None if metric in (None, "null") else metric
    percent = {t: metric for metric, triggers in data["percent"].items() for t in triggers}
    nouns: dict[str, str | None] = {n: metric for metric, spec in data["counts"].items() for n in spec["nouns"]}
    nouns |= {n: None for n in data["not_counted_nouns"]}
    category = {m: cat for cat, metrics in data["categories"].items() for m in metrics}
    w = {name: _alternation(words) for name, words in data["words"].items()}
    w["gap_filler"] = re.compile(f"(?:{w['gap_fillers'].pattern})*")
    w["running_total"] = re.compile(f"(?:{w['running_totals'].pattern})(?:已)?(?:达到|达|为|增至|突破)?"
                                    r"|其中[^,;。]{0,14}?(?:占|有|为|达)")  # 其中渭南高新区占180家: a share of it
    w["subject_start"] = re.compile(f"{w['subject_starts'].pattern}|有(?!效)")
    return Rules(
        money=money, money_re=_alternation(list(money)), money_first=frozenset(t[0] for t in money),
        percent=percent, percent_re=_alternation(list(percent)),
        nouns=nouns, nouns_re=_noun_alternation(list(nouns)),
        units={m: tuple(spec["units"]) for m, spec in data["counts"].items()},
        not_head={m: tuple(spec.get("not_head", [])) for m, spec in data["counts"].items()},
        category=category, w=w,
    )

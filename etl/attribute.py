"""Which park a figure belongs to: the park its sentence names, else the one its article is about."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from etl.model import Figure, Mention
from etl.vocab import load_yaml


@lru_cache(maxsize=1)
def _outside_re() -> re.Pattern[str]:
    words = sorted(load_yaml("context.yaml")["outside_markers"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def main_park(mentions: list[Mention]) -> str | None:
    """The park an article names most often (the first of equals)."""
    if not mentions:
        return None
    counts = Counter(m.park for m in mentions)
    best = max(counts.values())
    return next(m.park for m in mentions if counts[m.park] == best)


def park_of(figure: Figure, text: str, mentions: list[Mention]) -> str | None:
    """Park of a figure given the park mentions of its article (sorted by position), or None.

    Nearest park named before the figure in its sentence; a city/province/country marker
    nearer than any park ("全市…", "市委…") makes it no park figure; a sentence naming no park
    inherits the park last named before it in the article, or the article's main park.
    """
    s0, s1, pos = figure.sentence_start, figure.sentence_end, figure.amount.start
    in_sentence = [m for m in mentions if s0 <= m.start < s1]
    before = [m for m in in_sentence if m.end <= pos]
    outside = [m.end() for m in _outside_re().finditer(text, s0, pos)]
    if outside and (not before or outside[-1] > before[-1].end):
        return None
    if before:
        return before[-1].park
    if in_sentence:
        return in_sentence[0].park
    earlier = [m for m in mentions if m.end <= s0]
    return earlier[-1].park if earlier else main_park(mentions)

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


# A sentence that opens with a city, county or province ("渭南市今年新签约…", "全县…") speaks for it,
# after any leading time or connective phrase ("2021年,", "据了解,", "本报讯 ").
_LEAD = re.compile(
    r"(?:[●■◆▲★☆□·•\-\s]+|(?:本报讯|本报[\u4e00-\u9fff]{1,4}讯|新华社[\u4e00-\u9fff]{0,8}电)(?:\([^()]{0,30}\))?\s*"
    r"|[^,。;:!?]{0,10}(?:年|月|日|以来|目前|近日|日前|据悉|据了解|此外|同时|另外|与此同时),)*")
_WHOLE_PLACE = ("全市", "全县", "全省", "全州", "全盟")
_ADMIN = re.compile(r"(?:市|县|省|自治区|自治州|州|盟|区)(?!高新|开发|经开|经济开发|工业园|科学城|园区|高新技术)")


def city_subjects(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """Sentences that open with a city/county/province as their subject, as actors with no park."""
    from etl.parks import place_names

    places, starts = place_names(), {m.start for m in mentions}
    out = []
    for s0, s1 in sentences:
        at = _LEAD.match(text, s0, s1).end()
        if at in starts:
            continue
        if text.startswith(_WHOLE_PLACE, at):
            out.append(Mention(at, at + 2, ""))
            continue
        for n in (5, 4, 3, 2):  # a place name, then its level: 渭南 + 市, 蒲城 + 县
            admin = _ADMIN.match(text, at + n, s1)
            if admin and text[at:at + n] in places:
                out.append(Mention(at, admin.end(), ""))
                break
    return out


def park_of(figure: Figure, text: str, actors: list[Mention]) -> tuple[str | None, str]:
    """(park, how it was told) of a figure given the actors of its article (sorted by position).

    Actors are park mentions and city subjects (park ""). The nearest actor before the figure in
    its sentence decides, and so does a marker such as "全市…"/"市委…" nearer than any park; a
    sentence with none inherits the actor last named before it in the article, or the article's
    main park. A city actor means: no park figure.
    """
    s0, s1, pos = figure.sentence_start, figure.sentence_end, figure.amount.start
    in_sentence = [m for m in actors if s0 <= m.start < s1]
    before = [m for m in in_sentence if m.end <= pos]
    outside = [m.end() for m in _outside_re().finditer(text, s0, pos)]
    if outside and (not before or outside[-1] > before[-1].end):
        return None, "outside marker"
    if before:
        return before[-1].park or None, "sentence"
    if in_sentence:
        return in_sentence[0].park or None, "sentence"
    earlier = [m for m in actors if m.end <= s0]
    if earlier:
        return earlier[-1].park or None, "back-reference"
    return main_park([m for m in actors if m.park]), "article"


def respectively(figures: list[Figure], text: str, actors: list[Mention]) -> dict[Figure, str]:
    """'成都高新区、西安高新区分别新增企业50家、30家': after 分别, the i-th figure of a metric is the
    i-th park's, when the sentence names as many parks before 分别 as it gives figures after it."""
    out: dict[Figure, str] = {}
    for fig in figures:
        s0, s1 = fig.sentence_start, fig.sentence_end
        at = text.find("分别", s0, s1)
        if at < 0 or fig.amount.start < at:
            continue
        parks = list(dict.fromkeys(m.park for m in actors if s0 <= m.start < at and m.park))
        same = [f for f in figures if f.sentence_start == s0 and f.metric == fig.metric and f.amount.start > at]
        if len(parks) >= 2 and len(same) == len(parks):
            out[fig] = parks[same.index(fig)]
    return out

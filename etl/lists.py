"""Figures written once for a list of parks: 分别 pairs the i-th figure with the i-th item, 各 gives each its own."""

from __future__ import annotations

import re
from itertools import pairwise

from etl.attribute import LIST_JOINER, Context
from etl.model import Figure
from etl.names import generic_canonical, own_name
from etl.subjects import subject_at

PARK_LIKE_END = re.compile(r"(?:产业园|工业园|园区|新区|开发区|高新区|经开区|科学城|科技城|合作区|示范区)$")


def respectively(figures: list[Figure], text: str, ctx: Context) -> dict[Figure, str | None]:
    """'A、B和C分别签约5个、2个、4个项目,总投资分别为80亿元、6.32亿元、1.07亿元': after 分别, the i-th
    figure of a metric belongs to the i-th item of the list the sentence opens with, when the counts agree.
    An item that names no park (a city) takes its figure away from every park (None)."""
    out: dict[Figure, str | None] = {}
    for s0, s1 in dict.fromkeys((f.sentence_start, f.sentence_end) for f in figures):
        at = text.find("分别", s0, s1)
        items = (_list_before(text, s0, at, ctx) or _parks_counted_before(text, s0, at, ctx)) if at >= 0 else []
        if len(items) < 2:
            continue
        # "…分别为39户、103户、107户,其中规上企业分别为14户、16户、16户": each 分别 pairs its own figures
        marks = [m.start() for m in re.finditer("分别", text[at:s1])]
        for lo, hi in zip(marks, [*marks[1:], s1 - at], strict=True):
            here = [f for f in figures if f.sentence_start == s0 and at + lo < f.amount.start < at + hi]
            for metric in dict.fromkeys(f.metric for f in here):
                same = [f for f in here if f.metric == metric]
                if len(same) == len(items):
                    out.update(zip(same, items, strict=True))
    return out


def _parks_counted_before(text: str, s0: int, at: int, ctx: Context) -> list[str | None]:
    """"两区新增规上企业分别为15家、12家": the parks a sentence counts (两区, 三园) are the last ones named."""
    clause = max(s0, *(text.rfind(ch, s0, at) + 1 for ch in ",;:"))
    m = COUNTED_PARKS.match(text, clause, at)
    if m is None:
        return []
    n = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}[m.group(1)]
    named = list(dict.fromkeys(x.park for x in sorted(ctx.named, key=lambda x: x.start) if x.start < s0))
    return named[-n:] if len(named) >= n else []


COUNTED_PARKS = re.compile(r"\s*(?:这|上述)?([两二三四五])(?:个|家|大)?(?:区|园|园区|开发区|高新区|经开区)")


def _list_before(text: str, s0: int, at: int, ctx: Context) -> list[str | None]:
    """The parks of the list before 分别 ("济宁经开区、新乡经开区全年和青岛高新区7月8日单场签约活动,分别…"):
    a park named in an item, or the item itself when it is written like a park (苏银产业园), else None."""
    end = at
    while end > s0 and text[end - 1] in ",;: ":
        end -= 1
    start = max([s0, *(text.rfind(ch, s0, end) + 1 for ch in ",;:")])
    items: list[str | None] = []
    pos = start
    for m in [*LIST_JOINER.finditer(text, start, end), None]:
        stop = m.start() if m else end
        # an actor (该区 too), or a park a city's story names in its list
        named = [x.park for x in sorted([*ctx.actors, *ctx.named], key=lambda x: x.start)
                 if x.park and pos <= x.start < stop]
        item = text[pos:stop].strip()
        if named or PARK_LIKE_END.search(item):
            items.append(named[0] if named else generic_canonical(own_name(item)))
        elif subject_at(text, pos, stop, {}) is not None:
            items.append(None)  # a city or county in the list
        else:
            return []  # "对众创空间、孵化器分别给予…": a list of objects, not of subjects
        pos = m.end() if m else end
    return items if any(items) else []

EACH = re.compile(r"[^,;。]{0,6}?各(?![类项级地种界部个])[^,;。]{0,10}$")


def each_of(figure: Figure, text: str, ctx: Context) -> list[str]:
    """"杭州湾经开区、袍江经开区各有2家企业上榜": a figure written once for each park of the list before 各."""
    at = figure.amount.start
    start = max(text.rfind(ch, figure.sentence_start, at) for ch in ",;:。") + 1 or figure.sentence_start
    listed = sorted((m for m in ctx.named if start <= m.start < at), key=lambda m: m.start)
    if len(listed) < 2 or not EACH.match(text, listed[-1].end, at) or not all(
            LIST_JOINER.fullmatch(text, a.end, b.start) for a, b in pairwise(listed)):
        return []
    return list(dict.fromkeys(m.park for m in listed))

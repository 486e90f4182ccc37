"""Whose figure it is: the subject of its clause, else of the sentences before it, else of its article.

An article's subject is told by its headline and lead (SPEC "Rules of attribution"): a story about a
city, county, university or company is theirs even when it names a park; there, only a clause whose
own subject is the park gives the park a figure. In a park's story every figure is the park's unless
its clause speaks for another park, a place ("从全市看,包头已落地…") or a whole area ("全市…").
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.model import Article, Figure, Mention
from etl.parks import home_places
from etl.subjects import Actor, clause_subjects, place_before

LEAD_CHARS = 160  # the lead: the first sentences of the body


@dataclass(frozen=True)
class Context:
    """What attribution needs to know about one article."""

    subject: Actor | None  # the article's subject (a park or not), None when nothing tells it
    actors: list[Actor]  # park mentions and clause subjects in the article, left to right
    paragraphs: list[tuple[int, int]]  # (start, end) of each line of the article

    @property
    def park(self) -> str | None:
        return self.subject.park if self.subject else None


def article_subject(text: str, article: Article, parks: dict[int, Mention]) -> Actor | None:
    """The subject of an article: the first subject of its headline lines (a park named anywhere in the
    headline otherwise), else the first subject or park its lead names."""
    head_end = article.body_start
    for s0, s1 in _lines(text, article.start, head_end):
        subjects = [a for a in clause_subjects(text, s0, s1, parks, orgs=True) if a.kind != "pronoun"]
        if subjects:
            return subjects[0]
    named = [m for at, m in sorted(parks.items()) if article.start <= at < head_end]
    if named:
        return _as_actor(named[0], text)
    lead_end = min(article.end, head_end + LEAD_CHARS)
    for s0, s1 in _lines(text, head_end, lead_end):
        found = [a for a in clause_subjects(text, s0, s1, parks) if a.kind != "pronoun"]
        found += [_as_actor(m, text) for at, m in parks.items() if s0 <= at < s1 and not m.weak]
        if found:
            return min(found, key=lambda a: a.start)
    return None


def _as_actor(m: Mention, text: str, lead: bool = True) -> Actor:
    return Actor(m.start, m.end, m.park, "park", text[m.start:m.end], lead=lead)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


def context(text: str, article: Article, subject: Actor | None, mentions: list[Mention],
            sentences: list[tuple[int, int]]) -> Context:
    """The actors of an article: in a park's story every park named counts, in any other story only a
    park that is a clause's subject; places, areas and pronouns count where they are clause subjects."""
    parks = {m.start: m for m in mentions if article.start <= m.start < article.end}
    park_story = subject is not None and subject.park is not None
    home = home_places(subject.park) if subject is not None and subject.park else frozenset()
    actors: list[Actor] = []
    for s0, s1 in sentences:
        subjects = clause_subjects(text, s0, s1, parks)
        if park_story:  # companies sit in the park; the park's own city doing the park's work is the park
            subjects = [a for a in subjects if a.kind != "org" and not (
                a.kind == "place" and (a.name in home or not a.verbal))] + [
                _as_actor(m, text, lead=False) for at, m in parks.items() if s0 <= at < s1 and not m.weak
                and m.known and not any(a.start == at for a in subjects)]  # "选址马鞍山青浦工业园": a site
        actors += subjects
    actors.sort(key=lambda a: a.start)
    return Context(subject, actors, _lines(text, article.start, article.end))


def park_of(figure: Figure, text: str, ctx: Context) -> tuple[str | None, str]:
    """(park, how it was told) of a figure, or (None, why not)."""
    s0, pos = figure.sentence_start, figure.amount.start
    clause0 = max(text.rfind(ch, s0, pos) for ch in ",;:") + 1 or s0
    if place_before(text, max(s0, clause0), pos, ctx.actors):
        return None, "place"
    before = [a for a in ctx.actors if s0 <= a.start < pos]
    if before:
        return _speaks_for(before[-1], ctx, "sentence")
    line = next((p for p in ctx.paragraphs if p[0] <= s0 < p[1] + 1), (s0, s0))
    earlier = [a for a in ctx.actors if a.start < s0 and a.kind != "pronoun" and a.lead]
    # a park story goes on with the park named last, or with a place for the rest of its paragraph; in a
    # city's story a park speaks only for its own sentence
    if earlier and ctx.park is not None and (earlier[-1].start >= line[0] or earlier[-1].park is not None):
        return _speaks_for(earlier[-1], ctx, "back-reference")
    return ctx.park, "article"


def _speaks_for(actor: Actor, ctx: Context, how: str) -> tuple[str | None, str]:
    if actor.kind == "park":
        return actor.park, how
    if actor.kind == "pronoun":  # "园区共有…": the park named last as a subject (in a city's story: in this line)
        line = next((p for p in ctx.paragraphs if p[0] <= actor.start <= p[1]), (actor.start, actor.start))
        parks = [a for a in ctx.actors if a.kind == "park" and a.start < actor.start and a.lead
                 and (ctx.park is not None or a.start >= line[0])]
        return (parks[-1].park if parks else ctx.park), "pronoun"
    return None, actor.kind


def respectively(figures: list[Figure], text: str, ctx: Context) -> dict[Figure, str]:
    """'成都高新区、西安高新区分别新增企业50家、30家': after 分别, the i-th figure of a metric is the
    i-th park's, when the sentence names as many parks before 分别 as it gives figures after it."""
    out: dict[Figure, str] = {}
    for fig in figures:
        s0, s1 = fig.sentence_start, fig.sentence_end
        at = text.find("分别", s0, s1)
        if at < 0 or fig.amount.start < at:
            continue
        parks = list(dict.fromkeys(a.park for a in ctx.actors if s0 <= a.start < at and a.park))
        same = [f for f in figures if f.sentence_start == s0 and f.metric == fig.metric and f.amount.start > at]
        if len(parks) >= 2 and len(same) == len(parks):
            out[fig] = parks[same.index(fig)]
    return out


"""Whose story an article is: its headline and lead tell its subject (SPEC "Rules of attribution").

A story about a city, county, university or company is theirs even when it names a park; a place's kicker
over its park's story ("东山:…" over a lead that opens with 东山经济技术开发区) is the park's.
"""

from __future__ import annotations

import re

from etl.articles import classify
from etl.model import Article, Mention
from etl.names import place_stem, suffixes
from etl.parks import gazetteer
from etl.subjects import Actor, clause_subjects, subject_at, words

LEAD_CHARS = 160  # the lead: the first sentences of the body


def article_subject(text: str, article: Article, parks: dict[int, Mention], before: Actor | None = None
                    ) -> Actor | None:
    """The subject of an article: the first subject of its headline lines (a park named anywhere in the
    headline otherwise), else the first subject or park its lead names. A section of a park's feature
    (竞速奔跑 / 某公司在北交所上市…) whose headline names no one and whose lead opens with a company goes on
    with the park story before it (`before`: the story it follows, when it has no dateline)."""
    head_end = article.body_start
    title_at = text.find(article.title.split(" ")[0], article.start, head_end) if article.title else -1
    parts = _head_parts(text, article.start, head_end)
    if title_at > article.start:  # a kicker or caption above the title speaks only when the title names no one
        parts = [p for p in parts if p[1] > title_at] + [p for p in parts if p[1] <= title_at]
    for s0, s1 in parts:
        if (counted := COUNTED_PARKS.search(text, s0, s1)) and not any(s0 <= at < s1 for at in parks):
            # "某省国家高新区增至9家", "某市:十二个开发区项目签约": a headline that counts parks is theirs together
            return Actor(counted.start(), counted.end(), None, "area", counted.group())
        subjects = [a for a in clause_subjects(text, s0, s1, parks, orgs=True) if a.kind != "pronoun"]
        if subjects:
            # "东山:…", "某县园区建设提速": the place's park, when its lead opens with it
            kicked = (subjects[0].kind == "place" and KICKER_END.match(text, subjects[0].end)) or (
                subjects[0].kind == "area" and OWN_PARK_WORD.search(subjects[0].name))
            return (kicked and _kicker_park(text, subjects[0], head_end, article.end, parks)) or _park_event(
                text, subjects[0], head_end, article.end, parks) or _city_of_zones(
                text, subjects[0], head_end, article.end, parks) or subjects[0]
    # "某研讨会在某开发区举行": the park a headline names as the venue of an event is not its subject
    named = [m for at, m in sorted(parks.items()) if article.start <= at < head_end
             and not (VENUE.search(text, max(0, at - 2), at) and HOSTS.match(text, m.end))]
    if named:
        return as_actor(named[0], text)
    if place := _place_in_headline(text, parts, parks):
        return place  # "兰洽会兰州市签约164个项目": the city's story, even where its lead names no subject
    lead = _lead_subject(text, head_end, min(article.end, head_end + LEAD_CHARS), parks)
    if lead is None and (named_by_type := _park_of_its_type(text, article, parts, parks)):
        return named_by_type
    return before if lead is not None and lead.kind == "org" and before is not None and before.park else lead


def _kicker_park(text: str, place: Actor, body: int, end: int, parks: dict[int, Mention]
                 ) -> Actor | None:
    """"东山:筑巢引凤…" over a lead that opens with 东山经济技术开发区, "钦州:中马园区…" over one that opens with
    中马钦州产业园区: a place's kicker over the story of its park (one whose name holds the place)."""
    lead = _lead_subject(text, body, min(end, body + LEAD_CHARS), parks, subjects_only=True)
    own = place_stem(OWN_PARK_WORD.sub("", place.name))
    if lead and lead.park and own in lead.park and not FIGURE_BEFORE.search(DATES.sub("", text[body:lead.start])):
        return lead
    return None


def _park_event(text: str, place: Actor, body: int, end: int, parks: dict[int, Mention]) -> Actor | None:
    """"铁山18个项目集中开工" over "铁山区举行了铁山高新区首批项目集中开工仪式": a place that holds its own park's
    event (the park names the event, it is no venue: "在某高新区举行") leads the park's story."""
    if place.kind != "place":
        return None
    first = text.find("。", body, end)
    for at, m in sorted(parks.items()):
        if body <= at < (end if first < 0 else first) and HOLDS.search(text, max(body, at - 4), at) \
                and place_stem(place.name) in m.park:
            return as_actor(m, text)
    return None


HOLDS = re.compile(r"(?:举行|举办|召开|启动)了?$")


def _city_of_zones(text: str, head: Actor, body: int, end: int, parks: dict[int, Mention]) -> Actor | None:
    """"长治开发区“三个一批”集中签约" over "长治市与全省同步举行开发区…活动": a headline's 某市开发区 that no list
    names, over a lead the city opens and that speaks of zones together, is the city's story."""
    if head.kind != "park" or not head.park or not head.park.endswith("开发区") or head.park in gazetteer().names:
        return None
    lead = _lead_subject(text, body, min(end, body + LEAD_CHARS), parks, subjects_only=True)
    return lead if lead and lead.kind == "place" and lead.name.rstrip("市") == head.park[:-3] and \
        ZONES_TOGETHER.search(text, body, min(end, body + LEAD_CHARS)) else None


_ZONE = r"(?:高新区|开发区|经开区|工业园区|产业园区|园区)"
_NUMBER = "[\\d一二两三四五六七八九十百]"
COUNTED_PARKS = re.compile(rf"(?<!{_NUMBER})(?![一二两12][个家所]){_NUMBER}+[个家所]"
                           rf"[\u4e00-\u9fff]{{0,6}}?{_ZONE}"  # 三个开发区 and more (two parks may share a story)
                           rf"|{_ZONE}(?:总数|数量)?(?:增至|增加到|达到|突破)[\d一二两三四五六七八九十]+[个家所]")
# "并为某经济技术开发区颁发匾牌", "省政府认定某经开区为…": the park is the object, no subject
AWARDED = re.compile(r"(?<![成作称改])(?:为|向|给)$|(?:授予|表彰|命名|认定|批复|批准)$")
ZONES_TOGETHER = re.compile(r"(?:举行|举办|开展|召开|各|全市|全省|所有)开发区")  # "与全省同步举行开发区…活动"


def _park_of_its_type(text: str, article: Article, parts: list[tuple[int, int]], parks: dict[int, Mention]
                      ) -> Actor | None:
    """"经开区2018年100个重点项目集中开工" over a lead that says only 经开区, in a story whose caption names
    张家口经开区: a park type standing for the story's subject is the one park of that type the story names."""
    lead_end = min(article.end, article.body_start + LEAD_CHARS)
    pronouns = [a for s0, s1 in [*parts, (article.body_start, lead_end)]
                for a in clause_subjects(text, s0, s1, parks) if a.kind == "pronoun" and a.name in suffixes().values()]
    if not pronouns:
        return None
    of_type = [m for _, m in sorted(parks.items()) if m.park.endswith(pronouns[0].name)]
    return as_actor(of_type[0], text) if len({m.park for m in of_type}) == 1 else None


def _place_in_headline(text: str, parts: list[tuple[int, int]], parks: dict[int, Mention]) -> Actor | None:
    """A place named inside a headline and followed by its verb or figure (兰洽会兰州市签约…)."""
    for s0, s1 in parts:
        for m in words().place.finditer(text, s0, s1):
            actor = subject_at(text, m.start(), s1, parks)
            if actor is not None and actor.kind == "place" and actor.verbal:
                return actor
    return None


def _lead_subject(text: str, start: int, end: int, parks: dict[int, Mention], subjects_only: bool = False
                  ) -> Actor | None:
    """The first subject of a lead: a clause subject, or a park it names (not as a venue: "在雄安新区,", nor
    after figures of its sentence: "其中产业类项目112个,…,某高新区某产业园二期在列" names a site in passing)."""
    for s0, s1 in paragraph_lines(text, start, end):
        found = [a for a in clause_subjects(text, s0, s1, parks) if a.kind != "pronoun"]
        found += [] if subjects_only else [as_actor(m, text) for at, m in parks.items() if s0 <= at < s1
                                           and not m.weak and not VENUE.search(text, max(0, at - 2), at)
                                           and not AWARDED.search(text, max(0, at - 2), at)]
        found = [a for a in found
                 if a.kind != "park" or not (_after_figures(text, s0, a.start) or _listed(text, a, parks))]
        if found:
            return min(found, key=lambda a: a.start)
    return None


def _listed(text: str, park: Actor, parks: dict[int, Mention]) -> bool:
    """"甲工业园区、乙经济开发区、丙经济技术开发区经省政府批复…": one of three or more parks listed together
    is no story's subject (a province's roundup of its parks)."""
    chain = [m for _, m in sorted(parks.items())]
    at = next((i for i, m in enumerate(chain) if m.start == park.start), None)
    if at is None:
        return False
    lo = hi = at
    while lo > 0 and LISTED_NEXT.fullmatch(text, chain[lo - 1].end, chain[lo].start):
        lo -= 1
    while hi + 1 < len(chain) and LISTED_NEXT.fullmatch(text, chain[hi].end, chain[hi + 1].start):
        hi += 1
    return hi - lo >= 2


LISTED_NEXT = re.compile(r"(?:、|和|及|与|以及)[\u4e00-\u9fff]{0,4}")  # "…园区、内蒙古鄂尔多斯…开发区": a province


def _after_figures(text: str, line_start: int, pos: int) -> bool:
    sentence0 = max(line_start, *(text.rfind(ch, line_start, pos) + 1 for ch in "。!?"))
    return bool(FIGURE_BEFORE.search(DATES.sub("", text[sentence0:pos])))


def _head_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A headline's parts: its lines, each cut at the wide spaces that part a headline's clauses."""
    out = []
    for s0, s1 in paragraph_lines(text, start, end):
        if classify(text[s0:s1].strip()) in ("byline", "name"):
            continue  # "2024-10-15 江苏": a source line under the headline names no subject
        pos = s0
        for m in HEADLINE_GAP.finditer(text, s0, s1):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, s1))
    return out


KICKER_END = re.compile(r"[::\s]")  # "东山:": a place as the headline's kicker
OWN_PARK_WORD = re.compile(r"(?:园区|开发区|经开区|高新区|工业园)$")  # "某县园区": the county's parks
DATES = re.compile(r"\d+(?:[—\-~至到]\d+)?[年月日]")
FIGURE_BEFORE = re.compile(r"\d")  # a figure in the lead before the park: the park is not what it opens with
HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff”\d])[ \u3000]+(?=[\u4e00-\u9fff“])|\s*[|｜]\s*")  # 栏目 | 标题


def as_actor(m: Mention, text: str, lead: bool = True) -> Actor:
    return Actor(m.start, m.end, m.park, "park", text[m.start:m.end], lead=lead)


def paragraph_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


VENUE = re.compile(r"(?:在|于|落户|位于|来到|走进|赴)$")
HOSTS = re.compile(r"(?:举行|举办|召开|主办)")

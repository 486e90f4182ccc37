"""Whose figure it is: the subject of its clause, else of the sentences before it, else of its article.

An article's subject is told by its headline and lead (SPEC "Rules of attribution"): a story about a
city, county, university or company is theirs even when it names a park; there, only a clause whose
own subject is the park gives the park a figure. In a park's story every figure is the park's unless
its clause speaks for another park, a place ("从全市看,包头已落地…") or a whole area ("全市…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.model import Article, Figure, Mention
from etl.names import own_place, place_stem, suffix_of, suffixes
from etl.parks import gazetteer
from etl.story import DATES, FIGURE_BEFORE, HOSTS, as_actor, paragraph_lines
from etl.subjects import ITEM_NUMBER, Actor, clause_starts, clause_subjects, place_before, subject_at, words
from etl.vocab import load_yaml


@dataclass(frozen=True)
class Context:
    """What attribution needs to know about one article."""

    subject: Actor | None  # the article's subject (a park or not), None when nothing tells it
    actors: list[Actor]  # park mentions and clause subjects in the article, left to right
    paragraphs: list[tuple[int, int]]  # (start, end) of each line of the article
    named: list[Mention]  # every park the article names

    @property
    def park(self) -> str | None:
        return self.subject.park if self.subject else None


def context(text: str, article: Article, subject: Actor | None, mentions: list[Mention],
            sentences: list[tuple[int, int]]) -> Context:
    """The actors of an article: in a park's story every park named counts, in any other story only a
    park that is a clause's subject; places, areas and pronouns count where they are clause subjects."""
    parks = {m.start: m for m in mentions if article.start <= m.start < article.end}
    park_story = subject is not None and subject.park is not None
    named = {m.park for m in parks.values()}
    actors: list[Actor] = []
    for s0, s1 in sentences:
        subjects = clause_subjects(text, s0, s1, parks)
        if not park_story:  # "古雷开发区福建石化…项目用地约1000亩": the project is the subject, not the park
            subjects = [a for a in subjects if not (a.kind == "park" and PARK_MODIFIES_PROJECT.match(text, a.end)
                                                    and not words().place_verb.match(text, a.end))]
            # "项目涉及湘潭经开区共17个,总投资86亿元": the park's share of a city's figure
            subjects += [Actor(m.start, m.end, m.park, "share", text[m.start:m.end]) for at, m in parks.items()
                         if s0 <= at < s1 and PARK_SHARE.match(text, m.end)]
        if park_story:  # companies sit in the park; a place that only qualifies a noun is no subject
            subjects = [_by_kind(a, named) for a in subjects]
            subjects = [a for a in subjects if not (a.kind == "park" and a.park != subject.park
                                                    and PARK_NAMES_EVENT.match(text, a.end))]
            # "全省重大项目集中开工仪式在某高新区举办。": the province names the event, for its sentence only
            subjects = [replace(a, lead=False) if a.kind in ("area", "place") and _held_in(text, a.end, parks, subject)
                        else a for a in subjects]
            subjects = [a for a in subjects if a.kind != "org" and not (a.kind == "place" and not a.verbal)] + [
                as_actor(m, text, lead=False) for at, m in parks.items() if s0 <= at < s1 and not m.weak
                and m.known and not any(a.start == at for a in subjects)  # "选址马鞍山青浦工业园": a site
                and not text.startswith("(", at - 1)]  # "临空区(赣江新区临空组团)": an aside
        actors += subjects + _event_refs(text, s0, s1, parks, actors, subjects)
    actors.sort(key=lambda a: a.start)
    return Context(subject, actors, paragraph_lines(text, article.start, article.end), list(parks.values()))


def _event_refs(text: str, s0: int, s1: int, parks: dict[int, Mention], earlier: list[Actor],
                subjects: list[Actor]) -> list[Actor]:
    """"本次活动共签约项目20个": an event named again speaks for whoever held it (某市举行…签约活动);
    "本次活动某市共有项目54个": a subject of its own after it speaks instead."""
    hosts = [a for a in earlier if a.lead and HOSTS.match(text, a.end)]
    out = []
    for pos, at in clause_starts(text, s0, s1, parks):
        if (ref := EVENT_REF.match(text, pos)) and not any(pos <= a.start < at + 2 for a in subjects):
            own = subject_at(text, ref.end(), s1, parks)
            if own is not None and own.kind in ("place", "area", "park"):
                out.append(own)
            elif hosts:
                out.append(replace(hosts[-1], start=pos, end=ref.end()))
    return out


def park_of(figure: Figure, text: str, ctx: Context) -> tuple[str | None, str]:
    """(park, how it was told) of a figure, or (None, why not)."""
    s0, pos = figure.sentence_start, figure.amount.start
    if (to := SHARE_IN.match(text, figure.amount.end)) and (m := next((m for m in ctx.named if m.start == to.end()),
                                                                      None)):
        return m.park, "share"  # "签约项目28个,其中27个来自某经济开发区": the park's share
    clause0 = max(text.rfind(ch, s0, pos) for ch in ",;:") + 1 or s0
    if place_before(text, max(s0, clause0), pos, ctx.actors):
        return None, "place"
    # in a city's story a place speaks for its own clause only, a park (or its share) for the rest of its
    # sentence: "其中,某高新区开工项目9个,年度计划投资5亿元", "某经开区作为主阵地,今年实施项目30个"
    item0 = max(s0, text.rfind(";", s0, pos) + 1)  # items apart by ; have subjects of their own …
    opener = next((a for a in ctx.actors if s0 <= a.start < pos), None)
    park_opens = opener is not None and opener.kind in ("park", "pronoun") and ";" not in text[s0:opener.start]
    # in a city's story a place speaks for its clause; in a park's, for its sentence unless the park opens it
    part0 = max(s0, *(text.rfind(ch, s0, pos) + 1 for ch in ",;")) if ctx.park is None else (
        item0 if park_opens else s0)
    if park_opens and not any(item0 <= a.start < pos for a in ctx.actors):
        item0 = s0  # … or go on with the park the sentence opens with ("某高新区实现收入392亿元;规上工业总产值304亿元")
    speaks_on = [a for a in ctx.actors if (s0 <= a.start < pos and a.kind == "share") or (
        item0 <= a.start < pos and a.kind in ("park", "pronoun") and not OFFICIAL.match(text, a.end)
        and not _named_between(text, a.end, pos))]
    before = [a for a in ctx.actors
              if part0 <= a.start < pos or (a in speaks_on and not _object_of_place(text, a, ctx))]
    if (before and before[-1].kind == "park" and several_parks(before[-1], ctx, text)) or _closes_list_of_parks(
            text, s0, pos, ctx):
        return None, "several parks"
    if before:
        return _speaks_for(before[-1], ctx, "sentence", text)
    if ctx.park is None and AT_THE_EVENT.match(text, s0):
        return None, "event"  # a city's story: "会上,10个项目集中签约" is the city's event, not the park's
    in_sentence = [a for a in ctx.actors if s0 <= a.start < pos]
    if ctx.park is None and in_sentence and in_sentence[-1].kind in ("place", "area"):
        return None, "place"  # a city's story: "某市共有项目54个,总投资115亿元" is the city's to its sentence end
    line = next((p for p in ctx.paragraphs if p[0] <= s0 < p[1] + 1), (s0, s0))
    earlier = [a for a in ctx.actors if a.start < s0 and a.kind != "pronoun" and a.lead]
    # a park story goes on with the park named last, or with a place for the rest of its paragraph; in a
    # city's story a park speaks only for its own sentence
    if earlier and ctx.park is not None and (earlier[-1].start >= line[0] or earlier[-1].park is not None):
        return _speaks_for(earlier[-1], ctx, "back-reference", text)
    if earlier and earlier[-1].park and _opens_paragraph(text, earlier[-1], line, ctx):
        return earlier[-1].park, "back-reference"  # a city's story: the paragraph the park opens goes on
    return ctx.park, "article"


def rolled_up(park: str | None, how: str, figure: Figure, text: str, ctx: Context) -> tuple[str | None, str]:
    """A park of a lesser type the gazetteer does not list, named inside a zone's story or inside the paragraphs a
    zone opens in a city's story ("(1)某经济开发区。…其中重点开发建设的园区有:某某产业园区,…"), is one of the
    zone's sub-parks (一区多园), and its figures are the zone's. A park of another place (攸县工业园区 beside
    醴陵经开区) or one that opens a numbered item of its own is the zone's sibling."""
    if park is None or park in gazetteer().names or how in ("respectively", "each"):
        return park, how
    types = load_yaml("context.yaml")
    zone = ctx.park or _zone_opened(text, figure.amount.start, ctx, types["zone_types"])
    if zone is None or zone == park or suffix_of(zone) not in types["zone_types"] or suffix_of(park) not in types[
            "sub_park_types"] or suffix_of(park) == suffix_of(zone) or not _lies_in(park, zone):  # siblings of a type
        return park, how
    if ctx.park is None and any(a.park == park and (ITEM_NUMBER.match(text, (line := _line_of(a, ctx))[0])
                                                    or _under_heading(text, line[0]))
                                and _opens_paragraph(text, a, line, ctx) for a in ctx.actors):
        return park, how  # a park opening a numbered item or a section of its own in a city's story is a sibling
    return zone, "sub-park"


def _under_heading(text: str, line_start: int) -> bool:
    """True when the line before is a section's heading ("### 潮白河:瞄准五百强"): no sentence, short."""
    before = text[:max(0, line_start - 1)].rstrip("\n")
    prev = before[before.rfind("\n") + 1:].strip()
    return bool(prev) and (prev.startswith("#") or (len(prev) <= 30 and not re.search(r"[,。;]", prev)))


def _lies_in(park: str, zone: str) -> bool:
    """True when a park's name names no place, or the zone's place or a place within it (恒山 in 鸡西)."""
    place, home = own_place(park), own_place(zone)
    return place is None or (home is not None and home.short in (place.short, place.prefecture))


def _zone_opened(text: str, pos: int, ctx: Context, zone_types: list[str]) -> str | None:
    """In a city's story, the last zone before pos that opens its paragraph, unless a sibling item opened since."""
    for a in reversed([a for a in ctx.actors if a.start < pos and a.park]):
        if _opens_paragraph(text, a, line := _line_of(a, ctx), ctx):
            if suffix_of(a.park) in zone_types:
                return a.park
            if ITEM_NUMBER.match(text, line[0]):
                return None
    return None


def _line_of(actor: Actor, ctx: Context) -> tuple[int, int]:
    return next((p for p in ctx.paragraphs if p[0] <= actor.start <= p[1]), (actor.start, actor.start))


def _opens_paragraph(text: str, park: Actor, line: tuple[int, int], ctx: Context) -> bool:
    """True when a park opens its paragraph ("(1)某经济开发区。规划面积…"): no sentence, subject or figure before
    it in the line, and no list it is one item of."""
    head = text[line[0]:park.start]
    head = head[numbered.end():] if (numbered := ITEM_NUMBER.match(head)) else head  # "(1)": an item's number
    return park.start >= line[0] and not LIST_JOINER.match(text, park.end) and not SENTENCE_END.search(head) \
        and not any(line[0] <= a.start < park.start for a in ctx.actors) \
        and not FIGURE_BEFORE.search(DATES.sub("", head))


def _named_between(text: str, start: int, pos: int) -> bool:
    """True when a clause between start and pos opens with a name of its own ("…,某功能区签约6个")."""
    return any(NAMED_CLAUSE.match(text, i + 1) for i in range(start, pos) if text[i] in ",、")


def _park_of_place(subject: Actor | None, kind: str) -> set[str]:
    """The gazetteer's park of a kind (高新区, 经开区) in the place a story is about (璧山区 → 璧山高新区)."""
    if subject is None or subject.kind != "place" or not kind.endswith(("高新区", "经开区")):
        return set()
    place = place_stem(subject.name)
    return {p for p in gazetteer().names if p == place + kind}


def _sentence_start(text: str, actor: Actor) -> int:
    return max(text.rfind(ch, 0, actor.start) for ch in "。!?\n") + 1


def _speaks_for(actor: Actor, ctx: Context, how: str, text: str) -> tuple[str | None, str]:
    if actor.kind in ("park", "share"):
        return actor.park, how
    if actor.kind == "pronoun":  # "园区共有…": the park named last as a subject (in a city's story: in this line)
        sentence_before = [a for a in ctx.actors if a.start < actor.start and a.start >= _sentence_start(text, actor)
                           and a.kind != "pronoun"]
        if sentence_before and sentence_before[-1].kind in ("place", "area"):
            return None, "pronoun"  # "光明区开展…,全区国家高新技术企业突破2000家,其中园区…": the district's
        if ctx.park is None and (actor.name == "全区" or (actor.name in GENERIC_PRONOUNS and "全区" in text[
                _sentence_start(text, actor):actor.start])):
            return None, "pronoun"  # a district's story: "全区工业总产值…,其中园区…" is the district's and its parks
        line = next((p for p in ctx.paragraphs if p[0] <= actor.start <= p[1]), (actor.start, actor.start))
        parks = [a for a in ctx.actors if a.kind == "park" and a.start < actor.start and a.lead
                 and (ctx.park is not None or a.start >= line[0])]
        if parks or ctx.park is not None:
            return (parks[-1].park if parks else ctx.park), "pronoun"
        if actor.name in GENERIC_PRONOUNS and (here := _park_gone_into(text, actor, line, ctx)):
            return here, "pronoun"  # "在某高新区,…,园区今年开工项目20个": the park the story went into
        # in a city's story, "高新区签约19个" is the one park of that type the story names, or the place's own
        named = {m.park for m in ctx.named if _of_kind(m.park, actor.name)} or _park_of_place(ctx.subject, actor.name)
        alone = not LIST_JOINER.match(text, actor.end)  # "高新区和六个省级工业园区完成…": several parks
        return (named.pop() if len(named) == 1 and alone else None), "pronoun"
    return None, actor.kind


def _park_gone_into(text: str, actor: Actor, line: tuple[int, int], ctx: Context) -> str | None:
    """The one park a city's story has gone into by this line: named after 在 ("在某高新区,…园区…") or in the
    sentence just before ("…归属某高新区。园区现有企业112户")."""
    here = [m for m in ctx.named if line[0] <= m.start < actor.start]
    if len({m.park for m in here}) != 1 or any(
            LIST_JOINER.match(text, m.end) or LIST_JOINER.fullmatch(text, m.start - 1, m.start) for m in here):
        return None  # "全市工业园区和某经开区完成…。园区…": the parks together
    sentence = _sentence_start(text, actor)
    before = max(text.rfind(ch, 0, max(0, sentence - 1)) for ch in "。!?\n") + 1
    return here[-1].park if any(text.startswith("在", m.start - 1) or m.start >= before for m in here) else None


def _held_in(text: str, pos: int, parks: dict[int, Mention], subject: Actor) -> bool:
    """True when the words at pos name an event held in the story's own park (…开工仪式在某高新区举办)."""
    event = PARK_NAMES_EVENT.match(text, pos)
    return bool(event and event.group().endswith(("在", "于")) and (m := parks.get(event.end()))
                and m.park == subject.park)


def _kind(name: str) -> str | None:
    """The kind of park a name or pronoun says (某市高新区, 该高新区 → 高新区; 某市新区 → 新区)."""
    return m.group() if (m := PARK_KIND.search(name)) else None


def _of_kind(park: str, pronoun: str) -> bool:
    """Whether a pronoun can stand for the park by its type: 高新区 for 某高新区, 边合区 for 某边合区, 园区 for a park
    of no zone type (某产业园); 全区 or 该区 names no type ("全区10家高新区": the region's)."""
    if kind := _kind(pronoun):
        return _kind(park) == kind
    if pronoun in GENERIC_PRONOUNS:
        return _kind(park) is None
    return park.endswith(pronoun) and pronoun in suffixes().values()


def _by_kind(actor: Actor, named: set[str]) -> Actor:
    """In a story of 某市新区 and 某市高新区, "高新区…" and "作为国家级高新区," are the one 高新区 it names."""
    if actor.kind != "pronoun" or not (kind := _kind(actor.name)):
        return actor
    same = {p for p in named if _kind(p) == kind}
    return replace(actor, park=same.pop(), kind="park") if len(same) == 1 else actor


SHARE_IN = re.compile(r"(?<=[个家项])(?:都|均|全部)?(?:来自|出自|属于|落户|落地|位于|集中在|在)")
PARK_KIND = re.compile(r"(?:高新区|经开区|开发区|新区)$")  # by its last word: 某高新区产业开发区 is a 开发区
EVENT_REF = re.compile(r"(?:本次|此次|这次)(?:集中)?(?:签约|开工)?(?:活动|大会|会议|仪式|推介会|洽谈会)")
AT_THE_EVENT = re.compile(r"\s*(?:会上|会议上|大会上|活动上|仪式上|活动现场|现场|会议|大会)")
GENERIC_PRONOUNS = ("园区", "该园区", "园内", "该园")
NAMED_CLAUSE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:区|县|市|园|镇|乡|街道)(?:签约|开工|完成|实现|新增|引进|共|有)")
OFFICIAL = re.compile(r"(?:党工委|管委会|招商局|办公室)?副?(?:主任|书记|局长|负责人|主席|部长|处长|经理|工作人员)")
# "哈尔滨新区某片区招商引资项目集中签约仪式在某饭店举行": another park that names an event is not its subject
PARK_NAMES_EVENT = re.compile(r"[^,;。:]{0,24}?(?:仪式|活动|大会|会议|推介会|洽谈会)(?:在|于|上|举行|召开|举办)")
PARK_MODIFIES_PROJECT = re.compile(r"(?!作为)[\u4e00-\u9fff()“”—\-]{2,30}?项目(?![\d一二两三四五六七八九十]+个)")
PARK_SHARE = re.compile(r"(?:共|共有|有|计|为|签约|签下|占|达|达到|入选|引进|新增|拥有)?"
                        r"(?:\d+|[一二两三四五六七八九十]+)(?:个|家|项|名|件)")
SENTENCE_END = re.compile(r"[。!?]")
LIST_JOINER = re.compile(r"[、和与及]|以及")
# "泸州高新区、泸州长开区和白酒产业园区三大园区合计实现…": a list of parks summed up
JOINT_TOTAL = re.compile(r"[、和与及][^,;。]{0,30}?(?:[两三四五六七八九十]+大?(?:园区|开发区|新区)|合计|共计|总计)")


def _object_of_place(text: str, park: Actor, ctx: Context) -> bool:
    """"该县把某产业园、某集聚区3个园区整合为…": a park after a place's or an area's subject in its own clause is
    what the place acts on; it speaks for no later clause of the sentence."""
    clause0 = max(text.rfind(ch, 0, park.start) for ch in ",;。\n") + 1
    return any(clause0 <= a.start < park.start and a.kind in ("place", "area") for a in ctx.actors)


def _closes_list_of_parks(text: str, s0: int, pos: int, ctx: Context) -> bool:
    """"某经开区甲项目,某高新区乙项目,…某园区丙项目等14个项目": a count after 等 that closes a list of parks'
    projects sums them all ("…共建的某产业园,已落地某集团等27个项目" lists companies, not parks)."""
    at = text.rfind("等", s0, pos)  # the count after 等, or a figure of a later clause that goes on with it
    if at < 0 or not (at + 1 == pos or _LISTED_COUNT.match(text, at + 1)):
        return False
    listed = [m for m in ctx.named if s0 <= m.start < pos]
    clause0 = max(text.rfind(ch, s0, at) for ch in ",;")
    if not listed or listed[-1].start <= clause0 or listed[-1].start > at:
        return False  # "京津冀工业园、风电设备产业园等22个项目,总投资72.59亿元": a park that is one item of a list
    return len({a.park for a in listed}) >= 2 or text.startswith("、", listed[-1].end)


_LISTED_COUNT = re.compile(r"[\d一二两三四五六七八九十]+个[\u4e00-\u9fff]{0,6}?项目")


def several_parks(actor: Actor, ctx: Context, text: str) -> bool:
    """True when the actor ends a list of parks ("两江新区、天府新区、福州新区…签署合作协议,涉及8个项目"):
    the figure after it is theirs together, no one park's."""
    before = [a for a in ctx.actors if a.kind == "park" and a.end <= actor.start]
    after = next((m for m in ctx.named if m.start >= actor.end), None)  # … or begins one
    return (bool(before) and bool(LIST_JOINER.fullmatch(text, before[-1].end, actor.start))) or bool(
        JOINT_TOTAL.match(text, actor.end)) or bool(after and LIST_JOINER.fullmatch(text, actor.end, after.start))

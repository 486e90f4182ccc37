"""Who a stretch of text speaks for: a park, a place (province, city, county, district), an organisation.

A clause's subject stands at its start, after any lead-in (a time, 据了解, 其中, 本报讯 …):
"其中,渭南高新区签约项目86个" speaks for the park, "全市此次集中签约项目432个" for the city,
"该区推行全员招商" for whoever the article is about. Word lists are in vocab/context.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from etl.model import Mention
from etl.names import place_names
from etl.places import lookup
from etl.vocab import alternation, load_yaml, trie_pattern


@dataclass(frozen=True)
class Actor:
    """A subject in the text: a park (park set) or a place, organisation or whole area (park None)."""

    start: int
    end: int
    park: str | None
    kind: str  # park, share (its part of a city's figure), place, org, institution (a university, a group: never
    # in the park), area (全市 …), pronoun (该区 …)
    name: str  # as written
    verbal: bool = True  # a place followed by a verb or a number, not a modifier (江西省知识产权示范企业9家)
    lead: bool = True  # the subject of its clause (not a park named in passing: "是泉州高新区的分园之一")


@dataclass(frozen=True)
class Words:
    lead_in: re.Pattern[str]
    area: re.Pattern[str]
    pronoun: re.Pattern[str]
    org_pronoun: re.Pattern[str]
    place: re.Pattern[str]
    place_level: re.Pattern[str]
    not_after_place: re.Pattern[str]
    org: re.Pattern[str]
    place_verb: re.Pattern[str]


# Datelines of other sources than our own paper's 本报…讯: 新华社某地电, 某地讯, 河北新闻网讯, 某某日报讯.
OTHER_DATELINES = r"新华社[\u4e00-\u9fff]{0,8}电|[\u4e00-\u9fff]{2,4}讯|[\u4e00-\u9fff]{2,6}(?:网|台|报|客户端)讯"


@lru_cache(maxsize=1)
def words() -> Words:
    ctx = load_yaml("context.yaml")
    lead_words = alternation(ctx["lead_in_ends"])
    return Words(
        # a short opening clause that only sets the time or the source: "2021年,", "据了解,", "从全市看,"
        lead_in=re.compile(
            r"(?:[#●○■◆▲★☆□·•>\-—\s]+"
            rf"|(?:本报讯|本报[\u4e00-\u9fff]{{1,6}}(?:讯|电)|{OTHER_DATELINES})"
            r"(?:\([^()]{0,30}\))?\s*(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[,\s]?)?"
            rf"|[^,。;:!?\n]{{0,14}}?(?:{lead_words})[,:]"
            r"|(?:19|20)\d{2}年(?:度|底|末|初)?(?:\d{1,2}(?:[—-]\d{1,2})?月(?:份|\d{1,2}日)?)?(?:以来|上半年|下半年|前三季度|[一二三四]季度)?"
            r"|(?:其中|此外|同时|另外|与此同时|目前|当天|当日|据悉|据了解|据介绍|今年以来|去年以来|年初以来|今年|去年|此次|本次"
            r"|近年来|当前|同年|次年|近[两三四五十]年|[两三五十]年来|上半年|下半年|前三季度|[一二三四]季度|全年|年初"
            r"|仅仅|仅|单是|光是|其中仅)"  # "仅某经开区规上工业总产值就近1000亿元": the park still opens its clause
            r"(?=[\u4e00-\u9fff]))*"),
        area=re.compile(alternation(ctx["area_words"])),
        pronoun=re.compile(alternation(ctx["park_pronouns"])),
        org_pronoun=re.compile(alternation(ctx["org_pronouns"])),
        place=re.compile(trie_pattern(sorted(place_names()))),
        place_level=re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|特别行政区|省|市|县|区|州|盟|旗)"),
        not_after_place=re.compile(
            r"(?:(?![在于])[\u4e00-\u9fff]){0,12}?"  # "某市人才交流大会在某高新区举办": the city's event
            r"(?:高新区|高新园|开区|工业园|园区|科学城|科技城|新区|示范区|产业园|合作区|试验区)"),
        place_verb=re.compile(r"\d|[一二两三四五六七八九十百千]+[个家名项件批]|" + alternation(ctx["place_verbs"])),
        org=re.compile(r"[\u4e00-\u9fff]{2,14}?(?:大学|学院|研究院|研究所|科学院|集团|公司|医院|银行|协会|商会)(?![\u4e00-\u9fff]{0,2}(?:园|区))"),
    )


COLLECTIVE_PARKS = re.compile(  # "银川市工业园区", "银川三园区", "肇庆各区域": a place's parks or parts together
    r"(?:[两三四五六七八九十]+大?|各类?|全部)?(?:工业园区|产业园区|园区|开发区)(?=[\u4e00-\u9fff,:])"
    r"|各(?:区域|县区|区县|县市区|区|县|地)")
DESCRIBED = re.compile(r"作为(?:一[个家])?[^,。;]{0,10}?(?P<kind>高新区|经开区|开发区|新区)(?=,)")
INSTITUTION = re.compile(r"(?:(?:(?![的有个和及与以在将是])[\u4e00-\u9fff]){2,10}?(?:大学|(?<!科)学院|医院|银行)"
                         r"|学校|该校|高校|集团)"
                         r"(?![\u4e00-\u9fff]{0,2}(?:园|区|公司))")
OFFICIAL_TITLE = re.compile(r"委?(?:常委)?、?副?(?:书记|市长|县长|区长|州长|省长|盟长|旗长)")
PARK_COMPANY = re.compile(r"(?:(?![与和及同跟在对向为把将的、])[\u4e00-\u9fff]){0,6}?"
                          r"(?:有限责任公司|有限公司|股份公司|集团|公司)")
CITY_ORGAN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=据))(?:市|县|省)[\u4e00-\u9fff]{1,5}?(?:局|委|办|厅)")
RANKED = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:\d+强|[十百千]强|五百强|首家|首个|唯一一家)")
# an item's number before its clause: "(1)某经济开发区。", "2.招商引资态势良好"
ITEM_NUMBER = re.compile(r"\s*(?:[(（][\d一二三四五六七八九十]{1,2}[)）]|[\d一二三四五六七八九十]{1,2}[.、](?!\d))")
_ATTRIBUTIVE_SPAN = 14


def _attributive_before_park(text: str, at: int, end: int, parks: dict[int, Mention]) -> int | None:
    """Where a park stands right after an attributive "…的" that opens its clause, or None."""
    for i in range(at + 1, min(end, at + _ATTRIBUTIVE_SPAN)):
        if text[i] in ",;:。!?是为即":
            return None  # "前身是1992年成立的某经开区": a predicate, not the clause's subject
        if text[i] == "的" and i + 1 in parks:
            return i + 1
    return None
# "园区所在的耀州区新发展党员…", "与园区相邻的某县同期签约…": the place after the park is the clause's subject
NEIGHBOURING = re.compile(r"[^,;:。]{0,12}?(?:所在的|相邻的|毗邻的|周边的|附近的)(?=[\u4e00-\u9fff])")
LOCALITY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:街道|社区|区|县|市|镇|乡|村)")
TABLE_BAR = re.compile(r"(?:\|\s*)?")


def clause_starts(text: str, start: int, end: int, parks: dict[int, Mention]) -> Iterator[tuple[int, int]]:
    """(clause start, subject position) of each clause of text[start:end]: the subject stands after the
    lead-ins (but never past a park named in them: "渭南高新区今年," keeps its park)."""
    w = words()
    pos = start
    while pos < end:
        after_number = numbered.end() if (numbered := ITEM_NUMBER.match(text, pos, end)) else pos
        after_number = TABLE_BAR.match(text, after_number, end).end()  # "| 某经开区 | …": a table row's first cell
        lead = w.lead_in.match(text, after_number, end)
        at = lead.end() if lead else after_number
        at = min([at, *(p for p in parks if pos <= p < at and not text[pos:p].strip(" “「●"))])
        if (of := _attributive_before_park(text, at, end, parks)) is not None:
            at = of  # "同城的南宁高新区今年以来…", "1月份没有“上榜”的某高新区当场签约…": the park is the subject
        if at < end:
            yield pos, at
        nxt = min((i for ch in ",;:" if (i := text.find(ch, at, end)) >= 0), default=end)
        pos = nxt + 1


def subject_at(text: str, pos: int, end: int, parks: dict[int, Mention], orgs: bool = False) -> Actor | None:
    """The subject that stands at text[pos]: a park named there, a whole area (全市), a park pronoun
    (该区), a place not followed by a park name (长治, 鹿泉区, 宜春市委) or, where `orgs` (a headline), an
    organisation (河南科技大学:)."""
    w = words()
    if pos in parks and not (parks[pos].weak and not orgs):  # a brand-like alias is a subject only in a headline
        m = parks[pos]
        if company := PARK_COMPANY.match(text, m.end, end):  # "某高新区投资发展有限公司": the park's company
            return Actor(m.start, company.end(), None, "org", text[m.start:company.end()])
        return Actor(m.start, m.end, m.park, "park", text[m.start:m.end])
    if m := w.area.match(text, pos, end):
        if OFFICIAL_TITLE.match(text, m.end(), end):
            return None  # "市委副书记、市长某某带队,…": an official who leads, not the city that speaks
        if RANKED.match(text, m.end(), end):
            return None  # "全国行业百强企业有3家落户园区": the area ranks the firms, it does not speak
        if not (m.group() == "各地" and COLLECTIVE_PARKS.match(text, m.end(), end)):
            return Actor(pos, m.end(), None, "area", m.group())  # "全市工业园区完成产值…": the city's parks together
    if m := DESCRIBED.match(text, pos, end):  # "作为国家级高新区,这里今年…": the park of that kind speaks
        return Actor(pos, m.end(), None, "pronoun", m.group("kind"))
    if m := w.pronoun.match(text, pos, end):
        return Actor(pos, m.end(), None, "pronoun", m.group())
    if m := w.org_pronoun.match(text, pos, end):  # "该集团将投资…": the company speaks
        return Actor(pos, m.end(), None, "institution" if m.group().endswith("集团") else "org", m.group())
    if m := INSTITUTION.match(text, pos, min(end, pos + 16)):  # "某大学去年获授权…", "学校今年…": not in the park
        return Actor(pos, m.end(), None, "institution", m.group())
    if m := w.place.match(text, pos, end):
        if OFFICIAL_TITLE.match(text, m.end(), end) or OFFICIAL_TITLE.match(text, m.end() + 1, end):
            return None  # "汨罗市委书记某某、…带队": a person, not the city
        level = w.place_level.match(text, m.end(), end)
        after = level.end() if level else m.end()
        while (more := w.place.match(text, after, end)) and _is_division(text[more.start():more.end() + 4]):
            level = w.place_level.match(text, more.end(), end)  # "天津滨海新区", "宁波北仑": the last place speaks
            after = level.end() if level else more.end()
        if after in parks or any(s < after < e for s, e in ((p.start, p.end) for p in parks.values())):
            return None  # 山西长治高新区: the place begins the park's name
        if text.startswith("(", after) and (park := parks.get(after + 1)):  # "平房区(哈经开区)": one administration
            return Actor(pos, park.end, park.park, "park", text[pos:park.end])
        if org := w.org.match(text, pos, min(end, pos + 16)):  # "南宁市晋江福源食品有限公司": a company
            return Actor(pos, org.end(), None, "org", org.group())
        if collective := COLLECTIVE_PARKS.match(text, after, end):  # "银川市工业园区", "银川三园区": its parks together
            return Actor(pos, collective.end(), None, "area", text[pos:collective.end()])
        if not w.not_after_place.match(text, after, min(end, after + 12)):
            verbal = bool(w.place_verb.match(text, after, end) or subject_at(text, after, end, parks))
            return Actor(pos, after, None, "place", text[pos:after], verbal)
        return None
    if orgs and (m := w.org.match(text, pos, min(end, pos + 16))):
        return Actor(pos, m.end(), None, "org", m.group())
    return None


def _source_place(text: str, pos: int, at: int, parks: dict[int, Mention]) -> Actor | None:
    """A place that is the source of a lead-in ("玉溪市统计数据显示,", "据长治市发改委介绍,"), not the place
    of a dateline (本报玉溪讯) nor one reached through 从/在 ("记者从某地获悉")."""
    w = words()
    dateline = DATELINE_PLACE.match(text, pos, at)
    start = dateline.end() if dateline else pos
    for m in w.place.finditer(text, start, at):
        if text[m.start() - 1:m.start()] in ("从", "在", "于", "到", "赴") or any(
                p.start <= m.start() < p.end for p in parks.values()):
            continue
        if (actor := subject_at(text, m.start(), at, parks)) and actor.kind == "place":
            return actor
        return None
    return None


DATELINE_PLACE = re.compile(rf"\s*(?:本报[\u4e00-\u9fff]{{0,6}}(?:讯|电)|{OTHER_DATELINES})(?:\([^()]{{0,30}}\))?\s*")


def _is_division(text: str) -> bool:
    """True when text starts with a division's full name (滨海新区, 北仑区) or its short name and level."""
    return any(text.startswith(d.name) for n in range(2, 6) for d in lookup(text[:n]))


def clause_subjects(text: str, start: int, end: int, parks: dict[int, Mention], orgs: bool = False) -> list[Actor]:
    """The subjects at the clause starts of text[start:end], left to right. A lead-in that names a whole
    area or opens with a place ("从全市看,", "玉溪市统计数据显示,") scopes its clause to it."""
    w = words()
    out = []
    for pos, at in clause_starts(text, start, end, parks):
        if (near := NEIGHBOURING.match(text, at, end)) and (place := LOCALITY.match(text, near.end(), end)):
            out.append(Actor(place.start(), place.end(), None, "place", place.group()))
        elif at > pos and (area := w.area.search(text, pos, at) or CITY_ORGAN.search(text, pos, at)):
            out.append(Actor(area.start(), area.end(), None, "area", area.group()))  # "市科技局表示,": the city
        elif actor := subject_at(text, at, end, parks, orgs):  # "某市某局负责人介绍,今年全市…": 全市 speaks
            out.append(actor)
        elif at > pos and (source := _source_place(text, pos, at, parks)):
            out.append(source)
        elif at > pos and (source := subject_at(text, pos, at, parks)) and source.kind in ("park", "pronoun"):
            out.append(source)  # "园区相关负责人介绍,中心首批入驻企业15家": the park is the source
    return out


def place_before(text: str, start: int, pos: int, actors: list[Actor]) -> str | None:
    """A place named right before a figure in its clause, joined to it by nothing but 的/共/有 or a list
    of places ("占南宁市36家", "潞州区、武乡县的68个项目"): the figure is the place's. Returns the place."""
    w = words()
    inside = [(a.start, a.end) for a in actors if a.kind == "park"]
    last = None
    for m in w.place.finditer(text, start, pos):
        level = w.place_level.match(text, m.end(), pos)
        end = level.end() if level else m.end() if w.place_level.fullmatch(text, m.end() - 1, m.end()) else None
        if end and not any(s <= m.start() < e for s, e in inside):  # "…县" is named with its level
            last = (m.start(), end)
    if last and _JOINER.fullmatch(text, last[1], pos):
        return text[last[0]:last[1]]
    return None


_JOINER = re.compile(r"[、和及与的共有计]*")

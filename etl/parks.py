"""Recognise parks: gazetteer names and aliases, generic "X高新区" names (named by names.py), "(以下简称X)" aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from etl.edges import (
    BOUNDARY,
    DESCRIPTION,
    FUNCTION_CHARS,
    NOT_NAME_CHARS,
    area_start,
    coined_before_place,
    coined_name_start,
    function_word_before_place,
    function_words_re,
    is_cjk,
    word_into,
    word_like_county_before,
)
from etl.model import Mention
from etl.names import (
    AREA_AND_INDUSTRIES,
    CITY_LEVEL,
    INDUSTRY,
    INNER_PAREN,
    PAREN,
    PARTNER,
    TRAILING_INDUSTRIES,
    as_typed,
    in_parentheses_a_place,
    is_place_and_type,
    own_name,
    own_part_length,
    place_names,
    place_right_before,
    suffix_of,
    suffix_re,
    suffixes,
    written_canonical,
)
from etl.places import lookup
from etl.vocab import load_yaml, read_lines, trie_pattern

_SHORT_FORM = re.compile(r"\((?:以下)?简称[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?\)")


@dataclass(frozen=True)
class Park:
    name: str
    official: str
    province: str
    city: str
    level: str
    aliases: tuple[str, ...]
    district: str = ""


@dataclass(frozen=True)
class Gazetteer:
    parks: tuple[Park, ...]
    by_name: dict[str, str]  # any written form → canonical short name
    names_re: re.Pattern[str]
    names: frozenset[str]  # the canonical names
    def canonical(self, name: str) -> str:
        """Canonical short name of a written park name: the gazetteer's, else SPEC's naming rule
        (扬州市广陵经济开发区 → 广陵经开区, 四川广安经济技术开发区 → 广安经开区, 绵阳市高新区 → 绵阳高新区)."""
        if (host := PARTNER.search(name)) and in_parentheses_a_place(host.group(1)) and name[:2] in place_names():
            return name  # 深圳(河源)产业园: two cities' park, named as written
        bare = PAREN.sub("", INNER_PAREN.sub(r"\1", name))  # 长丰(双凤)经开区 → 长丰双凤经开区
        own = own_name(bare)
        for written in (bare, name, own, CITY_LEVEL.sub("", own, count=1)):
            if written in self.by_name:
                return self.by_name[written]
        short = written_canonical(name)
        if short.endswith("开发区") and not short.endswith(("经开区", "工业开发区")):  # 邢台开发区 = 邢台经开区
            short = self.by_name.get(short[:-3] + "经开区", short)
        return self.by_name.get(short, short)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    parks = []
    rows = [line.split("\t") for line in read_lines("parks.tsv")]
    header, rows = rows[0], rows[1:]
    for row in rows:
        rec = dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
        short = rec["short"]
        official = rec["official"] if rec["official"] != "-" else _default_official(short)
        aliases = tuple(a for a in rec["aliases"].split("|") if a)
        parks.append(Park(short, official, rec["province"], rec["city"], rec["level"], aliases, rec["district"]))
    by_name: dict[str, str] = {}
    for park in parks:
        for written in (park.name, park.official, *park.aliases, *_official_variants(park)):
            by_name.setdefault(written, park.name)
    names = list(by_name)
    return Gazetteer(tuple(parks), by_name, re.compile(trie_pattern(names)), frozenset(by_name.values()))


def _default_official(short: str) -> str:
    return short.removesuffix("高新区") + "国家高新技术产业开发区"


def _official_variants(park: Park) -> list[str]:
    """宝鸡国家高新技术产业开发区 is also written 宝鸡高新技术产业开发区 and 宝鸡国家高新区."""
    out = []
    if "国家高新技术产业开发区" in park.official:
        out.append(park.official.replace("国家高新技术产业开发区", "高新技术产业开发区"))
    if park.name.endswith("高新区"):
        out.append(park.name.removesuffix("高新区") + "国家高新区")
    return out


def find_mentions(text: str) -> list[Mention]:
    """Every park named in the text, left to right, resolved to canonical short names."""
    gaz = gazetteer()
    found = [Mention(m.start(), m.end(), gaz.by_name[m.group()], weak=not suffix_of(m.group()))
             for m in gaz.names_re.finditer(text)]
    covered = {i for m in found for i in range(m.start, m.end)}
    industry_only = load_yaml("context.yaml")["industry_only_suffixes"]
    for m in suffix_re().finditer(text):
        if m.start() in covered or m.end() - 1 in covered or (
                m.group() in industry_only and not TRAILING_INDUSTRIES.search(text, max(0, m.start() - 12), m.start())):
            continue
        start = _name_start(text, m.start(), m.group())
        if start is None and (park := _abbreviated(text, m.start(), m.group())):
            found.append(Mention(m.start() - 1, m.end(), park))
            continue
        if start is None or _not_a_name(text[start:m.end()]) or _names_a_project(text, m.end()) or (
                m.group() in load_yaml("context.yaml")["place_only_suffixes"]
                and not place_right_before(own_name(text[start:m.end()])[:-len(m.group())], m.group())):
            continue  # "聊城高新科技城项目是…", "某工业园区标准化厂房二期": a project's name
        parent = next((p for p in found if p.end == start or p.start <= start < p.end), None)
        # "X湖科学城" is no alias X湖 of another park; "某新区装备制造产业园" is the town's park, no part of the town
        if parent is not None and ((parent.weak and parent.start == start) or (
                not parent.known and AREA_AND_INDUSTRIES.fullmatch(text, parent.start, m.start()))):
            found.remove(parent)
            parent = None
        # "大连高新区英歌石科学城": a sub-area rolls up to its park
        park = parent.park if parent else gaz.canonical(text[start:m.end()])
        found.append(Mention(start, m.end(), park, known=park in gaz.names))
    found.sort(key=lambda m: m.start)
    official: dict[str, str] = {}
    for i, (a, b) in enumerate(pairwise(list(found)), 1):  # "某金属生态城(中德金属生态城)": one park's second name
        if b.start == a.end + 1 and text[a.end:b.start] == "(" and text.startswith(")", b.end) and not b.known:
            if suffix_of(a.park) == suffix_of(b.park):
                found[i] = replace(b, park=a.park)
            elif not a.known and b.park.endswith(_ZONE_NAMES) and not a.park.endswith(_ZONE_NAMES):
                official[a.park] = b.park  # "某生态工业园区(某高新技术产业开发区)": the zone's name is SPEC's
    found = [replace(m, park=official.get(m.park, m.park)) for m in found]
    return _as_written(text, _add_sub_parks(text, _add_short_forms(text, _resolve_partial_names(found))))


_ZONE_NAMES = ("高新区", "经开区")


def _names_a_project(text: str, end: int) -> bool:
    """"某工业园区标准化厂房二期", "某科技城项目", "某园区等16个项目": the words after a park's name make it a
    project's name, unless they speak of the park's projects ("某试验区项目推介会")."""
    words = load_yaml("context.yaml")
    return (text.startswith(tuple(words["project_name_heads"]), end) and not text.startswith(
        tuple(words["park_projects_words"]), end)) or bool(_LISTED_PROJECTS.match(text, end))


# "…,某某智慧制造园区等16个项目进入…": a name that ends a list of projects is a project's
_LISTED_PROJECTS = re.compile(r"等[\d一二两三四五六七八九十]+个[\u4e00-\u9fff]{0,6}?项目")


def _as_written(text: str, mentions: list[Mention]) -> list[Mention]:
    """SPEC names a park as the page writes it: a page that calls a listed park only by its city and type
    ("某市开发区" for the list's 某市经开区, "某市高新区" for a district-named one) and never by the list's name
    gives the park that name, as a reader of the page would."""
    out = list(mentions)
    for park in {m.park for m in mentions if m.known}:
        own = [i for i, m in enumerate(mentions) if m.park == park]
        written = {(name, written_canonical(name)) for name in {text[mentions[i].start:mentions[i].end] for i in own}}
        # the place and type as the page writes them: "烟台牟平经济技术开发区" does not write 牟平经开区
        plain = {short for name, short in written if is_place_and_type(short) and name.startswith(short[:-3])}
        if park not in {short for _, short in written} and len(plain) == 1:
            name = plain.pop()
            for i in own:
                out[i] = replace(mentions[i], park=name)
    return out


@lru_cache(maxsize=1)
def _by_first_character() -> dict[str, list[tuple[str, str]]]:
    """"哈经开区" → [(哈尔滨, 哈尔滨经开区)]: the gazetteer's city-named parks by the city's first character."""
    out: dict[str, list[tuple[str, str]]] = {}
    for park in gazetteer().parks:
        if park.city and park.name[len(park.city):] in ("高新区", "经开区") and park.name.startswith(park.city):
            out.setdefault(park.city[0] + park.name[len(park.city):], []).append((park.city, park.name))
    return out


def _abbreviated(text: str, suffix_start: int, suffix: str) -> str | None:
    """"平房区(哈经开区)": one character for its city, where a clause or parenthesis opens, is the city's park
    when that city is named on the page and no other gazetteer city starts with the character."""
    if suffix_start < 1 or not BOUNDARY.search(text, max(0, suffix_start - 2), suffix_start - 1):
        return None
    if NOT_NAME_CHARS.match(text, suffix_start - 1) or text[suffix_start - 1] in "一二两三四五六七八九十百千":
        return None
    hits = _by_first_character().get(text[suffix_start - 1] + suffixes().get(suffix, ""), [])
    return hits[0][1] if len(hits) == 1 and hits[0][0] in text else None


def _not_a_name(name: str) -> bool:
    """A district that is called a 新区 (浦东新区, 天津滨海新区), a city's parks together (银川市工业园区,
    玉林市产业园区) and a policy zone (某自由贸易试验区)."""
    own = own_name(name)
    if any(d.name in (own, name) for d in lookup(own) + lookup(name)):
        return True
    words, suffix = load_yaml("context.yaml"), suffix_of(name)
    if suffix in words["policy_zone_types"] and name[:-len(suffix)].endswith(tuple(words["policy_zone_words"])):
        return True  # "某自由贸易试验区", "某综合配套改革试验区": a policy zone
    if own[:len(own) - len(suffix)] in words["not_a_park_name"]:
        return True  # "安康县域工业集中区": the city's parks of a kind
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}市(?:工业园区|工业园|产业园区|产业园|园区)", name))


def _name_start(text: str, suffix_start: int, suffix: str) -> int | None:
    """Where the name before a generic suffix begins: at a place name ("德阳", "宁波杭州湾"),
    with no verb or function word after it; None for "该高新区", "全市工业开发区"."""
    lo = suffix_start
    while lo > 0 and (is_cjk(text[lo - 1]) or text[lo - 1] in "()") and suffix_start - lo < 12:
        lo -= 1  # "长丰(双凤)经开区": a park's own name may stand in parentheses after its county
    while text[lo:lo + 1] in ("(", ")"):
        lo += 1
    if (opened := text.rfind("(", lo, suffix_start)) > text.rfind(")", lo, suffix_start):
        lo = opened + 1  # "平房区(哈经开区)": the name starts inside the parenthesis
    run = text[lo:suffix_start]
    places = place_names()
    inside = 0  # "黑龙江开发区": no place starts inside a longer one (龙江) that was passed over
    for i in range(len(run) - 1):
        if run.rfind("(", 0, i) > run.rfind(")", 0, i) and ")" in run[i:]:
            continue  # "中泰(崇左)产业园": a place in parentheses after a coined name does not begin it
        for n in (5, 4, 3, 2):
            word = run[i:i + n]
            if len(word) == n and word in places and i >= inside and not function_word_before_place(run, i):
                if i + n < len(run) and any(run[j:] in places for j in range(i + 1, i + n)) and word_into(run, i):
                    break  # "当天宁武开发区": 天宁 ends the word 当天; the place (宁武) inside it ends the name
                inside = max(inside, i + n)
                rest = PARTNER.sub("", run[i + n:])  # 深圳福田(和平)产业园: the host city in parentheses
                if own_part_length(rest) <= 6 and not function_words_re().search(rest) and not _is_description(
                        word, rest, suffix):
                    return lo if i == 1 and coined_before_place(text, lo, run) else lo + i
    if suffix in load_yaml("context.yaml")["place_named_suffixes"]:
        if word_like_county_before(text, suffix_start):
            return suffix_start - 2
        if (area := area_start(text, suffix_start)) is not None:
            return area
    # "享受国家级经济技术开发区政策": a class of parks, no coined name, before a 国家… suffix
    return None if suffix.startswith("国家") else coined_name_start(text, suffix_start)


def _is_description(place: str, rest: str, suffix: str) -> bool:
    """"福建省开发区", "上海市开发区", "内蒙古第三家国家级高新区": a province or a municipality (市) with a park
    type, or an ordinal or a class, describes parks and names none."""
    if DESCRIPTION.search(rest):
        return True
    provinces = [d for d in lookup(place) if d.level == "province"]
    if not provinces or place in gazetteer().by_name:
        return False
    if provinces[0].prefecture == provinces[0].short:  # a municipality: "上海市开发区协会" are its parks
        listed = provinces[0].short + suffixes().get(suffix, suffix) in gazetteer().by_name  # 天津市高新区
        return (place + rest).endswith("市") and rest in ("", "市") and not listed
    return rest in ("", "省", "自治区")


def _resolve_partial_names(mentions: list[Mention]) -> list[Mention]:
    """A generic name that ends a known park's name on the page (火炬开发区) is that park; "某市开发区" is the
    page's 某市经开区 (邢台经济开发区 … 邢台开发区); a name without the industries of a longer one on the page is
    that park (红沙岗工业集中区 … 红沙岗能源化工工业集中区)."""
    names = {m.park for m in mentions}
    out = []
    for m in mentions:
        longer = [n for n in names if n != m.park and n.endswith(m.park)]
        shortened = [n for n in names if n != m.park and _without_industries(n) == m.park]
        if len(longer) == 1:
            m = replace(m, park=longer[0], known=True)
        elif len(shortened) == 1 and not m.known:
            m = replace(m, park=shortened[0])
        out.append(replace(m, park=typed) if (typed := as_typed(m.park, names)) else m)
    return out


def _without_industries(name: str) -> str:
    """"红沙岗能源化工工业集中区" → 红沙岗工业集中区: the short form a page also writes, its industries left out."""
    suffix = suffix_of(name)
    own = name[:len(name) - len(suffix)]
    industries = TRAILING_INDUSTRIES.search(own)
    return own[:industries.start()] + suffix if industries and industries.start() >= 2 else name


def _add_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'黄岛工业园区党群服务中心(以下简称黄岛中心)': the short form names the park too.

    When the short form is itself a park name ("(以下简称蒲城高新区)") and the park is not in the
    gazetteer, the page's own short form becomes the park's name.
    """
    aliases: dict[str, str] = {}
    for m in _SHORT_FORM.finditer(text):
        owner = [x for x in mentions if x.end <= m.start() and m.start() - x.end <= 12
                 and not re.search(r"[,。;:!?、\s]", text[x.end:m.start()])]
        if owner:
            aliases[m.group(1)] = owner[-1].park
    if not aliases:
        return mentions
    known = gazetteer().names
    renamed = {park: written_canonical(short) for short, park in aliases.items()  # (以下简称“某县经开区”): 某经开区
               if park not in known and short.endswith(tuple(suffixes()))}
    alias_re = re.compile("|".join(map(re.escape, sorted(aliases, key=len, reverse=True))))
    taken = [(m.start, m.end) for m in mentions]
    extra = [Mention(m.start(), m.end(), aliases[m.group()]) for m in alias_re.finditer(text)
             if not any(s < m.end() and m.start() < e for s, e in taken)]
    return [replace(m, park=renamed.get(m.park, m.park)) for m in sorted(mentions + extra, key=lambda m: m.start)]


_SUB_PARK = re.compile(r"[\u4e00-\u9fff]{2}园(?!区)")
_SUB_PARK_TYPES = "工业园区|工业园|产业园区|产业园|园区|园"


def _add_sub_parks(text: str, mentions: list[Mention]) -> list[Mention]:
    """"某经济开发区新华园 … 新华工业园区成立以来": a sub-park named after its zone (一区多园) is the zone's
    wherever the page names it, by any park type (FORMAT.md sub_areas roll up)."""
    zones, words = tuple(load_yaml("context.yaml")["zone_types"]), load_yaml("context.yaml")
    subs: dict[str, str] = {}
    for m in mentions:
        if m.park.endswith(zones) and (sub := _SUB_PARK.match(text, m.end)) and not (
                INDUSTRY.fullmatch(own := sub.group()[:2]) or own in words["not_a_park_name"]):
            subs.setdefault(own, m.park)
    if not subs:
        return mentions
    out = list(mentions)
    for hit in re.finditer(f"(?:{'|'.join(subs)})(?:{_SUB_PARK_TYPES})", text):
        if hit.start() > 0 and is_cjk(text[hit.start() - 1]) and text[hit.start() - 1] not in FUNCTION_CHARS:
            continue  # inside a longer name
        over = [m for m in out if (m.start < hit.end() and hit.start() < m.end) or m.end == hit.start()]
        if any(m.known or m.park == subs[hit.group()[:2]] for m in over):
            continue  # a listed park, or the zone's own name before it
        out = [m for m in out if m not in over] + [Mention(hit.start(), hit.end(), subs[hit.group()[:2]])]
    return sorted(out, key=lambda m: m.start)

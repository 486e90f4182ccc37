"""SPEC's naming rule: a written park name → its canonical short form, by its type and its places.

"扬州市广陵经济开发区" → 广陵经开区, "宝鸡国家高新技术产业开发区" → 宝鸡高新区, "长春汽车经济技术开发区" keeps its
city. The park types, the industries that keep a city and the words that are no places are data
(vocab/context.yaml); places are China's divisions (vocab/divisions.tsv). The gazetteer (parks.py) comes on top.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.places import LEVELS, Division, lookup, place_words, word_like_places
from etl.vocab import load_yaml

PAREN = re.compile(r"\([^()]{1,12}\)")
INNER_PAREN = re.compile(r"\(([\u4e00-\u9fff]{2,6})\)(?=[\u4e00-\u9fff])")
PARTNER = re.compile(r"\(([\u4e00-\u9fff]{2,4})\)")  # 深圳(河源)产业园: a partner city's park, its host in parentheses
# 宝鸡市高新区, 成安县经济开发区: a city's or county's level word inside a name goes (莘县, 兴县: one character stays)
CITY_LEVEL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:市|地区|县)(?=[\u4e00-\u9fff])")


def suffixes() -> dict[str, str]:
    return load_yaml("context.yaml")["park_suffixes"]


def generic_canonical(name: str) -> str:
    """宁波杭州湾经济技术开发区 → 宁波杭州湾经开区; 宝鸡高新技术产业开发区 → 宝鸡高新区."""
    suffix = suffix_of(name)
    return name[: -len(suffix)] + suffixes()[suffix] if suffix else name


@lru_cache(maxsize=1)
def suffix_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, suffixes_by_length())))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Place names: China's divisions (vocab/divisions.tsv, full and short; the gazetteer's cities are among
    them), less the words that are more often no place (not_a_park_name, not_places)."""
    not_names = set(load_yaml("context.yaml")["not_a_park_name"]) | set(load_yaml("context.yaml")["not_places"])
    return frozenset(place_words() - not_names)


# What follows a city in a park's name and is an industry or a brand, not a place of the park's own.
DESCRIPTOR = re.compile("|".join(load_yaml("context.yaml")["name_descriptors"]))
INDUSTRY = re.compile(f"(?:{DESCRIPTOR.pattern})+")
TRAILING_INDUSTRIES = re.compile(f"(?:{DESCRIPTOR.pattern})+$")
_LEVEL_WORD = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|地区|盟)")
# 南宁东部新城六景工业园区: a city's new town (新城, 新区) before a name of the park's own is where it lies
_AREAS = "|".join(load_yaml("context.yaml")["areas_before_names"])
_AREA_BEFORE = re.compile(f"[\u4e00-\u9fff]{{2,4}}(?:{_AREAS})(?=[\u4e00-\u9fff]{{2}})")
AREA_AND_INDUSTRIES = re.compile(f"{_AREA_BEFORE.pattern}(?:{DESCRIPTOR.pattern})+")  # 蟠龙新区装备制造


def own_name(name: str) -> str:
    """A park's name without the places before its own (SPEC): a leading province always goes (四川广安经开区);
    a leading city or county goes when a name of the park's own follows, a county or district of it or a
    place of its own (扬州市广陵经济开发区, 马鞍山慈湖高新区, 闽侯青口汽车工业园区); it stays when only the park type
    or an industry follows (成都高新区, 长春汽车经济技术开发区, 包头稀土高新区). A municipality goes only before
    one of its districts (重庆两江鱼复工业开发区 stays). A new town before the park's own name goes too
    (南宁东部新城六景工业园区 → 六景工业园区)."""
    core = len(name) - len(suffix_of(name))
    while (head := _leading_place(name[:core])) is not None:
        division, n = head
        rest = name[n:core]
        if own_part_length(rest) < 2 or DESCRIPTOR.match(rest) or PARTNER.match(rest):
            break  # 东营港经济开发区, 崖州湾(国际医疗…): a one-character rest is part of the place's own name
        follower = _leading_place(rest)
        inside = follower is not None and follower[0].level == "county" and (
            division.short in (follower[0].prefecture, follower[0].province))
        municipality = division.level == "province" and division.prefecture == division.short
        # 南海 of 威海南海新区 is no 佛山 district; but 清河 after the county 三原 is another county's name, its own
        own_place = follower is None or (follower[0].level == "county" and division.level != "county")
        partner = follower is not None and follower[0].level == "province" and division.level == "province"
        if partner:
            break  # "广东海南先进制造业合作产业园": two provinces' joint park keeps both
        if (division.level == "province" and not municipality) or inside or (not municipality and own_place):
            name, core = name[n:], core - n
        else:
            break
    if (area := _AREA_BEFORE.match(name, 0, core)) and core - area.end() >= 2 and not INDUSTRY.fullmatch(
            name, area.end(), core):  # 蟠龙新区装备制造产业园: an industry alone is no name of the park's own
        return name[area.end():]
    return name


def place_stem(name: str) -> str:
    """某县 → 某, 某市 → 某: a place's name without its level character, as a park's name holds the place."""
    return name.rstrip("市县区")


def own_part_length(rest: str) -> int:
    """The length of a name's own part after its place, less the industries it ends with: "红沙岗能源化工"
    (民勤红沙岗能源化工工业集中区) is a three-character name and two industries."""
    industries = TRAILING_INDUSTRIES.search(rest)
    return len(rest) - (len(industries.group()) if industries else 0)


def own_place(name: str) -> Division | None:
    """The division a park's name starts with (鸡西煤化工产业园区 → 鸡西市), None when it starts with none."""
    head = _leading_place(name[: len(name) - len(suffix_of(name))])
    return head[0] if head else None


def _leading_place(text: str) -> tuple[Division, int] | None:
    """The division the text starts with (longest name) and the length it takes, with its level word."""
    for n in range(min(len(text), 8), 1, -1):
        hits = lookup(text[:n])
        if hits:
            top = min(hits, key=lambda d: LEVELS.index(d.level))
            level = _LEVEL_WORD.match(text, n) if top.short == text[:n] else None
            return top, level.end() if level else n
    return None


@lru_cache(maxsize=8192)
def suffix_of(name: str) -> str:
    return next((s for s in suffixes_by_length() if name.endswith(s)), "")


@lru_cache(maxsize=1)
def suffixes_by_length() -> tuple[str, ...]:
    return tuple(sorted(suffixes(), key=len, reverse=True))


@lru_cache(maxsize=8192)
def written_canonical(name: str) -> str:
    """A written name's canonical form by SPEC's naming rule alone, whatever the gazetteer lists."""
    bare = PAREN.sub("", INNER_PAREN.sub(r"\1", name)).replace("经济经济", "经济")  # a doubled word, as typed
    if (level := _LEVEL_INSIDE.match(bare)) and place_stem(level.group(1)) in place_names():
        bare = level.group(1) + bare[level.end():]  # 温宿国家农业科技园区 → 温宿农业科技园区: a level, no name
    return generic_canonical(_district_level(CITY_LEVEL.sub("", own_name(bare), count=1)))


_LEVEL_INSIDE = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?:国家级|国家|省级)(?=[\u4e00-\u9fff]{2})")


def _district_level(name: str) -> str:
    """"洪江区高新区" → 洪江高新区: a district's 区 goes before the park's type when what is left is a place."""
    suffix = suffix_of(name)
    head = name[:len(name) - len(suffix)]
    if suffix in ("高新区", "经开区") and head.endswith("区") and len(head) >= 3 and lookup(head[:-1]):
        return head[:-1] + suffix
    return name


def is_place_and_type(name: str) -> bool:
    """"晋中开发区", "天津高新区": a division's name and a park type, nothing of the park's own."""
    return name.endswith(("高新区", "经开区", "开发区")) and name[:-3] in place_names()


def as_typed(name: str, names: set[str]) -> str | None:
    """"某市开发区" where "某市经开区" is named too, "某工业园" where "某工业园区" is: the type the other name tells
    (vocab/context.yaml same_park_types; a page that writes only one form keeps it, SPEC's name as written)."""
    for written, other in load_yaml("context.yaml")["same_park_types"].items():
        if name.endswith(written) and (typed := name[:-len(written)] + other) in names:
            return typed
    return None


def place_right_before(own: str, suffix: str) -> bool:
    """"通州湾": a place's name and at most one character after it; or a coined name of two or three ("沈抚")
    where the suffix allows one."""
    placed = _placed(own) or bool((m := _COINED_AND_PLACE.fullmatch(own)) and in_parentheses_a_place(m.group(1)))
    if suffix in load_yaml("context.yaml")["place_named_suffixes"]:
        return own in word_like_places() or placed or bool(AREA_AND_INDUSTRIES.fullmatch(own))
    return len(own) <= 3 or placed


_COINED_AND_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}\(([\u4e00-\u9fff]{2,5})\)")  # 中泰(崇左)产业园


def _placed(own: str) -> bool:
    """A place and at most one character, or a place and industries, or a place before another such."""
    return any(own[:n] in place_names() and (len(own) - n <= 1 or bool(INDUSTRY.fullmatch(own[n:])) or _placed(
        own[n:])) for n in range(2, min(6, len(own) + 1)))


def in_parentheses_a_place(word: str) -> bool:
    """A division's name, counties that are ordinary words too (和平, 平和) included: in parentheses after a park's
    name it can only be the place (深圳福田(和平)产业园)."""
    return word in place_names() or word in word_like_places()

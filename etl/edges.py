"""Where a park's name begins: the words, verbs and characters that may stand at its left edge and those that
never do ("之后开发区", "改设经开区", "●开花山工业园区"), and coined names with no place before them."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.names import AREA_AND_INDUSTRIES, TRAILING_INDUSTRIES, place_names
from etl.places import word_like_places
from etl.vocab import load_yaml


@lru_cache(maxsize=1)
def function_words_re() -> re.Pattern[str]:
    """Verbs, lead-ins and pronouns that never begin a park's own name ("之后开发区", "我们开发区")."""
    ctx = load_yaml("context.yaml")
    words = sorted({*ctx["leading_words"], *(w for w in ctx["lead_in_ends"] if len(w) >= 2), *ctx["pronouns_before"]},
                   key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def area_start(text: str, suffix_start: int) -> int | None:
    """"蟠龙新区装备制造产业园": a town's area and industries, where a clause or headline starts, name its park."""
    return next((start for start in range(suffix_start - 4, max(-1, suffix_start - 24), -1) if AREA_AND_INDUSTRIES
                 .fullmatch(text, start, suffix_start) and BOUNDARY.search(text, max(0, start - 1), start)), None)


def coined_before_place(text: str, lo: int, run: str) -> bool:
    """"●开花山工业园区": one character that opens the line or clause before a place is the name's own."""
    return BOUNDARY.search(text, max(0, lo - 1), lo) is not None and run[0] not in FUNCTION_CHARS + NOT_OWN_CHARS \
        and not NOT_NAME_CHARS.match(run[0]) and not function_words_re().fullmatch(run[0])


# levels, "former" and "now", one-character verbs, adverbs and conjunctions: no part of a park's own name
NOT_OWN_CHARS = ("省市县区镇乡村旗盟原现据进去驻入抵往访临随沿近赴至仅单光共总均更最才曾正使令助促帮推引建创抓打保争迎"
                 "但而且则若虽因")


def function_word_before_place(run: str, i: int) -> bool:
    """"从江苏邳州…": a place (从江) that begins with a function word before another place (江苏) is no place."""
    return run[i] in FUNCTION_CHARS and any(run[i + 1:i + 1 + n] in place_names() for n in (2, 3, 4, 5))


FUNCTION_CHARS = "从到向由经于在和与及对把将为以的了是"


def word_into(run: str, i: int) -> bool:
    """"当天宁武": a lead-in or function word (当天) ends on the first character of the place at i."""
    words = load_yaml("context.yaml")
    return any(len(w) >= 2 and run[:i + 1].endswith(w) for w in (*words["lead_in_ends"], *words["leading_words"]))


def word_like_county_before(text: str, suffix_start: int) -> bool:
    """"(漳州)平和科技产业园": a county whose short form is also a word, after a place, a clause start or a
    function word."""
    at = suffix_start - 2
    if at < 0 or text[at:suffix_start] not in word_like_places():
        return False
    before = (text[max(0, at - n):at] for n in (2, 3, 4))
    return bool(BOUNDARY.search(text, max(0, at - 1), at) or NOT_NAME_CHARS.match(text, at - 1)) or any(
        word in place_names() for word in before)


BOUNDARY = re.compile(r"(?:^|[\s,;:。!?、“”「」()【】●■◆]|\n)$")
NOT_NAME_CHARS = re.compile(r"[的了在是和与及等该本全各其这那此个为对把将从向以可新老来用]")


def coined_name_start(text: str, suffix_start: int) -> int | None:
    """A park named by two to four coined characters, with no place before them, where a clause or
    headline starts: "沈抚新区" (沈阳 and 抚顺), "苏里格经开区", "(双凤)经开区"; the industries after them
    are part of the name ("某某国际医疗旅游先行区")."""
    industries = TRAILING_INDUSTRIES.search(text, max(0, suffix_start - 10), suffix_start)
    own_end = industries.start() if industries else suffix_start
    if text[own_end - 1:own_end] == ")" and (opened := text.rfind("(", max(0, own_end - 8), own_end)) > 0 and (
            text[opened + 1:own_end - 1] in place_names()):
        own_end = opened  # "中泰(崇左)产业园": the coined name stands before its place
    for start in range(own_end - 2, max(-1, own_end - 5), -1):
        word = text[start:own_end]
        if not all(map(is_cjk, word)):
            return None
        if BOUNDARY.search(text, max(0, start - 1), start) or after_lead_word(text, start):
            bad = NOT_NAME_CHARS.search(word) or function_words_re().search(word) or word in place_names() or (
                DESCRIPTION.search(word))
            return None if bad or word in load_yaml("context.yaml")["not_a_park_name"] else start
    return None


def after_lead_word(text: str, start: int) -> bool:
    """"其中某东新区…", "目前某某新区…": a two-character lead word that opens its clause stands before the name."""
    return text[max(0, start - 2):start] in load_yaml("context.yaml")["clause_lead_words"] and bool(
        BOUNDARY.search(text, max(0, start - 3), start - 2))


DESCRIPTION = re.compile(r"第|最|大型|重点|[\d一二两三四五六七八九十]+[家个所类大座]|级|唯一|首个|首批|各|多个|这")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"

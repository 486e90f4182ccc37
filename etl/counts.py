"""Count figures → their metric: what a number with 个/家/名 counts, by the head noun of its phrase.

"36个项目", "2个非公企业联合党支部" (the head noun is the last): the noun after the unit; "党员150人",
"党组织数从12个增加40个": the noun before the number; "签约88项": a verb that counts projects. The phrase
helpers (the text of a clause left or right of a position) are shared with metrics.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.model import Amount
from etl.numbers import CHANGE_BETWEEN, CHANGE_FROM
from etl.triggers import rules

CLAUSE_DELIMS = ",;:、。!?()"

PHRASE_STOP = re.compile(r"[,;:。!?()《》\d]|[、和及与](?=[^,;。]{0,2}[\d一二两三四五六七八九十])")

EMBEDDED_AMOUNT = re.compile(  # "3个5亿元以上项目", "6个总投资20亿元的项目": the count's noun comes after
    r"(?:总投资|投资|计划投资)?(?:超|约|近)?[\d.]+(?:亿|万|千万)?(?:美元|元)?(?:以上|及以上)?的?"
    r"|(?:超|亿元以上|亿元)(?=[\u4e00-\u9fff])")

MAX_PHRASE = 18

COUNT_LIST_TAIL = re.compile(r"(?:[、和及与](?:\d+|[一二两三四五六七八九十百千]+)[个家项名件户位人])+")

SHORT_PAREN = re.compile(r"\([^()]{1,6}\)")

# "25个涉及集成电路、新材料等领域的代表项目": a scope aside between the count and its noun
SCOPE_ASIDE = re.compile(r"(?:涉及|涵盖|覆盖|包括|聚焦|围绕)[^,;:。!?]{1,40}?等(?:领域|行业|产业|方向|方面)的")

SHARE_OF = re.compile(r"(?:涉及|其中|含|包括)[\u4e00-\u9fff]{2,10}?(?:共|有|共有)?")  # "项目涉及某经开区共17个"

NOTHING_COUNTED = re.compile(r"$|[,;:。!?、)]|的?[^\u4e00-\u9fff]")  # the count's unit ends its noun phrase

SIGNED = re.compile(r"(?:集中签约|签约|签下|开工|开复工|竣工|投产|落地)(?:建设)?$")

CHANGE_TAIL = re.compile(f"(?:{CHANGE_BETWEEN.pattern})$")

PHRASE_DELIMS = ",;:。!?"

# "6家支持项目落地机构", "3家企业服务单位": an institution a few characters on is the head, not the noun
INSTITUTION_HEAD = re.compile(r"[\u4e00-\u9fff]{0,3}(?:机构|单位)")

AT_PLACE = re.compile(r"在(?![建谈孵库营线产册岗职])")


def _signed(sentence: str, left: str, amount: Amount) -> tuple[str, str, str] | None:
    """'签约88项', '开工71个' with no noun: the projects signed or started."""
    if amount.word in ("个", "项") and SIGNED.search(left) and NOTHING_COUNTED.match(sentence, amount.end):
        return "project_count", SIGNED.search(left).group(), "count:签约→项目"
    return None


@lru_cache(maxsize=8192)
def phrase_left(sentence: str, pos: int) -> str:
    """The text before pos back to the last comma or full stop (a list with 、 stays whole)."""
    return _left(sentence, pos, PHRASE_DELIMS)


@lru_cache(maxsize=8192)
def clause_left(sentence: str, pos: int) -> str:
    """The text before pos back to the last clause mark, 、 included."""
    return _left(sentence, pos, CLAUSE_DELIMS)


def _left(sentence: str, pos: int, delims: str) -> str:
    cut = max(sentence.rfind(ch, 0, pos) for ch in delims)
    return sentence[cut + 1:pos]


@lru_cache(maxsize=8192)
def phrase_right(sentence: str, pos: int) -> str:
    return _right(sentence, pos, PHRASE_DELIMS)


@lru_cache(maxsize=8192)
def clause_right(sentence: str, pos: int) -> str:
    return _right(sentence, pos, CLAUSE_DELIMS)


def _right(sentence: str, pos: int, delims: str) -> str:
    ends = [i for ch in delims if (i := sentence.find(ch, pos)) >= 0]
    return sentence[pos:min(ends, default=len(sentence))]


RANKING = re.compile(r"^(?:世界|中国|全国|全球|国内|行业|民营|财富)?\d+强")


def _acceptable(metric: str, word: str, following: str) -> bool:
    r = rules()
    return word in r.units[metric] and not following.startswith(r.not_head[metric]) and not \
        INSTITUTION_HEAD.match(following)


def _count_after(sentence: str, amount: Amount) -> tuple[str, str, str] | None:
    """'36个项目', '3个非公企业联合党支部' (the head noun is the last), '3个5亿元以上项目': the counted
    noun follows the unit, up to a verb that ends the noun phrase."""
    r = rules()
    listed = COUNT_LIST_TAIL.match(sentence, amount.end)  # "7个、5个项目": the list's noun is the last item's
    tail = listed.end() if listed else amount.end
    if aside := SCOPE_ASIDE.match(sentence, tail):
        tail = aside.end()
    rest = SHORT_PAREN.sub("", sentence[tail:tail + MAX_PHRASE + 12])  # "33个村(社区)党组织"
    rest = EMBEDDED_AMOUNT.sub(lambda m: "\0" * len(m.group()), rest, count=1) if rest[:1].isdigit() or \
        rest.startswith(("总投资", "投资", "超", "亿元")) else rest
    rest = RANKING.sub(lambda m: "\0" * len(m.group()), rest, count=1)  # "4家世界500强企业": a class, no number
    stop = PHRASE_STOP.search(rest)
    phrase = rest[:stop.start()] if stop else rest[:MAX_PHRASE]
    if not phrase or phrase[0] == "、" or r.w["parks_counted"].match(phrase):
        return None  # "三家经开区现有企业分别为…": parks are counted
    role = r.w["role_verbs"].search(phrase)
    if amount.word in ("名", "人", "位"):  # "200余名党员、群众担任兼职网格员": the role is counted
        clause = phrase_right(sentence, amount.end)
        if (people := r.w["role_verbs"].search(clause)) and (found := _head_noun(clause, people.end(), len(clause),
                                                                                   amount.word)):
            return found
    return _head_noun(phrase, 0, role.start() if role else len(phrase), amount.word)


def _head_noun(phrase: str, begin: int, end: int, word: str) -> tuple[str, str, str] | None:
    r = rules()
    for breaker in r.w["count_breakers"].finditer(phrase, begin, end):
        if not phrase.startswith("的", breaker.end()):  # "新设立的党支部": a verb inside the noun's modifier
            end = breaker.start()
            break
    if (at := AT_PLACE.search(phrase, begin, end)) and at.start() > begin:
        end = at.start()  # "11个基层党支部在招商引资、项目落地中…": 在 ends the noun phrase (在建项目 does not)
    best, best_end = None, -1
    for hit in r.nouns_re.finditer(phrase, begin, end):
        if best is not None and "、" in phrase[best_end:hit.start()]:
            break  # "523家新建企业、到届工会": the count's noun ends at the list's first item
        metric = r.nouns.get(hit.group())
        if metric is None:  # "500多家子公司", "3个企业园区": a noun that is no metric's is what is counted,
            return best if hit.start() > best_end >= 0 else None  # unless a verb stands between (5家企业入驻园区)
        if _acceptable(metric, word, phrase[hit.end():]):
            best, best_end = (metric, phrase[:hit.end()].replace("\0", ""), f"count:{hit.group()}"), hit.end()
        elif best is not None and word in r.units[metric]:
            return None  # "5家头部企业党组织书记": the head is another word (书记), not 企业
    return best


def _count_before(sentence: str, left: str, amount: Amount) -> tuple[str, str, str] | None:
    """'重大产业项目24个', '党组织数从12个增加40个', '药企1800多家': the noun stands just before the number
    (not in "企业一千二百余家总部", where what is counted follows)."""
    r = rules()
    left = SHORT_PAREN.sub("", CHANGE_FROM.sub("", left)).rstrip("”」』")  # "“一站式公共服务窗口”2—3个"
    if amount.from_value is not None:  # "由21家企业党组织增加到44家": the noun before the change verb
        left = CHANGE_TAIL.sub("", left)
    if r.w["other_nouns"].match(sentence, amount.end):
        return None
    for hit in reversed(list(r.nouns_re.finditer(left))):
        gap = left[hit.end():]
        if not (r.w["gap_filler"].fullmatch(gap) or SHARE_OF.fullmatch(gap)):
            break
        metric = r.nouns[hit.group()]
        if metric is None:  # "园区3个": a noun that is no metric's
            return None
        if _acceptable(metric, amount.word, gap):
            return metric, r.w["subject_start"].split(left[:hit.end()])[-1] or hit.group(), f"count:{hit.group()}<"
    return None


def count_noun(sentence: str, amount: Amount, left: str) -> tuple[str, str, str] | None:
    """(metric, subject, rule) of a count by its noun: after the unit, else before the number, else a verb."""
    return _count_after(sentence, amount) or _count_before(sentence, left, amount) or _signed(sentence, left, amount)

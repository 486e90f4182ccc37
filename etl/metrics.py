"""Sentences → metric figures, by the trigger tables of vocab/metrics.yaml."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from etl.model import Amount, Figure
from etl.numbers import find_amounts
from etl.vocab import load_yaml

SENTENCE_RE = re.compile(r"[^。!?\n]+[。!?]*")
CLAUSE_DELIMS = ",;:、。!?()"
PHRASE_STOP = re.compile(r"[,;:。!?()《》\d]")
ROLE_VERB = re.compile(r"担任|成为|作为|兼任|充当")
SUBJECT_CUT = re.compile(
    r"拥有|建立|建成|备案|新增|累计|组建|落地|签约|实施|包括|其中|共有|现有|目前有|目前|设有|培育|认定|引进"
    r"|达到|实现|完成|高新区|开发区|园区|科学城|等|为|对|有(?!效)")
CHANGE_PREFIX = re.compile(r"(?:从|由)(?:(?:19|20)\d{2}年|去年|前年|年初)?(?:底|末|初)?的?$")
PER_CAPITA = re.compile(r"每万人|每千人|每百人|万人均|人均|每平方公里|平均每|每家企业|每个企业|每户")
RUNNING_TOTAL = re.compile(r"(?:总数|总量|总计|合计|共计|累计|累计总数|总数量)(?:已)?(?:达到|达|为|增至|突破)?"
                           r"|其中[^,;。]{0,14}?(?:占|有|为|达)")  # 其中渭南高新区占180家: a share of it
# Between a count's unit and its noun, these mean the noun is not what is counted:
# "在辖区28个小区成立物业党支部" counts 小区, "10多家出资方主动与属地党委对接" counts 出资方.
FUNCTION_CHARS = re.compile(r"[与和及对向把被将给从]|主动|开展|进行|参加|参与|成立|建立|组建|建成|设立|开设|发动|签订"
                            r"|推动|带动|引进|培育|实现|完成|获得|成为")
# A figure after these words is an aim, not a fact: "力争全年工业总产值突破一千亿元".
TARGET = re.compile(r"力争|争取|目标|冲刺|力求|奋斗")
ONE_PROJECT = re.compile(r"(?:该|此|这个|这一|这家)(?:项目|公司|企业|工厂)|项目(?:是|位于)")
ONE_COMPANY = re.compile(r"有限公司|股份公司")
MAX_PHRASE = 16
# What may stand between a noun and its number: "党组织数从12个", "项目集中签约15个", "专利授权320件".
GAP_FILLER = re.compile(
    r"(?:总人数|人数|户数|个数|总数|数量|数目|总量|数|共有|共计|共|累计|总计|合计|达到|已达|达|已有|有|为|从|由|增至|新增|集中签约|签约"
    r"|落地|入驻|授权|认定|备案|拥有量|保有量|存量|分别为|分别|已|约|超过|超|近)*")


@dataclass(frozen=True)
class Rules:
    money: dict[str, str | None]  # trigger → metric (None blocks)
    money_re: re.Pattern[str]
    percent_re: re.Pattern[str]
    percent: dict[str, str]
    nouns: dict[str, str]  # count noun → metric
    nouns_re: re.Pattern[str]
    units: dict[str, tuple[str, ...]]
    not_head: dict[str, tuple[str, ...]]
    category: dict[str, str]


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = load_yaml("metrics.yaml")
    money: dict[str, str | None] = {}
    for metric, triggers in data["money"].items():
        for trigger in triggers:
            money[trigger] = None if metric in (None, "null") else metric
    percent = {t: metric for metric, triggers in data["percent"].items() for t in triggers}
    nouns = {n: metric for metric, spec in data["counts"].items() for n in spec["nouns"]}
    category = {m: cat for cat, metrics in data["categories"].items() for m in metrics}
    return Rules(
        money=money, money_re=_alternation(list(money)),
        percent=percent, percent_re=_alternation(list(percent)),
        nouns=nouns, nouns_re=_alternation(list(nouns)),
        units={m: tuple(spec["units"]) for m, spec in data["counts"].items()},
        not_head={m: tuple(spec.get("not_head", [])) for m, spec in data["counts"].items()},
        category=category,
    )


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence between start and end: split at 。!? and line ends."""
    for m in SENTENCE_RE.finditer(text, start, len(text) if end is None else end):
        if m.group().strip():
            yield m.start(), m.end()


def extract(text: str, start: int = 0, end: int | None = None,
            spans: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Every metric figure in text[start:end], offsets into text (`spans`: its sentences, if known)."""
    figures = []
    spans = list(sentences(text, start, end)) if spans is None else spans
    starts = [s0 for s0, _ in spans]
    by_sentence: dict[int, list[Amount]] = {}
    for amount in find_amounts(text[start:end]):  # one scan of the article, then sort into sentences
        i = bisect_right(starts, start + amount.start) - 1
        if i >= 0 and start + amount.end <= spans[i][1]:
            by_sentence.setdefault(i, []).append(amount)
    for i, amounts in sorted(by_sentence.items()):
        s0, s1 = spans[i]
        sentence = text[s0:s1]
        previous: tuple[str, str, str] | None = None  # metric, subject, unit word of the last figure
        for found_at in amounts:
            amount = _shift(found_at, start - s0)
            found = classify(sentence, amount) or _same_as_before(sentence, amount, previous)
            if found is None:
                continue
            metric, subject = found
            previous = (metric, subject, amount.word)
            project = _is_project_scope(sentence[:amount.start], rules().category[metric])
            figures.append(Figure(metric=metric, category=rules().category[metric], amount=_shift(amount, s0),
                                  subject=subject.strip("、 "), scope="project" if project else "park",
                                  sentence_start=s0, sentence_end=s1))
    return figures


def _shift(a: Amount, offset: int) -> Amount:
    return Amount(a.start + offset, a.end + offset, a.value, a.unit, a.qualifier, a.word, a.from_value)


def _same_as_before(sentence: str, amount: Amount, previous: tuple[str, str, str] | None) -> tuple[str, str] | None:
    """'新增高新技术企业1100余家,总数达到3500家' (a running total) or '…500家、300家' (a list) repeat
    the metric of the figure just before."""
    if previous is None or previous[2] != amount.word:
        return None
    left = _clause_left(sentence, amount.start)
    listed = not left and sentence[amount.start - 1:amount.start] in ("、", "和")  # "…500家、300家"
    return previous[:2] if listed or RUNNING_TOTAL.fullmatch(left) else None


def _is_project_scope(before: str, category: str) -> bool:
    """One named project or company ("该项目…计划投资1.7亿元"), not a park or a batch."""
    return bool(ONE_PROJECT.search(before)) or (category == "investment" and bool(ONE_COMPANY.search(before)))


def classify(sentence: str, amount: Amount) -> tuple[str, str] | None:
    """(metric, subject) of an amount in its sentence, or None when it is no metric figure."""
    left = _clause_left(sentence, amount.start)
    if TARGET.search(sentence, 0, amount.start):
        return None
    if amount.unit in ("CNY", "USD"):
        right = "" if amount.word.endswith("?") else _clause_right(sentence, amount.end)  # bare 亿: money word left
        return _money(left, right)
    if PER_CAPITA.search(left):
        return None
    if amount.unit == "percent":
        hits = list(rules().percent_re.finditer(CHANGE_PREFIX.sub("", left)))
        return (rules().percent[hits[-1].group()], hits[-1].group()) if hits else None
    return _count_after(sentence, amount) or _count_before(left, amount)


def _clause_left(sentence: str, pos: int) -> str:
    cut = max(sentence.rfind(ch, 0, pos) for ch in CLAUSE_DELIMS)
    return sentence[cut + 1:pos]


def _clause_right(sentence: str, pos: int) -> str:
    ends = [i for ch in CLAUSE_DELIMS if (i := sentence.find(ch, pos)) >= 0]
    return sentence[pos:min(ends, default=len(sentence))]


def _money(left: str, right: str) -> tuple[str, str] | None:
    r = rules()
    hits = list(r.money_re.finditer(left))
    hit = hits[-1] if hits else r.money_re.search(right)
    if hit is None or r.money[hit.group()] is None:
        return None
    return r.money[hit.group()], hit.group()  # type: ignore[return-value]


def _acceptable(metric: str, word: str, following: str) -> bool:
    r = rules()
    return word in r.units[metric] and not following.startswith(r.not_head[metric])


def _count_after(sentence: str, amount: Amount) -> tuple[str, str] | None:
    """'36个项目', '12个“一站式”服务窗口': the counted noun follows the unit."""
    rest = sentence[amount.end:amount.end + MAX_PHRASE]
    stop = PHRASE_STOP.search(rest)
    phrase = rest[:stop.start()] if stop else rest
    if not phrase or phrase[0] == "、":
        return None
    role = ROLE_VERB.search(phrase)
    spans = [(role.end(), len(phrase)), (0, role.start())] if role else [(0, len(phrase))]
    r = rules()
    for begin, end in spans:  # "300名党员担任网格员": the role after the verb is what is counted
        for hit in r.nouns_re.finditer(phrase, begin, end):
            if FUNCTION_CHARS.search(phrase, begin, hit.start()):
                break
            metric = r.nouns[hit.group()]
            if _acceptable(metric, amount.word, phrase[hit.end():]):
                return metric, phrase[:hit.end()]
    return None


def _count_before(left: str, amount: Amount) -> tuple[str, str] | None:
    """'重大产业项目24个', '党组织数从12个增加40个': the noun stands just before the number."""
    r = rules()
    left = CHANGE_PREFIX.sub("", left)
    for hit in reversed(list(r.nouns_re.finditer(left))):
        gap = left[hit.end():]
        if not GAP_FILLER.fullmatch(gap):
            break
        metric = r.nouns[hit.group()]
        if _acceptable(metric, amount.word, gap):
            return metric, SUBJECT_CUT.split(left[:hit.end()])[-1] or hit.group()
    return None

"""Sentences → metric figures, by the trigger tables of vocab/metrics.yaml."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from etl.model import Amount, Figure
from etl.numbers import BARE_MONEY, CHANGE_FROM, find_amounts
from etl.vocab import load_yaml

SENTENCE_RE = re.compile(r"[^。!?\n]+[。!?]*")
CLAUSE_DELIMS = ",;:、。!?()"
PHRASE_STOP = re.compile(r"[,;:。!?()《》\d]")
ONE_PROJECT = re.compile(r"(?:该|此|这个|这一|这家)(?:项目|公司|企业|工厂)|项目(?:是|位于)")
ONE_COMPANY = re.compile(r"有限公司|股份公司")
MAX_PHRASE = 16


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
    role_verb: re.Pattern[str]
    target: re.Pattern[str]
    per_capita: re.Pattern[str]
    count_breaker: re.Pattern[str]
    gap_filler: re.Pattern[str]  # fullmatch: any run of fillers
    running_total: re.Pattern[str]  # fullmatch
    subject_start: re.Pattern[str]


def _alternation(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = load_yaml("metrics.yaml")
    w = data["words"]
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
        role_verb=_alternation(w["role_verbs"]),
        target=_alternation(w["targets"]),
        per_capita=_alternation(w["per_capita"]),
        count_breaker=_alternation(w["count_breakers"]),
        gap_filler=re.compile(f"(?:{_alternation(w['gap_fillers']).pattern})*"),
        running_total=re.compile(f"(?:{_alternation(w['running_totals']).pattern})(?:已)?(?:达到|达|为|增至|突破)?"
                                 r"|其中[^,;。]{0,14}?(?:占|有|为|达)"),  # 其中渭南高新区占180家: a share of it
        subject_start=re.compile(f"{_alternation(w['subject_starts']).pattern}|有(?!效)"),
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
    return previous[:2] if listed or rules().running_total.fullmatch(left) else None


def _is_project_scope(before: str, category: str) -> bool:
    """One named project or company ("该项目…计划投资1.7亿元"), not a park or a batch."""
    return bool(ONE_PROJECT.search(before)) or (category == "investment" and bool(ONE_COMPANY.search(before)))


def classify(sentence: str, amount: Amount) -> tuple[str, str] | None:
    """(metric, subject) of an amount in its sentence, or None when it is no metric figure."""
    left = _clause_left(sentence, amount.start)
    if rules().target.search(sentence, 0, amount.start):
        return None
    if amount.unit in ("CNY", "USD"):
        right = "" if amount.word.endswith(BARE_MONEY) else _clause_right(sentence, amount.end)  # 50亿: word left
        return _money(left, right)
    if rules().per_capita.search(left):
        return None
    if amount.unit == "percent":
        hits = list(rules().percent_re.finditer(CHANGE_FROM.sub("", left)))
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
    role = rules().role_verb.search(phrase)
    spans = [(role.end(), len(phrase)), (0, role.start())] if role else [(0, len(phrase))]
    r = rules()
    for begin, end in spans:  # "300名党员担任网格员": the role after the verb is what is counted
        for hit in r.nouns_re.finditer(phrase, begin, end):
            if r.count_breaker.search(phrase, begin, hit.start()):
                break
            metric = r.nouns[hit.group()]
            if _acceptable(metric, amount.word, phrase[hit.end():]):
                return metric, phrase[:hit.end()]
    return None


def _count_before(left: str, amount: Amount) -> tuple[str, str] | None:
    """'重大产业项目24个', '党组织数从12个增加40个': the noun stands just before the number."""
    r = rules()
    left = CHANGE_FROM.sub("", left)
    for hit in reversed(list(r.nouns_re.finditer(left))):
        gap = left[hit.end():]
        if not r.gap_filler.fullmatch(gap):
            break
        metric = r.nouns[hit.group()]
        if _acceptable(metric, amount.word, gap):
            return metric, r.subject_start.split(left[:hit.end()])[-1] or hit.group()
    return None

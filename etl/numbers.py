"""Find numbers with units in normalised text: "超22亿元" → Amount(2.2e9, CNY, over).

Pure functions over one string; the regex does the finding, small tables the meaning.
"""

from __future__ import annotations

import re

import cn2an

from etl.model import Amount

QUALIFIER_BEFORE = {
    "不超过": "under", "不高于": "under", "不足": "under", "不到": "under", "最高": "under",
    "不少于": "over", "至少": "over", "超过": "over", "逾": "over", "超": "over", "突破": "over",
    "将近": "nearly", "接近": "nearly", "近": "nearly", "约": "about", "大约": "about",
}
QUALIFIER_AFTER = {"余": "over", "多": "over", "以上": "over", "左右": "about", "以内": "under", "以下": "under"}
SCALES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "千万": 1e7, "百万": 1e6, "十万": 1e5,
          "亿": 1e8, "万": 1e4, "千": 1e3}
COUNT_WORDS = ("个", "家", "名", "人", "件", "项", "位", "户")
MONEY_WORDS = {"美元": "USD", "元": "CNY"}
CHANGE_BETWEEN = re.compile(
    r"(?:增加|增长|提升|提高|上升|扩大|发展|跃升|增|升|提|降低|下降|减少|降)(?:到|至|为)?|到|至|为|变为")
SHARED_UNIT_SEPARATOR = re.compile(r"、|和|及|与|以及")
# A unit word for money written without 元 ("总投资50亿"): metrics.py accepts it only after a money word.
BARE_MONEY = "元?"
# Between 从/由 and the earlier value: "由2020年的412个", "从去年底的18个".
CHANGE_FROM = re.compile(r"(?:从|由)(?:(?:19|20)\d{2}年|去年|前年|年初)?(?:底|末|初)?(?:的)?$")

# One-character qualifiers that are also the end of a word: 签约21个 is no "about 21".
WORD_TAILS = {"约": "签预制节契合公相邀特履违", "近": "最附邻靠", "超": "赶高招"}
_CN = "零〇一二两三四五六七八九十百千万"
_PRE = "|".join(f"(?<![{WORD_TAILS[q]}]){q}" if q in WORD_TAILS else q
                for q in sorted(QUALIFIER_BEFORE, key=len, reverse=True))
PRE_RE = re.compile(rf"(?:{_PRE})$")  # looked up behind a number: a regex that starts at a digit scans fast
_NUMBER = (
    rf"(?P<num>\d+(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二两三四五六七八九十][{_CN}]*|[百千](?=[亿万]))"
    r"(?P<ap1>余|多)?"
    rf"(?P<scale>{'|'.join(SCALES)})?"
    r"(?P<ap2>余|多)?"
)
AMOUNT_RE = re.compile(
    _NUMBER
    # "总投资50亿," — a bare 亿/万 at a clause end is money written without 元 (metrics.py wants a money word)
    + rf"(?:(?P<unit>美元|元(?!级)|%|(?:{'|'.join(COUNT_WORDS)})(?!次))|(?<=[亿万])(?=[,。;:、)!?\s]|以上|左右|$))"
    + r"(?P<post>以上|左右|以内|以下)?"
)
_BARE = r"(?P<num>\d+(?:\.\d+)?|[二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)(?P<scale>亿|万)?"
LIST_ITEM_RE = re.compile(_BARE + r"(?:、|和|及|与)")
LIST_HEAD_RE = re.compile(r"(?:" + _BARE.replace("?P<num>", "?:").replace("?P<scale>", "?:") + r"(?:、|和|及|与))+\Z")
_BLOCKED_BEFORE = re.compile(r"[\d.A-Za-z\-/+:~第初周]$")


def parse_number(text: str) -> float:
    """'1,250.5' → 1250.5; '一千二百' → 1200.0; '两' → 2.0."""
    if text[0].isdigit():
        return float(text.replace(",", ""))
    if text in ("百", "千"):  # 超百亿元, 近千万元
        return 100.0 if text == "百" else 1000.0
    return float(cn2an.cn2an(text, "smart"))


def find_amounts(text: str) -> list[Amount]:
    """Every number-with-unit of the text, changes (从12个增加到40个) merged into one."""
    amounts: list[Amount] = []
    for m in AMOUNT_RE.finditer(text):
        amount = _amount(m, text)
        if amount is not None:
            amounts.extend(_shared_unit_items(m, amount, text))
            amounts.append(amount)
    return _share_qualifiers(_merge_changes(amounts, text), text)


def _amount(m: re.Match[str], text: str) -> Amount | None:
    pre = PRE_RE.search(text, max(0, m.start() - 3), m.start())
    start = pre.start() if pre else m.start()
    if _BLOCKED_BEFORE.search(text[max(0, start - 1):start]):
        return None
    num = m.group("num")
    if num == "一":
        return None  # "一名党员" is an article, not a statistic
    try:
        value = parse_number(num)
    except ValueError:
        return None
    value *= SCALES.get(m.group("scale") or "", 1.0)
    word = m.group("unit") or BARE_MONEY  # no unit written: money by its scale, if a money word says so
    if word in MONEY_WORDS or word == BARE_MONEY:
        unit = MONEY_WORDS.get(word, "CNY")
        word = (m.group("scale") or "") + word
    elif word == "%":
        unit = "percent"
    else:
        unit = "count"
    return Amount(start=start, end=m.end(), value=round(value, 4), unit=unit,
                  qualifier=_qualifier(m, pre.group() if pre else None), word=word)


def _qualifier(m: re.Match[str], pre: str | None) -> str:
    if pre:
        return QUALIFIER_BEFORE[pre]
    for group in ("ap1", "ap2", "post"):
        if m.group(group):
            return QUALIFIER_AFTER[m.group(group)]
    return "exact"


def _merge_changes(amounts: list[Amount], text: str) -> list[Amount]:
    """'从12个增加40个' → one Amount 40 with from_value 12 spanning both numbers."""
    out: list[Amount] = []
    skip = False
    for before, after in zip(amounts, [*amounts[1:], None], strict=False):
        if skip:
            skip = False
            continue
        if (after is not None and before.unit == after.unit
                and CHANGE_FROM.search(text, max(0, before.start - 10), before.start)
                and CHANGE_BETWEEN.fullmatch(text[before.end:after.start])):
            out.append(Amount(start=before.start, end=after.end, value=after.value, unit=after.unit,
                              qualifier=after.qualifier, word=after.word, from_value=before.value))
            skip = True
        else:
            out.append(before)
    return out


def _share_qualifiers(amounts: list[Amount], text: str) -> list[Amount]:
    """'不超过50万元和20万元': the second amount of a list inherits the first one's qualifier."""
    out = list(amounts)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (cur.qualifier == "exact" and prev.qualifier != "exact" and cur.unit == prev.unit
                and SHARED_UNIT_SEPARATOR.fullmatch(text[prev.end:cur.start])):
            out[i] = Amount(cur.start, cur.end, cur.value, cur.unit, prev.qualifier, cur.word, cur.from_value)
    return out


def _shared_unit_items(m: re.Match[str], amount: Amount, text: str) -> list[Amount]:
    """'3、5、8个' → 3 and 5 take the unit (and scale) of 8个."""
    head = LIST_HEAD_RE.search(text, max(0, amount.start - 40), amount.start)
    if head is None or _BLOCKED_BEFORE.search(text[max(0, head.start() - 1):head.start()]):
        return []
    scale = SCALES.get(m.group("scale") or "", 1.0)
    items = []
    for item in LIST_ITEM_RE.finditer(text, head.start(), amount.start):
        value = parse_number(item.group("num")) * SCALES.get(item.group("scale") or "", scale)
        items.append(Amount(item.start(), item.end("num"), round(value, 4), amount.unit,
                            amount.qualifier, amount.word))
    return items

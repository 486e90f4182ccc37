"""Find numbers with units in normalised text: "超22亿元" → Amount(2.2e9, CNY, over).

Pure functions over one string; the regex does the finding, small tables the meaning. Forms:
digits (1,250.5), Chinese and financial numerals (一千二百, 壹万贰仟), scales (万, 亿, 千万), qualifiers
(超, 近, 约, 余, 多, 以上, 不超过, (含)以上), changes (从18个增加到75个), ranges (1万-5万元, 两到三万元,
八九亿元: value the upper end, value_low the lower), vague amounts (数十亿元, 上百个: about the round
number) and lists that share a unit (3、5、8个).
"""

from __future__ import annotations

import re
from dataclasses import replace

import cn2an

from etl.model import Amount

QUALIFIER_BEFORE = {
    "不超过": "under", "不高于": "under", "不足": "under", "不到": "under", "最高": "under",
    "不少于": "over", "不低于": "over", "至少": "over", "超过": "over", "逾": "over", "超": "over", "突破": "over",
    "将近": "nearly", "接近": "nearly", "近": "nearly", "约": "about", "大约": "about",
}
QUALIFIER_AFTER = {"余": "over", "多": "over", "以上": "over", "左右": "about", "以内": "under", "以下": "under"}
SCALES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "千万": 1e7, "百万": 1e6, "十万": 1e5,
          "亿": 1e8, "万": 1e4, "千": 1e3}
COUNT_WORDS = ("个", "家", "名", "人", "件", "项", "位", "户", "宗")  # 宗: 广东 counts projects in 宗
MONEY_WORDS = {"美元": "USD", "元": "CNY", "人民币": "CNY"}  # "47亿人民币": yuan
CHANGE_BETWEEN = re.compile(  # "增加到", "增至2023年的" (由2021年的100件增至2023年的300件)
    r"(?:(?:逐步|逐年|逐渐|陆续|进一步|再)?(?:增加|增长|提升|提高|上升|扩大|发展|跃升|调整|追加|增资|充实|壮大|增多|攀升|猛增|跃增|激增|扩充|增|升|提"
    r"|降低|下降|减少|降)"
    r"(?:到|至|为)?|到|至|为|变为)"
    r"(?:(?:19|20)\d{2}年(?:底|末)?的?|[一二][〇零○][〇零○一二三四五六七八九]{2}年(?:底|末)?的?|目前的|现在的|当前的"
    r"|[\u4e00-\u9fff]{1,4}内的?)?")  # "增至有效期内55家"
SHARED_UNIT_SEPARATOR = re.compile(r"、|和|及|与|以及")
# A unit word for money written without 元 ("总投资50亿"): metrics.py accepts it only after a money word.
BARE_MONEY = "元?"
# Between 从/由 and the earlier value: "由2020年的412个", "从去年底的18个", "由原计划的30亿元", "由上年同期的39家".
CHANGE_FROM = re.compile(r"(?:从|由)(?:(?:19|20)\d{2}年|[一二][〇零○][〇零○一二三四五六七八九]{2}年"
                         r"|(?:去年|前年|上年)(?:同期)?|年初|原计划|原来|原)?(?:底|末|初)?(?:的)?$"
                         r"|(?:从|由)(?:最初|当初|起初|成立时|组建时)[\u4e00-\u9fff]{0,6}的$")  # "由最初覆盖下的21家"
# "21家企业党组织增加到44家": the counted noun between the two numbers
CHANGE_NOUN = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?=(?:增加|增长|提升|提高|上升|扩大|发展|跃升|调整|充实|壮大|增多|攀升|猛增|跃增|激增|扩充|增"
    r"|降低|下降|减少)(?:到|至|为))")
FINANCIAL = str.maketrans("壹贰叁参肆伍陆柒捌玖拾佰仟", "一二三三四五六七八九十百千")

# One-character qualifiers that are also the end of a word: 签约21个 is no "about 21".
WORD_TAILS = {"约": "签预制节契合公相邀特履违", "近": "最附邻靠", "超": "赶高招"}
_CN = "零〇一二两三四五六七八九十百千万壹贰叁参肆伍陆柒捌玖拾佰仟"
_PRE = "|".join(f"(?<![{WORD_TAILS[q]}]){q}" if q in WORD_TAILS else q
                for q in sorted(QUALIFIER_BEFORE, key=len, reverse=True))
PRE_RE = re.compile(rf"(?:{_PRE})$")  # looked up behind a number: a regex that starts at a digit scans fast
_SCALE = "|".join(SCALES)
_NUMBER = (
    r"(?P<vague>(?:数|几|上)(?=[十百千万拾佰仟]))?"  # 数十亿元, 上百个; not 人数166名
    rf"(?P<num>\d+(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|[一二两三四五六七八九十][{_CN}]*亿[{_CN}]+(?=元|美元)"  # 一亿二千万元: 亿 inside the numeral
    r"|[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+"  # 一点二亿元
    rf"|[一二两三四五六七八九壹贰叁参肆伍陆柒捌玖][{_CN}]*"
    rf"|[十拾][{_CN}]*|[百千万](?=[亿万余多])|(?<=[数几上近超逾约])[十百千万]|亿(?=[余多]元))"
    # 两个亿, 三个多亿, 5个亿
    r"(?P<ge>(?<=[\d两二三四五六七八九十几])个(?=多?亿(?!元?(?:以上)?的?[\u4e00-\u9fff]{0,4}项目)))?"
    r"(?P<ap1>余|多)?"
    rf"(?P<scale>[千百](?:余|多)万|{_SCALE})?"  # 6千余万元
    r"(?P<ap2>余|多)?"
)
AMOUNT_RE = re.compile(
    _NUMBER
    # "总投资50亿," — a bare 亿/万 at a clause end is money written without 元 (metrics.py wants a money word);
    # "两个亿的资金" is spoken money anywhere, "18亿的某项目" money before 的
    + rf"(?: ?(?P<unit>美元|元(?!级)|人民币|%|(?:{'|'.join(COUNT_WORDS)})(?!次|民币))"
    + r"|(?<=[亿万])(?=[,。;:、)!?\s]|以上|左右|$)|(?<=亿)(?=的)|(?<=个亿)|(?<=个多亿))"
    + r"(?:\(含\))?(?P<post>以上|左右|以内|以下)?"
)
CN_PERCENT_RE = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)")
# The lower end of a range written before an amount: "1万-", "1万元--", "两到", "十八至", "1万(含)-".
RANGE_LOW_RE = re.compile(
    rf"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十][{_CN}]*)(?P<scale>{_SCALE})?(?:美元|元|%|[个家名人件项位户宗])?"
    r"(?:\(含\))?(?P<sep>-{1,2}|—{1,2}|~|到|至)$")
ADJACENT_RANGE = re.compile(r"([一二三四五六七八九])([二三四五六七八九])([十百千]?)([万亿]?)")  # 八九, 三五百万
UNIT_CHARS = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}
_BARE = r"(?P<num>\d+(?:\.\d+)?|[二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)(?P<scale>亿|万)?"
LIST_ITEM_RE = re.compile(_BARE + r"(?:、|和|及|与)")
LIST_HEAD_RE = re.compile(r"(?:" + _BARE.replace("?P<num>", "?:").replace("?P<scale>", "?:") + r"(?:、|和|及|与))+\Z")
_BLOCKED_BEFORE = re.compile(r"(?:[\d.A-Za-z\-/+~第周]|\d:)$")


def parse_number(text: str) -> tuple[float, float | None]:
    """(value, lower end): '1,250.5' → 1250.5; '一千二百' → 1200; '壹万贰仟' → 12000; '八九' → 9, low 8."""
    if text[0].isdigit():
        return float(text.replace(",", "")), None
    text = text.translate(FINANCIAL)
    if text in UNIT_CHARS:  # 超百亿元, 近千万元, 千余家, 亿余元
        return float(UNIT_CHARS[text]), None
    if m := ADJACENT_RANGE.fullmatch(text):
        unit = UNIT_CHARS.get(m.group(3), 1) * UNIT_CHARS.get(m.group(4), 1)
        low, high = int(cn2an.cn2an(m.group(1), "smart")), int(cn2an.cn2an(m.group(2), "smart"))
        if high > low:
            return float(high * unit), float(low * unit)
    return float(cn2an.cn2an(text, "smart")), None


def find_amounts(text: str) -> list[Amount]:
    """Every number-with-unit of the text, changes (从12个增加40个) merged into one."""
    amounts: list[Amount] = []
    matches = sorted([*AMOUNT_RE.finditer(text), *CN_PERCENT_RE.finditer(text)], key=lambda m: m.start())
    for m in matches:
        if m.re is CN_PERCENT_RE:  # 百分之九十八
            pre = _pre(text, m.start())
            amounts.append(Amount(m.start(), m.end(), parse_number(m.group("num"))[0], "percent",
                                  QUALIFIER_BEFORE[pre.group()] if pre else "exact", "%"))
            continue
        amount = _amount(m, text)
        if amount is not None:
            while amounts and amounts[-1].start >= amount.start:
                amounts.pop()  # the lower end of a range ("1万元--5万元") is part of it
            amounts.extend(_shared_unit_items(m, amount, text))
            amounts.append(amount)
    return _share_qualifiers(_merge_changes(amounts, text), text)


def _pre(text: str, start: int) -> re.Match[str] | None:
    """The qualifier written right before a number (超, 近, 不超过 …)."""
    return PRE_RE.search(text, max(0, start - 3), start)


def _amount(m: re.Match[str], text: str) -> Amount | None:
    pre = _pre(text, m.start())
    start = pre.start() if pre else m.start()
    blocked = _BLOCKED_BEFORE.search(text[max(0, start - 2):start])
    if blocked and not RANGE_LOW_RE.search(text, max(0, start - 16), start):  # "1万-5万元" is a range
        return None
    num = m.group("num")
    try:
        value, low = parse_number(num)
    except ValueError:
        return None
    scale_word = (m.group("scale") or "").replace("余", "").replace("多", "")
    scale = 1e8 if m.group("ge") else SCALES.get(scale_word, 1.0)
    # no unit written: money by its scale, if a money word says so; "两个亿" is spoken yuan
    word = m.group("unit") or ("元" if m.group("ge") else BARE_MONEY)
    if word in MONEY_WORDS or word == BARE_MONEY:
        unit = MONEY_WORDS.get(word, "CNY")
        word = ("亿" if m.group("ge") else scale_word) + ("元" if word == "人民币" else word)
    elif word == "%":
        unit = "percent"
    else:
        unit = "count"
    qualifier = _qualifier(m, pre.group() if pre else None)
    if m.group("vague") or (low is not None):
        qualifier = "about"
    amount = Amount(start=start, end=m.end(), value=round(value * scale, 4), unit=unit, qualifier=qualifier,
                    word=word, value_low=round(low * scale, 4) if low is not None else None)
    return _with_range(amount, m, text)


def _with_range(amount: Amount, m: re.Match[str], text: str) -> Amount:
    """'1万-5万元', '两到三万元': an amount with its lower end written before it (from 从/由: a change)."""
    low = RANGE_LOW_RE.search(text, max(0, amount.start - 16), amount.start)
    if low is None or _BLOCKED_BEFORE.search(text[max(0, low.start() - 2):low.start()]):
        return amount
    try:
        value, _ = parse_number(low.group("num"))
    except ValueError:
        return amount
    lower = round(value * (SCALES.get(low.group("scale") or "", 0.0) or _implied_scale(m, low.group("num"))), 4)
    if CHANGE_FROM.search(text, max(0, low.start() - 10), low.start()):
        return replace(amount, start=low.start(), from_value=lower)
    if low.group("sep") in ("到", "至") and lower >= amount.value:
        return amount
    return replace(amount, start=low.start(), value_low=lower, qualifier="about")


def _implied_scale(m: re.Match[str], lower: str) -> float:
    """The scale a range's bare lower end takes from its upper end: 两到三万元 and 十八至三十万元 take 万,
    a single digit also takes the upper's place (两到三千 → 2000, 八到九百亿 → 800亿)."""
    num = m.group("num").translate(FINANCIAL)
    scale = 1e8 if m.group("ge") else SCALES.get(m.group("scale") or "", 1.0)
    if num[0].isdigit():
        return scale
    if num[-1] in "万亿":
        scale *= UNIT_CHARS[num[-1]]
        num = num[:-1]
    single = len(lower) == 1 and not lower.isdigit()
    return scale * (UNIT_CHARS.get(num[-1], 1.0) if single and num[-1] in "十百千" else 1.0)


def _qualifier(m: re.Match[str], pre: str | None) -> str:
    if pre:
        return QUALIFIER_BEFORE[pre]
    for group in ("ap1", "ap2", "post"):
        if m.group(group):
            return QUALIFIER_AFTER[m.group(group)]
    return "over" if m.group("scale") and m.group("scale")[1:2] in ("余", "多") else "exact"


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
            out.append(replace(after, start=before.start, from_value=before.value))
            skip = True
        elif (after is not None and before.unit == after.unit
                and CHANGE_FROM.search(text, max(0, before.start - 12), before.start)
                and (noun := CHANGE_NOUN.match(text, before.end, after.start))
                and CHANGE_BETWEEN.fullmatch(text[noun.end():after.start])):
            out.append(replace(after, from_value=before.value))  # its noun stands before it, as in 党组织增加到44家
            skip = True
        else:
            out.append(before)
    return out


def _share_qualifiers(amounts: list[Amount], text: str) -> list[Amount]:
    """'不超过80万元和30万元': the second amount of a list inherits the first one's qualifier."""
    out = list(amounts)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (cur.qualifier == "exact" and prev.qualifier != "exact" and cur.unit == prev.unit
                and SHARED_UNIT_SEPARATOR.fullmatch(text[prev.end:cur.start])):
            out[i] = replace(cur, qualifier=prev.qualifier)
    return out


def _shared_unit_items(m: re.Match[str], amount: Amount, text: str) -> list[Amount]:
    """'3、5、8个' → 3 and 5 take the unit (and scale) of 8个."""
    head = LIST_HEAD_RE.search(text, max(0, amount.start - 40), amount.start)
    if head is None or _BLOCKED_BEFORE.search(text[max(0, head.start() - 2):head.start()]):
        return []
    scale = SCALES.get(m.group("scale") or "", 1.0)
    items = []
    for item in LIST_ITEM_RE.finditer(text, head.start(), amount.start):
        value = parse_number(item.group("num"))[0] * SCALES.get(item.group("scale") or "", scale)
        items.append(Amount(item.start(), item.end("num"), round(value, 4), amount.unit,
                            amount.qualifier, amount.word))
    return items

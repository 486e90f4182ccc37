"""Sentences → metric figures, by the trigger tables of vocab/metrics.yaml.

For each number with a unit (numbers.py) in a sentence: skip what is no figure (a threshold
"50亿元以上的项目", an average "平均每个项目", a back-reference "这5个项目", a count of things visited or
attending), then name its metric: money by the nearest trigger word on its left in the clause, a rate
by its trigger, a count by its head noun after the unit ("2个非公企业联合党支部" counts 党支部), else by the
noun before it ("党员150人"; counts.py), else by the figure before it in a list ("其中…的有3个"). Text
tables are read by tables.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from etl.counts import (
    MAX_PHRASE,
    PHRASE_STOP,
    SHORT_PAREN,
    clause_left,
    clause_right,
    count_noun,
    phrase_left,
    phrase_right,
)
from etl.model import Amount, Figure
from etl.numbers import BARE_MONEY, CHANGE_FROM, find_amounts
from etl.tables import table_figures
from etl.triggers import rules

SENTENCE_RE = re.compile(r"[^。!?\n]+[。!?]*")
COMPANY_COUNT = re.compile(r"公司(?!等)[^,;、等]{0,4}$")
WITHIN_SET = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:里|当中|之中),")  # "37个项目里,有10个…": the set, given before
# what a threshold sizes: 以上的项目, 以上的有, 以上的二十一家
SIZED = re.compile(r"的?(?:[\u4e00-\u9fff]{0,6}(?:项目|企业)|有|的有)|的“"
                   r"|的(?=[\d一二两三四五六七八九十]+[个家项户](?:[,;。]|$))")
PROJECT_OF_SIZE = re.compile(r"的?[\u4e00-\u9fff]{0,4}?项目(?![\d一二两三四五六七八九十]+个)")
# "某PPP项目上半年完成投资5亿元,累计完成投资12亿元": one project's progress (not "50个重点项目完成投资")
ONE_PROJECT_PROGRESS = re.compile(
    r"(?:^|,)(?:(?![\d一二两三四五六七八九十]+个)[^,;])*?(?<!重点)(?<!重大)(?<!在建)(?<!续建)(?<!产业)(?<!工业)项目"
    # "…项目总投资7亿元,2021年完成投资": that project's progress too
    r"[^,;个]{0,8}?(?:(?:总投资|计划投资)[^,;]{0,12},(?:(?:19|20)\d{2}年|今年|当年)?)?"
    r"完成投资(?:[^,;]*,累计完成投资)?$")
PROGRESS = re.compile(r"已(?:累计)?完成(?:基础设施|基础设施建设)?投资$"
                      r"|(?<![\d—\-至到])\d{1,2}月(?:份)?(?:当月|单月)?完成投资$")
CUMULATIVE = re.compile(r"[三五十]年来|多年来|历年|十[一二三四五]五(?:”|\")?(?:期间|以来|时期)")  # “十二五”期间
ANNUAL = re.compile(r"固定资产投资|年度投资|产业投资|工业投资")
COPULA_BEFORE = re.compile(r"(?:分别|总数|数量|企业|家数)为$")  # "规上企业分别为15家": 为 is no recipient's
# "累计完成基础设施投资2.8亿元" with no period or batch of its own: progress since the start, no year's, no total
COMPLETED_SO_FAR = re.compile(r"累计(?:完成|实现)[\u4e00-\u9fff]{0,8}投资")
PROJECT_BATCH = re.compile(r"项目\d+个|\d+个[^,;。]{0,12}?项目")
PERIOD = re.compile(r"今年|本年|当年|全年|上半年|下半年|[一二三四1-4]季度|\d{1,2}[-—~至到]\d{1,2}月|(?:19|20)\d{2}年")
PER_UNIT = re.compile(  # "一个网格里,1名网格长", "一人包联5家企业", "每个领域至少要引进…": a unit's staffing or load
    r"(?:^|[,;。])(?:(?:每|一)个[\u4e00-\u9fff]{1,4}(?:里|中|内|配备|配)|(?:每|一)(?:人|名[\u4e00-\u9fff]{0,4})"
    r"|每个[\u4e00-\u9fff]{1,6}?(?:至少|都要|均要|都|均))")
TOTAL_AFTER = re.compile(r"共计|合计|总计|共有|累计|全区|园区")
COMPARISON_DELTA = re.compile(r"比[^,;。]{0,8}?(?:增加|增长|减少|多|少)了?$")  # "比上年增加51家": a difference
QUOTED_SLOGAN = re.compile(r"[“「\"][^”」\"]{0,3}$")  # "“五个一批”": a count inside a short quoted slogan
# what may stand before a count that takes the noun of the count before it: "有10个纳入…", "奖励14家"
NAMED_SHARE = re.compile(  # "其中某高新区120家", "某县占30家": a place or park before a bare count
    r"(?:其中)?[\u4e00-\u9fff()]{2,16}?(?:区|县|市|园|城)(?:有|占|共|为|达|达到|入选|引进|新增|拥有|集聚|聚集)?"
    r"(?:其中的?)?")  # "某高新区拥有其中的520家"
BREAKDOWN = re.compile(r"其中|:|划分|分别为|分别是")  # "按项目类型划分,科技创新类7个", "分别为钢结构类3个"
# "其中…研发中心92家", "企业实验室3个": centres and labs, no kind of firm
NOT_A_KIND_OF_FIRM = re.compile(r"(?:中心|机构|平台|基地|实验室|研究院|研究所|工作站|孵化器)$")
ONE_OF = re.compile(r"[^,;。]{0,16}之一")  # "表彰的10个先进基层党组织之一": a class the subject is one of
TOTAL_BEFORE = re.compile(r"\d|[一二两三四五六七八九十]+[个家项]")  # the total the kinds break down
BY_KIND = re.compile(r"\s*(?:其中|按[^,;。]{1,8}划分)")  # a sentence that breaks down the one before
# 新建, 省重点, 基础设施类, PC结构类: a kind, with no verb or number
KIND = re.compile(r"(?:其中|分别为|分别是)?(?:[A-Za-z]{1,4})?[\u4e00-\u9fff]{1,6}")
INHERIT_AFTER = re.compile(
    r"(?:其中|另有|还有|共有|有|共|包括|含|涉及|奖励|补贴|补助|扶持|纳入|列入|达|达到|为|分别|分别为|已|认定|新增|入选"
    r"|以上的|元以上|元及以上)$")  # "其中投资千万元以上的二十一家", "、50亿元以上3个": a sized part of the set before
# "清查工业企业245户", "对接广东企业九十余家": enterprises counted, met or invited, not the park's own
RECIPIENTS_OF_NOUN = re.compile(
    r"(?:清查|普查|调查|对接|邀请|走访|拜访|帮|帮助|协助|支持)[\u4e00-\u9fff、和及与]{1,30}$")
MONEY_LIST = re.compile(r"(?:[\d.,]+(?:万亿|亿|万|千)?(?:美元|元)(?:[、和及与]|以及))*")  # "6.32亿元和1.07亿元"
MEMBERS = re.compile(r"(?:联盟|协会|商会|联合体)(?:企业|单位|成员)?")  # "车联网联盟企业达到130家"
PARTY_SERVICE = re.compile(r"党群|党员服务|党建服务|党员活动")
ONE_IS_A_COUNT = re.compile(r"(?:有|新增|共有|获批|入选|认定)$")
ORGS_FOUNDED = re.compile(  # "10多家企业成立了党支部": firms that set up party organisations count those
    r"[\u4e00-\u9fff]{0,6}?(?:企业|公司)(?:已|均|都)?(?:新|相继|先后|陆续)?(?:成立|建立|组建)了?(?:联合)?"
    r"(?:党支部|党组织|党委)")
EACH_AT_LEAST = re.compile(r"均(?:在|达到|达|为|不低于|不少于)?$")
COUNTED_SET = re.compile(r"[\d一二两三四五六七八九十]+[个家项][^,;。]{0,12}?(?:项目|企业)")
LEVERAGED = re.compile(r"撬动|带动|拉动|吸引社会")
RESPECTIVELY = re.compile(r"分别(?:为|是|完成|达到|达|实现|增长到)?$")
LIST_SEPARATOR = re.compile(r"、|和|及|与|以及")
# "5亿元项目2个", "投资1000万美元的项目127家", "投资千万元的企业30家": a size class and its count
SIZE_CLASS = re.compile(r"的?(?:[\u4e00-\u9fff]{0,4}(?:项目|企业))[\d一二两三四五六七八九十]+[个家项户]")


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence between start and end: split at 。!? and line ends."""
    for m in SENTENCE_RE.finditer(text, start, len(text) if end is None else end):
        if m.group().strip():
            yield m.start(), m.end()


def extract(text: str, start: int = 0, end: int | None = None,
            spans: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Every metric figure in text[start:end], offsets into text (`spans`: its sentences, if known)."""
    end = len(text) if end is None else end
    spans = list(sentences(text, start, end)) if spans is None else spans
    starts = [s0 for s0, _ in spans]
    by_sentence: dict[int, list[Amount]] = {}
    for amount in find_amounts(text[start:end]):  # one scan of the article, then sort into sentences
        i = bisect_right(starts, start + amount.start) - 1
        if i >= 0 and start + amount.end <= spans[i][1]:
            by_sentence.setdefault(i, []).append(amount)
    figures: list[Figure] = []
    carried: dict[str, tuple[str, str]] = {}
    for i, amounts in sorted(by_sentence.items()):
        # "…新增企业100家。其中,某高新区新增40家。": a sentence opening with 其中 goes on with the one before
        inherit = carried if i - 1 in by_sentence and BY_KIND.match(text, spans[i][0]) else {}
        found, carried = _sentence_figures(text, spans[i], amounts, start, inherit)
        figures += found
    tabled = table_figures(text, spans)
    in_table = {f.amount.start for f in tabled}  # a cell's column tells its metric better than the row as prose
    return sorted([f for f in figures if f.amount.start not in in_table] + tabled, key=lambda f: f.amount.start)


def _sentence_figures(text: str, span: tuple[int, int], amounts: list[Amount], offset: int,
                      inherit: dict[str, tuple[str, str]]) -> tuple[list[Figure], dict[str, tuple[str, str]]]:
    """The figures of one sentence, and the metric each unit word last had (for a 其中 sentence after it)."""
    s0, s1 = span
    sentence = text[s0:s1]
    # service_count is a 党群服务中心's windows and items: its paragraph must speak of one
    line_start, line_end = text.rfind("\n", 0, s0) + 1, text.find("\n", s1)
    party_service = bool(PARTY_SERVICE.search(text, line_start, len(text) if line_end < 0 else line_end))
    out: list[Figure] = []
    previous = dict(inherit)  # unit word (money: its currency) → metric and subject of the last figure with it
    local = [_shift(a, offset - s0) for a in amounts]
    paired = _respective_money(sentence, local)
    for amount in local:
        if amount.start in paired:
            found = paired[amount.start]
        else:
            found = None if _not_a_figure(sentence, amount) else (
                classify(sentence, amount) or _same_as_before(sentence, amount, previous.get(_kind(amount))
                                                              or _noun_before(sentence, amount)))
        if found is None or (amount.value == 1 and sentence[amount.start] == "一"
                             and not _one_counts(sentence, amount, found[2])) \
                or _attending(sentence, amount, found[0]) or (found[0] == "service_count" and not party_service) \
                or _progress(sentence, amount, found):
            previous.pop(_kind(amount), None)  # "收入分别达到90.9亿元、10.5亿元": a list of no figures
            continue
        metric, subject, rule = found
        previous[_kind(amount)] = (metric, subject)
        category = rules().category[metric]
        out.append(Figure(metric=metric, category=category, amount=_shift(amount, s0), subject=subject.strip("、 "),
                          scope=_scope(sentence, amount, category), sentence_start=s0, sentence_end=s1,
                          status=_status(sentence, amount), rule=rule))
    return out, previous


def _kind(amount: Amount) -> str:
    """What a list item shares with the item before it: a count its unit word, money its currency
    ("投资21亿元的甲、18亿的乙": 亿元 and a bare 亿 are one list)."""
    return amount.unit if amount.unit in ("CNY", "USD") else amount.word


def _respective_money(sentence: str, amounts: list[Amount]) -> dict[int, tuple[str, str, str] | None]:
    """"生产总值、固定资产投资、规上工业总产值分别完成115.72亿元、136.75亿元、422亿元": the i-th amount after 分别
    is the i-th money word's (None where that word is no metric, as 生产总值)."""
    r = rules()
    out: dict[int, tuple[str, str, str] | None] = {}
    money = [a for a in amounts if a.unit in ("CNY", "USD")]
    i = 0
    while i < len(money):
        lead = RESPECTIVELY.search(sentence, 0, money[i].start)
        run = [money[i]]
        while len(run) + i < len(money) and LIST_SEPARATOR.fullmatch(sentence[run[-1].end:money[i + len(run)].start]):
            run.append(money[i + len(run)])
        if lead:
            head = sentence[max(sentence.rfind(c, 0, lead.start()) for c in ",;:。") + 1:lead.start()]
            words = [list(r.money_re.finditer(part)) for part in LIST_SEPARATOR.split(head)]
            if len(words) == len(run) > 1 and all(words):
                for amount, hits in zip(run, words, strict=True):
                    metric = r.money[hits[-1].group()]
                    out[amount.start] = (metric, hits[-1].group(), f"money:{hits[-1].group()}") if metric else None
        i += len(run)
    return out


def _shift(a: Amount, offset: int) -> Amount:
    return Amount(a.start + offset, a.end + offset, a.value, a.unit, a.qualifier, a.word, a.from_value, a.value_low)


def _not_a_figure(sentence: str, amount: Amount) -> bool:
    """A threshold (50亿元以上的项目, 投资超20亿元的项目10个), an average or density (平均每个项目, 亩均),
    a back-reference to a figure already given (这5个项目, 37个项目里), a count of things visited,
    helped or attending (走访企业305家, 10多家企业到场)."""
    w = rules().w
    left = clause_left(sentence, amount.start)
    per_unit = [m for m in PER_UNIT.finditer(sentence, 0, amount.start)]
    back = w["back_reference"].search(sentence, max(0, amount.start - 3), amount.start)
    back = back if back and not sentence.startswith("这里", back.start()) else None  # "这里有67家": a place
    if w["per_capita"].search(left) or back \
            or (per_unit and not TOTAL_AFTER.search(sentence, per_unit[-1].end(), amount.start)):
        return True  # "每个网格配备网格员2名" is a unit's staffing, "共计网格员40名" after it the total
    if QUOTED_SLOGAN.search(sentence, max(0, amount.start - 4), amount.start) or COMPARISON_DELTA.search(left):
        return True
    if amount.unit in ("CNY", "USD"):  # "五年来,园区固定资产投资累计完成363.86亿元": no year's investment
        if sentence.startswith(("最高", "最多"), amount.start):
            return True  # "给予最高500万元奖励": a cap on each grant, no amount given
        if CALIBRE.match(sentence, amount.end):
            return True  # "300万元以上口径工业投资": the statistics' threshold, no amount
        if EACH_AT_LEAST.search(sentence, max(0, amount.start - 4), amount.start) and COUNTED_SET.search(
                sentence, 0, amount.start):
            return True  # "5个项目的投资均超过10亿元": a bound on each of a counted set, no amount
        so_far = COMPLETED_SO_FAR.search(left)
        return _threshold(sentence, amount, left) or bool(
            CUMULATIVE.search(sentence, 0, amount.start) and (ANNUAL.search(left) or so_far)) or bool(
            so_far and not PERIOD.search(sentence, 0, amount.start)
            and not PROJECT_BATCH.search(sentence, 0, amount.start))  # "新开工项目11个,…累计完成投资": the batch's
    if amount.unit != "count":
        return False
    left = phrase_left(sentence, amount.start)
    return bool(WITHIN_SET.match(sentence, amount.end) or ONE_OF.match(sentence, amount.end)
                or w["not_counted_before"].search(left)
                or (amount.word in ("名", "人") and w["participants_before"].search(left))
                or w["capacity_before"].search(sentence, max(0, amount.start - 3), amount.start))


def _attending(sentence: str, amount: Amount, metric: str) -> bool:
    """Enterprises or experts at an event, partners of a deal or recipients of aid are not the park's own:
    "10多家企业到场", "向34家科技型中小企业发放创新券"."""
    w = rules().w
    left = phrase_left(sentence, amount.start)
    recipient = w["recipients_before"].search(sentence, max(0, amount.start - 3), amount.start)
    recipients = recipient and not sentence.startswith(("同期", "同比"), recipient.start()) and not (
        COPULA_BEFORE.search(sentence, max(0, amount.start - 3), amount.start))  # "由上年同期的39家" is no 同
    if metric == "enterprise_count" and (recipients or RECIPIENTS_OF_NOUN.search(left) or MEMBERS.search(left)
                                         or MEMBERS.match(sentence, amount.end)):
        return True
    right = phrase_right(sentence, amount.end).replace("入驻", "")  # "157家、入驻企业54家": 入驻企业 is no 驻企
    return metric in ("enterprise_count", "talent_count") and bool(w["not_counted_after"].search(right))


def _threshold(sentence: str, amount: Amount, left: str) -> bool:
    """A money amount that sizes what is counted: "100亿元以上的项目2个", "投资超30亿元的重大产业项目6个",
    "5亿元项目2个", "10亿元以上签约项目开工率"; not "总投资48亿元的项目" (a total) nor "百亿美元项目落子…"."""
    written = sentence[amount.start:amount.end]
    bound = written.endswith("以上") or written.startswith(("超", "逾", "过")) or bool(
        rules().w["threshold_before"].search(left))
    after = sentence[amount.end:amount.end + 16]
    if bound and SIZED.match(after):
        return True
    return bool(SIZE_CLASS.match(after) or OTHER_BOUND.match(after))


CALIBRE = re.compile(r"(?:及?以上)?(?:统计)?口径")
OTHER_BOUND = re.compile(r"(?:及|和|或|、)[\d.]+(?:亿|万|千万)?(?:美元|元)(?:以上|及以上)")  # "1亿美元及10亿元以上项目"


def _status(sentence: str, amount: Amount) -> str:
    """target for a plan or forecast (力争, 预计, 有望, 将达到, 达产后 …) governing the figure, else actual."""
    return "target" if rules().w["targets"].search(sentence, 0, amount.start) else "actual"


def _progress(sentence: str, amount: Amount, found: tuple[str, str, str]) -> bool:
    """Construction progress is no investment figure: "已完成投资1.2亿元", "2月完成投资11.7亿元" (a quarter's,
    a half-year's or a year's 完成投资 is the year's investment)."""
    if found[2] not in ("money:完成投资", "money:投资"):  # "已完成基础设施投资25亿元": 投资 the trigger
        return False
    return bool(PROGRESS.search(clause_left(sentence, amount.start))
                or ONE_PROJECT_PROGRESS.search(sentence, 0, amount.start))


def _one_counts(sentence: str, amount: Amount, rule: str) -> bool:
    """'一' is a count where a noun stands before it (党委一个) or a verb of having or founding
    (还有一家, 新增一家, 成立一个); "一名党员就是一面旗帜" holds none."""
    return rule.endswith("<") or bool(ONE_IS_A_COUNT.search(sentence, max(0, amount.start - 3), amount.start))


def _same_as_before(sentence: str, amount: Amount, previous: tuple[str, str] | None
                    ) -> tuple[str, str, str] | None:
    """'新增高新技术企业1100余家,总数达到3500家' (a running total), '…500家、300家' (a list), '37个项目里,
    有10个纳入…' and '其中投资过10亿元的有3个' (a part of the figure before) repeat its metric."""
    if previous is None:
        return None
    left = CHANGE_FROM.sub("", clause_left(sentence, amount.start))  # "总数由2家增至13家": the total before 由
    if amount.unit != "count":  # "总投资分别为80亿元、6.32亿元、1.07亿元"; "其中,…总金额分别为37.5亿元": the sum's
        joined = sentence[amount.start - 1:amount.start] in ("、", "和", "及", "与")
        summed = bool(rules().w["sum_words"].search(left)) and not _triggers(left)
        return (previous[0], previous[1], "list") if (joined and MONEY_LIST.fullmatch(left)) or summed else None
    # "有10个纳入…", "技术改造奖励9家860万元", "…500家、300家": no noun of its own on either side
    after = PHRASE_STOP.split(sentence[amount.end:amount.end + MAX_PHRASE], maxsplit=1)[0]
    bare_after = not after or after[0] in "、和" or bool(rules().w["verb_starts"].match(after))
    listed = bare_after and (not left or sentence[amount.start - 1:amount.start] in ("、", "和"))
    part = bare_after and not rules().nouns_re.search(left) and (not left or bool(INHERIT_AFTER.search(left)))
    # "其中某高新区120家", "其中甲经开区30个、乙高新区15个": a named part of the figure before
    share = bare_after and "其中" in sentence[:amount.start] and bool(NAMED_SHARE.fullmatch(left))
    # "重点项目8个;其中新建5个,续建3个", "签约项目38个:基础设施类7个": kinds of the figure before
    marks = list(BREAKDOWN.finditer(sentence, 0, amount.start))  # after the total: "●某科技城:…8个大党委" is none
    kind = bare_after and bool(marks) and bool(TOTAL_BEFORE.search(sentence[:marks[-1].start()]) or BY_KIND.match(
        sentence)) and bool(KIND.fullmatch(left)) and not NOT_A_KIND_OF_FIRM.search(left)
    if listed or part or share or kind or rules().w["running_total"].fullmatch(left):
        return previous[0], previous[1], "list"
    return None


def _noun_before(sentence: str, amount: Amount) -> tuple[str, str] | None:
    """The last counted noun earlier in the sentence that takes the amount's unit: in "这批项目全部是产业
    项目,其中投资20亿元以上的有3个" the part counts 项目."""
    r = rules()
    plain = SHORT_PAREN.sub(lambda m: " " * len(m.group()), sentence)  # "入园项目(企业)达到423个" counts 项目
    for hit in reversed(list(r.nouns_re.finditer(plain, 0, amount.start))):
        metric = r.nouns[hit.group()]
        if metric and amount.word in r.units[metric]:
            return metric, hit.group()
    return None


def _scope(sentence: str, amount: Amount, category: str) -> str:
    """project for one named project or company ("该项目…", "X有限公司投资5亿元", "投资20亿元的氢能产业
    基地", "X研发基地总投资18亿元"); park for a park's totals and batches of projects."""
    w = rules().w
    before = sentence[:amount.start]
    if w["one_project"].search(before):
        return "project"
    if category != "investment":  # "先后为公司取得11项专利"; "X公司等6家企业" is a batch
        return "project" if COMPANY_COUNT.search(clause_left(sentence, amount.start)) else "park"
    left = clause_left(sentence, amount.start)
    named = w["project_noun"].search(left)
    if w["company"].search(left) or (named and not w["batch"].search(left[:named.start()])
                                     and named.start() >= 2):
        return "project"
    return "project" if w["named_after"].match(sentence, amount.end) else "park"


def classify(sentence: str, amount: Amount) -> tuple[str, str, str] | None:
    """(metric, subject, rule) of an amount in its sentence, or None when it is no metric figure."""
    left = clause_left(sentence, amount.start)
    if not left.strip() and sentence[:amount.start].rstrip().endswith(":"):  # "固投:15.5亿元": a label and its value
        left = clause_left(sentence, sentence.rindex(":", 0, amount.start))
    elif not left.strip() and sentence[:amount.start].rstrip().endswith(")") and "(" in sentence[:amount.start]:
        left = clause_left(sentence, sentence.rindex("(", 0, amount.start))  # "工业总产值(2000万元口径)65.82亿元"
    if amount.unit in ("CNY", "USD"):
        right = "" if amount.word.endswith(BARE_MONEY) else clause_right(sentence, amount.end)  # 50亿: word left
        return _money(sentence, amount, left, right)
    if amount.unit == "percent":
        hits = list(rules().percent_re.finditer(CHANGE_FROM.sub("", left)))
        if not hits or (hits[-1].group() == "覆盖率" and not rules().w["party_context"].search(sentence)):
            return None
        return rules().percent[hits[-1].group()], hits[-1].group(), f"percent:{hits[-1].group()}"
    if rules().w["durations"].match(sentence, amount.end):
        return None
    found = count_noun(sentence, amount, left)
    if found and found[0] == "enterprise_count" and (org := ORGS_FOUNDED.match(sentence, amount.end)):
        return "party_org_count", org.group(), "count:企业成立党组织"  # one new party organisation a firm
    return found


def _money(sentence: str, amount: Amount, left: str, right: str) -> tuple[str, str, str] | None:
    """The nearest trigger on the left in the clause, else the first on the right; "总金额达1860万元" takes
    the sentence's last trigger before it; "百亿美元项目" is a project's investment."""
    r = rules()
    hits = _triggers(left)
    hit = max(hits, key=lambda t: (t[1], t[1] - t[0])) if hits else min(
        _triggers(right), key=lambda t: (t[0], t[0] - t[1]), default=None)
    if hit is None and r.w["sum_words"].search(left):
        earlier = _triggers(sentence[:amount.start])
        hit = max(earlier, key=lambda t: t[1]) if earlier else None
    if hit is None:  # "百亿美元项目落子…", "一个6000万美元的韩资项目": a project's size
        return ("investment_total", "项目", "money:项目") if PROJECT_OF_SIZE.match(sentence, amount.end) else None
    word = hit[2]
    if hit in hits and LEVERAGED.search(left, 0, hit[0]):
        return None  # "撬动全社会对园区企业投资额达47.2亿元": investment levered, not made
    return (r.money[word], word, f"money:{word}") if r.money[word] else None  # type: ignore[return-value]


def _triggers(text: str) -> list[tuple[int, int, str]]:
    """The money triggers of a text; of two that overlap, the longer ("金融资金池": 资金池, not 融资)."""
    pattern, first = rules().money_re, rules().money_first
    found = [(i, m.end(), m.group()) for i, ch in enumerate(text) if ch in first and (m := pattern.match(text, i))]
    return [t for t in found if not any(u[0] < t[1] and u[1] > t[1] and u[1] - u[0] > t[1] - t[0] for u in found)
            and not any(u[0] <= t[0] and t[1] <= u[1] and u != t for u in found)]



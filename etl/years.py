"""Which year a figure refers to: the year its sentence names, else the year its article reports on,
else the page's year.

Never the machine's clock: relative words resolve against the page's own year (今年 = the page year,
去年 = one before). A page's year comes from its metadata or masthead, else from the years its articles
report in: the latest one, unless the page only looks back on it ("回看2021年", "2021年全年"), and
never a plan's year ("到2025年…将"). An article reports on the year its headline or lead frames
("回眸2019", "2020年,该区…", "去年12月8日,…"), else on the page's.
"""

from __future__ import annotations

import contextlib
import datetime
import re

YEAR = re.compile(r"((?:19|20)\d{2}|[一二][〇零○][〇零○一二三四五六七八九]{2})\s*年")  # 2023年, 二〇二三年
CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
METADATA_YEAR = re.compile(r"^(?:date|日期|发布日期|出版日期|发布时间|时间)\s*[:：]\s*((?:19|20)\d{2})", re.I | re.M)
ISO_DATE = re.compile(r"\b((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b")
MASTHEAD_DATE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日"
                           r"|([一二][〇零○][〇零○一二三四五六七八九]{2})年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")
MASTHEAD_MONTH = re.compile(r"(?<![\d年])(\d{1,2})月\d{1,2}日")  # a masthead date without its year
# "由2020年的412个增加到685个", "比2020年增长": a year that dates the comparison, not the figure.
COMPARED_YEAR = re.compile(r"(?:[由从比较]|与|同比)$")
# A year the page looks back on ("回看2021年", "2021年全年", "2021年度…成绩单"), or reports as current.
PAST_BEFORE = re.compile(r"(?:回看|回眸|回望|回顾|盘点|总结|晒出|晒)\s*$")
PAST_AFTER = re.compile(r"(?:全年|年底|年末|底|末|度(?:工作|成绩|总结|考核)|的成绩单|“成绩单”|成绩单|12月\d{1,2}日"
                        r"|,(?![^,;。]*(?:计划|力争|预计|将|要|拟|目标|争取)))")  # "2022年,园区…" (not "2024年,计划…")
CURRENT_AFTER = re.compile(r"(?:计划|上半年|一季度|二季度|三季度|前三季度|第[一二三四]季度|[1-4]季度|1[-—]\d{1,2}月"
                           r"|前\d{1,2}个?月|重点项目|招商|集中)")
FUTURE_BEFORE = re.compile(r"(?:到|至|截至到|力争|争取|计划|预计|目标|展望|进入|迈入)\s*$")
FUTURE_AFTER = re.compile(r"(?:远景|愿景|奋斗目标|目标|前后|前)")  # "2035年远景目标", "2030年前": a horizon
RELATIVE = {"去年": -1, "上年": -1, "上一年": -1, "过去一年": -1, "前年": -2, "明年": 1, "今年": 0}
# A five-year plan period ("“十三五”期间…累计培育…") reports on its last year.
PLAN_PERIOD = re.compile(r"十([一二三四五六])五")
PLAN_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035}
RELATIVE_RE = re.compile("|".join(sorted(RELATIVE, key=len, reverse=True)))
DATELINE_DATE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日(?:电|讯)")
SOURCE_DATE = re.compile(r"(?:来源|时间|日期)[^\n]{0,30}?((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")
BARE_REVIEW_YEAR = re.compile(r"(?:回眸|回看|回望|盘点|答卷[·\s]?\S{0,4}?)((?:19|20)\d{2})(?!\d|年)")
# Between a year and the figure, these move the time on: "2006年,开发区规划建设…;后来,…项目落户",
# "2015年成立,现有工会100家", "1999年获批,经过24年发展,…"
TIME_MOVES_ON = re.compile(r"后来|此后|如今|目前|现在|近年来|截至目前|现有|现已"
                           r"|[\d一二两三四五六七八九十]+多?年(?:来|间|后|发展)")
LEAD_CHARS = 90


def _year(written: str) -> int:
    """'2023' or '二〇二三' → 2023."""
    return int(written.translate(CN_DIGITS))


def page_year(text: str) -> int | None:
    """The year a page was written, from its metadata or its own dates; None if it has none."""
    head = [line.strip() for line in text[:400].split("\n") if line.strip()][:3]
    masthead = "\n".join(line for line in head if len(line) <= 40 and not re.search(r"[,。;!?]", line))
    if m := METADATA_YEAR.search(text[:500]) or ISO_DATE.search(masthead) or MASTHEAD_DATE.search(masthead):
        return _year(m.group(1) or m.group(2))
    found = [(m, _year(m.group(1))) for m in YEAR.finditer(text)
             if not FUTURE_BEFORE.search(text, max(0, m.start() - 4), m.start())
             and not FUTURE_AFTER.match(text, m.end()) and not _founding(text, m.end())]
    if not found:
        return None
    latest = max(y for _, y in found)
    here = [m for m, y in found if y == latest]
    past = any(PAST_AFTER.match(text, m.end()) or PAST_BEFORE.search(text, max(0, m.start() - 3), m.start())
               for m in here)
    current = any(CURRENT_AFTER.match(text, m.end()) for m in here)
    late = (month := MASTHEAD_MONTH.search(masthead)) and int(month.group(1)) >= 7  # 「12月29日 星期五」
    return _on_its_weekday(latest + 1 if past and not current and not late else latest, masthead)


def _on_its_weekday(year: int, masthead: str) -> int:
    """「7月22日 星期一」 without a year: the year nearest the one the page reports in (later first) on which that
    date falls on that weekday."""
    if not (m := MASTHEAD_WEEKDAY.search(masthead)):
        return year
    month, day, weekday = int(m.group(1)), int(m.group(2)), "一二三四五六日天".index(m.group(3)) % 7
    for y in (year + k * sign for k in range(7) for sign in (1, -1)):
        with contextlib.suppress(ValueError):  # 2月29日
            if datetime.date(y, month, day).weekday() == weekday:
                return y
    return year


MASTHEAD_WEEKDAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日\s*(?:星期|周|礼拜)([一二三四五六日天])")


def article_year(text: str, head_start: int, body_start: int, end: int, page: int | None) -> tuple[int | None, str]:
    """(year, source) an article reports on: its own date's year (dated_year), a year its headline or lead frames
    ("回眸2019", "2020年,该区…"), one year before the page for a lead that starts from 去年 or 上一年,
    else the page's year."""
    if (dated := dated_year(text, head_start, body_start, end)) is not None:
        return dated, "article"
    head, lead = text[head_start:body_start], text[body_start:min(end, body_start + LEAD_CHARS)]
    for part in (head, lead):
        if (m := BARE_REVIEW_YEAR.search(part)) or (m := _framing_year(part)):
            return _year(m.group(1)), "article"
        if page is not None and (rel := RELATIVE_RE.search(part)) and rel.group() != "明年":
            return page + RELATIVE[rel.group()], "article" if RELATIVE[rel.group()] else "page"
    if page is None:
        return None, "none"
    return page, "article" if f"{page}年" in text[head_start:end] else "page"


def dated_year(text: str, head_start: int, body_start: int, end: int) -> int | None:
    """The year of an article's own date: its dateline's, or its source line's (时间:2021-12-30 under the
    headline, "(来源:某网 2022-04-13)" closing it). Its 今年 and 去年 count from that year, not the page's."""
    head, lead = text[head_start:body_start], text[body_start:min(end, body_start + LEAD_CHARS)]
    last = text[text.rfind("\n", body_start, end) + 1:end]
    if m := DATELINE_DATE.search(lead) or ISO_DATE.search(head) or LEAD_DATE.match(lead) or (
            len(last) <= 50 and (ISO_DATE.search(last) or SOURCE_DATE.search(last))):
        return _year(m.group(1))
    return None


LEAD_DATE = re.compile(r"\s*[(（]((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")  # "(2007年10月10日 中国广播网)": an archive's


def _founding(text: str, pos: int) -> bool:
    """True when the year ending at pos dates a founding ("2011年11月21日经市政府批复同意设立"), not the news."""
    date = FOUNDING_DATE.match(text, pos)
    return bool(FOUNDED_BY.match(text, date.end() if date else pos))


FOUNDING_DATE = re.compile(r"\d{1,2}月(?:\d{1,2}日)?")
FOUNDING_VERBS = "批准|获批|设立|成立|建立|创建|挂牌|升级|升格|建园|开园|建区|开始建设"
# "2011年11月21日经某市人民政府批复同意设立": a founding, dated
FOUNDED_BY = re.compile(rf"[^,。;]{{0,16}}?(?:批复|{FOUNDING_VERBS})")


def _framing_year(part: str) -> re.Match[str] | None:
    """The first year of a headline or lead that frames what follows (not a plan's "到2025年", not a
    comparison's "比2020年", not the date of one event "1992年11月获批", not a founding "1995年经批准设立")."""
    for m in YEAR.finditer(part):
        before = part[max(0, m.start() - 4):m.start()]
        if FUTURE_BEFORE.search(before) or COMPARED_YEAR.search(before) or EVENT_DATE.match(part, m.end()) \
                or FOUNDED.match(part, m.end()) or FOUNDED_AS.match(part, m.end()) or FOUNDED_IN.search(before):
            continue
        return m
    return None


EVENT_DATE = re.compile(r"\d{1,2}月(?!份?[,，])")
FOUNDED = re.compile(rf"[^,。;]{{0,8}}?(?:{FOUNDING_VERBS})")  # "是1995年经批准设立的"
# "1999年2月,某软件园获批成为国家火炬计划软件产业基地", "1995年,甲工业区与乙工业区合并成立某工业区": history
FOUNDED_AS = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?)?[,，]?[^,。;]{0,24}?(?:批准|获批|合并|升级|更名|确定|认定)"
                        r"(?:成立|设立|成为|为)[^,。;]{0,16}?(?:区|园|城|基地)(?=[,。;])")
FOUNDED_IN = re.compile(r"(?:成立于|设立于|始建于|创建于|建于|获批于)$")  # "某开发区成立于2000年6月"


def figure_year(sentence: str, pos: int, page: int | None, base: int | None, base_source: str
                ) -> tuple[int | None, str]:
    """Year of the figure at sentence[pos]: the year its sentence names before it (a later one dates another
    event), else a relative word before it (去年 = page − 1, 今年 = page), else the article's year."""
    years = [m for m in YEAR.finditer(sentence, 0, pos) if not COMPARED_YEAR.search(sentence, max(0, m.start() - 2),
                                                                                     m.start())]
    if years and not TIME_MOVES_ON.search(sentence, years[-1].end(), pos):
        return _year(years[-1].group(1)), "explicit"
    if period := [m for m in PLAN_PERIOD.finditer(sentence, 0, pos)]:
        end = PLAN_END[period[-1].group(1)]  # "“十四五”以来" on a 2022 page: so far, the page's year
        return (page, "page") if page is not None and page < end else (end, "explicit")
    clause_end = min([i for ch in ",;。" if (i := sentence.find(ch, pos)) >= 0] or [len(sentence)])
    later = YEAR.search(sentence, pos, clause_end)  # "5家企业入选2024年度百强": the year of the figure's noun
    if later and not EVENT_DATE.match(sentence, later.end()):
        return _year(later.group(1)), "explicit"
    relative = [m for m in RELATIVE_RE.finditer(sentence, 0, pos)
                if not COMPARED_YEAR.search(sentence, max(0, m.start() - 2), m.start())
                and not sentence.startswith("同期", m.end())]
    if relative and page is not None:
        return page + RELATIVE[relative[-1].group()], "page"
    return base, base_source

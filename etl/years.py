"""Which year a figure refers to: the sentence's year, else the article's, else the page's.

Never the machine's clock: relative words (今年, 去年) resolve against the page's own year.
"""

from __future__ import annotations

import re

YEAR = re.compile(r"((?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3})\s*年")
CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
METADATA_YEAR = re.compile(r"^(?:date|日期|发布日期|出版日期|发布时间|时间)\s*[:：]\s*((?:19|20)\d{2})", re.I | re.M)
ISO_DATE = re.compile(r"\b((?:19|20)\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b")
MASTHEAD_DATE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")
# "由2020年的412个增加到685个", "比2020年增长": a year that dates the comparison, not the figure.
COMPARED_YEAR = re.compile(r"[由从比较]$")
# After "2022年": signs the year is already over when the page was written
# ("2022年,…", "2018年12月26日", "2022年全年"), or that it is the current one ("2023年二季度").
PAST_AFTER = re.compile(r"^(?:,|全年|年底|年末|底|末|度,|\d{1,2}月\d{1,2}日)")
CURRENT_AFTER = re.compile(r"^(?:计划|上半年|一季度|二季度|三季度|前三季度|[1-4]季度|1-\d{1,2}月|前\d{1,2}个?月)")
RELATIVE = {"去年": -1, "前年": -2, "明年": 1}
RELATIVE_RE = re.compile("|".join(RELATIVE))
DATELINE_DATE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日(?:电|讯)")


def _year(written: str) -> int:
    """'2023' or '二〇二三' → 2023."""
    return int(written.translate(CN_DIGITS))


def page_year(text: str) -> int | None:
    """The year a page was written, from its metadata or its own dates; None if it has none."""
    head = [line.strip() for line in text[:400].split("\n") if line.strip()][:3]
    masthead = "\n".join(line for line in head if len(line) <= 40 and not re.search(r"[,。;!?]", line))
    if m := METADATA_YEAR.search(text[:500]) or ISO_DATE.search(masthead) or MASTHEAD_DATE.search(masthead):
        return _year(m.group(1))
    years = [_year(m.group(1)) for m in YEAR.finditer(text)]
    if not years:
        return None
    latest = max(years)
    after = [text[m.end():m.end() + 8] for m in YEAR.finditer(text) if _year(m.group(1)) == latest]
    past = any(PAST_AFTER.match(a) for a in after)
    current = any(CURRENT_AFTER.match(a) for a in after)
    return latest + 1 if past and not current else latest


def article_year(article_text: str, page: int | None) -> tuple[int | None, str]:
    """(year, source) of an article: its own dateline ("2024年3月5日电"), else the page's."""
    if m := DATELINE_DATE.search(article_text[:200]):
        return _year(m.group(1)), "article"
    if page is None:
        return None, "none"
    return page, "article" if f"{page}年" in article_text else "page"


def figure_year(sentence: str, pos: int, base: int | None, base_source: str) -> tuple[int | None, str]:
    """Year of the figure at sentence[pos]: a year in its sentence wins, 去年 = base − 1."""
    years = [m for m in YEAR.finditer(sentence) if not COMPARED_YEAR.search(sentence[:m.start()])]
    if years:
        before = [m for m in years if m.start() < pos]
        return _year((before[-1] if before else years[0]).group(1)), "explicit"
    relative = [m for m in RELATIVE_RE.finditer(sentence) if m.start() < pos
                and not COMPARED_YEAR.search(sentence[:m.start()]) and not sentence.startswith("同期", m.end())]
    if relative and base is not None:
        return base + RELATIVE[relative[-1].group()], base_source
    return base, base_source

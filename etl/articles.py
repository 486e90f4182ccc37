"""Split a normalised page into articles: headlines, datelines, bylines, captions, ads, mastheads.

Each line gets a kind; a story starts at a headline (Markdown or a plain short line), a bullet (●…),
a dateline or body text after a closing line (byline name, caption, ad). Captions, ads and mastheads
standing between stories are segments of their own. Whose story it is is decided later (attribute.py).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from etl.model import Article
from etl.names import place_stem
from etl.places import lookup
from etl.subjects import words
from etl.vocab import load_yaml

MD_HEADING = re.compile(r"^(#{1,6})\s*")
BULLET = re.compile(r"^(?:【[^】]{1,8}】\s*)?[●○■◆◇▲△★☆•▶►◎]\s*")  # "【湖北】● …": a region tag before it
SUBTITLE = re.compile(r"^(?:——|--|—|据[^,。]{2,14}?(?:统计|显示|介绍|了解|获悉|公布))")  # "据某协会统计 增速…"
DATELINE = re.compile(  # used with match(): anchored where it is tried
    r"(?:本报讯|本报[\u4e00-\u9fff]{1,6}(?:讯|电)|新华社[\u4e00-\u9fff]{0,8}电|据新华社|中新社[\u4e00-\u9fff]{0,6}电"
    r"|中新网[\u4e00-\u9fff]{0,6}电|人民网[\u4e00-\u9fff]{0,6}电|[\u4e00-\u9fff]{2,4}讯(?=\s|\d|$))")
DATED_WIRE = re.compile(r"[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日(?:讯|电)")  # 人民网南京10月26日电, 福州新闻网7月1日讯
DATED_LEAD = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚|晚间)?,")  # "4月18日上午,…": a news lead
BYLINE = re.compile(r"^[□■]|^\(?(?:本报记者|记者|本报通讯员|通讯员|特约记者|见习记者|实习生|文/|文:|图/|图:|撰稿|作者)"
                    r"|(?:报道|摄|\d日电)[)）]?$")
SPEAKER = re.compile(r"(?:负责人|总经理|董事长|副总裁|总裁|厂长|书记|主任)\s+[\u4e00-\u9fff]{2,3}$")
BYLINE_END = re.compile(r"(?:记者|通讯员|特约撰稿人)\s*[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})*$")
# "(本报综合)", "某高新技术产业开发区(某区)管理委员会": who compiled or signed the story above
CLOSING_CREDIT = re.compile(r"[(（]\s*(?:本报综合|综合|综合报道|据[^()（）]{1,20})\s*[)）]$"  # (据某县融媒体中心)
                            r"|^[(（][\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){1,3}[)）]$"  # (张三 李四)
                            r"|[^,。;:!?\s]{2,30}(?:管理委员会|管委会|人民政府)$")
CREDIT = re.compile(r"(?:\s|/|^)摄$|^新华社发|^图片来源|^(?:文|图)/|^[(（]资料图片[)）]$")
CAPTION = re.compile(r"^>?\s*(?:图为|左图|右图|上图|下图|图\d|图:|图：)")
AD = re.compile(r"【广告】|■广告■|^●?\s*广告[:：\s]|https?://|www\.")
AD_WORD = re.compile(r"热线|电话|招租|出租|零售价|二维码|公众号|微信号|法律顾问|邮编|传真|订阅")  # not in a sentence
SOURCE = re.compile(  # a story's source and date line, under its headline or at its end: part of the story
    r"^[(（「【\[]?\s*(?:(?:信息|稿件|新闻|文章)?(?:来源|出处)|发布时间|发布日期|时间|日期)\s*[:：]"
    r"|^[(（「【\[]?[\u4e00-\u9fff·]{2,10}\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*[)）」】\]]?$"
    r"|^(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s+(?:(?:信息)?(?:来源|出处)\s*[:：]|[\u4e00-\u9fff·]{2,10}$)"
    r"|^[(（]\s*(?:原载|转载|转自|摘自|选自|原刊)[^()（）]{1,30}[)）]$")  # "(原载本报2011年7月)": where it ran first
EDITOR = re.compile(r"^[(（]?\s*(?:本版|责任)?编辑|^□\s*责任编辑")
NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:[ \u3000]+[\u4e00-\u9fff]{1,4}){0,5}$")
PARK_END = re.compile(r"(?:高新区|开发区|经开区|新区|园区)$")
TABLE_ROW = re.compile(r"\S(?: {2,}|\t|\u3000)\S|\S\s*\|\s*\S")
RULE_LINE = re.compile(r"^[-—=*_·]{3,}$")
BRACKETED = re.compile(r"^【([^【】]+)】$")  # 【某园区扩区调区获批】: the brackets set a headline off, no part of it
SENTENCE_END = re.compile(r"[。!?;]")
HEADING_MAX = 48


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    blank_before: int
    kind: str
    level: int = 0  # Markdown heading level, 0 for a plain line


def _masthead_re() -> re.Pattern[str]:
    words = load_yaml("context.yaml")["masthead_words"]
    return re.compile(r"第\s*\d+\s*版|星期[一二三四五六日天]|(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}"
                      + "|" + "|".join(map(re.escape, words)))


MASTHEAD = _masthead_re()


def classify(line: str) -> str:
    """The kind of one stripped line: masthead, heading, subtitle, bullet, dateline, byline, credit,
    caption, ad, editor, name, table, rule or body."""
    bare = MD_HEADING.sub("", line)
    short = len(bare) <= HEADING_MAX and not SENTENCE_END.search(bare[-2:]) and not bare.endswith((",", "、")) \
        and "。" not in bare
    if RULE_LINE.match(line):
        return "rule"
    if (AD.search(line) or (AD_WORD.search(line) and "。" not in line[:-1] and not line.endswith("。"))) and len(
            line) <= 90:
        return "ad"  # "园区设置服务网格10个,服务热线…。" and "…企业23家。(记者 某某 电话:…)" are sentences
    if EDITOR.match(line) and len(line) <= 30:
        return "editor"
    if SOURCE.search(line) and len(line) <= 50 and not re.search(r"第\s*\d+\s*版|星期", line):
        return "byline"
    if CAPTION.match(line):
        return "caption"
    if CREDIT.search(line) and len(line) <= 40:
        return "credit"
    if (BYLINE_END.search(line) or SPEAKER.search(line) or CLOSING_CREDIT.match(line)) and len(line) <= 40:
        return "byline"  # "周口日报·新周口客户端记者 王泉林", "某公司负责人 范文" (who said the quote above)
    if DATED_WIRE.match(line):
        return "dateline"
    if short and MASTHEAD.search(bare) and not re.search(r"[,。;]", bare):
        return "masthead"
    if MD_HEADING.match(line):  # "### 抓严党建引领,…构建…机制,建好3个中心。": a section's heading and body on one line
        return "body" if len(bare) > HEADING_MAX and "。" in bare else "heading"
    if DATELINE.match(line):
        return "dateline"
    if BULLET.match(line):
        return "bullet"
    if BYLINE.search(line) and len(line) <= 40 and not SENTENCE_END.search(line):
        return "byline"
    if SUBTITLE.match(line) and short:
        return "subtitle"
    if NAME_LINE.match(line) and _names(line) and not lookup(line) and not PARK_END.search(line):
        return "name"  # a person's name; a place or park alone on a line (某县, 某新区) is a kicker
    if TABLE_ROW.search(line) and short:
        return "table"
    if short:
        return "heading"
    return "body"


def stands_alone(text: str, article: Article) -> bool:
    """True for a story of its own, never a section of the one before: its body starts with a dateline
    (本报讯, 新华社…电) or its headline is a brief's bullet (● …) that does not point back (● 该区管委会:…)."""
    if DATELINE.match(text, article.body_start) or DATED_WIRE.match(text, article.body_start):
        return True
    if DATED_LEAD.match(text, article.body_start) and len(article.title.lstrip("# ")) >= 10:
        return True  # a news headline over a dated lead; a feature's short section title ("竞速奔跑") goes on
    bullet = BULLET.match(text[article.start:article.body_start])
    return bool(bullet) and not words().pronoun.match(text, article.start + bullet.end())


def _names(line: str) -> bool:
    """'尹婷婷 聂玉金', '王 磊', '阎立新' are names; '龙头带建 单独组建 区域联建' is a slogan."""
    parts = line.split()
    return 2 <= sum(map(len, parts)) <= 12 and not (len(parts) > 1 and all(len(p) == 4 for p in parts))


def lines(text: str) -> list[Line]:
    """Non-empty lines with their offsets, kinds and the blank lines before each."""
    out, blank, pos = [], 0, 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            md = MD_HEADING.match(stripped)
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped, blank, classify(stripped),
                            len(md.group(1)) if md else 0))
            blank = 0
        else:
            blank += 1
        pos += len(raw) + 1
    return _mastheads(_tables(out))


def _mastheads(ls: list[Line]) -> list[Line]:
    """A short line among a page's first three that is cut by '·' or '|' is its masthead (园区经济 · 年终盘点),
    and so is one set apart by a blank line above a headline of two lines (“十四五”答卷 / 某高新区 / 签约…)."""
    out = list(ls)
    for i, line in enumerate(ls[:3]):
        section = (i + 2 < len(ls) and ls[i + 1].blank_before > 0 and ls[i + 2].blank_before == 0
                   and line.level == 0 and all(x.kind == "heading" for x in ls[i + 1:i + 3]))
        # below the masthead, "红韵助链 | 某区:…" is a column's name and its headline
        cut = re.search(r"\s[·|｜]\s", MD_HEADING.sub("", line.text)) and not any(x.kind == "masthead" for x in out[:i])
        if line.kind == "heading" and (cut or section):
            out[i] = Line(line.start, line.end, line.text, line.blank_before, "masthead", line.level)
    return out


def _tables(ls: list[Line]) -> list[Line]:
    """Two or more table-like rows (cells apart by wide spaces) in a row are a table; one alone is a heading."""
    out = list(ls)
    for i, line in enumerate(ls):
        if line.kind == "table":
            above = i > 0 and line.blank_before == 0 and ls[i - 1].kind == "table"
            below = i + 1 < len(ls) and ls[i + 1].blank_before == 0 and ls[i + 1].kind == "table"
            if not (above or below):
                out[i] = Line(line.start, line.end, line.text, line.blank_before, "heading", line.level)
    return out


TITLE = {"heading", "subtitle", "bullet"}
INSERTS = {"caption", "credit", "ad", "editor", "masthead", "rule"}
BODY = {"body", "dateline", "table"}


def split_articles(text: str, doc: str) -> list[Article]:
    """Group a page's lines into segments (stories and inserts); ids are stable for the same text."""
    ls = lines(text)
    markdown_page = sum(1 for line in ls if line.kind == "heading" and 0 < line.level <= 2) >= 2
    groups: list[list[Line]] = []
    for i, line in enumerate(ls):
        if not groups or _starts_segment(ls, i, groups[-1], markdown_page):
            groups.append([])
        groups[-1].append(line)
    return [_article(g, n, doc, text) for n, g in enumerate(groups)]


def _starts_segment(ls: list[Line], i: int, group: list[Line], markdown_page: bool) -> bool:
    line, last = ls[i], group[-1].kind
    has_body = any(g.kind in BODY for g in group)
    if line.kind == "bullet":
        return True
    if last in TITLE | {"name", "byline", "credit", "caption"} and not has_body and line.kind in (
            "credit", "caption", "heading") and line.level == 0 and any(g.kind in TITLE for g in group) and (
            line.kind != "heading" or last in ("credit", "caption")):
        return False  # a photo credit or caption (and the caption's plain line) between a headline and its body
    if line.kind in INSERTS:  # a credit right after its caption (or the reverse) stays with it
        return not (last in INSERTS and line.kind in ("credit", "caption") and len(group) <= 2)
    if last in INSERTS:  # … and the body after a headline's photo credit is the headline's
        return not (line.kind in BODY and group[0].kind in TITLE and not has_body)
    if line.kind in ("heading", "subtitle"):
        if last in TITLE and not has_body:
            return False  # the next line of a headline run
        if last == "byline" and has_body and line.kind == "heading":
            return True  # a byline or signature closed the story above: a headline after it opens the next
        if line.level >= 3 or (line.level == 0 and markdown_page) or line.level > _headline_level(group):
            # a sub-heading inside its story, unless a dateline follows or it is led by a place of its own
            return _first_after_titles(ls, i) in ("dateline", "byline") or _another_place(line, group)
        return line.level > 0 or _first_after_titles(ls, i) in BODY | {"byline"}
    if line.kind == "dateline":
        return has_body
    return line.kind in BODY and last == "name" and has_body  # body after a closing name: a new story


def _another_place(line: Line, group: list[Line]) -> bool:
    """"# 砚山…" then "## 陆良持续完善产业园区基础设施": a Markdown heading led by another place than the story's
    headline names is a story of its own (a section title names no place or the story's own)."""
    if line.level == 0:
        return False
    place = words().place.match(MD_HEADING.sub("", line.text))
    title = " ".join(g.text for g in group if g.kind in TITLE)
    return bool(place) and len(line.text) >= 12 and place_stem(place.group()) not in title


def _headline_level(group: list[Line]) -> int:
    """The Markdown level of a story's own headline ("# 标题" over "## 小标题" sections): its last heading
    before its first byline or body line; 6 when it has none (or no body yet)."""
    first = next((j for j, g in enumerate(group) if g.kind in BODY | {"byline"}), None)
    levels = [g.level for g in group[:first] if g.kind in ("heading", "subtitle") and g.level > 0]
    return levels[-1] if first is not None and levels else 6


def _first_after_titles(ls: list[Line], i: int) -> str | None:
    """Kind of the first line after the headline run (its name lines, photo credits and captions) at i."""
    for line in ls[i + 1:]:
        if line.kind not in ("heading", "subtitle", "name", "credit", "caption"):
            return line.kind
    return None


def _title_at(group: list[Line]) -> int:
    """Where the title starts in a story's headline run, after any kickers (引题, a column name): at its
    first Markdown headline of level 1–2, else at its last plain headline line (or the line before that
    when it ends in ':', 潍坊高新区: / 项目建设…). Subtitles and sub-headings after the title belong to it."""
    run = 0
    while run < len(group) and group[run].kind in ("heading", "subtitle"):
        run += 1
    top = [j for j in range(run) if 0 < group[j].level <= 2]
    plain = [j for j in range(run) if group[j].kind == "heading" and group[j].level == 0]
    if top or not plain or run == len(group):  # "## 栏目 / # 标题": the most prominent heading is the title
        return min(top, key=lambda j: group[j].level) if top else 0
    title = plain[-1]
    if len(plain) == 3 == plain[-1] + 1 and re.search(r"\d", group[2].text) and not re.search(r"\d", group[1].text):
        title = 1  # 引题 / 主题 / a 副题 with the figure: "…迈出新步伐 / 某工业城成为试点园区 / 去年实现总产值16.7亿元"
    while title > 0 and group[title - 1].text.endswith(":"):
        title -= 1
    return title


def _article(group: list[Line], n: int, doc: str, text: str) -> Article:
    title_lines, byline_lines = [], []
    for line in group[_title_at(group):]:
        if line.kind in TITLE and not byline_lines:
            title_lines.append(BRACKETED.sub(r"\1", BULLET.sub("", MD_HEADING.sub("", line.text))))
        elif line.kind in ("name", "byline") and len(byline_lines) < 3:
            byline_lines.append(line.text)
        elif line.kind not in TITLE:
            break
    kind = "story" if any(line.kind in BODY | {"bullet"} for line in group) else "insert"
    start, end = group[0].start, group[-1].end
    body_start = next((line.start for line in group if line.kind not in TITLE | {"name", "byline"}), end)
    digest = hashlib.sha1(text[start:end].encode("utf-8")).hexdigest()[:8]
    return Article(article_id=f"{doc}#{n:02d}-{digest}", index=n, start=start, end=end,
                   title=" ".join(title_lines), byline=" ".join(byline_lines), kind=kind, body_start=body_start)

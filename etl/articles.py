"""Split a normalised page into articles: headings, datelines, bylines, captions, ads."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from etl.model import Article

MD_HEADING = re.compile(r"^(#{1,6})\s*")
DATELINE = re.compile(
    r"^(?:本报讯|本报[\u4e00-\u9fff]{1,4}讯|新华社[\u4e00-\u9fff]{0,8}电|据新华社|中新社[\u4e00-\u9fff]{0,6}电)")
BYLINE = re.compile(r"^(?:□|■)|^(?:本报记者|记者|本报通讯员|通讯员|文/|文:|图/|图:|撰稿|作者)|(?:报道|摄|/摄)$")
CREDIT = re.compile(r"(?:\s|/|^)摄$|^新华社发|^图片来源|^(?:文|图)/")
CAPTION_START = re.compile(r"^(?:图为|图片来源|左图|右图|上图|下图|图\d)")
AD = re.compile(r"https?://|www\.|电话|热线|零售价|二维码|公众号|微信号|责任编辑|法律顾问|邮编|传真|订阅|广告")
NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,5}$")
SENTENCE_END = re.compile(r"[。!?]")


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str
    blank_before: int
    kind: str


def classify(line: str) -> str:
    """heading1 (# / ##), heading3 (### …), dateline, byline, credit, caption, ad, name, heading, body."""
    if m := MD_HEADING.match(line):
        return "heading1" if len(m.group(1)) <= 2 else "heading3"
    if DATELINE.match(line):
        return "dateline"
    if CREDIT.search(line) and len(line) <= 40:
        return "credit"
    if CAPTION_START.match(line):
        return "caption"
    if BYLINE.search(line) and len(line) <= 40 and not SENTENCE_END.search(line):
        return "byline"
    if AD.search(line) and len(line) <= 80:
        return "ad"
    if NAME_LINE.match(line) and len(line) <= 20:
        return "name"
    if len(line) <= 40 and not SENTENCE_END.search(line) and not line.endswith((",", "、")):
        return "heading"
    return "body"


def blocks(text: str) -> list[Block]:
    """Non-empty lines with their offsets and the blank lines before each."""
    out, blank, pos = [], 0, 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(Block(pos + lead, pos + lead + len(stripped), stripped, blank, classify(stripped)))
            blank = 0
        else:
            blank += 1
        pos += len(line) + 1
    return out


ENDERS = {"credit", "ad", "name", "byline"}
OPENERS = {"dateline", "byline"}


def split_articles(text: str, doc: str) -> list[Article]:
    """Group a page's lines into articles; ids are stable for the same text."""
    bs = blocks(text)
    groups: list[list[Block]] = []
    has_body = False
    for i, block in enumerate(bs):
        kind = block.kind
        prev = bs[i - 1].kind if i else None
        if groups and has_body and _starts_article(kind, prev, block, _next_kind(bs, i)):
            groups.append([])
            has_body = False
        if not groups:
            groups.append([])
        groups[-1].append(block)
        has_body = has_body or kind in ("body", "dateline", "caption")
    return [_article(g, n, doc, text) for n, g in enumerate(groups)]


def _next_kind(bs: list[Block], i: int) -> str | None:
    """Kind of the first line after the heading run that starts at i."""
    for block in bs[i + 1:]:
        kind = block.kind
        if kind not in ("heading", "heading1", "heading3"):
            return kind
    return None


def _starts_article(kind: str, prev: str | None, block: Block, after_headings: str | None) -> bool:
    if kind == "heading1":
        return True
    if kind == "heading3":
        return after_headings in OPENERS
    if prev in ENDERS and kind not in ENDERS:
        return True
    if kind == "heading":
        return block.blank_before >= 2 or after_headings in OPENERS or prev in ENDERS
    if kind in ("dateline", "caption"):
        return prev not in ("heading", "heading1", "heading3", "name", "byline", "caption")
    return False


def _article(group: list[Block], n: int, doc: str, text: str) -> Article:
    title_lines, byline_lines = [], []
    for block in group:
        kind = block.kind
        if kind in ("heading", "heading1", "heading3") and not byline_lines:
            title_lines.append(MD_HEADING.sub("", block.text))
        elif kind in ("name", "byline") and len(byline_lines) < 3:
            byline_lines.append(block.text)
        elif kind not in ("heading", "heading1", "heading3"):
            break
    start, end = group[0].start, group[-1].end
    digest = hashlib.sha1(text[start:end].encode("utf-8")).hexdigest()[:8]
    return Article(article_id=f"{doc}#{n:02d}-{digest}", index=n, start=start, end=end,
                   title=" ".join(title_lines), byline=" ".join(byline_lines))

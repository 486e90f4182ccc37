"""Normalise a page once; every span offset downstream refers to this text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import opencc

SENTENCE_PUNCT = ",。;:!?、"
_BODY_MARK = re.compile(f"[{SENTENCE_PUNCT}]")
_CLAUSE_MARK = re.compile("[,。;]")  # a headline may hold 、, a cut body line holds a comma
_CLOSING = re.compile(r"(?:摄|报道|\d日电|资料图|供图|图片)$")  # a caption's credit: 本报资料图, (资料图片)
_MARKUP = re.compile(r"\*\*|__")
_ORDINAL_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[、.](?!\d))")
_MASTHEAD_END = re.compile(  # a date ends a masthead only after a gap: "…讯 某经济开发区2012年12月10日" goes on
    r"(?:星期[一二三四五六日天]|周[一二三四五六日]|第\s*\d+\s*版|(?:^|[\s·|])\d{4}年\d{1,2}月\d{1,2}日)\s*$")
_TRAILING_SPACE = re.compile(r"[ \t\u3000]+\n")
_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n+)")  # kept by split(): the blank lines between paragraphs
_NOT_CONTINUATION = re.compile(
    r"(#|本报|新华社|□|■|●|◆|▲|★|【|图为|图片来源|据新华社|\(记者|\(本版|——|[\u4e00-\u9fff]{2,8}(?:消息|讯|电)\("
    r"|[\u4e00-\u9fff]{0,8}记者 )")  # "四川在线记者 张三  1月4日,…": a byline opens an article


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Width folding (３５６．８ → 356.8, ， → ,) and traditional → simplified script."""
    return _t2s().convert(unicodedata.normalize("NFKC", text))


def normalise(raw: str) -> str:
    """NFKC + 繁→简, drop Markdown emphasis, and repair words that OCR broke across blank lines."""
    text = fold(raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _MARKUP.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return repair_breaks(unwrap(text))


def unwrap(text: str) -> str:
    """Join the lines of text hard-wrapped at a fixed width (PDF extraction), paragraph by paragraph.

    A page is hard-wrapped when many lines share one length and hardly any is longer; on a shorter text
    a paragraph is, when two or more of its lines of body text share one length. A line then continues
    on the next one unless it is a headline (no sentence punctuation), or a short line that ends a
    sentence, or the next line starts a new block (●, 本报讯, 图为 …). Other text comes back unchanged.
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is not None:
        return _join(lines, width)
    return "".join(map(_unwrap_paragraph, _PARAGRAPH_BREAK.split(text)))


def _unwrap_paragraph(paragraph: str) -> str:
    lines = paragraph.split("\n")
    width = _paragraph_width(lines)
    return paragraph if width is None else _join(lines, width)


def _join(lines: list[str], width: int) -> str:
    out, last = [lines[0]], lines[0]  # last: the physical line before, which decides (not the joined paragraph)
    for line in lines[1:]:
        if last.strip() and line.strip() and _wrapped(last, line, width, out[-1]):
            out[-1] += line
        else:
            out.append(line)
        last = line
    return "\n".join(out)


def _paragraph_width(lines: list[str]) -> int | None:
    """The width one paragraph was wrapped at: two or more adjacent lines of one length (±1, narrow
    digits), at least 16 characters, body text (a comma), not every one ending a sentence; no table rows."""
    for start in range(len(lines) - 2):
        run = [lines[start]]
        for line in lines[start + 1:]:
            if abs(len(line) - len(run[0])) > 1 or "|" in line:
                break
            run.append(line)
        width = max(len(line) for line in run)
        if len(run) >= 2 and width >= 16 and any(_CLAUSE_MARK.search(line) for line in run) \
                and not all(line.rstrip().endswith(("。", "!", "?")) for line in run):
            return width
    return None


def wrap_width(lines: list[str]) -> int | None:
    """The width a page was hard-wrapped at, or None: the commonest length of the longer lines, held by
    at least 6 lines, with at most 1 in 8 of the longer lines exceeding it (narrow digits let a few run on)."""
    lengths = [len(line) for line in lines if len(line) >= 12]
    if len(lengths) < 8:
        return None
    width, count = Counter(lengths).most_common(1)[0]
    longer = sum(1 for n in lengths if n > width + 1)
    return width if count >= 6 and width <= 60 and longer <= len(lengths) // 8 else None


def _wrapped(prev: str, line: str, width: int, paragraph: str) -> bool:
    """Whether `line` goes on from the physical line `prev`, the last of `paragraph` as joined so far."""
    if _NOT_CONTINUATION.match(line.lstrip()):
        return False
    if prev.rstrip().endswith(("。", "!", "?", "”", "」", ")")) and len(line) < width - 1 \
            and (not _CLAUSE_MARK.search(line) or _ORDINAL_HEAD.match(line)):
        return False  # a sentence (or a caption's credit) ends the line and a short line with no comma follows
    if _CLOSING.search(prev) or (_MASTHEAD_END.search(prev) and not _CLAUSE_MARK.search(prev)):
        return False  # "… 张三 摄": a photo credit closes its caption; "… 第3版  2019年5月8日 星期三" a masthead
    if len(prev) >= width - 1:
        return True
    if _ORDINAL_HEAD.match(prev):
        return False  # "二、规上工业企业培育较快,助推明显": a numbered sub-heading shorter than the lines
    # a short line goes on only when it is body text: a headline may hold : and 、 (某市国资委:出资企业…), not ,。;
    body = _CLAUSE_MARK.search(prev) or (paragraph != prev and _CLAUSE_MARK.search(paragraph))
    return bool(body) and not prev.rstrip().endswith(("。", "!", "?", "”", "」"))


def repair_breaks(text: str) -> str:
    """Join "党群服务中\\n\\n心催生…": a body paragraph cut mid-sentence, continued after a blank line.

    Only body text is joined (both sides carry sentence punctuation), so headings, bylines
    and captions never glue onto a neighbour and no figure moves to another sentence.
    """
    paragraphs = _PARAGRAPH_BREAK.split(text)
    out: list[str] = [paragraphs[0]]
    for sep, para in zip(paragraphs[1::2], paragraphs[2::2], strict=True):
        prev = out[-1]
        if _continues(prev, para):
            out[-1] = prev + para
        else:
            out.extend((sep, para))
    return "".join(out)


def _continues(prev: str, nxt: str) -> bool:
    last_line = prev.rsplit("\n", 1)[-1]
    if len(last_line) < 15 or not _CLAUSE_MARK.search(last_line) or _CLOSING.search(last_line) or not nxt \
            or "!" in last_line or "?" in last_line or _ORDINAL_HEAD.match(last_line):
        return False  # a headline ("X高新区:…", "二、…,…") or a caption ("图为…。 张三 摄") ends where it ends
    tail, head = last_line[-1], nxt[0]
    if not (_is_cjk(tail) or tail.isdigit() or tail in ",、"):
        return False
    if not (_is_cjk(head) or head.isdigit()) or _NOT_CONTINUATION.match(nxt) or _DATED_LEAD.match(nxt):
        return False  # "…冲锋号\n\n3月17日,…": a headline over its dated lead
    first_line = nxt.split("\n", 1)[0]
    return bool(_BODY_MARK.search(first_line))


_DATED_LEAD = re.compile(r"\d{1,2}月\d{1,2}日[,，]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"

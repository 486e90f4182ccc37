"""Normalise a page once; every span offset downstream refers to this text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import opencc

SENTENCE_PUNCT = ",。;:!?、"
_BODY_MARK = re.compile(f"[{SENTENCE_PUNCT}]")
_MARKUP = re.compile(r"\*\*|__")
_TRAILING_SPACE = re.compile(r"[ \t\u3000]+\n")
_NOT_CONTINUATION = re.compile(r"(#|本报|新华社|□|■|图为|图片来源|据新华社|\(记者)")


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
    """Join lines of text hard-wrapped at a fixed width (PDF extraction): a line as long as the
    wrap width continues on the next line. Pages without such a width come back unchanged."""
    lines = text.split("\n")
    lengths = Counter(len(line) for line in lines if len(line) >= 12)
    if not lengths:
        return text
    width, count = lengths.most_common(1)[0]
    if count < 8 or count < 0.4 * sum(lengths.values()):
        return text
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1]
        if len(prev) >= width - 1 and line.strip() and not _NOT_CONTINUATION.match(line):
            out[-1] = prev + line
        else:
            out.append(line)
    return "\n".join(out)


def repair_breaks(text: str) -> str:
    """Join "党群服务中\\n\\n心催生…": a body paragraph cut mid-sentence, continued after a blank line.

    Only body text is joined (both sides carry sentence punctuation), so headings, bylines
    and captions never glue onto a neighbour and no figure moves to another sentence.
    """
    paragraphs = re.split(r"(\n[ \t]*\n+)", text)
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
    if len(last_line) < 15 or not _BODY_MARK.search(last_line) or not nxt:
        return False
    tail, head = last_line[-1], nxt[0]
    if not (_is_cjk(tail) or tail.isdigit() or tail in ",、"):
        return False
    if not (_is_cjk(head) or head.isdigit()) or _NOT_CONTINUATION.match(nxt):
        return False
    first_line = nxt.split("\n", 1)[0]
    return bool(_BODY_MARK.search(first_line))


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"

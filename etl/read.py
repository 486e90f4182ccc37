"""Bytes → text. The one place that knows about encodings and broken files.

A page is read in the encoding its bytes tell (a BOM, the NUL pattern of UTF-16, else UTF-8, else GB18030).
A few damaged or foreign bytes do not lose the page: a line of GB18030 inside a UTF-8 page is read as
GB18030, a stray byte becomes U+FFFD, and each repair is a warning naming the byte offsets. Only a file
that is empty, binary, too large or mostly undecodable is rejected (BadInput).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024
MAX_DAMAGED_SHARE = 0.5  # a page with more than half of its bytes undecodable is noise, not a page
SHOWN_RANGES = 8  # byte ranges named in one warning
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_TEXT_CHAR = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x20-\x7e\s\u2010-\u201f]")
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class BadInput(Exception):
    """A file that cannot become a page; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (BadInput, (self.path, self.reason))  # survives the trip back from a worker process


@dataclass(frozen=True)
class Decoded:
    """A page's text, the encoding it was read in, and what had to be repaired to read it."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def read_page(path: Path | str, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read and decode a page file, or raise BadInput."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInput(path, f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(path, f"cannot be read ({exc.strerror or exc})") from exc
    return decode(data, path)


def decode(data: bytes, path: Path | str = "<bytes>") -> Decoded:
    """Decode page bytes, repairing what is damaged; reject what is not a page."""
    if not data or data.isspace():
        raise BadInput(path, "empty file")
    encoding, skip = _sniff(data, path)
    body = memoryview(data)[skip:]
    foreign: list[tuple[int, int]] = []
    if encoding != "utf-8":  # UTF-16, told by its BOM or its NUL pattern
        text, bad = _lenient(body, encoding, skip)
    else:
        try:
            return Decoded(_checked(str(body, "utf-8"), path), "utf-8-sig" if skip else "utf-8")
        except UnicodeDecodeError:
            text, encoding, bad, foreign = _by_line(body, skip)
    damaged = sum(end - start for start, end in bad)
    if damaged > MAX_DAMAGED_SHARE * len(body):
        raise BadInput(path, f"mostly undecodable ({damaged} of {len(body)} bytes invalid as {encoding})")
    warnings = []
    if bad:
        cut = " (the file ends mid-character: truncated)" if bad[-1][1] == len(data) else ""
        warnings.append(f"{damaged} undecodable bytes replaced with U+FFFD at byte {_ranges(bad)}{cut}")
    if foreign:
        other = "UTF-8" if encoding == "gb18030" else "GB18030"
        warnings.append(f"{sum(e - s for s, e in foreign)} bytes read as {other} inside a {encoding.upper()} "
                        f"page at byte {_ranges(foreign)}")
    return Decoded(_checked(text, path), encoding, tuple(warnings))


def _sniff(data: bytes, path: Path | str) -> tuple[str, int]:
    """(encoding, bytes to skip): a BOM decides; else NULs mean UTF-16 by their pattern, or binary."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    if b"\x00" not in data:
        return "utf-8", 0  # or GB18030, told by decoding
    # UTF-16 text has NULs in the high byte of each ASCII character (newlines, digits): odd offsets in
    # little-endian, even in big-endian. A binary file has them anywhere.
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for encoding, ours, theirs in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if ours > 3 * theirs and _plausible(data.decode(encoding, errors="replace")):
            return encoding, 0
    raise BadInput(path, "binary file (contains NUL bytes)")


def _plausible(text: str) -> bool:
    """Nearly all characters are Chinese, ASCII or punctuation (a wrong UTF-16 byte order is not)."""
    return len(_TEXT_CHAR.findall(text)) >= 0.9 * len(text)


def _lenient(data: memoryview, encoding: str, offset: int = 0) -> tuple[str, list[tuple[int, int]]]:
    """Decode, each undecodable byte run → U+FFFD; returns the text and the runs' byte ranges in the file."""
    parts, bad, pos = [], [], 0
    while True:
        try:
            parts.append(str(data[pos:], encoding))
            return "".join(parts), bad
        except UnicodeDecodeError as exc:
            parts.append(str(data[pos:pos + exc.start], encoding) + "\ufffd")
            bad.append((offset + pos + exc.start, offset + pos + exc.end))
            pos += exc.end


def _by_line(data: memoryview, offset: int) -> tuple[str, str, list[tuple[int, int]], list[tuple[int, int]]]:
    """A page that is not clean UTF-8, line by line: a GBK paragraph pasted into a UTF-8 page, or the reverse.

    A line is UTF-8 or GB18030 when its bytes clearly say so; a line they leave in doubt (a short damaged
    one) takes the encoding of most of the page; what neither reads is replaced. Returns the text, the
    encoding of most of the page, the replaced byte ranges and the lines read in the other encoding."""
    lines = bytes(data).splitlines(keepends=True)
    clear = [_clear_encoding(line) for line in lines]
    size = {e: sum(len(line) for line, c in zip(lines, clear, strict=True) if c == e) for e in ("utf-8", "gb18030")}
    main = "utf-8" if size["utf-8"] >= size["gb18030"] else "gb18030"
    parts, replaced, foreign, pos = [], [], [], offset
    for line, encoding in zip(lines, clear, strict=True):
        text, line_bad = _lenient(memoryview(line), encoding or main, pos)
        parts.append(text)
        replaced += line_bad
        if encoding not in (None, main):
            foreign.append((pos, pos + len(line)))
        pos += len(line)
    return "".join(parts), main, replaced, foreign


def _clear_encoding(line: bytes) -> str | None:
    """utf-8 when nearly all of a line's non-ASCII bytes are well-formed UTF-8, gb18030 when nearly none are."""
    if line.isascii():
        return None
    text = line.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if 3 * bad <= good:
        return "utf-8"
    return "gb18030" if 3 * good <= bad and bad > 1 else None


def _ranges(spans: list[tuple[int, int]]) -> str:
    """[(120, 122), (5000, 5001)] → "120-121, 5000"; the first few, then how many more."""
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    shown = [f"{s}" if e - s == 1 else f"{s}-{e - 1}" for s, e in merged[:SHOWN_RANGES]]
    more = f" and {len(merged) - SHOWN_RANGES} more places" if len(merged) > SHOWN_RANGES else ""
    return ", ".join(shown) + more


def _checked(text: str, path: Path | str) -> str:
    """Reject decoded text that is empty or mostly control characters."""
    if not text.strip():
        raise BadInput(path, "empty file")
    controls = len(_CONTROL.findall(text))
    if controls > len(text) // 10:
        raise BadInput(path, "binary file (mostly control characters)")
    return text

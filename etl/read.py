"""Bytes → text. The one place that knows about encodings and broken files."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class BadInput(Exception):
    """A file that cannot become a page; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (BadInput, (self.path, self.reason))  # survives the trip back from a worker process


def read_page(path: Path | str, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Return (text, encoding) of a page file, or raise BadInput."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInput(path, f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(path, f"cannot be read ({exc.strerror or exc})") from exc
    return decode(data, path)


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode page bytes: BOMs first, then UTF-8, then GB18030; reject the rest."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), path), encoding
            except UnicodeDecodeError as exc:
                raise BadInput(path, f"invalid {encoding} at byte {exc.start}") from exc
    if not data.strip():
        raise BadInput(path, "empty file")
    if b"\x00" in data:
        raise BadInput(path, "binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            truncated = exc.end >= len(data) - 3
            reason = "ends mid-character (truncated UTF-8)" if truncated else f"invalid UTF-8 at byte {exc.start}"
            raise BadInput(path, reason) from exc
    try:
        return _checked(data.decode("gb18030"), path), "gb18030"
    except UnicodeDecodeError as exc:
        raise BadInput(path, "undecodable (neither UTF-8 nor GB18030)") from exc


def _mostly_utf8(data: bytes) -> bool:
    """True when the non-ASCII bytes are nearly all well-formed UTF-8 sequences."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good > 0 and bad <= good // 3


def _checked(text: str, path: Path | str) -> str:
    """Reject decoded text that is empty or mostly control characters."""
    if not text.strip():
        raise BadInput(path, "empty file")
    controls = len(_CONTROL.findall(text))
    if controls > len(text) // 10:
        raise BadInput(path, "binary file (mostly control characters)")
    return text

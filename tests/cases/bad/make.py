"""Write the bad-input corpus of this folder from one seed page: damaged, foreign and broken files.

    python tests/cases/bad/make.py

Each file's expected outcome is a row of expected.tsv beside it; tests/test_bad_inputs.py checks every
row, and that this script still writes exactly the committed bytes. Symbolic links and a FIFO cannot
live in git: the test makes them (loop.txt, dangling.txt, pipe.txt) in a copy of this folder.
"""

from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent.parent / "seeds" / "001_36ca73cae5efff82.txt"
GBK_PARAGRAPH = "据悉,包括BOE(京东方)"  # a paragraph with figures (81个项目 …), pasted in from a GBK source
STRAY_AFTER = "本报讯 近日,"  # a stray byte between two characters
DAMAGED_IN = "窨井盖"  # one byte of a character overwritten, in a sentence with no figure


def corpus(text: str) -> dict[str, bytes]:
    """file name → bytes."""
    utf8 = text.encode("utf-8")
    i = utf8.index(STRAY_AFTER.encode()) + len(STRAY_AFTER.encode())
    j = utf8.index(DAMAGED_IN.encode()) + 1
    start = text.index(GBK_PARAGRAPH)
    end = text.index("\n", start)
    last = max(k for k, ch in enumerate(text) if ord(ch) > 0x7F)
    cut = len(text[:last].encode()) + 1  # inside the page's last multi-byte character
    return {
        "clean.txt": utf8,
        "UPPER_CASE.TXT": utf8,
        "crlf_bom.txt": codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode(),
        "gb18030.txt": text.encode("gb18030"),
        "utf16le_bom.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf16le_no_bom.txt": text.encode("utf-16-le"),
        "utf16be_no_bom.txt": text.encode("utf-16-be"),
        "one_stray_byte.txt": utf8[:i] + b"\xff" + utf8[i:],
        "one_damaged_char.txt": utf8[:j] + b"\x41" + utf8[j + 1:],
        "gbk_paragraph.txt": (text[:start].encode() + text[start:end].encode("gbk") + text[end:].encode()),
        "truncated.txt": utf8[:cut],
        "empty.txt": b"",
        "blank.txt": b" \r\n\n\t\n",
        "binary_png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "control_chars.txt": bytes(range(1, 9)) * 200,
        "mostly_garbage.txt": utf8[:300] + b"\xff\xfe\xff\x80" * 400,
        "notes.md": "# 笔记\n不是页面。\n".encode(),
    }


def main() -> None:
    for name, data in corpus(SEED.read_text(encoding="utf-8")).items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()

"""read: every encoding a page arrives in, what is repaired (and said), and every bad file with its reason."""

import codecs
from pathlib import Path

import pytest

from etl.read import BadInput, decode, read_page

TEXT = "成都高新区81个项目总投资额2201.2亿元。高新區\n重庆高新区新签约项目12个。\n"
UTF8 = TEXT.encode("utf-8")
GBK_LINE = "鱼复党群服务中心服务窗口8个，自助事项40个。\n"

GOOD = [
    ("utf-8", UTF8, "utf-8"),
    ("utf-8-bom", codecs.BOM_UTF8 + UTF8, "utf-8-sig"),
    ("utf-16-bom", TEXT.encode("utf-16"), "utf-16-le"),
    ("utf-16-le 无BOM", TEXT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be 无BOM", TEXT.encode("utf-16-be"), "utf-16-be"),
    ("utf-16-be BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    ("gb18030", TEXT.encode("gb18030"), "gb18030"),
    ("gbk", TEXT.encode("gbk"), "gb18030"),
]


@pytest.mark.parametrize(("name", "data", "encoding"), GOOD, ids=[g[0] for g in GOOD])
def test_reads(tmp_path: Path, name: str, data: bytes, encoding: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    page = read_page(path)
    assert (page.text, page.encoding, page.warnings) == (TEXT, encoding, ())


# (id, bytes, the text read, the encoding, the warning's words)
REPAIRED = [
    ("一个坏字节 between two characters", UTF8[:15] + b"\xff" + UTF8[15:],
     TEXT[:5] + "\ufffd" + TEXT[5:], "utf-8", "1 undecodable bytes replaced with U+FFFD at byte 15"),
    ("truncated 末字被截断", UTF8[:-2], TEXT[:-2] + "\ufffd", "utf-8",
     f"2 undecodable bytes replaced with U+FFFD at byte {len(UTF8) - 4}-{len(UTF8) - 3} (the file ends mid-character"),
    ("一段GBK inside UTF-8", UTF8 + GBK_LINE.encode("gbk") + UTF8, TEXT + GBK_LINE + TEXT, "utf-8",
     f"{len(GBK_LINE.encode('gbk'))} bytes read as GB18030 inside a UTF-8 page at byte {len(UTF8)}-"),
    ("一段UTF-8 inside GB18030", (TEXT * 3).encode("gb18030") + GBK_LINE.encode(), TEXT * 3 + GBK_LINE,
     "gb18030", "bytes read as UTF-8 inside a GB18030 page"),
    ("GB18030 with a stray byte", TEXT.encode("gb18030")[:10] + b"\xff" + TEXT.encode("gb18030")[10:],
     TEXT[:5] + "\ufffd" + TEXT[5:], "gb18030", "1 undecodable bytes replaced with U+FFFD at byte 10"),
    ("utf-16 odd length 截断", TEXT.encode("utf-16-le")[:-1], TEXT[:-1] + "\ufffd", "utf-16-le", "truncated"),
]


@pytest.mark.parametrize(("name", "data", "text", "encoding", "warning"), REPAIRED, ids=[r[0] for r in REPAIRED])
def test_damage_is_replaced_and_reported(name: str, data: bytes, text: str, encoding: str, warning: str) -> None:
    page = decode(data, name)
    assert (page.text, page.encoding) == (text, encoding)
    assert len(page.warnings) == 1 and warning in page.warnings[0], page.warnings


BAD = [
    ("empty", b"", "empty file"),
    ("blank", b"  \n\n ", "empty file"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    ("control characters", bytes(range(1, 32)) * 20, "binary file (mostly control characters)"),
    ("mostly undecodable", UTF8[:12] + b"\xff" * 200, "mostly undecodable"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_names_file_and_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    with pytest.raises(BadInput) as err:
        read_page(path)
    assert str(path) in str(err.value) and reason in err.value.reason


def test_huge_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(UTF8 * 100)
    with pytest.raises(BadInput, match="too large"):
        read_page(path, max_bytes=1000)


def test_a_warning_names_the_first_places_then_counts_the_rest() -> None:
    data = b"".join(b"\xff" + UTF8 for _ in range(12))
    (warning,) = decode(data).warnings
    assert warning.startswith("12 undecodable bytes replaced") and warning.endswith("and 4 more places")

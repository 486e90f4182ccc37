"""read: every encoding a page arrives in, and every bad file with its reason."""

import codecs
from pathlib import Path

import pytest

from etl.read import BadInput, read_page

TEXT = "成都高新区81个项目总投资额2201.2亿元。高新區"

GOOD = [
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8-bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    ("utf-16-bom", TEXT.encode("utf-16"), "utf-16"),
    ("gb18030", TEXT.encode("gb18030"), "gb18030"),
    ("gbk", TEXT.encode("gbk"), "gb18030"),
]


@pytest.mark.parametrize(("name", "data", "encoding"), GOOD, ids=[g[0] for g in GOOD])
def test_reads(tmp_path: Path, name: str, data: bytes, encoding: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    assert read_page(path) == (TEXT, encoding)


BAD = [
    ("empty", b"", "empty file"),
    ("blank", b"  \n\n ", "empty file"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    ("truncated-utf8", TEXT.encode("utf-8")[:-1], "truncated UTF-8"),
    ("bad-utf8-middle", TEXT.encode("utf-8")[:10] + b"\xff" + TEXT.encode("utf-8")[10:], "invalid UTF-8"),
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
    path.write_bytes(TEXT.encode("utf-8") * 100)
    with pytest.raises(BadInput, match="too large"):
        read_page(path, max_bytes=1000)

"""Uploads: pages taken, archives unpacked within limits, the unsafe refused with a reason."""

from __future__ import annotations

import io
import zipfile

import pytest

from etl.upload import MB, Limits, unpack

PAGE = "成都高新区今年计划实施重点项目81个，年度计划投资240.9亿元。\n".encode()
SMALL = Limits(file_bytes=1 * MB, files=3, total_bytes=2 * MB)


def zipped(*members: tuple[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(("uploads", "pages"), [
    ([("成都.txt", PAGE)], ["成都.txt"]),
    ([("a.TXT", PAGE), ("b.txt", PAGE)], ["a.TXT", "b.txt"]),
    ([("pages.zip", zipped(("2024/成都.txt", PAGE), ("2024/常州.txt", PAGE)))], ["成都.txt", "常州.txt"]),
    ([("mac.zip", zipped(("a.txt", PAGE), ("__MACOSX/._a.txt", b"\x00\x05"), ("x/.DS_Store", b"\x00")))], ["a.txt"]),
], ids=["一个页面 one page", "两个页面 two pages", "压缩包 a zip of pages", "苹果的附加文件 macOS extras ignored"])
def test_pages_are_taken(uploads: list, pages: list) -> None:
    out = unpack(uploads, SMALL)
    assert sorted(out.pages) == sorted(pages) and not out.refused


@pytest.mark.parametrize(("uploads", "refused", "reason"), [
    ([("big.txt", b"x" * (MB + 1))], "big.txt", "文件过大"),
    ([("a.txt", PAGE), ("b.txt", PAGE), ("c.txt", PAGE), ("d.txt", PAGE)], "d.txt", "页面过多"),
    ([("a.txt", b"x" * (MB - 10)), ("b.txt", b"x" * (MB - 10)), ("c.txt", b"x" * 100)], "c.txt", "合计过大"),
    ([("photo.jpg", b"\xff\xd8\xff")], "photo.jpg", "只接受 .txt"),
    ([("fake.zip", b"PK not really")], "fake.zip", "不是有效的 zip"),
    ([("evil.zip", zipped(("ok.txt", PAGE), ("../../etc/evil.txt", PAGE)))], "evil.zip", "路径 ../../etc/evil.txt"),
    ([("abs.zip", zipped(("/etc/passwd.txt", PAGE)))], "abs.zip", "不安全的路径"),
    ([("win.zip", zipped(("..\\evil.txt", PAGE)))], "win.zip", "不安全的路径"),
    ([("bomb.zip", zipped(("zeros.txt", b"\x00" * (50 * MB))))], "bomb.zip", "疑似压缩炸弹"),
    ([("many.zip", zipped(*[(f"{i}.txt", PAGE) for i in range(4)]))], "many.zip", "文件过多"),
    ([("mixed.zip", zipped(("a.txt", PAGE), ("img/cover.png", b"\x89PNG")))], "mixed.zip/img/cover.png", "不是 .txt"),
    ([("inner.zip", zipped(("pages.zip", zipped(("a.txt", PAGE)))))], "inner.zip/pages.zip", "不是 .txt"),
    ([("a.zip", zipped(("x/a.txt", PAGE), ("y/a.txt", b"other")))], "a.zip/y/a.txt", "同名"),
], ids=["过大的页面 oversized page", "页面过多 too many pages", "合计过大 total too large", "图片 a picture",
        "假的压缩包 not a zip", "../ 路径 traversal", "绝对路径 absolute path", "反斜杠 ..\\ backslash",
        "压缩炸弹 zip bomb", "压缩包文件过多 too many members", "压缩包里的图片 a picture inside",
        "压缩包套压缩包 a zip in a zip", "同名 same name twice"])
def test_refused_with_a_reason(uploads: list, refused: str, reason: str) -> None:
    out = unpack(uploads, SMALL)
    reasons = dict(out.refused)
    assert refused in reasons and reason in reasons[refused], out.refused


def test_an_unsafe_zip_gives_no_page_at_all() -> None:
    out = unpack([("evil.zip", zipped(("ok.txt", PAGE), ("../evil.txt", PAGE))), ("fine.txt", PAGE)], SMALL)
    assert list(out.pages) == ["fine.txt"] and [n for n, _ in out.refused] == ["evil.zip"]


def test_a_bomb_is_stopped_at_the_limit_not_unpacked_whole() -> None:
    """The sizes in a zip's headers can lie; the reader stops after the limit, whatever they say."""
    data = bytearray(zipped(("zeros.txt", b"\x00" * (20 * MB))))
    local = data.index(b"PK\x03\x04")
    data[local + 22:local + 26] = (100).to_bytes(4, "little")  # claim 100 bytes unpacked in the local header
    central = data.index(b"PK\x01\x02")
    data[central + 24:central + 28] = (100).to_bytes(4, "little")  # and in the central directory
    out = unpack([("liar.zip", bytes(data))], SMALL)
    assert not out.pages and out.refused and out.refused[0][0] == "liar.zip"

"""Files uploaded in the browser → page files to load, or refusals with a reason.

A .txt file is a page; a .zip holds pages. Limits guard the server: the size of each page, the number
of pages, the total unpacked size. A zip is refused whole when it is not one, when a member's name
would leave the folder (../x.txt, /etc/x.txt), or when it unpacks beyond the limits (a zip bomb: sizes
are measured while unpacking, never taken from the archive's own headers). Members that are not .txt
are refused one by one. Whether a page's bytes are text at all is read.py's call, in the ETL.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MB = 1024 * 1024
IGNORED = ("__MACOSX/", ".DS_Store", "Thumbs.db")  # what archivers add by themselves


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 5 * MB  # one page (a newspaper page is tens of kB)
    files: int = 500  # pages in one upload
    total_bytes: int = 100 * MB  # all pages of one upload, unpacked

    def describe(self) -> str:
        return (f"每个页面不超过 {self.file_bytes // MB} MB，一次最多 {self.files} 个页面，"
                f"解压后合计不超过 {self.total_bytes // MB} MB")


@dataclass
class Unpacked:
    pages: dict[str, bytes] = field(default_factory=dict)  # file name → bytes
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name as uploaded, reason)
    total: int = 0  # bytes of the pages taken

    def take(self, name: str, data: bytes, limits: Limits, shown: str) -> None:
        """Keep a page unless it breaks a limit or its name is taken already."""
        if len(data) > limits.file_bytes:
            self.refused.append((shown, f"文件过大（{len(data) / MB:.1f} MB，上限 {limits.file_bytes // MB} MB）"))
        elif len(self.pages) >= limits.files:
            self.refused.append((shown, f"页面过多（一次最多 {limits.files} 个）"))
        elif self.total + len(data) > limits.total_bytes:
            self.refused.append((shown, f"合计过大（上限 {limits.total_bytes // MB} MB）"))
        elif name in self.pages:
            self.refused.append((shown, f"与本次上传中另一个 {name} 同名，请改名后再上传"))
        else:
            self.pages[name] = data
            self.total += len(data)


class Refused(Exception):
    """A whole archive refused; the message is the reason shown to the user."""


def unpack(uploads: Iterable[tuple[str, bytes]], limits: Limits | None = None) -> Unpacked:
    """Uploaded (name, bytes) → the pages to load and what was refused, with reasons."""
    limits = limits or Limits()
    out = Unpacked()
    for name, data in uploads:
        suffix = Path(name).suffix.lower()
        if suffix == ".txt":
            out.take(Path(name).name, data, limits, name)
        elif suffix == ".zip":
            try:
                members = _members(data, limits)
            except Refused as exc:
                out.refused.append((name, str(exc)))
                continue
            for member, content in members:
                if PurePosixPath(member).suffix.lower() != ".txt":
                    out.refused.append((f"{name}/{member}", "不是 .txt 文本文件"))
                else:
                    out.take(PurePosixPath(member).name, content, limits, f"{name}/{member}")
        else:
            out.refused.append((name, "只接受 .txt 页面文件或 .zip 压缩包"))
    return out


def _members(data: bytes, limits: Limits) -> list[tuple[str, bytes]]:
    """The files of a zip archive, each read no further than the limits allow; Refused if unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise Refused(f"不是有效的 zip 压缩包（{exc}）") from exc
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir() and not i.filename.startswith(IGNORED)
                 and PurePosixPath(i.filename).name not in IGNORED]
        for info in infos:
            parts = PurePosixPath(info.filename.replace("\\", "/")).parts
            if info.filename.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
                raise Refused(f"压缩包里有不安全的路径 {info.filename}（指向压缩包之外），整个压缩包未导入")
        if len(infos) > limits.files:
            raise Refused(f"压缩包里文件过多（{len(infos)} 个，上限 {limits.files} 个）")
        out, total = [], 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise Refused(f"压缩包里的 {info.filename} 有密码，无法读取")
            budget = min(limits.file_bytes, limits.total_bytes - total)
            try:
                with archive.open(info) as member:
                    content = member.read(budget + 1)  # never more than the limits, whatever the headers say
            except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError) as exc:
                raise Refused(f"压缩包里的 {info.filename} 无法解压（{exc}）") from exc
            if len(content) > budget:
                raise Refused(f"解压后过大（{info.filename} 超过 {budget // MB} MB；疑似压缩炸弹），整个压缩包未导入")
            total += len(content)
            out.append((info.filename, content))
        return out


def write(pages: dict[str, bytes], folder: str | Path) -> None:
    """Put the pages in a folder for the ETL (names are plain file names: unpack() made them so)."""
    for name, data in pages.items():
        (Path(folder) / name).write_bytes(data)

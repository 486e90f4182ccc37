"""The inputs named on the command line → the page files to read, and every entry skipped with its reason.

A page is a regular file whose name ends in .txt in any case (a.txt, B.TXT). Folders are walked
recursively, following symbolic links to folders once each (a link back up the tree is a loop, reported).
Nothing found is dropped without a word: other files, broken links, link loops, FIFOs and devices come
back as skipped entries for the summary.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SUFFIX = ".txt"


class InputError(Exception):
    """The inputs cannot give a database: a path that does not exist, or no readable page at all."""


@dataclass
class Found:
    """(path, doc) of each page file, sorted by path, and (path, reason) of each entry skipped."""

    jobs: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def find_pages(inputs: Iterable[str | Path]) -> Found:
    """Walk the inputs; raise InputError naming every input path that does not exist.

    doc is the file name; where two files share a name, their relative paths tell them apart."""
    inputs = [Path(p) for p in inputs]
    missing = [str(p) for p in inputs if not p.exists() and not p.is_symlink()]
    if missing:
        raise InputError("输入不存在 input not found: " + ", ".join(missing))
    files: set[str] = set()
    skipped: list[tuple[str, str]] = []
    for item in inputs:
        entries = _walk(item, skipped) if item.is_dir() else [item]
        for path in entries:
            reason = _not_a_page(path)
            if reason:
                skipped.append((str(path), reason))
            else:
                files.add(str(path))
    names = Counter(Path(f).name for f in files)
    jobs = [(f, Path(f).name if names[Path(f).name] == 1 else os.path.relpath(f).replace(os.sep, "/"))
            for f in sorted(files)]
    return Found(jobs, sorted(skipped))


def _walk(folder: Path, skipped: list[tuple[str, str]]) -> list[Path]:
    """Every non-folder entry under `folder`; a folder link to a folder already walked is skipped as a loop."""
    seen = {os.path.realpath(folder)}
    out: list[Path] = []

    def on_error(err: OSError) -> None:
        skipped.append((str(err.filename), f"cannot be read ({err.strerror})"))

    for root, dirs, names in os.walk(folder, followlinks=True, onerror=on_error):
        for d in list(dirs):
            real = os.path.realpath(os.path.join(root, d))
            if real in seen:
                dirs.remove(d)
                skipped.append((os.path.join(root, d), "symlink loop (links to a folder already read)"))
            seen.add(real)
        dirs.sort()
        out.extend(Path(root, n) for n in names)
    return out


def _not_a_page(path: Path) -> str | None:
    """Why a file is no page, or None for a page file to read."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            return "symlink loop" if exc.errno == errno.ELOOP else "broken symlink"
        return f"cannot be read ({exc.strerror or exc})"
    if not path.name.lower().endswith(PAGE_SUFFIX):
        return f"not a {PAGE_SUFFIX} file"
    if not stat.S_ISREG(mode):
        return "not a regular file"
    return None

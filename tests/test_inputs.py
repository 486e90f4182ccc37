"""inputs: which files are pages, and every entry that is not, with its reason."""

import os
from pathlib import Path

import pytest

from etl.inputs import InputError, find_pages


def _tree(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    for name in ("a.txt", "B.TXT", "sub/c.Txt", "notes.md", "scan.pdf", ".DS_Store"):
        (root / name).write_text("成都高新区", encoding="utf-8")
    (root / "loop.txt").symlink_to("loop.txt")
    (root / "dangling.txt").symlink_to("gone.txt")
    (root / "sub" / "up").symlink_to("..")  # a folder link back up the tree
    (root / "link.txt").symlink_to(root / "a.txt")
    os.mkfifo(root / "pipe.txt")  # reading a FIFO would hang the run


EXPECTED = [
    ("a.txt", None),
    ("B.TXT", None),
    ("sub/c.Txt", None),
    ("link.txt", None),  # a link to a page is a page
    ("notes.md", "not a .txt file"),
    ("scan.pdf", "not a .txt file"),
    (".DS_Store", "not a .txt file"),
    ("loop.txt", "symlink loop"),
    ("dangling.txt", "broken symlink"),
    ("sub/up", "symlink loop (links to a folder already read)"),
    ("pipe.txt", "not a regular file"),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str | None]]:
    root = tmp_path_factory.mktemp("inputs")
    _tree(root)
    result = find_pages([root])
    outcome: dict[str, str | None] = {os.path.relpath(p, root): None for p, _ in result.jobs}
    outcome |= {os.path.relpath(p, root): reason for p, reason in result.skipped}
    return root, outcome


@pytest.mark.parametrize(("name", "reason"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_every_entry_is_a_page_or_skipped_with_its_reason(found: tuple, name: str, reason: str | None) -> None:
    assert found[1][name] == reason


def test_nothing_found_is_left_out(found: tuple) -> None:
    assert set(found[1]) == {name for name, _ in EXPECTED}


def test_a_missing_input_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="/no/such/dir"):
        find_pages([tmp_path, "/no/such/dir"])


def test_files_named_directly_are_pages_whatever_their_case(tmp_path: Path) -> None:
    (tmp_path / "X.TXT").write_text("x", encoding="utf-8")
    assert find_pages([tmp_path / "X.TXT"]).jobs == [(str(tmp_path / "X.TXT"), "X.TXT")]

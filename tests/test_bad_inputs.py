"""The bad-input corpus (tests/cases/bad/): every file has the outcome expected.tsv states, and a page that
is mostly readable loses none of its figures."""

from __future__ import annotations

import csv
import importlib.util
import os
import shutil
from pathlib import Path

import pytest

from etl.cli import main
from tests.conftest import ROOT, query

BAD = ROOT / "tests" / "cases" / "bad"
with open(BAD / "expected.tsv", encoding="utf-8") as fh:
    EXPECTED = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
FIGURE = "park, metric, value, unit, qualifier, from_value, value_low, subject, scope, status, year"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The corpus copied, with the entries git cannot hold, then loaded by the real CLI."""
    folder = tmp_path_factory.mktemp("bad") / "bad"
    shutil.copytree(BAD, folder)
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.txt").symlink_to("gone.txt")
    os.mkfifo(folder / "pipe.txt")
    db = folder.parent / "bad.duckdb"
    assert main(["etl", "--input", str(folder), "--db", str(db)]) == 0
    return folder, db


def _figures(db: Path, name: str) -> list[tuple]:
    """The figures of a file's text: its own document's, or, for a copy of another file's text, that one's."""
    return query(db, f"select {FIGURE} from metrics where doc = (select d.doc from documents d join files f "
                     f"using (doc_hash) where f.doc = ?) order by {FIGURE}", [name])


@pytest.mark.parametrize("row", EXPECTED, ids=[r["file"] for r in EXPECTED])
def test_each_file_has_its_stated_outcome(corpus_db: tuple[Path, Path], row: dict[str, str]) -> None:
    folder, db = corpus_db
    name, says = row["file"], row["says"]
    loaded = query(db, "select warnings from files where doc = ?", [name])
    problems = query(db, "select reason, kind from rejected where path = ?", [str(folder / name)])
    if row["outcome"] == "loaded":
        assert not problems and len(loaded) == 1
        warnings = loaded[0][0]
        assert (warnings == []) if says == "-" else (len(warnings) == 1 and says in warnings[0]), warnings
    else:
        assert not loaded and len(problems) == 1
        reason, kind = problems[0]
        assert kind == row["outcome"] and says in reason, reason
    clean = _figures(db, "clean.txt")
    assert clean and _figures(db, name) == (clean if row["figures"] == "clean" else [])


def test_a_document_keeps_the_warnings_of_the_file_it_is_named_by(corpus_db: tuple[Path, Path]) -> None:
    _, db = corpus_db
    rows = query(db, "select d.doc, d.warnings, f.warnings from documents d join files f using (doc) order by doc")
    assert [doc for doc, _, _ in rows if _] and all(d == f for _, d, f in rows)
    assert ("one_stray_byte.txt",) in query(db, "select doc from documents")  # damaged: a text of its own


def test_the_table_covers_every_file() -> None:
    assert {p.name for p in BAD.iterdir()} | {"loop.txt", "dangling.txt", "pipe.txt"} == {r["file"] for r in EXPECTED}


def test_the_script_writes_the_committed_corpus() -> None:
    spec = importlib.util.spec_from_file_location("make_bad_corpus", BAD / "make.py")
    assert spec and spec.loader
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    written = make.corpus(make.SEED.read_text(encoding="utf-8"))
    assert {name: (BAD / name).read_bytes() for name in written} == written

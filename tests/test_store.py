"""The store: pages added, updated, skipped and repeated; any order gives the same tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from etl import store
from etl.cli import main
from etl.pipeline import NoReadablePage, run
from etl.store import Files, Plan, plan
from tests.conftest import PAGES, SEEDS, query

TABLES = ["files", "documents", "articles", "parks", "metrics", "terms", "rejected", "meta"]
NEW_PAGE = PAGES / "page_e_briefs.txt"
V = "v1"


@pytest.mark.parametrize(("files", "documents", "expected"), [
    ({"a.txt": "h1"}, {}, Plan(build=["a.txt"], drop=[])),
    ({"a.txt": "h1"}, {"a.txt": ("h1", V)}, Plan(build=[], drop=[])),
    ({"a.txt": "h2"}, {"a.txt": ("h1", V)}, Plan(build=["a.txt"], drop=["a.txt"])),
    ({"a.txt": "h1"}, {"a.txt": ("h1", "v0")}, Plan(build=["a.txt"], drop=["a.txt"])),
    ({"a.txt": "h1", "b.txt": "h1"}, {"a.txt": ("h1", V)}, Plan(build=[], drop=[])),
    ({"a.txt": "h1", "b.txt": "h1"}, {"b.txt": ("h1", V)}, Plan(build=["a.txt"], drop=["b.txt"])),
    ({"a.txt": "h2", "b.txt": "h1"}, {"a.txt": ("h1", V)}, Plan(build=["a.txt", "b.txt"], drop=["a.txt"])),
], ids=["新页面 new", "未变 unchanged", "更新 changed text", "新提取器 new extractor", "重复 duplicate",
        "重复的名字更小 a smaller name takes the text", "改名后旧文本仍在 the old text moves to its other name"])
def test_plan(files: dict, documents: dict, expected: Plan) -> None:
    assert plan(files, documents, V) == expected


@pytest.mark.parametrize(("known", "name", "doc_hash", "expected"), [
    ({}, "a.txt", "h1", ("new", None)),
    ({"a.txt": "h1"}, "a.txt", "h1", ("unchanged", None)),
    ({"a.txt": "h1"}, "a.txt", "h2", ("updated", None)),
    ({"a.txt": "h1"}, "b.txt", "h1", ("duplicate", "a.txt")),
    ({"b.txt": "h1", "c.txt": "h1"}, "a.txt", "h1", ("duplicate", "b.txt")),
    ({"a.txt": "h1", "b.txt": "h2"}, "b.txt", "h1", ("duplicate", "a.txt")),
], ids=["新 new", "未变 unchanged", "更新 updated", "重复 duplicate", "重复的第一个 duplicate of the first",
        "改成另一页的文本 becomes a copy"])
def test_outcome(known: dict, name: str, doc_hash: str, expected: tuple) -> None:
    assert Files(known).outcome(name, doc_hash) == expected


def dump(db: Path) -> dict[str, list[tuple]]:
    return {t: query(db, f"select * from {t} order by all") for t in TABLES}


def folder(tmp_path: Path, name: str, files: dict[str, Path | str]) -> Path:
    """A folder of page files: name → a file to copy or the text to write."""
    out = tmp_path / name
    out.mkdir()
    for target, source in files.items():
        if isinstance(source, Path):
            shutil.copy(source, out / target)
        else:
            (out / target).write_text(source, encoding="utf-8")
    return out


@pytest.fixture
def seeds_copy(tmp_path: Path, seeds_db: Path) -> Path:
    db = tmp_path / "g.duckdb"
    shutil.copy(seeds_db, db)
    return db


def test_a_new_page_is_added_and_the_seeds_stay(tmp_path: Path, seeds_copy: Path, seeds_db: Path) -> None:
    extra = folder(tmp_path, "new", {NEW_PAGE.name: NEW_PAGE})
    summary = run([extra], seeds_copy)
    assert summary.outcomes["new"] == [NEW_PAGE.name] and summary.change.added > 0
    seeds_figures = set(query(seeds_db, "select figure_id, park, metric, value from metrics"))
    now = set(query(seeds_copy, "select figure_id, park, metric, value from metrics"))
    assert seeds_figures < now
    assert len(now - seeds_figures) == summary.change.added == query(
        seeds_copy, "select count(*) from metrics where doc = ?", [NEW_PAGE.name])[0][0]


def test_the_same_command_again_changes_nothing(tmp_path: Path, seeds_copy: Path) -> None:
    extra = folder(tmp_path, "new", {NEW_PAGE.name: NEW_PAGE})
    run([SEEDS, extra], seeds_copy)
    before, stat = dump(seeds_copy), seeds_copy.stat()
    summary = run([SEEDS, extra], seeds_copy)
    assert len(summary.outcomes["unchanged"]) == 6 and not summary.change.written
    assert summary.change.built == 0 and summary.articles == 0  # nothing extracted again
    assert dump(seeds_copy) == before
    assert (seeds_copy.stat().st_ino, seeds_copy.stat().st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns)


def test_a_renamed_copy_is_a_duplicate_and_adds_no_figure(tmp_path: Path, seeds_copy: Path, capsys) -> None:
    copy = folder(tmp_path, "copy", {"renamed.txt": SEEDS / "001_36ca73cae5efff82.txt"})
    before = dump(seeds_copy)
    assert main(["etl", "--input", str(copy), "--db", str(seeds_copy)]) == 0
    assert "重复 duplicate: renamed.txt = 001_36ca73cae5efff82.txt" in capsys.readouterr().out
    after = dump(seeds_copy)
    assert {t: after[t] for t in TABLES if t != "files"} == {t: before[t] for t in TABLES if t != "files"}
    assert [r[0] for r in after["files"]] == [*sorted(p.name for p in SEEDS.glob("*.txt")), "renamed.txt"]


def test_rebuild_on_the_same_inputs_gives_identical_tables(tmp_path: Path, seeds_copy: Path) -> None:
    extra = folder(tmp_path, "new", {NEW_PAGE.name: NEW_PAGE, "renamed.txt": SEEDS / "001_36ca73cae5efff82.txt"})
    run([extra], seeds_copy)
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copy(seeds_copy, rebuilt)
    summary = run([SEEDS, extra], rebuilt, rebuild=True)
    assert summary.change.built == 6
    assert dump(rebuilt) == dump(seeds_copy)


def test_any_order_gives_the_same_tables(tmp_path: Path) -> None:
    """Pages one by one, forwards and backwards, a renamed copy first or last: the same tables."""
    pages = {p.name: p for p in sorted(SEEDS.glob("*.txt"))[:3]} | {"000_copy.txt": SEEDS / "001_36ca73cae5efff82.txt"}
    every = folder(tmp_path, "pages", pages)
    dumps = []
    for label, order in (("forward", sorted(pages)), ("backward", sorted(pages, reverse=True))):
        db = tmp_path / f"{label}.duckdb"
        for name in order:
            run([every / name], db)
        dumps.append(dump(db))
    together = tmp_path / "together.duckdb"
    run([every], together)
    assert dumps[0] == dumps[1] == dump(together)
    assert ("000_copy.txt",) in query(together, "select doc from documents")  # the smallest name holds the text


def test_a_changed_page_replaces_its_old_figures(tmp_path: Path, seeds_copy: Path) -> None:
    name = "001_36ca73cae5efff82.txt"
    first = query(seeds_copy, "select figure_id from metrics where doc = ?", [name])
    text = (SEEDS / name).read_text(encoding="utf-8").replace("2201.2亿元", "2301.2亿元")
    summary = run([folder(tmp_path, "changed", {name: text})], seeds_copy)
    assert summary.outcomes["updated"] == [name]
    values = {v for (v,) in query(seeds_copy, "select value from metrics where doc = ?", [name])}
    assert 230120000000.0 in values and 220120000000.0 not in values
    assert not set(first) & set(query(seeds_copy, "select figure_id from metrics where doc = ?", [name]))
    assert query(seeds_copy, "select count(*) from documents")[0][0] == 5


def test_a_new_extractor_extracts_every_page_again(seeds_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = dump(seeds_copy)
    monkeypatch.setattr(store, "extractor_version", lambda: "next")
    summary = run([], seeds_copy)  # no input at all: the stored pages are read again
    assert summary.change.built == 5 and summary.change.written
    after = dump(seeds_copy)
    assert {r[4] for r in after["files"]} == {"next"}  # files: doc, doc_hash, path, encoding, extractor …
    assert {t: after[t] for t in ("articles", "metrics", "terms", "parks")} == \
           {t: before[t] for t in ("articles", "metrics", "terms", "parks")}


def test_a_damaged_page_keeps_its_warning_when_extracted_again(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    data = NEW_PAGE.read_bytes()
    cut = data.index("。".encode()) + 3  # a stray byte between two characters
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "damaged.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    db = tmp_path / "g.duckdb"
    said = f"1 undecodable bytes replaced with U+FFFD at byte {cut}"
    assert run([tmp_path / "in"], db).warnings == [(str(tmp_path / "in" / "damaged.txt"), said)]
    stored = query(db, "select f.warnings, d.warnings from files f join documents d using (doc)")
    assert stored == [([said], [said])]
    monkeypatch.setattr(store, "extractor_version", lambda: "next")
    assert run([], db).change.built == 1  # read again from the stored text, not from the file
    assert query(db, "select f.warnings, d.warnings from files f join documents d using (doc)") == stored


def test_a_database_in_an_older_layout_keeps_its_pages(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (doc VARCHAR, path VARCHAR, encoding VARCHAR, text VARCHAR)")
    con.execute("INSERT INTO documents VALUES (?, ?, 'utf-8', ?)",
                [NEW_PAGE.name, str(NEW_PAGE), NEW_PAGE.read_text(encoding="utf-8")])
    con.close()
    run([SEEDS / "000_a6030b78951b7747.txt"], db)
    assert query(db, "select doc from documents order by doc") == [("000_a6030b78951b7747.txt",), (NEW_PAGE.name,)]


def test_bad_input_loses_nothing(tmp_path: Path, seeds_copy: Path) -> None:
    bad = folder(tmp_path, "bad", {"empty.txt": ""})
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 10)
    before = dump(seeds_copy)
    with pytest.raises(NoReadablePage, match="no readable page") as refused:  # nothing to add: the run is refused
        run([bad], seeds_copy)
    assert {p.rsplit("/", 1)[-1] for p, _ in refused.value.summary.rejected} == {"empty.txt", "binary.txt"}
    assert dump(seeds_copy) == before
    shutil.copy(NEW_PAGE, bad / NEW_PAGE.name)
    summary = run([bad], seeds_copy)  # one readable page among them: it is added, the others named
    assert summary.outcomes["new"] == [NEW_PAGE.name]
    after = dump(seeds_copy)
    assert set(before["metrics"]) < set(after["metrics"])
    assert [(Path(p).name, kind) for p, _, kind in after["rejected"]] == [("binary.txt", "rejected"),
                                                                           ("empty.txt", "rejected")]


def test_two_workers_give_the_same_store(tmp_path: Path, seeds_db: Path) -> None:
    db = tmp_path / "w2.duckdb"
    run([SEEDS], db, workers=2)
    assert dump(db) == dump(seeds_db)


def test_the_extractor_version_follows_the_extraction_code_only() -> None:
    hashed = {p.name for p in store.extraction_files()}
    assert {"normalise.py", "metrics.py", "pipeline.py", "metrics.yaml"} <= hashed
    assert not hashed & {"cli.py", "store.py", "reviews.py", "upload.py", "inputs.py", "engines.py"}
    assert all(p.resolve().is_relative_to(store.ETL_DIR) for p in store.extraction_files())
    assert not (store.ETL_DIR / "samples").exists()  # the shipped seed pages live outside the extractor
    assert len(store.extractor_version()) == 16


ONE_PARK_TWO_NAMES = {"a.txt": "晋中开发区项目集中开工\n\n本报讯 晋中开发区集中开工项目14个，总投资210亿元。",
                      "b.txt": "山西晋中经济技术开发区签约\n\n本报讯 山西晋中经济技术开发区新签约项目8个。"}


def test_a_park_named_as_written_on_one_page_takes_the_listed_name_used_on_another(tmp_path: Path) -> None:
    alone, both = tmp_path / "alone.duckdb", tmp_path / "both.duckdb"
    pages = folder(tmp_path, "pages", ONE_PARK_TWO_NAMES)
    run([pages / "a.txt"], alone)
    assert {r[0] for r in query(alone, "select park from metrics")} == {"晋中开发区"}  # as the page writes it
    run([pages], both)
    assert {r[0] for r in query(both, "select park from metrics union select park from articles"
                                      " where park is not null")} == {"晋中经开区"}  # one park, one bar

"""End to end: the CLI writes a real DuckDB file; we query it and score it like the judges do."""

from __future__ import annotations

import codecs
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import duckdb
import pytest

from etl import load
from etl.cli import main
from etl.evaluate import scores
from etl.pipeline import process_text
from tests.conftest import EVAL, ROOT, SEEDS, query, score

TABLES = ["documents", "articles", "parks", "metrics", "terms", "rejected"]


# Labelled sets in tests/eval (FORMAT.md layout): the floor each keeps, and how many non-park figures it may
# credit to parks. seeds and dev are the judges' (copies of shared/eval); own_a … own_d our own, written and
# labelled from real reporting before the ETL ever ran on them (own_c keeps real published passages as written).
# (F1 floor, most non-park figures credited) per labelled set; own_e … own_i were held out until measured
class Floor(NamedTuple):
    f1: float
    negatives: int  # most non-park figures credited
    wrong_years: int = 0  # page years wrong
    found: float = 0.95  # share of articles found
    splits: int = 0  # extra names for one park


# own_k … own_ak were scored once on first sight (F1 0.595, 0.296, 0.715, 0.828, 0.866, 0.933, 0.533, 0.523,
# 0.574, 0.386, 0.581, 0.200, 0.738, 0.895, 0.000, 0.500, 0.965, 0.708, 0.767, 0.852, 0.615, 0.385, 0.588,
# 1.000, 0.884, 0.000; own_al … own_as 0.656, 0.884, 0.634, 0.552, 0.290, 0.652, 0.843, 0.753; own_au 0.543)
# before any rule was
# written against them (own_z: one mis-edged name renamed all its park's figures); own_o's
# 定西经济开发区/定西高新区 are one park by its labeller's reading.
FLOORS = {"seeds": Floor(0.95, 0), "dev": Floor(0.95, 3), "own_a": Floor(0.95, 3), "own_b": Floor(0.95, 3),
          "own_c": Floor(0.90, 3), "own_d": Floor(0.90, 5), "own_e": Floor(0.85, 10), "own_f": Floor(0.90, 3),
          "own_g": Floor(0.85, 5), "own_h": Floor(0.95, 2), "own_i": Floor(0.95, 2), "own_j": Floor(0.95, 2),
          "own_k": Floor(0.90, 6, found=0.90), "own_m": Floor(0.80, 6, wrong_years=1),
          "own_n": Floor(0.80, 12), "own_o": Floor(0.90, 5, splits=1), "own_p": Floor(0.92, 7),
          "own_q": Floor(0.85, 2), "own_r": Floor(0.88, 3), "own_s": Floor(0.75, 2, wrong_years=1),
          "own_t": Floor(0.90, 4), "own_u": Floor(0.76, 5, wrong_years=1, splits=1),
          "own_v": Floor(0.82, 1), "own_w": Floor(0.80, 2), "own_x": Floor(0.85, 2), "own_y": Floor(0.95, 1),
          "own_z": Floor(0.50, 5), "own_aa": Floor(0.75, 2), "own_ab": Floor(0.97, 1), "own_ac": Floor(0.95, 2),
          "own_ad": Floor(0.92, 4), "own_ae": Floor(0.93, 3), "own_af": Floor(0.68, 1), "own_ag": Floor(0.77, 2),
          "own_ah": Floor(0.60, 5), "own_ai": Floor(0.95, 0), "own_aj": Floor(0.90, 1), "own_ak": Floor(0.30, 0),
          "own_al": Floor(0.78, 1), "own_am": Floor(0.90, 2), "own_an": Floor(0.77, 5, found=0.90),
          "own_ao": Floor(0.87, 5), "own_ap": Floor(0.28, 1, found=0.88), "own_aq": Floor(0.75, 8),
          "own_ar": Floor(0.93, 6, found=0.88), "own_as": Floor(0.82, 4, found=0.92), "own_au": Floor(0.72, 13)}


@pytest.mark.parametrize("name", list(FLOORS))
def test_labelled_sets_score_above_their_floor(name: str) -> None:
    """gaoxin eval on each set: F1, non-park figures credited, page years right, articles found, one name a park."""
    floor = FLOORS[name]
    result = scores(EVAL / name)
    assert result["f1"] >= floor.f1, result
    assert result["negatives_attributed"] <= floor.negatives, result
    right, pages = map(int, result["page_year"].split("/"))
    assert right >= pages - floor.wrong_years, result
    found, articles = map(int, result["articles_found"].split("/"))
    assert found >= floor.found * articles, result
    assert result["park_name_splits"] <= floor.splits, result


def test_own_unseen_pages_score_above_bar(pages_db: Path) -> None:
    """Traditional script in GB18030, UTF-8 with BOM, full-width digits, 美元, city and county articles."""
    result = score(pages_db, "pages_gold.jsonl", "pages_negatives.jsonl")
    assert result["f1"] >= 0.95, result
    assert result["negatives_attributed"] == 0, result


def test_gaoxin_eval_prints_the_judges_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(EVAL / "seeds"), "--show", "5"]) == 0
    out = capsys.readouterr().out
    assert "f1:" in out and "articles_found:" in out and "page_year:" in out
    assert main(["eval", str(ROOT / "seeds")]) == 2  # page files alone are no labelled set


def test_tables_and_contract_columns(seeds_db: Path) -> None:
    tables = {r[0] for r in query(seeds_db, "select table_name from information_schema.tables")}
    assert set(TABLES) <= tables
    cols = {r[0] for r in query(seeds_db, "select column_name from information_schema.columns "
                                          "where table_name = 'metrics'")}
    assert {"park", "category", "metric", "value", "unit", "qualifier", "from_value", "subject", "scope", "year",
            "year_source", "doc", "article_id", "sentence", "span_start", "span_end"} <= cols


def test_every_span_points_at_its_figure_in_the_normalised_text(seeds_db: Path) -> None:
    rows = query(seeds_db, "select d.text, m.span_start, m.span_end, m.sentence, m.sentence_start from metrics m "
                           "join documents d using (doc)")
    assert rows
    for text, start, end, sentence, s0 in rows:
        assert sentence[start - s0:end - s0] == text[start:end]
        assert any(ch.isdigit() or ch in "一二两三四五六七八九十" for ch in text[start:end])


def test_figures_of_cities_and_counties_are_not_park_figures(seeds_db: Path) -> None:
    parks = {r[0] for r in query(seeds_db, "select distinct park from metrics")}
    assert not parks & {"聊城市", "莘县", "东昌府区", "中关村"}
    assert query(seeds_db, "select count(*) from metrics where sentence like '%整体工作项目6个%'") == [(0,)]


def test_years_follow_the_page(seeds_db: Path) -> None:
    years = dict(query(seeds_db, "select doc, year from documents"))
    assert years == {"000_a6030b78951b7747.txt": None, "001_36ca73cae5efff82.txt": 2024,
                     "002_d81e7fddda0856ce.txt": 2023, "003_ab11b81221d97ae2.txt": 2023,
                     "004_fd15a0a8ebaf1b20.txt": 2019}
    assert query(seeds_db, "select distinct year, year_source from metrics where value = 740") == [(2022, "explicit")]


def test_terms_keep_park_names_whole(seeds_db: Path) -> None:
    top = [r[0] for r in query(seeds_db, "select term from terms where park = '成都高新区' group by term "
                                         "order by sum(n) desc limit 30")]
    assert "成都高新区" in top
    assert query(seeds_db, "select count(*) from terms where term in ('的', '高', '新区')") == [(0,)]


def _bad_input_folder(folder: Path) -> None:
    seed = SEEDS / "001_36ca73cae5efff82.txt"
    text = seed.read_text(encoding="utf-8")
    shutil.copy(seed, folder / "page_utf8.txt")
    (folder / "page_gb18030.txt").write_bytes(text.encode("gb18030"))
    (folder / "page_bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    data = text.encode("utf-8")
    cut = data.index("区".encode()) + 2  # cut inside a three-byte character, as a broken download does
    (folder / "truncated.txt").write_bytes(data[:cut])


def test_bad_input_is_named_and_the_rest_is_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _bad_input_folder(folder)
    db = tmp_path / "out.duckdb"
    proc = subprocess.run([sys.executable, "-m", "etl", "--input", str(folder), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for name, reason in [("empty.txt", "rejected: .* empty file"), ("binary.txt", "rejected: .* binary"),
                         ("truncated.txt", "warning: .* 2 undecodable bytes replaced .* truncated")]:
        assert any(name in line and re.search(reason, line) for line in proc.stdout.splitlines()), proc.stdout
    # one page in three encodings is one text: one document, named by the first file name, its figures once
    hashes = query(db, "select doc, doc_hash from files where doc like 'page_%' order by doc")
    assert [d for d, _ in hashes] == ["page_bom.txt", "page_gb18030.txt", "page_utf8.txt"]
    assert len({h for _, h in hashes}) == 1
    assert query(db, "select doc from documents order by doc") == [("page_bom.txt",), ("truncated.txt",)]
    assert query(db, "select count(*) from metrics where doc = 'page_bom.txt'")[0][0] > 0
    assert "重复 duplicate: page_utf8.txt = page_bom.txt" in proc.stdout
    assert len(query(db, "select * from rejected")) == 2  # the truncated page is kept, its last character replaced


def test_running_twice_gives_identical_tables(tmp_path: Path) -> None:
    dumps = []
    for name in ("a.duckdb", "b.duckdb"):
        main(["etl", "--input", str(SEEDS), "--db", str(tmp_path / name)])
        dumps.append({t: query(tmp_path / name, f"select * from {t}") for t in TABLES})
    assert dumps[0] == dumps[1]


def test_two_workers_give_the_same_database(tmp_path: Path, seeds_db: Path) -> None:
    db = tmp_path / "w2.duckdb"
    main(["etl", "--input", str(SEEDS), "--db", str(db), "--workers", "2"])
    assert query(db, "select * from metrics order by id") == query(seeds_db, "select * from metrics order by id")


def test_failed_load_leaves_the_old_database_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "g.duckdb"
    main(["etl", "--input", str(SEEDS), "--db", str(db)])
    before = query(db, "select count(*) from metrics")

    def broken(*_args: object) -> dict:
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "page_columns", broken)
    with pytest.raises(RuntimeError):
        main(["etl", "--rebuild", "--input", str(SEEDS / "000_a6030b78951b7747.txt"), "--db", str(db)])
    assert query(db, "select count(*) from metrics") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".g.duckdb.lock", "g.duckdb"]  # no temporary file left


def test_a_reader_sees_old_or_new_never_a_mix(tmp_path: Path) -> None:
    db = tmp_path / "g.duckdb"
    main(["etl", "--input", str(SEEDS / "000_a6030b78951b7747.txt"), "--db", str(db)])
    reader = duckdb.connect(str(db), read_only=True)
    old = reader.execute("select count(*) from metrics").fetchone()
    main(["etl", "--input", str(SEEDS), "--db", str(db)])
    assert reader.execute("select count(*) from metrics").fetchone() == old  # the open reader keeps the old file
    reader.close()
    assert query(db, "select count(distinct doc) from metrics")[0][0] == 5


def test_hard_wrapped_copy_gives_the_same_figures(tmp_path: Path) -> None:
    """Text extracted from a PDF arrives wrapped at a fixed width, sentences cut across lines."""
    import textwrap

    raw = (SEEDS / "003_ab11b81221d97ae2.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 30)) if len(p) > 30 else p for p in raw.split("\n\n"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(wrapped, encoding="utf-8")
    db = tmp_path / "g.duckdb"
    main(["etl", "--input", str(tmp_path / "in"), "--db", str(db)])
    # the unwrapped copy is the same normalised text: a duplicate of the first, its figures those of a.txt
    assert len({h for (h,) in query(db, "select doc_hash from files")}) == 1
    assert query(db, "select doc from documents") == [("a.txt",)]
    assert query(db, "select count(*) from metrics where doc = 'a.txt'")[0][0] > 0


# probes4 (200 snippets, 96 of them real passages) scored F1 0.864 on first sight
PROBE_FLOORS = {"probes.jsonl": (6, 0.95), "probes2.jsonl": (6, 0.95), "probes3.jsonl": (6, 0.95),
                "probes4.jsonl": (40, 0.85)}


@pytest.mark.parametrize("name", list(PROBE_FLOORS))
def test_probe_snippets_give_exactly_their_park_figures(name: str) -> None:
    """tests/eval/probes*.jsonl: 800 headline-and-lead snippets labelled from SPEC before the ETL ran on them
    (every number form, city and county stories naming a park, distractors): the figures they give."""
    most_fp, least_recall = PROBE_FLOORS[name]
    tp = fp = fn = 0
    for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        got = Counter((r.park, r.metric, round(r.value, 2)) for r in process_text(probe["text"], "p.txt").rows)
        want = Counter((e["park"], e["metric"], round(float(e["value"]), 2)) for e in probe["expect"])
        tp, fp, fn = tp + sum((got & want).values()), fp + sum((got - want).values()), fn + sum((want - got).values())
    assert fp <= most_fp and tp / (tp + fn) >= least_recall, (tp, fp, fn)


def test_a_page_the_extractor_fails_on_is_kept_and_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the rules on one page does not sink the run: the other pages load, the summary names the page."""
    from etl import pipeline
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("金山高新区签约\n\n本报讯 金山高新区新签约项目8个。", encoding="utf-8")
    (pages / "b.txt").write_text("银山高新区签约\n\n本报讯 银山高新区新签约项目9个。", encoding="utf-8")
    real = pipeline.process_text

    def fails_on_b(raw: str, doc: str, *rest: str) -> object:
        if doc.startswith("b"):
            raise KeyError(None)
        return real(raw, doc, *rest)

    monkeypatch.setattr(pipeline, "process_text", fails_on_b)
    db = tmp_path / "g.duckdb"
    summary = pipeline.run([pages], db)
    assert [(Path(p).name, m.split(":")[0]) for p, m in summary.warnings] == [
        ("b.txt", "抽取失败 extraction failed, kept without figures")]
    assert any("抽取失败" in line and "b.txt" in line for line in summary.lines())
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT park, value FROM metrics").fetchall() == [("金山高新区", 8.0)]

"""Engines: the local one keeps a bounded number of chunks in flight; the dask engine gives the tables the
default engine gives; the default engine never imports Dask (nor pandas)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from pathlib import Path

import pytest
from distributed import Client

from etl import store
from etl.cli import main
from etl.engines import EngineError, bounded, chunks
from etl.model import Source
from etl.pipeline import extract, run
from etl.store import Store, write_part
from tests.conftest import ROOT, SEEDS, query
from tests.test_store import NEW_PAGE, TABLES

BAD = ROOT / "tests" / "cases" / "bad"


def _dump(db: Path) -> dict[str, list[tuple]]:
    return {t: query(db, f"select * from {t} order by all") for t in TABLES}


@pytest.mark.parametrize(("items", "size", "expected"), [
    (range(5), 2, [[0, 1], [2, 3], [4]]),
    (range(4), 2, [[0, 1], [2, 3]]),
    (range(0), 3, []),
], ids=["最后一块较短 a short last chunk", "整除 even", "空 none"])
def test_chunks(items: range, size: int, expected: list[list[int]]) -> None:
    assert list(chunks(items, size)) == expected


class _Now(Executor):
    """An executor that runs each call at once and counts the calls submitted."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs) -> Future:  # type: ignore[override]
        self.submitted += 1
        done: Future = Future()
        done.set_result(fn(*args, **kwargs))
        return done


def test_bounded_keeps_at_most_its_window_in_flight() -> None:
    executor, seen = _Now(), []
    for result in bounded(executor, lambda x: x * 10, ((n,) for n in range(7)), window=2):
        seen.append(result)
        assert executor.submitted - len(seen) <= 2 - 1  # the one being consumed, and at most one more
    assert seen == [n * 10 for n in range(7)]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A cluster started as on real machines: a `dask scheduler` process and a `dask worker` process with
    two worker processes, on this machine's loopback address."""
    file = tmp_path_factory.mktemp("cluster") / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the workers import this checkout's etl
    quiet = {"cwd": ROOT, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", "0", "--no-dashboard", "--scheduler-file", str(file)], **quiet)]
    try:
        for _ in range(120):
            if file.exists():
                break
            time.sleep(0.5)
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file",
                                       str(file), "--nworkers", "2", "--nthreads", "1", "--no-dashboard"], **quiet))
        address = json.loads(file.read_text())["address"]
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=30)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds with damaged, rejected and skipped files among them, so warnings and rejections travel too."""
    folder = tmp_path_factory.mktemp("mixed")
    for path in [*SEEDS.glob("*.txt"), *(BAD / n for n in ("one_stray_byte.txt", "gbk_paragraph.txt", "empty.txt",
                                                           "binary_png.txt", "notes.md"))]:
        shutil.copy(path, folder / path.name)
    return folder


def test_dask_parts_give_the_default_engines_tables(tmp_path: Path, scheduler: str, inputs: Path) -> None:
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    expected = run([inputs], local)
    got = run([inputs], dask, engine="dask", scheduler=scheduler, pages_per_task=2)  # 3 parts, 2 workers
    assert got.lines() == expected.lines()
    assert _dump(dask) == _dump(local)
    assert query(dask, "select count(*) from metrics")[0][0] > 0
    assert got.change.built == expected.change.built > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [".dask.duckdb.lock", ".local.duckdb.lock", "dask.duckdb",
                                                          "local.duckdb"]  # the parts cleaned up


def test_a_page_added_on_dask_is_added_as_on_the_default_engine(tmp_path: Path, scheduler: str, seeds_db: Path) -> None:
    (tmp_path / "new").mkdir()
    shutil.copy(NEW_PAGE, tmp_path / "new" / NEW_PAGE.name)
    for name in ("local", "dask"):
        shutil.copy(seeds_db, tmp_path / f"{name}.duckdb")
    expected = run([tmp_path / "new"], tmp_path / "local.duckdb")
    got = run([tmp_path / "new"], tmp_path / "dask.duckdb", engine="dask", scheduler=scheduler,
              staging=tmp_path / "staging")
    assert got.lines() == expected.lines() and got.change.built == 1 and got.change.added > 0
    assert _dump(tmp_path / "dask.duckdb") == _dump(tmp_path / "local.duckdb")
    assert list((tmp_path / "staging").iterdir()) == []  # made where asked, and cleaned up
    again = run([tmp_path / "new"], tmp_path / "dask.duckdb", engine="dask", scheduler="tcp://nowhere:1")
    assert not again.change.written  # nothing to extract: no cluster is asked for


def test_the_cli_on_a_local_cluster_gives_the_seeds_database(tmp_path: Path, seeds_db: Path) -> None:
    db = tmp_path / "g.duckdb"
    subprocess.run([sys.executable, "-m", "etl", "etl", "--engine", "dask", "--workers", "1", "--input", str(SEEDS),
                    "--db", str(db)], cwd=ROOT, check=True, capture_output=True)
    assert _dump(db) == _dump(seeds_db)


def test_the_default_engine_never_imports_dask_nor_pandas(tmp_path: Path) -> None:
    code = ("import sys; from etl.cli import main; "
            f"assert main(['etl', '--input', {str(SEEDS)!r}, '--db', {str(tmp_path / 'g.duckdb')!r}]) == 0; "
            "assert not {'dask', 'distributed', 'pandas'} & set(sys.modules), 'imported'")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)


@pytest.mark.parametrize("option", [["--scheduler", "tcp://scheduler-host:8786"], ["--staging", "/shared"]],
                         ids=["--scheduler", "--staging"])
def test_dask_options_need_the_dask_engine(option: list[str]) -> None:
    with pytest.raises(SystemExit):
        main(["etl", *option])


def test_without_dask_the_dask_engine_exits_2_and_keeps_the_database(tmp_path: Path, seeds_db: Path,
                                                                      monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    db = tmp_path / "g.duckdb"
    shutil.copy(seeds_db, db)
    before = db.read_bytes()
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    assert main(["etl", "--rebuild", "--engine", "dask", "--input", str(SEEDS), "--db", str(db)]) == 2
    assert "pip install 'gaoxin[dask]'" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_part_from_another_extractor_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = Source((SEEDS / "001_36ca73cae5efff82.txt").read_text(encoding="utf-8"), "a.txt", "a.txt", "utf-8")
    monkeypatch.setattr(store, "extractor_version", lambda: "another")
    write_part([extract(source)], tmp_path / "part")
    monkeypatch.undo()
    with Store(tmp_path / "g.duckdb") as target, pytest.raises(EngineError, match="another extractor"):
        target.add_part(tmp_path / "part")

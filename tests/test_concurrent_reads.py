"""Readers on the dashboard's query layer while the ETL runs again and again: no error, old or new, never a mix."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard import queries
from dashboard.queries import Filters
from etl.pipeline import run
from tests.conftest import ROOT, SEEDS

RUNS = 4  # ETL runs: half as the command line in another process, half in this one (as the upload page)
READERS = 3


READS = {  # each one read: a statement that counts or joins several tables; each must be one version's whole
    "kpis": lambda db: tuple(queries.kpis(db, Filters()).values()),
    "provinces": lambda db: tuple(sorted(map(tuple, queries.parks_by_province(db, Filters()).values.tolist()))),
    "figures": lambda db: tuple(queries.figures(db, Filters())["figure_id"]),
}


def snapshot(db: Path) -> dict[str, tuple]:
    return {name: read(db) for name, read in READS.items()}


def test_readers_see_old_or_new_never_a_mix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "_cached", queries._cached.__wrapped__)  # every read goes to the file
    few = sorted(SEEDS.glob("*.txt"))[:3]
    db = tmp_path / "g.duckdb"
    run(few, db)
    expected = {"few": snapshot(db)}
    run([SEEDS], db, rebuild=True)
    expected["all"] = snapshot(db)
    assert expected["few"] != expected["all"]

    seen: list[tuple[str, tuple]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            for name, query in READS.items():
                try:
                    seen.append((name, query(db)))
                except BaseException as exc:  # every failure is counted: none may happen
                    errors.append(exc)
            time.sleep(0.01)  # a dashboard's pace, not a busy loop that starves the ETL of the GIL

    readers = [threading.Thread(target=read) for _ in range(READERS)]
    for t in readers:
        t.start()
    try:
        for i in range(RUNS):
            inputs = [str(p) for p in few] if i % 2 == 0 else [str(SEEDS)]
            if i < RUNS // 2:
                subprocess.run([sys.executable, "-m", "etl", "--rebuild", "--db", str(db), "--input", *inputs],
                               cwd=ROOT, check=True, capture_output=True)
            else:
                run(inputs, db, rebuild=True)
            time.sleep(0.2)  # let the readers see this version too
    finally:
        stop.set()
        for t in readers:
            t.join(timeout=30)
    print(f"\n{len(seen)} reads during {RUNS} ETL runs, {len(errors)} errors")
    assert not errors, errors[:3]
    versions = {(name, v[name]) for v in expected.values() for name in READS}
    assert set(seen) == versions  # both versions were read, and nothing else
    assert len(seen) > RUNS * READERS * len(READS)

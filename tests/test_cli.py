"""The command line: help, errors that keep the database, defaults that work from any folder."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from etl.cli import SAMPLES, default_db, main, parser
from tests.conftest import ROOT, SEEDS, query


def test_help_lists_every_command_on_one_line() -> None:
    out = subprocess.run([sys.executable, "-m", "etl", "--help"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    commands = parser()._subparsers._group_actions[0]._choices_actions  # type: ignore[union-attr]
    assert {c.dest for c in commands} == {"etl", "eval", "dashboard", "export", "reviews"}
    for command in commands:
        assert any(line.split() == [command.dest, *command.help.split()] for line in out.splitlines()), out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


BAD_RUNS = [
    ("no such folder", lambda tmp: [str(tmp / "no" / "such" / "dir")], "input not found"),
    ("a mistyped second input", lambda tmp: [str(SEEDS), str(tmp / "seedz")], "input not found"),
    ("an empty folder", lambda tmp: [str((tmp / "empty").resolve())], "no readable page"),
    ("only unreadable pages", lambda tmp: [str(tmp / "junk")], "no readable page"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cli")
    (tmp / "empty").mkdir()
    (tmp / "junk").mkdir()
    (tmp / "junk" / "blank.txt").write_bytes(b"\n\n")
    (tmp / "junk" / "image.png").write_bytes(b"\x89PNG")
    assert main(["etl", "--input", str(SEEDS), "--db", str(tmp / "g.duckdb")]) == 0
    return tmp


@pytest.mark.parametrize(("name", "inputs", "reason"), BAD_RUNS, ids=[b[0] for b in BAD_RUNS])
def test_bad_inputs_exit_non_zero_and_keep_the_database(built: Path, name: str, inputs, reason: str) -> None:
    db = built / "g.duckdb"
    before = _digest(db)
    paths = inputs(built)
    proc = subprocess.run([sys.executable, "-m", "etl", "etl", "--input", *paths, "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert reason in proc.stderr and paths[-1] in proc.stderr, proc.stderr
    assert _digest(db) == before
    assert query(db, "select count(*) from metrics")[0][0] > 0
    assert sorted(p.name for p in built.iterdir()) == [".g.duckdb.lock", "empty", "g.duckdb", "junk"]  # no copy left


def test_the_shipped_samples_are_the_seed_pages() -> None:
    seeds = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    assert seeds and {p.name: p.read_bytes() for p in SAMPLES.glob("*.txt")} == seeds


def test_the_samples_are_package_data() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'gaoxin_samples = ["pages/*.txt"]' in text and '"gaoxin_samples"' in text


DEFAULTS = [
    ("in a checkout", True, {}, "data/gaoxin.duckdb"),
    ("anywhere else", False, {"XDG_DATA_HOME": "/home/u/.local/share"}, "/home/u/.local/share/gaoxin/gaoxin.duckdb"),
    ("GAOXIN_DB wins", False, {"GAOXIN_DB": "/srv/g.duckdb"}, "/srv/g.duckdb"),
]


@pytest.mark.parametrize(("name", "checkout", "env", "expected"), DEFAULTS, ids=[d[0] for d in DEFAULTS])
def test_default_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, checkout: bool,
                          env: dict[str, str], expected: str) -> None:
    monkeypatch.delenv("GAOXIN_DB", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    if checkout:
        (tmp_path / "pyproject.toml").write_text('[project]\nname = "gaoxin"\n', encoding="utf-8")
    assert default_db(tmp_path) == Path(expected)

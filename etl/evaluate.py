"""gaoxin eval SET: how far to trust the figures, measured on pages someone labelled by hand.

A labelled set is a folder in the layout of the judges' FORMAT.md (pages/, gold.jsonl, negatives.jsonl,
articles.jsonl, pages.jsonl). The ETL runs on SET/pages into a temporary database, and the judges' own
scorer (etl/scorer.py, a verbatim copy of shared/eval/score.py) prints the scores, the stage scores and
the misses, so the numbers are exactly the judges'.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

STAGE_FILES = {"--negatives": "negatives.jsonl", "--articles": "articles.jsonl", "--pages": "pages.jsonl"}


class SetError(Exception):
    """A folder that is not a labelled set; the message says what is missing."""


def score_command(db: Path, folder: Path, show: int = 0, as_json: bool = False) -> list[str]:
    """The scorer's command line for a database against the labelled set in `folder`."""
    cmd = [sys.executable, "-m", "etl.scorer", "--db", str(db), "--gold", str(folder / "gold.jsonl")]
    for flag, name in STAGE_FILES.items():
        if (folder / name).exists():
            cmd += [flag, str(folder / name)]
    if show:
        cmd += ["--show", str(show)]
    return [*cmd, "--json"] if as_json else cmd


def check_set(folder: Path) -> None:
    """Raise SetError unless `folder` holds pages/ and gold.jsonl."""
    missing = [name for name in ("pages", "gold.jsonl") if not (folder / name).exists()]
    if missing:
        raise SetError(f"{folder}: not a labelled set (missing {', '.join(missing)}; see FORMAT.md)")


def evaluate(folder: str | Path, show: int = 0, as_json: bool = False) -> str:
    """Run the ETL on the set's pages into a temporary database and return the scorer's report."""
    from etl.pipeline import run

    folder = Path(folder)
    check_set(folder)
    with tempfile.TemporaryDirectory(prefix="gaoxin-eval-") as tmp:
        db = Path(tmp) / "eval.duckdb"
        run([folder / "pages"], db)
        out = subprocess.run(score_command(db, folder, show, as_json), check=True, capture_output=True, text=True)
    return out.stdout


def scores(folder: str | Path) -> dict:
    """The scorer's figures for a set, as a dict (f1, precision, recall, negatives_attributed, page_year …)."""
    return json.loads(evaluate(folder, as_json=True))

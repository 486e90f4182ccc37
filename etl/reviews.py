"""Reviews as data: a person confirms, corrects or rejects a figure, keyed by its figure_id.

They live in a CSV file beside the database (data/gaoxin.duckdb → data/gaoxin.reviews.csv), never
inside it: every ETL run, --rebuild included, replaces the database file but never touches this one,
and the dashboard can write a review while it holds the database open read-only. The file has the
columns of `gaoxin reviews import` (one row per figure, the latest review wins), so it can be read,
shared and merged as it is. It is rewritten whole into a temporary file and renamed into place under a
lock: a reader never sees half a file, and two writers never lose each other's reviews.

`apply(figures, reviews)` is the one place reviews change figures: the dashboard's queries, `gaoxin
export` and the tests all call it.
"""

from __future__ import annotations

import csv
import fcntl
import io
import math
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd  # imported where a frame is made: `gaoxin etl` reads the reviews file without it

COLUMNS = ("figure_id", "action", "park", "metric", "value", "unit", "year", "status", "note")
ACTIONS = ("confirm", "correct", "reject")
CORRECTABLE = ("park", "metric", "value", "unit", "year", "status")
UNITS = ("CNY", "USD", "count", "percent")
STATUSES = ("actual", "target")
YEARS = range(1949, 2101)


@dataclass(frozen=True)
class Review:
    """One person's word on one figure; a None field leaves the ETL's value as it is."""

    figure_id: str
    action: str  # confirm, correct or reject
    park: str | None = None
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    status: str | None = None
    note: str = ""


class BadReviews(ValueError):
    """A reviews file with rows that cannot be taken; each problem names its line."""

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        super().__init__("\n".join(f"{source}:{line}: {reason}" for line, reason in problems))
        self.source = source
        self.problems = problems


def path_for(db: str | Path) -> Path:
    """The reviews file of a database: beside it, named after it."""
    db = Path(db)
    return db.with_name(f"{db.stem}.reviews.csv")


def categories() -> dict[str, str]:
    """metric → category, from the extraction rules."""
    from etl.triggers import rules

    return rules().category


def parse(row: Mapping[str, str | None], metrics: Mapping[str, str]) -> Review:
    """One CSV row → a Review; raises ValueError with the reason. Empty cells mean "unchanged"."""
    cell = {k: (row.get(k) or "").strip() for k in COLUMNS}
    if not cell["figure_id"]:
        raise ValueError("figure_id is empty")
    action = cell["action"].lower()
    if action not in ACTIONS:
        raise ValueError(f"action {cell['action']!r} is not one of {', '.join(ACTIONS)}")
    given = [k for k in CORRECTABLE if cell[k]]
    if action == "correct" and not given:
        raise ValueError("correct without a corrected value (park, metric, value, unit, year or status)")
    if action != "correct" and given:
        raise ValueError(f"{action} takes no corrected values ({', '.join(given)}): use correct")
    if cell["metric"] and cell["metric"] not in metrics:
        raise ValueError(f"unknown metric {cell['metric']!r}")
    for name, allowed in (("unit", UNITS), ("status", STATUSES)):
        if cell[name] and cell[name] not in allowed:
            raise ValueError(f"{name} {cell[name]!r} is not one of {', '.join(allowed)}")
    return Review(figure_id=cell["figure_id"], action=action, park=cell["park"] or None,
                  metric=cell["metric"] or None, value=_number(cell["value"]), unit=cell["unit"] or None,
                  year=_year(cell["year"]), status=cell["status"] or None, note=cell["note"])


def _number(text: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise ValueError(f"value {text!r} is not a number (CNY in yuan, counts, rates 0–100)") from None
    if not math.isfinite(value):
        raise ValueError(f"value {text!r} is not a finite number")
    return value


def _year(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or int(text) not in YEARS:
        raise ValueError(f"year {text!r} is not a year between {YEARS.start} and {YEARS.stop - 1}")
    return int(text)


def parse_csv(text: str, source: str, metrics: Mapping[str, str] | None = None) -> list[Review]:
    """Every row of a reviews CSV, or BadReviews naming each bad row's line (then nothing is taken)."""
    metrics = categories() if metrics is None else metrics
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in ("figure_id", "action") if c not in (reader.fieldnames or [])]
    if missing:
        raise BadReviews(source, [(1, f"no {' or '.join(missing)} column (columns: {', '.join(COLUMNS)})")])
    unknown = [c for c in reader.fieldnames or [] if c not in COLUMNS]
    if unknown:
        raise BadReviews(source, [(1, f"unknown column {', '.join(unknown)} (columns: {', '.join(COLUMNS)})")])
    reviews, problems = [], []
    for row in reader:
        try:
            reviews.append(parse(row, metrics))
        except ValueError as exc:
            problems.append((reader.line_num, str(exc)))
    if problems:
        raise BadReviews(source, problems)
    return reviews


def to_csv(reviews: Iterable[Review]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in sorted(reviews, key=lambda r: r.figure_id):
        writer.writerow(["" if v is None else f"{v:.15g}" if isinstance(v, float) else v for v in astuple(r)])
    return out.getvalue()


def astuple(review: Review) -> tuple:
    return tuple(getattr(review, f.name) for f in fields(Review))


def load(db: str | Path) -> dict[str, Review]:
    """The reviews of a database, by figure_id (none yet: an empty dict)."""
    path = path_for(db)
    if not path.exists():
        return {}
    return {r.figure_id: r for r in parse_csv(path.read_text(encoding="utf-8"), str(path))}


def record(db: str | Path, new: Iterable[Review]) -> dict[str, Review]:
    """Add reviews (replacing earlier ones of the same figures) and write the file atomically."""
    return _update(db, lambda reviews: reviews | {r.figure_id: r for r in new})


def forget(db: str | Path, figure_ids: Iterable[str]) -> dict[str, Review]:
    """Withdraw the reviews of these figures: they are shown as the ETL found them again."""
    gone = set(figure_ids)
    return _update(db, lambda reviews: {k: r for k, r in reviews.items() if k not in gone})


def _update(db: str | Path, change: Callable[[dict[str, Review]], dict[str, Review]]) -> dict[str, Review]:
    """Read, change and rewrite the reviews file under its lock (a temporary file renamed into place)."""
    path = path_for(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(f".{path.name}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        reviews = change(load(db))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(to_csv(reviews.values()), encoding="utf-8")
        os.replace(tmp, path)
    return reviews


def import_file(db: str | Path, source: str | Path) -> list[Review]:
    """Take every review of a CSV file, or none of them (BadReviews names the bad rows)."""
    source = Path(source)
    reviews = parse_csv(source.read_text(encoding="utf-8-sig"), str(source))
    record(db, reviews)
    return reviews


def identity(db: str | Path) -> tuple[int, int, int]:
    """(inode, mtime, size) of the reviews file, (0, 0, 0) before the first review: a cache key."""
    try:
        st = path_for(db).stat()
    except FileNotFoundError:
        return 0, 0, 0
    return st.st_ino, st.st_mtime_ns, st.st_size


def apply(figures: pd.DataFrame, reviews: Mapping[str, Review], metrics: Mapping[str, str] | None = None,
          ) -> pd.DataFrame:
    """Figures as reviewed: rejected ones gone, corrections in place, `reviewed` (已校对) and `review_note` added.

    Pure: takes the figures (any columns, with figure_id) and the reviews by figure_id; changes neither."""
    metrics = categories() if metrics is None else metrics
    out = figures.copy()
    review = out[["figure_id"]].merge(as_frame(reviews.values()), on="figure_id", how="left")
    review.index = out.index  # a left merge on unique review keys keeps the figures' rows and order
    for name in CORRECTABLE:
        fixed = review[name].notna()
        if name in out.columns and fixed.any():
            out[name] = out[name].astype(object).where(~fixed, review[name]).astype(figures[name].dtype)
            if name == "metric" and "category" in out.columns:
                out.loc[fixed, "category"] = out.loc[fixed, "metric"].map(dict(metrics))
            if name == "value" and "value_low" in out.columns:
                out.loc[fixed, "value_low"] = float("nan")  # the range it was read with is not the reviewer's
            if name == "year" and "year_source" in out.columns:
                out.loc[fixed, "year_source"] = "review"
    out["reviewed"] = review["action"].isin(["confirm", "correct"])
    out["review_note"] = review["note"].fillna("")
    return out[review["action"].ne("reject")].reset_index(drop=True)


def orphaned(figure_ids: Iterable[str], reviews: Mapping[str, Review]) -> list[Review]:
    """Reviews whose figure no longer exists (its page changed or left): listed, never dropped."""
    present = set(figure_ids)
    return [r for fid, r in sorted(reviews.items()) if fid not in present]


def as_frame(reviews: Iterable[Review]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame([asdict(r) for r in reviews], columns=list(COLUMNS))

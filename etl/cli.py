"""gaoxin etl | dashboard | export | reviews — a thin command line over etl.pipeline, etl.reviews and the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

import gaoxin_samples

SAMPLES = Path(gaoxin_samples.__file__).resolve().parent / "pages"  # the seed pages, shipped with the package


def default_db(cwd: Path | None = None) -> Path:
    """Where the database lives unless --db says: $GAOXIN_DB; data/gaoxin.duckdb in a gaoxin checkout (as the
    README says); anywhere else the user's data folder (~/.local/share/gaoxin on Linux), so a command run
    from any folder finds the same database and never litters the folder it was run in."""
    if os.environ.get("GAOXIN_DB"):
        return Path(os.environ["GAOXIN_DB"])
    if _is_checkout(cwd or Path.cwd()):
        return Path("data/gaoxin.duckdb")
    import platformdirs

    return Path(platformdirs.user_data_dir("gaoxin", appauthor=False)) / "gaoxin.duckdb"


def _is_checkout(folder: Path) -> bool:
    try:
        return 'name = "gaoxin"' in (folder / "pyproject.toml").read_text(encoding="utf-8")
    except OSError:
        return False


def _progress(results: Iterable, total: int) -> Iterable:
    from tqdm import tqdm

    return tqdm(results, total=total, desc="处理页面 pages", unit="页", file=sys.stderr)


def run_etl(inputs: list[str], db: str, workers: int = 1, rebuild: bool = False, engine: str = "local",
            scheduler: str | None = None, staging: str | None = None) -> int:
    """Add the inputs to the database; a missing input, no readable page or an engine that cannot run
    exits 2, the database kept."""
    from etl.engines import EngineError
    from etl.inputs import InputError
    from etl.pipeline import run

    try:
        summary = run(inputs, db, workers=workers, progress=_progress, rebuild=rebuild, engine=engine,
                      scheduler=scheduler, staging=staging)
    except (InputError, EngineError) as exc:
        print(f"错误 error: {exc}; 数据库未改动 database left as it was: {db}", file=sys.stderr)
        return 2
    print(f"数据库 database: {Path(db).resolve()}")
    for line in summary.lines():
        print(line)
    _orphans(db)
    return 0


def run_export(db: str, out: str) -> int:
    """The figures as the dashboard shows them: reviews applied, with figure_id and reviewed."""
    from etl import reviews, store

    if not Path(db).exists():
        print(f"数据库 {db} 不存在 (no database: run gaoxin etl first)", file=sys.stderr)
        return 2
    figures = reviews.apply(store.figures(db), reviews.load(db))
    path = Path(out)
    writers = {".csv": lambda: figures.to_csv(path, index=False, encoding="utf-8-sig"),
               ".xlsx": lambda: figures.to_excel(path, index=False, sheet_name="metrics"),
               ".parquet": lambda: figures.to_parquet(path, index=False)}
    if path.suffix.lower() not in writers:
        print(f"{out}: 不支持的格式 unsupported format (use .csv, .xlsx or .parquet)", file=sys.stderr)
        return 2
    path.parent.mkdir(parents=True, exist_ok=True)
    writers[path.suffix.lower()]()
    print(f"导出 exported: {len(figures)} figures ({int(figures['reviewed'].sum())} reviewed) → {out}")
    return 0


def run_reviews(action: str, db: str, file: str) -> int:
    from etl import reviews

    if action == "export":
        Path(file).write_text(reviews.to_csv(reviews.load(db).values()), encoding="utf-8")
        print(f"导出校对 reviews exported: {len(reviews.load(db))} → {file}")
    else:
        try:
            taken = reviews.import_file(db, file)
        except reviews.BadReviews as exc:
            print(f"校对文件有误，未导入任何一条 nothing imported:\n{exc}", file=sys.stderr)
            return 2
        print(f"导入校对 reviews imported: {len(taken)} from {file} → {reviews.path_for(db)}")
    _orphans(db)
    return 0


def _orphans(db: str) -> None:
    """List the reviews whose figure no longer exists (kept in the file all the same)."""
    from etl import reviews, store

    try:
        kept = reviews.load(db)
    except reviews.BadReviews as exc:
        print(f"校对文件有误 the reviews file has bad rows:\n{exc}", file=sys.stderr)
        return
    if kept and Path(db).exists():
        for r in reviews.orphaned(store.present(db, list(kept)), kept):
            print(f"孤立的校对 orphaned review (figure no longer found): {r.figure_id} {r.action} {r.note}".rstrip())


def run_dashboard(db: str, port: int, host: str) -> int:
    if not Path(db).exists():
        print(f"数据库 {db} 不存在，先从示例页面构建 (building it from the sample pages in {SAMPLES} first)",
              flush=True)
        if (code := run_etl([str(SAMPLES)], db)) != 0:
            return code
    return _serve(db, port, host)


def _serve(db: str, port: int, host: str) -> NoReturn:
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    env = {**os.environ, "GAOXIN_DB": str(Path(db).resolve())}
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.port", str(port), "--server.address", host, "--browser.gatherUsageStats", "false",
           "--client.toolbarMode", "viewer"]
    print(f"看板 dashboard: http://{host}:{port}/ (数据库 database: {Path(db).resolve()})", flush=True)
    os.execve(sys.executable, cmd, env)  # become the server: Ctrl-C and SIGTERM reach Streamlit itself


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="gaoxin", description="高新区看板: newspaper pages → DuckDB → dashboard",
                                 formatter_class=_one_line)
    sub = ap.add_subparsers(dest="command", title="commands")
    etl = sub.add_parser("etl", help="add page texts to the database (the default command)",
                         description="Add page texts to the database (or --rebuild it from them).")
    _etl_args(etl)
    ev = sub.add_parser("eval", help="score the extraction on a labelled page set (the judges' scorer)")
    ev.add_argument("set", help="a labelled set folder: pages/, gold.jsonl, negatives.jsonl, articles.jsonl …")
    ev.add_argument("--show", type=int, default=20, help="misses and false positives to list (default: 20)")
    ev.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    dash = sub.add_parser("dashboard", help="serve the dashboard (builds a sample database if there is none)",
                          description="Serve the dashboard on a local port.")
    _db_arg(dash)
    dash.add_argument("--port", type=int, default=8501)
    dash.add_argument("--host", default="127.0.0.1")
    export = sub.add_parser("export", help="write the figures, reviews applied, to OUT.csv, .xlsx or .parquet")
    export.add_argument("out")
    _db_arg(export)
    reviews = sub.add_parser("reviews", help="export or import the reviews (confirm, correct, reject) as CSV")
    reviews.add_argument("action", choices=["export", "import"])
    reviews.add_argument("file", help="CSV: figure_id, action, park, metric, value, unit, year, status, note")
    _db_arg(reviews)
    return ap


def _one_line(prog: str) -> argparse.HelpFormatter:
    """Help wide enough that each command's line stays one line, whatever the terminal."""
    return argparse.HelpFormatter(prog, max_help_position=16, width=120)


def _db_arg(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--db", default=str(default_db()), help="database file (default: %(default)s)")


def _etl_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--input", nargs="+", default=[str(SAMPLES)],
                    help="folders or .txt files (default: the sample pages shipped with gaoxin, a copy of seeds/)")
    _db_arg(ap)
    ap.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    ap.add_argument("--rebuild", action="store_true",
                    help="start from nothing: the database holds the inputs only (reviews are kept)")
    ap.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="local: this machine (default); dask: tasks on a Dask cluster, see docs/scaling.md")
    ap.add_argument("--scheduler", metavar="ADDRESS",
                    help="the Dask scheduler, e.g. tcp://scheduler-host:8786 (default: a LocalCluster of --workers)")
    ap.add_argument("--staging", metavar="DIR",
                    help="a folder the Dask workers and this machine share, for Parquet parts (default: by --db)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help")):
        argv = ["etl", *argv]  # `python -m etl` and `gaoxin --input …` mean the ETL
    args = parser().parse_args(argv)
    if args.command == "dashboard":
        return run_dashboard(args.db, args.port, args.host)
    if args.command == "eval":
        return run_eval(args.set, args.show, args.json)
    if args.command == "export":
        return run_export(args.db, args.out)
    if args.command == "reviews":
        return run_reviews(args.action, args.db, args.file)
    if (args.scheduler or args.staging) and args.engine != "dask":
        parser().error("--scheduler and --staging need --engine dask")
    return run_etl(args.input, args.db, args.workers, args.rebuild, args.engine, args.scheduler, args.staging)


def run_eval(folder: str, show: int, as_json: bool) -> int:
    from etl.evaluate import SetError, evaluate

    try:
        print(evaluate(folder, 0 if as_json else show, as_json), end="")
    except SetError as exc:
        print(f"错误 error: {exc}", file=sys.stderr)
        return 2
    return 0

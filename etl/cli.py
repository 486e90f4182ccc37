"""gaoxin etl | dashboard — a thin command line over etl.pipeline.run and the Streamlit app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NoReturn

DEFAULT_DB = "data/gaoxin.duckdb"
DEFAULT_INPUT = "seeds"


def _progress(results: Iterable, total: int) -> Iterable:
    from tqdm import tqdm

    return tqdm(results, total=total, desc="处理页面 pages", unit="页", file=sys.stderr)


def run_etl(inputs: list[str], db: str, workers: int = 1, rebuild: bool = False) -> int:
    from etl.pipeline import run

    summary = run(inputs, db, workers=workers, progress=_progress, rebuild=rebuild)
    print(f"数据库 database: {db}")
    for line in summary.lines():
        print(line)
    return 0


def run_dashboard(db: str, port: int, host: str) -> NoReturn:
    if not Path(db).exists():
        print(f"数据库 {db} 不存在，先从 {DEFAULT_INPUT}/ 构建 (building it from {DEFAULT_INPUT}/ first)")
        run_etl([DEFAULT_INPUT], db)
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    env = {**os.environ, "GAOXIN_DB": str(Path(db).resolve())}
    cmd = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
           "--server.port", str(port), "--server.address", host, "--browser.gatherUsageStats", "false",
           "--client.toolbarMode", "viewer"]
    print(f"看板 dashboard: http://{host}:{port}/", flush=True)
    os.execve(sys.executable, cmd, env)  # become the server: Ctrl-C and SIGTERM reach Streamlit itself


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="gaoxin", description="高新区看板: newspaper pages → DuckDB → dashboard")
    sub = ap.add_subparsers(dest="command")
    etl = sub.add_parser("etl", help="build the database from page texts")
    _etl_args(etl)
    dash = sub.add_parser("dashboard", help="serve the dashboard (builds the database first if missing)")
    dash.add_argument("--db", default=DEFAULT_DB)
    dash.add_argument("--port", type=int, default=8501)
    dash.add_argument("--host", default="127.0.0.1")
    return ap


def _etl_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--input", nargs="+", default=[DEFAULT_INPUT], help="folders or .txt files (default: seeds/)")
    ap.add_argument("--db", default=DEFAULT_DB, help=f"database file (default: {DEFAULT_DB})")
    ap.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    ap.add_argument("--rebuild", action="store_true",
                    help="start from nothing: the database holds the inputs only (reviews are kept)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].startswith("-"):
        argv = ["etl", *argv]  # `python -m etl` and `gaoxin --input …` mean the ETL
    args = parser().parse_args(argv)
    if args.command == "dashboard":
        run_dashboard(args.db, args.port, args.host)
    return run_etl(args.input, args.db, args.workers, args.rebuild)

"""A real `gaoxin dashboard` server on a database of its own, started the way users start it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def dashboard(db: Path, anywhere: bool = False) -> Iterator[str]:
    """`gaoxin dashboard --db DB` (it builds the database from the sample pages first if there is none); yields
    its URL. The server's output goes to server.log beside the database.

    anywhere: started as a user starts it outside a checkout, in an empty folder (beside the data folder)
    and with no --db, so the database goes to the user's data folder: DB is <XDG_DATA_HOME>/gaoxin/gaoxin.duckdb."""
    port = free_port()
    log_path = db.parent / "server.log"
    cmd, cwd, env = [sys.executable, "-m", "etl", "dashboard", "--port", str(port)], ROOT, None
    if anywhere:
        assert db.parent.name == "gaoxin", db
        cwd = db.parent.parent.parent / "empty"
        cwd.mkdir()
        env = {k: v for k, v in os.environ.items() if k != "GAOXIN_DB"}
        env |= {"XDG_DATA_HOME": str(db.parent.parent), "PYTHONPATH": str(ROOT)}  # this checkout's etl
    else:
        cmd += ["--db", str(db)]
    db.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(240):
                try:
                    if urllib.request.urlopen(f"{base}/_stcore/health", timeout=1).read() == b"ok":
                        break
                except OSError:
                    time.sleep(0.5)
            else:
                pytest.fail("the dashboard did not start: " + log_path.read_text())
            yield base
        finally:
            proc.terminate()
            proc.wait(timeout=20)  # the CLI has become the server: stopping it stops Streamlit, no orphan left

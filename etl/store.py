"""The database as a store of pages: files by name, documents by the hash of their text.

`files` holds every page file loaded: its name, its text as read, the hash of its normalised text.
`documents` holds one row per distinct text, named by the smallest file name that holds it, with the
articles, metrics and terms extracted from it by the extractor version it records. A run copies the
database to a temporary file, applies its change there and swaps the copy in with os.replace: a reader
sees the old data or the new, never a mix, and never meets a lock. The copy is private until the swap, so
no transaction spans the run: each batch commits as it goes in, and memory holds one batch, not the run
(a run-long transaction keeps its rows in memory until it commits: 810 MB of RSS for 2,000 pages, 416 MB
committing each batch). A lock file beside the database makes two runs take turns instead of one losing
the other's pages.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from etl import load
from etl.engines import EngineError
from etl.model import PageFile, PageResult, Source
from etl.names import as_typed
from etl.parks import gazetteer

if TYPE_CHECKING:
    import pandas as pd  # figures() returns a DataFrame; the ETL itself never imports pandas (0.3 s a run)

ETL_DIR = Path(__file__).resolve().parent
SCHEMA_VERSION = hashlib.sha256(load.SCHEMA.encode()).hexdigest()[:16]
SOURCE = "raw, doc, path, encoding, warnings"  # the columns of `files` that make a Source


# the modules around the extraction: they never change a row
NOT_EXTRACTION = {"__main__.py", "cli.py", "engines.py", "inputs.py", "store.py", "reviews.py", "upload.py"}


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the etl/ code and vocabulary files: when it changes, every page is extracted again."""
    digest = hashlib.sha256()
    for path in extraction_files():
        digest.update(path.relative_to(ETL_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def extraction_files() -> list[Path]:
    """The files of etl/ that make the extracted rows what they are.

    The modules around the extraction (the command line, inputs, engines, this store, reviews, uploads) are
    left out: a change to them changes no extracted row (a change to the tables' layout is SCHEMA_VERSION's)."""
    return [path for path in sorted(ETL_DIR.rglob("*"))
            if path.is_file() and not {"__pycache__", *NOT_EXTRACTION} & set(path.relative_to(ETL_DIR).parts)]


@dataclass(frozen=True)
class Plan:
    build: list[str]  # documents to extract (new, changed, newly named or from an older extractor)
    drop: list[str]  # documents to delete first


def plan(files: Mapping[str, str], documents: Mapping[str, tuple[str, str]], version: str) -> Plan:
    """What to extract and to delete so that the documents match the files.

    files: name → text hash; documents: name → (text hash, extractor version). Each distinct text is
    one document named by the smallest file name holding it, so no order of arrival changes the tables.
    """
    owner: dict[str, str] = {}
    for name in sorted(files):
        owner.setdefault(files[name], name)
    wanted = {name: doc_hash for doc_hash, name in owner.items()}
    keep = {name for name, (doc_hash, v) in documents.items() if wanted.get(name) == doc_hash and v == version}
    return Plan(build=sorted(set(wanted) - keep), drop=sorted(set(documents) - keep))


class Files:
    """name → text hash, and text hash → the names holding it."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.hash: dict[str, str] = {}
        self.holders: dict[str, set[str]] = defaultdict(set)
        for name, doc_hash in names.items():
            self.put(name, doc_hash)

    def outcome(self, name: str, doc_hash: str) -> tuple[str, str | None]:
        """new, updated (the name held another text), unchanged, or duplicate of the name holding the text."""
        if self.hash.get(name) == doc_hash:
            return "unchanged", None
        others = self.holders.get(doc_hash, set()) - {name}
        if others:
            return "duplicate", min(others)
        return ("updated" if name in self.hash else "new"), None

    def put(self, name: str, doc_hash: str) -> None:
        if name in self.hash:
            self.holders[self.hash[name]].discard(name)
        self.hash[name] = doc_hash
        self.holders[doc_hash].add(name)


@dataclass(frozen=True)
class Change:
    """What a run did to the database."""

    built: int  # documents extracted
    dropped: int  # document versions deleted (replaced or no longer held by any file)
    added: int  # figures (by figure_id) that were not there before
    removed: int  # figures that are gone
    total: int  # figures now
    written: bool  # False when nothing changed and the file was left as it was


class Store:
    """One run's change to the database. Use as a context manager; `finish()` swaps the change in.

    On an exception, or when nothing changed, the temporary copy is dropped and `db` is untouched.
    """

    def __init__(self, db: str | Path, rebuild: bool = False) -> None:
        self.db = Path(db)
        self.db.parent.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.db.with_name(f".{self.db.name}.lock"), "w")  # noqa: SIM115 - held until close
        fcntl.flock(self._lock, fcntl.LOCK_EX)  # writers take turns; readers never take it
        self.tmp = self.db.with_name(f".{self.db.name}.{os.getpid()}.tmp")
        self._remove_tmp()
        self.version = extractor_version()
        self.fresh = False
        self.restore: list[Source] = []  # stored pages to read again: an older layout or extractor
        self.con = self._open(rebuild)
        self.files = Files(dict(self.con.execute("SELECT doc, doc_hash FROM files").fetchall()))
        self.restore += [Source(*r) for r in self.con.execute(
            f"SELECT {SOURCE} FROM files WHERE extractor <> ? ORDER BY doc", [self.version]).fetchall()]
        self.stale = {source.doc for source in self.restore}
        self.con.execute("CREATE TEMP TABLE before AS SELECT DISTINCT figure_id FROM metrics")  # for the report
        self.pending: dict[str, PageFile] = {}  # file rows to write, by name
        self.buffer: dict[str, load.Columns] = {}
        self.buffered_chars = 0
        self.next_id = self.built = self.dropped = 0
        self.dirty = False

    def _open(self, rebuild: bool) -> duckdb.DuckDBPyConnection:
        """The temporary copy; a copy in an older layout is started afresh from its pages."""
        if not rebuild and self.db.exists():
            shutil.copyfile(self.db, self.tmp)
            con = duckdb.connect(str(self.tmp))
            if _schema(con) == SCHEMA_VERSION:
                return con
            self.restore = _old_pages(con)
            con.close()
            self._remove_tmp()
        self.fresh = True
        con = duckdb.connect(str(self.tmp))
        con.execute(load.SCHEMA)
        return con

    def put(self, page: PageFile) -> tuple[str, str | None]:
        """Record a file's text; returns its outcome (new, updated, unchanged, duplicate) and the duplicated name."""
        outcome = self.files.outcome(page.doc, page.doc_hash)
        if outcome[0] != "unchanged" or page.doc in self.stale:
            self.stale.discard(page.doc)
            self.files.put(page.doc, page.doc_hash)
            self.pending[page.doc] = page
            self._grow(len(page.raw))
        return outcome

    def plan(self) -> list[str]:
        """Delete the documents that no longer match the files; return the names to extract."""
        self._flush()
        rows = self.con.execute("SELECT doc, doc_hash, extractor FROM documents").fetchall()
        documents = {doc: (doc_hash, version) for doc, doc_hash, version in rows}
        todo = plan(self.files.hash, documents, self.version)
        if todo.drop:
            self.dirty = True
            for table in load.PAGE_TABLES:
                self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc)", [todo.drop])  # names are ours
        self.dropped = len(todo.drop)
        return todo.build

    def sources(self, names: list[str], chunk: int = 64) -> Iterator[Source]:
        """The stored text of the named files, a few at a time (memory holds one chunk)."""
        for i in range(0, len(names), chunk):
            rows = self.con.execute(f"SELECT {SOURCE} FROM files WHERE list_contains(?, doc) ORDER BY doc",
                                    [names[i:i + chunk]]).fetchall()
            yield from (Source(*r) for r in rows)

    def add(self, page: PageResult) -> None:
        """Buffer an extracted page's rows; they go to the database in batches (small inserts are slow)."""
        load.merge(self.buffer, _page_columns(page, self.version, self.next_id))
        self.next_id += len(page.rows)
        self.built += 1
        self._grow(len(page.text))

    def add_part(self, folder: str | Path) -> None:
        """Take the pages write_part wrote under `folder` (a Dask task's), once sure the same extractor wrote them."""
        self._flush()
        parts = {table: str(Path(folder) / f"{table}.parquet") for table in load.PAGE_TABLES}
        documents = self.con.execute("SELECT extractor, count(*) FROM read_parquet(?) GROUP BY ALL",
                                     [parts["documents"]]).fetchall()
        if {v for v, _ in documents} - {self.version}:
            raise EngineError(f"a worker ran another extractor ({', '.join(sorted(v for v, _ in documents))}, here "
                              f"{self.version}): install the same gaoxin on every worker")
        for table, path in parts.items():
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?)", [path])  # names are ours
        self.built += sum(n for _, n in documents)
        self.dirty = True

    def _grow(self, chars: int) -> None:
        self.dirty = True
        self.buffered_chars += chars
        if self.buffered_chars > load.BATCH_CHARS:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            files = [self.pending[name] for name in sorted(self.pending)]
            self.con.execute("DELETE FROM files WHERE list_contains(?, doc)", [[f.doc for f in files]])
            load.insert(self.con, "files", {"doc": [f.doc for f in files], "doc_hash": [f.doc_hash for f in files],
                                            "path": [f.path for f in files], "encoding": [f.encoding for f in files],
                                            "extractor": [self.version] * len(files), "raw": [f.raw for f in files],
                                            "warnings": [list(f.warnings) for f in files]})
        for table, columns in self.buffer.items():
            load.insert(self.con, table, columns)
        self.pending, self.buffer, self.buffered_chars = {}, {}, 0

    def finish(self, problems: list[tuple[str, str, str]]) -> Change:
        """Complete the derived tables and swap the copy into place (only if anything changed).

        problems: (path, reason, kind) of each file not loaded this run, the `rejected` table's rows."""
        self._flush()
        problems = sorted(set(problems))
        if problems != sorted(self.con.execute("SELECT path, reason, kind FROM rejected").fetchall()):
            self.dirty = True
            self.con.execute("DELETE FROM rejected")
            paths, reasons, kinds = (list(c) for c in zip(*problems, strict=True)) if problems else ([], [], [])
            load.insert(self.con, "rejected", {"path": paths, "reason": reasons, "kind": kinds})
        added, removed, total = self.con.execute("""
            WITH after AS (SELECT DISTINCT figure_id FROM metrics)
            SELECT (SELECT count(*) FROM (FROM after EXCEPT FROM before)),
                   (SELECT count(*) FROM (FROM before EXCEPT FROM after)),
                   (SELECT count(*) FROM metrics)""").fetchall()[0]
        change = Change(built=self.built, dropped=self.dropped, added=added, removed=removed, total=total,
                        written=self.dirty or self.fresh)
        if not change.written:
            return change  # the copy is dropped on exit: the database file stays as it was
        self._derive()
        self.con.execute("CHECKPOINT")
        self.con.close()
        os.replace(self.tmp, self.db)
        return change

    def _derive(self) -> None:
        """Figure ids in text order (never arrival order), one name per park, the parks seen, the layout's version."""
        self.con.execute("""UPDATE metrics SET id = r.n FROM (
            SELECT rowid AS rid, row_number() OVER (ORDER BY doc, span_start, span_end, metric, park, figure_id, rule)
                   - 1 AS n FROM metrics) r WHERE metrics.rowid = r.rid""")
        seen = {r[0] for r in self.con.execute(
            "SELECT park FROM metrics UNION SELECT park FROM articles WHERE park IS NOT NULL").fetchall()}
        for written, listed in one_name_each(seen).items():
            for table in ("metrics", "articles", "terms"):
                self.con.execute(f"UPDATE {table} SET park = ? WHERE park = ?", [listed, written])
            seen.discard(written)
        self.con.execute("DELETE FROM parks")
        load.insert(self.con, "parks", load.parks_columns(seen))
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])

    def _remove_tmp(self) -> None:
        for path in (self.tmp, Path(f"{self.tmp}.wal")):
            path.unlink(missing_ok=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.con.close()
        finally:
            self._remove_tmp()
            self._lock.close()  # closing the file releases the lock


def write_part(pages: Iterable[PageResult], folder: str | Path) -> None:
    """Some pages' rows as one Parquet file per table, folder/<table>.parquet, stamped with this process's
    extractor version: what a Dask task hands to Store.add_part through a folder both can read."""
    version = extractor_version()
    batch: dict[str, load.Columns] = {}
    for page in pages:
        load.merge(batch, _page_columns(page, version))
    Path(folder).mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(":memory:")
    try:
        con.execute(load.SCHEMA)
        for table in load.PAGE_TABLES:
            load.insert(con, table, batch.get(table, {}))
            target = str(Path(folder) / f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY {table} TO '{target}' (FORMAT parquet)")  # the table names are ours
    finally:
        con.close()


def _page_columns(page: PageResult, version: str, first_id: int = 0) -> dict[str, load.Columns]:
    """A page's rows, its document stamped with the extractor version that made them."""
    columns = load.page_columns(page, first_id)
    columns["documents"]["extractor"] = [version]
    return columns


def figures(db: str | Path) -> pd.DataFrame:
    """Every figure of the database (the `metrics` table, in id order), as extracted: no reviews applied."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT * FROM metrics ORDER BY id").df()
    finally:
        con.close()


def present(db: str | Path, figure_ids: list[str]) -> set[str]:
    """Which of these figures the database holds (to tell orphaned reviews), without reading every figure."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT unnest(?::VARCHAR[]) INTERSECT SELECT figure_id FROM metrics", [figure_ids])
        return {fid for (fid,) in rows.fetchall()}
    finally:
        con.close()


def _schema(con: duckdb.DuckDBPyConnection) -> str | None:
    """The layout version a database was written with (None for one older than the version table)."""
    try:
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchall()
    except duckdb.CatalogException:
        return None
    return rows[0][0] if rows else None


def _old_pages(con: duckdb.DuckDBPyConnection) -> list[Source]:
    """The pages of a database in an older layout, to load again: its files, or its documents' text."""
    columns = set(con.execute("SELECT table_name, column_name FROM information_schema.columns").fetchall())
    for table, text in (("files", "raw"), ("documents", "text")):
        if (table, text) in columns:
            warnings = "warnings" if (table, "warnings") in columns else "[]::VARCHAR[]"
            sql = f"SELECT {text}, doc, path, encoding, {warnings} FROM {table} ORDER BY doc"  # names are ours
            return [Source(*r) for r in con.execute(sql).fetchall()]
    return []


def one_name_each(names: set[str]) -> dict[str, str]:
    """Renames across the corpus: a listed park named as written on one page (某市开发区) and by the list's name
    on another (某市经开区) is one park, under the list's name: one bar on the dashboard, not two."""
    gaz = gazetteer()
    listed = {name: as_typed(name, names) or gaz.canonical(name) for name in names if name not in gaz.names}
    return {name: other for name, other in listed.items() if other != name and other in names}

"""read → normalise → articles → parks → metrics → years → terms → load."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from etl import attribute, load, metrics, years
from etl.articles import opens_with_dateline, split_articles
from etl.model import ArticleRecord, PageResult, Row, figure_id
from etl.normalise import normalise
from etl.parks import find_mentions
from etl.read import BadInput, read_page
from etl.terms import terms


@dataclass
class Summary:
    files: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    articles: int = 0
    parks: set[str] = field(default_factory=set)
    figures: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [f"读取文件 files read: {self.files - len(self.rejected)} / {self.files}",
               f"文章 articles: {self.articles}",
               f"园区 parks with figures: {len(self.parks)}",
               f"数据 figures: {sum(self.figures.values())} ("
               + ", ".join(f"{k} {v}" for k, v in sorted(self.figures.items())) + ")"]
        out += [f"拒绝 rejected: {path}: {reason}" for path, reason in self.rejected]
        return out


def process_text(raw: str, doc: str, path: str = "", encoding: str = "utf-8") -> PageResult:
    """The pure middle of the pipeline: one page's text → its articles and metric rows."""
    text = normalise(raw)
    doc_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    page_year = years.page_year(text)
    mentions = find_mentions(text)
    parks_at = {m.start: m for m in mentions}
    records, rows = [], []
    subject = None
    for article in split_articles(text, doc):
        body = text[article.start:article.end]
        art_year, art_source = years.article_year(text, article.start, article.body_start, article.end, page_year)
        if article.kind != "story":
            records.append(ArticleRecord(article, None, art_year, body, Counter()))
            continue
        own = {at: m for at, m in parks_at.items() if article.start <= at < article.end}
        # a story that names no subject and has no dateline of its own goes on with the one before
        subject = attribute.article_subject(text, article, own) or (None if opens_with_dateline(text, article)
                                                                     else subject)
        park = subject.park if subject else None
        # Word clouds compare parks: an article about no park (city news, an ad, a science brief) gets no
        # terms; one that names no park cannot hold a park's figure, so it is not searched for figures.
        records.append(ArticleRecord(article, park, art_year, body, terms(body) if park else Counter()))
        if not own and park is None:
            continue
        sentences = list(metrics.sentences(text, article.start, article.end))
        ctx = attribute.context(text, article, subject, mentions, sentences)
        figures = metrics.extract(text, article.start, article.end, sentences)
        paired = attribute.respectively(figures, text, ctx)
        for fig in figures:
            park, how = (paired[fig], "respectively") if fig in paired else attribute.park_of(fig, text, ctx)
            if park is None:
                continue
            raw_sentence = text[fig.sentence_start:fig.sentence_end]
            sentence = raw_sentence.strip()
            sentence_start = fig.sentence_start + len(raw_sentence) - len(raw_sentence.lstrip())
            year, source = years.figure_year(raw_sentence, fig.amount.start - fig.sentence_start, page_year,
                                             art_year, art_source)
            a = fig.amount
            rows.append(Row(park=park, category=fig.category, metric=fig.metric, value=a.value, unit=a.unit,
                            qualifier=a.qualifier, from_value=a.from_value, value_low=a.value_low,
                            subject=fig.subject, scope=fig.scope, status=fig.status, year=year,
                            year_source=source if year is not None else "none",
                            doc=doc, article_id=article.article_id, sentence=sentence,
                            span_start=a.start, span_end=a.end, sentence_start=sentence_start,
                            rule=fig.rule, attributed_by=how,
                            figure_id=figure_id(doc_hash, fig.metric, a.start, a.end)))
    return PageResult(doc=doc, path=path, encoding=encoding, text=text, doc_hash=doc_hash, year=page_year,
                      year_source="page" if page_year is not None else "none",
                      articles=records, rows=rows)


def process_file(job: tuple[str, str]) -> PageResult | BadInput:
    """Read and process one (path, doc) job; a bad file comes back as its BadInput, never raised."""
    path, doc = job
    try:
        raw, encoding = read_page(path)
    except BadInput as exc:
        return exc
    return process_text(raw, doc, path, encoding)


def collect_jobs(inputs: Iterable[str | Path]) -> list[tuple[str, str]]:
    """(path, doc) of the .txt files named or found (recursively) in the inputs, sorted.

    doc is the file name; where two files share a name, their relative paths tell them apart."""
    files: set[str] = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files.update(str(f) for f in p.rglob("*.txt") if f.is_file())
        else:
            files.add(str(p))
    names = Counter(Path(f).name for f in files)
    return [(f, Path(f).name if names[Path(f).name] == 1 else os.path.relpath(f).replace(os.sep, "/"))
            for f in sorted(files)]


def run(inputs: Iterable[str | Path], db: str | Path, workers: int = 1,
        progress: Callable[[Iterable[PageResult | BadInput], int], Iterable[PageResult | BadInput]] | None = None,
        ) -> Summary:
    """Build the database at `db` from the input files; returns what was read and rejected."""
    jobs = collect_jobs(inputs)
    summary = Summary(files=len(jobs))
    with ExitStack() as stack:
        writer = stack.enter_context(load.DatabaseWriter(db))
        results: Iterable[PageResult | BadInput]
        if workers > 1 and len(jobs) > 1:
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers))
            results = pool.map(process_file, jobs, chunksize=max(1, len(jobs) // (workers * 8)))
        else:
            results = map(process_file, jobs)
        _load(progress(results, len(jobs)) if progress else results, writer, summary)
    return summary


def _load(results: Iterable[PageResult | BadInput], writer: load.DatabaseWriter, summary: Summary) -> None:
    """Stream each page into the database as it comes, so memory holds one page at a time."""
    for result in results:
        if isinstance(result, BadInput):
            summary.rejected.append((result.path, result.reason))
            continue
        writer.add(result)
        summary.articles += len(result.articles)
        summary.parks.update(r.park for r in result.rows)
        summary.figures.update(r.category for r in result.rows)
    writer.close(summary.rejected)


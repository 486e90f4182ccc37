"""read → normalise → (store: new, changed or unchanged?) → articles → parks → metrics → years → terms → load."""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from etl import attribute, engines, lists, metrics, story, years
from etl.articles import split_articles, stands_alone
from etl.inputs import InputError, find_pages
from etl.model import Article, ArticleRecord, Figure, Mention, PageFile, PageResult, Row, Source, figure_id
from etl.normalise import normalise
from etl.parks import find_mentions
from etl.read import BadInput, read_page
from etl.store import Change, Store, write_part
from etl.subjects import Actor
from etl.terms import terms

OUTCOMES = {"new": "新页面 new", "updated": "更新 updated", "unchanged": "未变 unchanged (skipped)",
            "duplicate": "重复 duplicate"}


@dataclass
class Summary:
    """What a run read, added, skipped, repeated and refused: every file named, none dropped without a word."""

    files: int = 0
    outcomes: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in OUTCOMES})
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, the file it repeats)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): read and refused
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): not a page file
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, what reading it had to repair)
    articles: int = 0
    parks: set[str] = field(default_factory=set)
    figures: Counter[str] = field(default_factory=Counter)  # by category, of the pages extracted in this run
    change: Change | None = None

    def note(self, doc: str, outcome: str, of: str | None) -> None:
        self.outcomes[outcome].append(doc)
        if of is not None:
            self.duplicates.append((doc, of))

    def lines(self) -> list[str]:
        out = [f"读取文件 files read: {self.files - len(self.rejected)} / {self.files}",
               " · ".join(f"{label}: {len(self.outcomes[k])}" for k, label in OUTCOMES.items())]
        out += [f"重复 duplicate: {doc} = {of}" for doc, of in self.duplicates]
        if self.change:
            c = self.change
            out.append(f"提取页面 pages extracted: {c.built}; 数据 figures: {c.total} (+{c.added} −{c.removed})"
                       + ("" if c.written else "; 数据库未改动 database unchanged"))
        if self.articles:
            out += [f"文章 articles: {self.articles}", f"园区 parks with figures: {len(self.parks)}",
                    f"数据 figures extracted: {sum(self.figures.values())} ("
                    + ", ".join(f"{k} {v}" for k, v in sorted(self.figures.items())) + ")"]
        out += [f"警告 warning: {path}: {message}" for path, message in self.warnings]
        out += [f"拒绝 rejected: {path}: {reason}" for path, reason in self.rejected]
        out += [f"跳过 skipped: {path}: {reason}" for path, reason in self.skipped]
        return out

    def count(self, page: PageResult) -> None:
        """Add an extracted page's articles, parks and figures."""
        self.articles += len(page.articles)
        self.parks.update(r.park for r in page.rows)
        self.figures.update(r.category for r in page.rows)
        if page.failure:
            self.warnings.append((page.path or page.doc, page.failure))

    def absorb(self, part: Summary) -> None:
        """Add what one part of the run (a Dask task) extracted."""
        self.articles += part.articles
        self.parks |= part.parks
        self.figures.update(part.figures)
        self.warnings += part.warnings

    def problems(self) -> list[tuple[str, str, str]]:
        """(path, reason, kind) of every file not loaded, for the `rejected` table."""
        return sorted([(p, r, "rejected") for p, r in self.rejected] + [(p, r, "skipped") for p, r in self.skipped])


class NoReadablePage(InputError):
    """Inputs that hold no page to read; the summary says what was found instead."""

    def __init__(self, inputs: list[str], summary: Summary) -> None:
        listed = "; ".join(f"{p}: {r}" for p, r, _ in summary.problems()[:5]) or "no files"
        more = " …" if len(summary.problems()) > 5 else ""
        super().__init__(f"没有可读的页面 no readable page in {', '.join(inputs)} ({listed}{more})")
        self.summary = summary


def text_hash(text: str) -> str:
    """A page's identity: the sha256 of its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def process_text(raw: str, doc: str, path: str = "", encoding: str = "utf-8") -> PageResult:
    """The pure middle of the pipeline: one page's text → its articles and metric rows."""
    text = normalise(raw)
    doc_hash = text_hash(text)
    page_year = years.page_year(text)
    mentions = find_mentions(text)
    records, rows = [], []
    subject = None
    articles = list(split_articles(text, doc))
    for i, article in enumerate(articles):
        body = text[article.start:article.end]
        # an article with a date of its own counts its 今年/去年 from that date, not from the page's
        dated = years.dated_year(text, article.start, article.body_start, article.end)
        anchor = page_year if dated is None else dated
        art_year, art_source = years.article_year(text, article.start, article.body_start, article.end, page_year)
        own = {m.start: m for m in mentions if article.start <= m.start < article.end}
        if article.kind == "story":
            # a story that names no subject and has no dateline or bullet of its own goes on with the one before
            carried = None if stands_alone(text, article) else subject
            seen_end = _captions_end(text, articles, i)
            seen = {m.start: m for m in mentions if article.start <= m.start < seen_end}
            subject = story.article_subject(text, article, seen, carried) or carried
        elif not CAPTION.match(body):  # an ad or a masthead holds no park's figure
            records.append(ArticleRecord(article, None, art_year, body, Counter()))
            continue
        park = subject.park if subject and article.kind == "story" else None
        # Word clouds compare parks: an article about no park (city news, an ad, a science brief) gets no
        # terms; one that names no park cannot hold a park's figure, so it is not searched for figures.
        records.append(ArticleRecord(article, park, art_year, body, terms(body) if park else Counter()))
        # a caption speaks for its story; a city's story holds a park's figure only where it names one
        if own or (subject is not None and subject.park is not None) or PARK_WORD.search(body):
            dates = (anchor, "page" if dated is None else "article", art_year, art_source)
            rows += _figure_rows(text, doc, article, subject, mentions, dates, doc_hash)
    return PageResult(doc=doc, path=path, encoding=encoding, text=text, doc_hash=doc_hash, year=page_year,
                      year_source="page" if page_year is not None else "none",
                      articles=records, rows=rows)


def _captions_end(text: str, articles: list[Article], i: int) -> int:
    """Where the captions that follow a story end: a photo of the story shows what it is about."""
    end = articles[i].end
    for nxt in articles[i + 1:]:
        if nxt.kind == "story" or not PHOTO.match(text, nxt.start, nxt.end):
            break
        end = nxt.end
    return end


PHOTO = re.compile(r">?\s*(?:图为|图:|图片:)")
CAPTION = re.compile(r">?\s*图为.*\d")  # "图为某项目施工现场,该项目总投资70亿元。"
PARK_WORD = re.compile(r"高新区|经开区|开发区")  # "其中,高新区签约19个": the district's own park


def _figure_rows(text: str, doc: str, article: Article, subject: Actor | None, mentions: list[Mention],
                 dates: tuple[int | None, str, int | None, str], doc_hash: str) -> list[Row]:
    """The metric rows of one article: its figures, each with its park and year (今年 counts from `anchor`,
    the article's own date or the page's)."""
    anchor, anchor_source, art_year, art_source = dates
    sentences = list(metrics.sentences(text, article.start, article.end))
    figures = metrics.extract(text, article.start, article.end, sentences)
    if not figures:
        return []
    last = max(f.sentence_end for f in figures)  # whose a figure is depends only on the text before it
    ctx = attribute.context(text, article, subject, mentions, [s for s in sentences if s[0] < last])
    rows = []
    for fig, n, park, how in _owners(figures, text, ctx):
        raw_sentence = text[fig.sentence_start:fig.sentence_end]
        sentence = raw_sentence.strip()
        sentence_start = fig.sentence_start + len(raw_sentence) - len(raw_sentence.lstrip())
        year, source = years.figure_year(raw_sentence, fig.amount.start - fig.sentence_start, anchor,
                                         art_year, art_source)
        source = anchor_source if source == "page" else source
        a = fig.amount
        rows.append(Row(park=park, category=fig.category, metric=fig.metric, value=a.value, unit=a.unit,
                        qualifier=a.qualifier, from_value=a.from_value, value_low=a.value_low,
                        subject=fig.subject, scope=fig.scope, status=fig.status, year=year,
                        year_source=source if year is not None else "none",
                        doc=doc, article_id=article.article_id, sentence=sentence,
                        span_start=a.start, span_end=a.end, sentence_start=sentence_start,
                        rule=fig.rule, attributed_by=how,
                        figure_id=figure_id(doc_hash, fig.metric, a.start, a.end) + (f"#{n}" if n else "")))
    return rows


def _owners(figures: list[Figure], text: str, ctx: attribute.Context
            ) -> Iterator[tuple[Figure, int, str, str]]:
    """(figure, n, park, how) for every park a figure belongs to: one park, or each park of a 各 list."""
    paired = lists.respectively(figures, text, ctx)
    for fig in figures:
        if each := lists.each_of(fig, text, ctx):
            yield from ((fig, n, park, "each") for n, park in enumerate(each))
            continue
        park, how = (paired[fig], "respectively") if fig in paired else attribute.park_of(fig, text, ctx)
        park, how = attribute.rolled_up(park, how, fig, text, ctx)
        if park is not None:
            yield fig, 0, park, how


def read_file(job: tuple[str, str]) -> PageFile | BadInput:
    """Read one (path, doc) job and hash its normalised text: enough to tell whether it is new.

    A bad file comes back as its BadInput, never raised."""
    path, doc = job
    try:
        page = read_page(path)
    except BadInput as exc:
        return exc
    return reread(Source(page.text, doc, path, page.encoding, page.warnings))


def reread(source: Source) -> PageFile:
    """A page's text hashed (a stored page again, by a new normaliser)."""
    return PageFile(doc=source.doc, path=source.path, encoding=source.encoding, raw=source.raw,
                    doc_hash=text_hash(normalise(source.raw)), warnings=tuple(source.warnings))


def extract(source: Source) -> PageResult:
    """A stored page → its rows, with what reading its file had to repair. An extractor bug on one page
    does not sink the run: the page is kept without figures and the run's summary says why."""
    try:
        result = process_text(source.raw, source.doc, source.path, source.encoding)
    except Exception as exc:  # any bug in the rules: named in the summary, never silent
        text = normalise(source.raw)
        result = PageResult(doc=source.doc, path=source.path, encoding=source.encoding, text=text,
                            doc_hash=text_hash(text), year=None, year_source="none", articles=[], rows=[],
                            failure=f"抽取失败 extraction failed, kept without figures: {type(exc).__name__}: {exc}")
    return replace(result, warnings=tuple(source.warnings)) if source.warnings else result


def run(inputs: Iterable[str | Path], db: str | Path, workers: int = 1,
        progress: Callable[[Iterable[PageResult], int], Iterable[PageResult]] | None = None,
        rebuild: bool = False, engine: str = "local", scheduler: str | None = None,
        staging: str | Path | None = None, pages_per_task: int = 200) -> Summary:
    """Add the input files to the database at `db` (or, with `rebuild`, build it from them alone).

    Files are read and hashed first; only new and changed texts, and pages extracted by an older
    version of the extractor, are extracted: by engine "local" here (in `workers` processes), by "dask"
    in tasks of `pages_per_task` pages on a Dask cluster (see on_dask). Either gives the same tables.
    Returns what was read, skipped, repeated and rejected. Raises InputError, leaving `db` as it was,
    when an input does not exist or the inputs hold no readable page; any other failure mid-run leaves
    it as it was too."""
    inputs = [str(p) for p in inputs]
    found = find_pages(inputs)
    jobs = found.jobs
    summary = Summary(files=len(jobs), skipped=found.skipped)
    with ExitStack() as stack:
        store = stack.enter_context(Store(db, rebuild=rebuild))
        for page in map(reread, store.restore):  # reading and hashing cost little next to extracting
            store.put(page)
        for page in map(read_file, jobs):
            if isinstance(page, BadInput):
                summary.rejected.append((page.path, page.reason))
            else:
                summary.warnings += [(page.path, w) for w in page.warnings]
                summary.note(page.doc, *store.put(page))
        if inputs and len(summary.rejected) == len(jobs):
            raise NoReadablePage(inputs, summary)
        todo = store.plan()
        if engine == "dask":
            if todo:
                on_dask(store, store.sources(todo), summary, scheduler, workers, staging, pages_per_task)
        else:
            results = stack.enter_context(engines.local_map(extract, store.sources(todo), len(todo), workers, warm))
            for result in progress(results, len(todo)) if progress else results:
                store.add(result)
                summary.count(result)
        summary.change = store.finish(summary.problems())
    return summary


def on_dask(store: Store, sources: Iterable[Source], summary: Summary, scheduler: str | None, workers: int,
            staging: str | Path | None, pages_per_task: int) -> None:
    """Extract the pages in tasks on a Dask cluster: a task carries the texts of its pages and writes their
    rows as Parquet files in a folder under `staging` (shared by the workers and this process; default:
    beside the database), which the store takes in task order, then deletes."""
    shared = Path(staging or store.db.resolve().parent)
    shared.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".gaoxin-parts-", dir=shared) as folder:
        tasks = ((batch, f"{folder}/{n:06d}") for n, batch in enumerate(engines.chunks(sources, pages_per_task)))
        with engines.dask_map(extract_part, tasks, scheduler, workers) as parts:
            for part, done in parts:
                store.add_part(part)
                summary.absorb(done)
                shutil.rmtree(part)


def extract_part(sources: list[Source], folder: str) -> tuple[str, Summary]:
    """A Dask task: extract some pages, write their rows under `folder` (store.write_part); returns the
    folder and what was extracted."""
    done = Summary(files=len(sources))
    pages = [extract(source) for source in sources]
    for page in pages:
        done.count(page)
    write_part(pages, folder)
    return folder, done


WARM_PAGE = "本报讯 金山高新区新签约项目8个，总投资额35.6亿元，2024年发明专利授权120件。"


def warm() -> None:
    """Load every dictionary and rule a page needs, by processing one small page."""
    process_text(WARM_PAGE, "warm")

"""Frozen records passed between pipeline stages."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Article:
    """A span of the normalised page that reports one story."""

    article_id: str
    index: int
    start: int
    end: int
    title: str
    byline: str
    kind: str = "story"  # story, or insert (a caption, ad or masthead standing alone)
    body_start: int = 0  # where the body begins, after the headline, kickers and bylines


@dataclass(frozen=True)
class Mention:
    """A park named in the text, resolved to its canonical short name."""

    start: int
    end: int
    park: str
    weak: bool = False  # a brand-like alias (中关村, 亦庄): a subject only where it opens a clause or a headline
    known: bool = True  # in the gazetteer (not only found by its name's form)


@dataclass(frozen=True)
class Amount:
    """A number with its unit, as written: 超22亿元 → 2.2e9 CNY over."""

    start: int
    end: int
    value: float
    unit: str  # CNY, USD, count, percent
    qualifier: str  # exact, over, about, nearly, under
    word: str  # the unit word as written: 个, 家, 名, 亿元, % ...
    from_value: float | None = None
    value_low: float | None = None  # the lower end of a range (1万-5万元, 八九亿元)


@dataclass(frozen=True)
class Figure:
    """One metric figure of a sentence, before park and year are known."""

    metric: str
    category: str
    amount: Amount
    subject: str
    scope: str  # park or project
    sentence_start: int
    sentence_end: int
    status: str = "actual"  # actual or target (力争, 预计, 到2025年…将)
    rule: str = ""  # the metric rule that fired, for the reader who asks why


@dataclass(frozen=True)
class Row:
    """One row of the `metrics` table."""

    park: str
    category: str
    metric: str
    value: float
    unit: str
    qualifier: str
    from_value: float | None
    value_low: float | None
    subject: str
    scope: str
    status: str
    year: int | None
    year_source: str
    doc: str
    article_id: str
    sentence: str
    span_start: int
    span_end: int
    sentence_start: int  # offset of `sentence` in the normalised text, to highlight the figure in it
    rule: str  # which metric rule took the figure
    attributed_by: str  # how its park was told: sentence, article, back-reference, respectively …
    figure_id: str  # stable identity for reviews: document hash, metric, span


def figure_id(doc_hash: str, metric: str, start: int, end: int) -> str:
    """The identity a review is keyed by: it survives renames and re-runs of an unchanged page."""
    return f"{doc_hash[:16]}:{metric}:{start}-{end}"


@dataclass(frozen=True)
class ArticleRecord:
    """An article with what the pipeline found about it."""

    article: Article
    park: str | None
    year: int | None
    text: str
    terms: Counter[str]


@dataclass(frozen=True)
class PageResult:
    """Everything one page yields: the pure pipeline's output, the loader's input."""

    doc: str
    path: str
    encoding: str
    text: str
    doc_hash: str  # sha256 of the normalised text: a page's identity across names and runs
    year: int | None
    year_source: str
    articles: list[ArticleRecord]
    rows: list[Row]
    warnings: tuple[str, ...] = ()  # what reading the file had to repair (damaged bytes, a GB18030 paragraph)
    failure: str = ""  # why extracting it failed (an extractor bug): the page is kept, with no figures


@dataclass(frozen=True)
class PageFile:
    """A page file as read: its name, where it came from, its text before and the hash after normalising."""

    doc: str
    path: str
    encoding: str
    raw: str
    doc_hash: str  # sha256 of the normalised text, as PageResult.doc_hash
    warnings: tuple[str, ...] = ()


class Source(NamedTuple):
    """A stored page to process: its text as read, its name, where it came from, what reading repaired."""

    raw: str
    doc: str
    path: str
    encoding: str
    warnings: tuple[str, ...] = ()

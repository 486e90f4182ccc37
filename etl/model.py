"""Frozen records passed between pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """A span of the normalised page that reports one story."""

    article_id: str
    index: int
    start: int
    end: int
    title: str
    byline: str


@dataclass(frozen=True)
class Mention:
    """A park named in the text, resolved to its canonical short name."""

    start: int
    end: int
    park: str


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
    subject: str
    scope: str
    year: int | None
    year_source: str
    doc: str
    article_id: str
    sentence: str
    span_start: int
    span_end: int
    sentence_start: int  # offset of `sentence` in the normalised text, to highlight the figure in it

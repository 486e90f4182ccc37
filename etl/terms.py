"""Article text → word-cloud terms, with a private jieba tokenizer and our own dictionaries.

The tokenizer is jieba-fast-dat, jieba's algorithm and dictionary in C++ (a double-array trie): on our pages
it gives the same terms as jieba 0.42.1 for 99.9 % of words and runs ten times faster, so word clouds no
longer cost most of an ETL run.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import jieba_fast_dat as jieba

from etl.parks import gazetteer
from etl.vocab import VOCAB_DIR, read_lines

_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]+$")
jieba.setLogLevel(60)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """A private tokenizer (never the global one) that keeps park names and party terms whole."""
    tk = jieba.Tokenizer()
    tk.load_userdict(str(VOCAB_DIR / "userdict.txt"))
    for park in gazetteer().parks:
        for name in (park.name, park.official, *park.aliases):
            tk.add_word(name, 2000, "ns")
    return tk


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(read_lines("stopwords.txt"))


def terms(text: str) -> Counter[str]:
    """Counts of the content words of a text (two or more characters, no numbers, no stopwords)."""
    counts = Counter(tokenizer().cut(text))  # count first: filtering the distinct words is cheaper
    keep = _keep
    return Counter({w: n for w, n in counts.items() if keep.get(w) or (keep.get(w) is None and _decide(w))})


_keep: dict[str, bool] = {}  # word → is it a term; a page's vocabulary repeats, so each word is judged once


def _decide(word: str) -> bool:
    _keep[word] = verdict = len(word) > 1 and word not in stopwords() and bool(_WORD.match(word))
    return verdict

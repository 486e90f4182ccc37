"""Load the rule and vocabulary files of etl/vocab/ (data, not code)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_DIR = Path(__file__).parent / "vocab"


@cache
def load_yaml(name: str) -> dict[str, Any]:
    with open(VOCAB_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a text vocabulary file."""
    lines = (VOCAB_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def alternation(words: list[str]) -> str:
    """A regex alternation of words, longest first so that 高新技术企业 wins over 企业."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, factored by common prefixes (longest match first):
    Python's re scans a trie-shaped pattern several times faster than a flat alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


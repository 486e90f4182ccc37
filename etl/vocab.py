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

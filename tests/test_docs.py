"""The README, the rule files and the code stay in step."""

import re

from etl.triggers import rules
from etl.vocab import load_yaml
from tests.conftest import ROOT
from tests.test_metrics import CASES

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_metric_table_matches_the_rules() -> None:
    documented = set(re.findall(r"^\| \w+ \| (\w+) \|", README, re.M)) - {"metric"}
    assert documented == set(rules().category)


def test_every_metric_has_an_example_row() -> None:
    rows = [case.values if hasattr(case, "values") else case for case in CASES]
    covered = {metric for _, expected in rows for metric, _ in expected}
    assert covered == set(rules().category)


def test_every_money_and_count_rule_names_a_known_metric() -> None:
    data = load_yaml("metrics.yaml")
    known = set(rules().category)
    assert {m for m in data["money"] if m not in (None, "null")} <= known
    assert set(data["counts"]) <= known and set(data["percent"]) <= known


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash tests/run.sh" in README and "bash tests/run.sh" in ci


def test_readme_names_every_command_and_the_review_columns() -> None:
    import argparse

    from etl.cli import parser
    from etl.reviews import COLUMNS

    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert {name for name in commands if f"gaoxin {name}" not in README} == set()
    assert ", ".join(COLUMNS) in README

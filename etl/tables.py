"""Text tables → metric figures: a header row naming its columns, with units ("签约项目(个)", "总投资(亿元)")
or over cells that carry their own ("10个"); cells apart by wide spaces, tabs or "|". Each number of a row
is a figure of its column."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.counts import SIGNED
from etl.model import Amount, Figure
from etl.numbers import find_amounts
from etl.triggers import rules
from etl.vocab import load_yaml

# a label and cells apart by wide spaces, tabs or "|" (Markdown rows may open and close with one)
TABLE_ROW = re.compile(r"\|?\s*(?P<label>[^\s|].*?)(?:\s*\|\s*| {2,}|\t|\u3000+)"
                       r"(?P<cells>[^|]*?\S(?:.*[^\s|])?)\s*\|?\s*$")
TABLE_CELL_SPLIT = re.compile(r"\s*\|\s*| {2,}|\t|\u3000+")  # "项目   | 数量": padding and bar, one gap
TABLE_HEADER_UNIT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10})\((?P<unit>[个家名人件项]|[亿万]?(?:美元|元))\)")
MONEY_UNITS = {"元": 1.0, "万元": 1e4, "亿元": 1e8, "美元": 1.0, "万美元": 1e4, "亿美元": 1e8}


def table_figures(text: str, spans: list[tuple[int, int]]) -> list[Figure]:
    """A text table: a header row naming its columns with units ("类别  项目数(个)  总投资(亿元)") over rows
    of a label and numbers ("签约项目  12  30.5", "合计  31"): each number is a figure of its column."""
    out: list[Figure] = []
    columns: dict[int, tuple[str, str, str]] = {}  # cell index → metric, unit word, column name
    for s0, s1 in spans:
        row = TABLE_ROW.match(text, s0, s1)
        if row is None:
            columns = {}
            continue
        cells = [row.group("label"), *TABLE_CELL_SPLIT.split(row.group("cells"))]
        words_only = not any(ch.isdigit() for ch in text[s0:s1])  # a header of names without units
        header = {i: c for i, cell in enumerate(cells) if (c := _table_column(cell, words_only and i > 0))}
        if header:
            columns = header
            continue
        pos = row.start("cells")
        for i, cell in enumerate(cells[1:], start=1):
            pos = text.index(cell, pos, s1)
            if i in columns and (figure := _table_figure(cells[0], cell, pos, columns[i], (s0, s1))):
                out.append(figure)
            pos += len(cell)
    return out


def _table_column(cell: str, unitless: bool) -> tuple[str, str, str] | None:
    """(metric, unit word, name) of a header cell such as 签约项目(个), 总投资(亿元), 年度计划投资(亿元), or
    where `unitless`, 集中开工项目 and 总投资 over cells that carry their units ("10个", "50亿元")."""
    r = rules()
    m = TABLE_HEADER_UNIT.search(cell)
    context = load_yaml("context.yaml")
    if (m.group("name") if m else cell) in context["table_count_headers"] + context["table_value_headers"] and (
            m or unitless):
        return ("", m.group("unit") if m else "", cell)  # 数量, 数值: the row's label names the metric
    if m is None:
        if not unitless or not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", cell):
            return None
        money = [h.group() for h in r.money_re.finditer(cell)]
        nouns = [r.nouns[h.group()] for h in r.nouns_re.finditer(cell)]
        metric = r.money[money[-1]] if money else nouns[-1] if nouns else None
        return (metric, "", cell) if metric else None
    name, unit = m.group("name"), m.group("unit")
    if unit in MONEY_UNITS:
        hits = [h.group() for h in r.money_re.finditer(name)]
        metric = r.money[hits[-1]] if hits else None
    else:
        nouns = [r.nouns[h.group()] for h in r.nouns_re.finditer(name)]
        metric = nouns[-1] if nouns else None
    return (metric, unit, name) if metric else None


def _table_figure(label: str, cell: str, pos: int, column: tuple[str, str, str], span: tuple[int, int]
                  ) -> Figure | None:
    """The figure of a cell: a bare number in a column with a unit, or a number with its own unit."""
    metric, unit, name = column
    if not metric:  # the label names it: a money trigger over an amount of money (工业投资 | 7.1亿元), else a noun
        money = unit in MONEY_UNITS or any(a.unit in ("CNY", "USD") for a in find_amounts(cell))
        hits = [rules().money[h.group()] for h in rules().money_re.finditer(label)] if money else [
            rules().nouns[h.group()] for h in rules().nouns_re.finditer(label)] or (
            ["project_count"] if SIGNED.search(label) else [])  # "集中签约 | 16个": the projects signed
        if not hits or hits[-1] is None:  # "营业收入 | 52亿元": a money word of no metric
            return None
        metric = hits[-1]
    if unit:
        if not re.fullmatch(r"\d+(?:\.\d+)?", cell):
            return None
        money = unit in MONEY_UNITS
        value = float(cell) * MONEY_UNITS.get(unit, 1.0)
        amount = Amount(pos, pos + len(cell), round(value, 4),
                        ("USD" if "美元" in unit else "CNY") if money else "count", "exact", unit)
    else:
        found = find_amounts(cell)
        money = metric in rules().money.values()
        if len(found) != 1 or (found[0].unit in ("CNY", "USD")) != money or found[0].unit == "percent":
            return None
        amount = replace(found[0], start=pos + found[0].start, end=pos + found[0].end)
    project = money and not re.search(r"合计|总计|小计|类|项目$", label)
    return Figure(metric=metric, category=rules().category[metric], amount=amount, subject=f"{label} {name}",
                  scope="project" if project else "park", sentence_start=span[0], sentence_end=span[1],
                  rule=f"table:{name}")

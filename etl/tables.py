"""Text tables → metric figures: a header row naming its columns with units ("签约项目(个)", "总投资(亿元)")
over rows of a label and numbers; each number is a figure of its column."""

from __future__ import annotations

import re

from etl.model import Amount, Figure
from etl.triggers import rules

TABLE_ROW = re.compile(r"(?P<label>\S.*?)(?: {2,}|\t|\u3000+)(?P<cells>.*\S)\s*$")
TABLE_CELL_SPLIT = re.compile(r" {2,}|\t|\u3000+")
TABLE_HEADER_UNIT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10})\((?P<unit>[个家名人件项]|[亿万]?(?:美元|元))\)")
MONEY_UNITS = {"元": 1.0, "万元": 1e4, "亿元": 1e8, "美元": 1.0, "万美元": 1e4, "亿美元": 1e8}


def table_figures(text: str, spans: list[tuple[int, int]]) -> list[Figure]:
    """A text table: a header row naming its columns with units ("类别  项目数(个)  总投资(亿元)") over rows
    of a label and numbers ("重点招商项目  10  25.5", "合计  29"): each number is a figure of its column."""
    out: list[Figure] = []
    columns: dict[int, tuple[str, str, str]] = {}  # cell index → metric, unit word, column name
    for s0, s1 in spans:
        row = TABLE_ROW.match(text, s0, s1)
        if row is None:
            columns = {}
            continue
        cells = [row.group("label"), *TABLE_CELL_SPLIT.split(row.group("cells"))]
        header = {i: c for i, cell in enumerate(cells) if (c := _table_column(cell))}
        if header:
            columns = header
            continue
        pos = row.start("cells")
        for i, cell in enumerate(cells[1:], start=1):
            pos = text.index(cell, pos, s1)
            if i in columns and re.fullmatch(r"\d+(?:\.\d+)?", cell):
                out.append(_table_figure(cells[0], cell, pos, columns[i], (s0, s1)))
            pos += len(cell)
    return out


def _table_column(cell: str) -> tuple[str, str, str] | None:
    """(metric, unit word, name) of a header cell such as 签约项目(个), 总投资(亿元), 年度计划投资(亿元)."""
    r = rules()
    m = TABLE_HEADER_UNIT.search(cell)
    if m is None:
        return None
    name, unit = m.group("name"), m.group("unit")
    if unit in MONEY_UNITS:
        hits = [h.group() for h in r.money_re.finditer(name)]
        metric = r.money[hits[-1]] if hits else None
    else:
        nouns = [r.nouns[h.group()] for h in r.nouns_re.finditer(name)]
        metric = nouns[-1] if nouns else None
    return (metric, unit, name) if metric else None


def _table_figure(label: str, cell: str, pos: int, column: tuple[str, str, str], span: tuple[int, int]) -> Figure:
    metric, unit, name = column
    money = unit in MONEY_UNITS
    value = float(cell) * MONEY_UNITS.get(unit, 1.0)
    amount = Amount(pos, pos + len(cell), round(value, 4), ("USD" if "美元" in unit else "CNY") if money else "count",
                    "exact", unit)
    project = money and not re.search(r"合计|总计|小计|类|项目$", label)
    return Figure(metric=metric, category=rules().category[metric], amount=amount, subject=f"{label} {name}",
                  scope="project" if project else "park", sentence_start=span[0], sentence_end=span[1],
                  rule=f"table:{name}")

"""Headline figures → the parks × metrics matrix the users build by hand. Pure: no Streamlit, no database."""

from __future__ import annotations

import pandas as pd
from pandas.io.formats.style import Styler

from dashboard.labels import METRIC, metric_label, scale

PARK_COLUMN = "园区"


def column_name(metric: str, unit: str, largest: float) -> str:
    """'总投资（亿元）', '总投资（亿美元）', '党组织数', '组织覆盖率（%）' — the unit the column's cells are in."""
    _, shown = scale(unit, largest)
    return metric_label(metric) + (f"（{shown}）" if shown else "")


def matrix(heads: pd.DataFrame, sort_by: str | None = None) -> pd.DataFrame:
    """One row per park, one column per metric and unit, each cell the headline value in the column's unit.

    Columns follow the vocabulary (investment first); rows are sorted by `sort_by`'s column, largest
    first (parks without it last). `attrs["metrics"]` maps each column back to its metric key.
    """
    order = {m: i for i, m in enumerate(METRIC)}
    keys = sorted(set(zip(heads["metric"], heads["unit"], strict=True)), key=lambda k: (order.get(k[0], 99), k[1]))
    out = pd.DataFrame({PARK_COLUMN: sorted(set(heads["park"]))})
    columns: dict[str, str] = {}
    for metric, unit in keys:
        rows = heads[(heads["metric"] == metric) & (heads["unit"] == unit)]
        divisor, _ = scale(unit, rows["value"].max())
        name = column_name(metric, unit, rows["value"].max())
        out[name] = out[PARK_COLUMN].map(dict(zip(rows["park"], rows["value"] / divisor, strict=True)))
        columns[name] = metric
    first = next((c for c, m in columns.items() if m == sort_by), None)
    out = out.sort_values([first, PARK_COLUMN] if first else [PARK_COLUMN], ascending=[False, True] if first else True,
                          na_position="last", ignore_index=True)
    out.attrs["metrics"] = columns
    return out


def shaded(table: pd.DataFrame) -> Styler:
    """Each column shaded on its own scale (白 → 红), numbers with thousands separators, no figure left blank."""
    numbers = [c for c in table.columns if c != PARK_COLUMN]
    return (table.style.background_gradient(cmap="Reds", subset=numbers, axis=0, low=0.05, high=0.35)
            .map(lambda v: "background-color: white" if pd.isna(v) else "", subset=numbers)
            .format(number, subset=numbers, na_rep="–"))


def number(value: float) -> str:
    """21000 → '21,000'; 2201.2 → '2,201.2'; 0.32 → '0.32': two decimals at most, no trailing zeros."""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) >= 0.01 else f"{value:.2g}"
